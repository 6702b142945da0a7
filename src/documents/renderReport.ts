/**
 * Official report → PDF (Typst, municipal layout, Dnr on every page) and → HTML (for the members' and public views).
 */
import { clauseText, proposalLeadIn, type ReportContent } from '../domain/officialReport.ts';
import { formatTkr } from '../domain/appropriations.ts';
import { richTextToTypst, sanitizeRichText } from './richText.ts';
import { renderPdf, type RenderResult } from './typst.ts';

export interface ReportFrame { municipality: string; organName: string; caseNumber: string; basisNumbers: ReadonlyMap<string, string> }

function basisLines(content: ReportContent, frame: ReportFrame): string[] {
  return content.basis.map((b) => {
    const number = b.documentId ? frame.basisNumbers.get(b.documentId) : undefined;
    return number ? `${b.text} (${number})` : b.text;
  });
}

/**
 * The register tables with their values ("Kvarvarande medel i tillväxtanslaget (2024-04-29)", "2024 · 1 478,2 tkr").
 * Only tables whose values were computed (`frozen`) are printed; the use case computes them before rendering.
 */
export function registerTableData(content: ReportContent): { heading: string; rows: { year: string; amount: string }[] }[] {
  return (content.registerTables ?? []).flatMap((t) => (t.frozen
    ? [{ heading: `${t.title} (${t.frozen.asOf})`, rows: t.frozen.rows.map((r) => ({ year: String(r.year), amount: `${formatTkr(r.remainingKr)} tkr` })) }]
    : []));
}

export function reportData(content: ReportContent, frame: ReportFrame) {
  return {
    municipality: frame.municipality, organ: frame.organName, caseNumber: frame.caseNumber, date: content.date, title: content.title,
    leadIn: proposalLeadIn(frame.organName, content.decision, content.proposesTo),
    clauses: content.clauses.map(clauseText).filter(Boolean),
    descriptionMarkup: richTextToTypst(content.description),
    registerTables: registerTableData(content),
    basis: basisLines(content, frame), preparedBy: content.preparedBy, distribution: content.distribution, signatories: content.signatories,
  };
}

export function renderReportPdf(content: ReportContent, frame: ReportFrame, standard: 'tagged' | 'pdf-a' = 'tagged'): Promise<RenderResult> {
  return renderPdf({ template: 'report', data: reportData(content, frame), standard });
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An HTML fragment (an <article>) of the report. */
export function renderReportHtml(content: ReportContent, frame: ReportFrame): string {
  const leadIn = proposalLeadIn(frame.organName, content.decision, content.proposesTo);
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
  return [
    `<article class="official-report" lang="sv">`,
    `<header><p>${esc(frame.organName)} · Tjänsteskrivelse · ${esc(content.date)} · Dnr ${esc(frame.caseNumber)}</p><h1>${esc(content.title)}</h1></header>`,
    `<h2>Förslag till beslut</h2>`,
    leadIn ? `<p>${esc(leadIn)}</p><ol class="att">${content.clauses.map(clauseText).filter(Boolean).map((c) => `<li><span class="att-word">att</span> ${esc(c)}</li>`).join('')}</ol>` : '<p>Informationsärende — inget förslag till beslut.</p>',
    `<h2>Ärendebeskrivning</h2>${sanitizeRichText(content.description)}`,
    ...registerTableData(content).map((t) => `<table class="register-table"><caption>${esc(t.heading)}</caption><thead><tr><th scope="col">År</th><th scope="col">Kvarvarande medel</th></tr></thead><tbody>${t.rows.map((r) => `<tr><th scope="row">${esc(r.year)}</th><td>${esc(r.amount)}</td></tr>`).join('')}</tbody></table>`),
    content.basis.length ? `<h2>Beslutsunderlag</h2>${list(basisLines(content, frame))}` : '',
    content.preparedBy.length ? `<h2>Beredningsansvariga</h2>${list(content.preparedBy.map((p) => (p.title ? `${p.name}, ${p.title}` : p.name)))}` : '',
    content.distribution.length ? `<h2>Beslutet ska skickas till</h2>${list(content.distribution)}` : '',
    `</article>`,
  ].join('\n');
}
