/**
 * A follow-up report (e.g. "Kommunstyrelsens rapport till KS, januari–april 2024"): the staff report with the key
 * figures by sex, the economy report with the operating table, the investments with their table, and the
 * deviation picture. Data are prepared here and passed to `followup-report.typ` as JSON.
 */
import { COLUMNS, TERTIAL_PERIOD, type FinanceTable, type Tertial } from '../domain/finance.ts';
import { formatKpi, type StaffKpi } from '../domain/staffKpi.ts';
import { deviationBarsSvg, deviationSummary, type DeviationBar } from './charts/deviationBars.ts';
import { renderPdf, type RenderResult } from './typst.ts';

export interface FollowUpDocument {
  municipality: string; organName: string; title: string; year: number; tertial: Tertial;
  staffText: string; economyText: string; investmentText: string;
  kpis: readonly StaffKpi[];
  tables: { operating: FinanceTable; investments: FinanceTable };
  deviations: readonly DeviationBar[];
}

export type TextBlock = { kind: 'heading' | 'paragraph'; text: string };

/**
 * Prose as blocks: paragraphs are separated by a blank line; a short single-line paragraph without closing
 * punctuation ("Ledarskap (mål 6)") is a subheading.
 */
export function textBlocks(text: string): TextBlock[] {
  return text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => {
    const heading = !p.includes('\n') && p.length <= 90 && !/[.!?:;,]$/.test(p);
    return { kind: heading ? 'heading' : 'paragraph', text: p.replace(/\s*\n\s*/g, ' ') };
  });
}

/**
 * A section's table follows its opening text; from the first subheading after a paragraph on, the text comes
 * after the table (the reference's "Flyktingmottagning från Ukraina" after the investment table).
 */
export function aroundTable(blocks: TextBlock[]): { before: TextBlock[]; after: TextBlock[] } {
  const firstParagraph = blocks.findIndex((b) => b.kind === 'paragraph');
  const split = firstParagraph < 0 ? -1 : blocks.findIndex((b, i) => i > firstParagraph && b.kind === 'heading');
  return split < 0 ? { before: blocks, after: [] } : { before: blocks.slice(0, split), after: blocks.slice(split) };
}

/** Long compounds may break after "Budget" in the narrow columns of the PDF (a soft hyphen). */
const breakable = (heading: string): string => heading.replace(/(B|b)udgetavvikelse/g, '$1udget\u00ADavvikelse');

const tableData = (t: FinanceTable) => ({
  unitHeading: t.unitHeading,
  headings: COLUMNS.map((c) => breakable(t.headings[c])),
  rows: t.rows.map((r) => ({ label: r.label, cells: COLUMNS.map((c) => r.mnkr[c]) })),
});

export function followUpData(doc: FollowUpDocument) {
  const period = TERTIAL_PERIOD[doc.tertial];
  const periodName = `${period.label} ${doc.year}`;
  return {
    municipality: doc.municipality, organ: doc.organName, title: doc.title,
    kpiHeadings: { target: `Målvärde ${doc.year}`, current: `Utfall ${period.longLabel} ${doc.year}`, previous: `Utfall ${period.longLabel} ${doc.year - 1}` },
    kpis: doc.kpis.map((k) => ({
      measure: k.measure,
      cells: (['target', 'women', 'men', 'total', 'previousWomen', 'previousMen', 'previousTotal'] as const).map((v) => formatKpi(k.tenths[v], k.decimals)),
    })),
    staff: textBlocks(doc.staffText), economy: aroundTable(textBlocks(doc.economyText)), investment: aroundTable(textBlocks(doc.investmentText)),
    operating: tableData(doc.tables.operating), investments: tableData(doc.tables.investments),
    chart: doc.deviations.length ? { svg: deviationBarsSvg(doc.deviations, periodName), alt: deviationSummary(doc.deviations, periodName), caption: `Budgetavvikelse ${periodName} per rad (mnkr)` } : null,
  };
}

export function renderFollowUpPdf(doc: FollowUpDocument, standard: 'tagged' | 'pdf-a' = 'tagged'): Promise<RenderResult> {
  return renderPdf({ template: 'followup-report', data: followUpData(doc), standard });
}
