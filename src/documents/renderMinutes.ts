/**
 * Minutes (protokoll) → the document structure both renderings share, → PDF (Typst, `templates/minutes.typ`)
 * and → HTML (accessible, for the portal). Title page per R-MIN-2, one page per paragraph per R-MIN-1. The
 * public copy (R-PUB-1) is the same structure with public descriptions and every string masked.
 */
import type { MinutesBasisDoc, MinutesData, MinutesItem } from '../db/repositories/minutesData.ts';
import { withheldNotice } from '../domain/book.ts';
import { clauseText } from '../domain/officialReport.ts';
import { maskDeep } from '../domain/masking.ts';
import {
  attendanceLines, BALLOT_LABEL, disqualificationSentence, paragraphRange, personLabel, proposalSentence, reservationSentence, voteSentences,
} from '../domain/minutesText.ts';
import { renderPdf, type RenderResult } from './typst.ts';

export type MinutesVariant = 'official' | 'public';

export interface ParagraphDoc {
  label: string; paragraph: string; title: string; caseNumber: string | null; withdrawn: boolean; immediate: boolean;
  summary: string[]; basis: string[]; jav: string[]; proposals: string[]; procedure: string[];
  votes: { lines: string[]; ballots: { name: string; vote: string }[] }[];
  decisionLead: string | null; clauses: string[]; decisionNote: string | null; reservations: string[]; distribution: string[];
}

export interface SignatureLine { role: string; name: string; signed: string | null }

export interface MinutesDoc {
  title: string; municipality: string; organ: string; organCode: string; date: string; time: string; place: string; variant: MinutesVariant;
  version: number; deciding: string[]; substitutes: string[]; others: string[]; secretary: string; adjusters: string[]; adjustment: string; paragraphs: string;
  signatures: SignatureLine[];
  posting: { organ: string; meetingDate: string; postedOn: string | null; removableFrom: string | null; keptAt: string; signer: string };
  status: string | null;
  items: ParagraphDoc[];
}

export interface MinutesFrame {
  variant: MinutesVariant;
  version: number;
  /** Names and dates of signatures already made (for the public copy and extracts); empty for the version being signed. */
  signed?: ReadonlyMap<string, string>;
  adjustedOn?: string | null;
  posting?: { postedOn: string; removableFrom: string } | null;
}

const paragraphsOf = (text: string | null): string[] => (text ?? '').split(/\n\s*\n|\r\n\s*\r\n/).map((p) => p.trim()).filter(Boolean);

function paragraphDoc(data: MinutesData, item: MinutesItem, variant: MinutesVariant): ParagraphDoc {
  const who = (id: string | null) => (id ? personLabel(data.people.get(id)) : '');
  const label = (id: string) => personLabel(data.people.get(id));
  const seatRank = (id: string) => { const i = data.seats.findIndex((x) => x.personId === id); return i < 0 ? data.seats.length : i; };
  const proposalName = new Map(item.proposals.map((p) => [p.id, p.personId ? `${label(p.personId).replace(/ \(.*\)$/, '')}s yrkande` : 'förslaget till beslut']));
  const d = item.decision;
  const organ = data.meeting.organName;
  let decisionLead: string | null = null;
  let decisionNote: string | null = null;
  if (d) {
    if (d.outcome === 'to_organ') decisionLead = `${organ} föreslår ${(d.toOrganName ?? 'kommunstyrelsen').replace(/^./, (c) => c.toLowerCase())} besluta`;
    else if (d.outcome === 'noted' && d.clauses.length === 0) decisionNote = 'Informationen läggs till handlingarna.';
    else decisionLead = `${organ} beslutar`;
  }
  return {
    label: `p-${item.paragraph}`, paragraph: `§ ${item.paragraph}`, title: item.title, caseNumber: item.caseNumber, withdrawn: item.withdrawn,
    immediate: Boolean(d?.immediateAdjustment),
    summary: paragraphsOf(d?.summary ?? null),
    basis: variant === 'public' ? publicBasis(item.basis) : item.basis.map((b) => `${b.number} ${b.description}`),
    jav: item.disqualified.map((id) => disqualificationSentence(label(id))),
    proposals: item.proposals.filter((p) => !p.withdrawn).map((p) => proposalSentence(p.kind, p.personId ? label(p.personId) : null, p.supporterIds.map(label), p.text)),
    // The text states the result in words; `result` is the machine value (yes/no) and is not printed.
    procedure: d?.procedure.map((p) => p.text).filter(Boolean) ?? [],
    votes: item.votes.map((v) => ({
      lines: voteSentences({
        kind: v.kind, yesText: proposalName.get(v.yesProposalId) ?? 'ja-förslaget', noText: proposalName.get(v.noProposalId) ?? 'nej-förslaget',
        tally: v.tally, tieBreak: v.tieBreak, winnerIsYes: v.winnerProposalId === v.yesProposalId,
      }),
      // R-MEET-5: named ballots only for open votes.
      ballots: v.kind === 'open' ? Object.entries(v.ballots).sort(([a], [b]) => seatRank(a) - seatRank(b)).map(([id, vote]) => ({ name: who(id), vote: BALLOT_LABEL[vote] ?? vote })) : [],
    })),
    decisionLead, clauses: d?.clauses.map(clauseText).filter(Boolean) ?? [], decisionNote,
    reservations: item.reservations.map((r) => reservationSentence(r.kind, r.personIds.map(label), r.text)),
    distribution: d?.distribution.map((r) => r.name) ?? [],
  };
}

/** The structure of the minutes; `public` masks it (R-PUB-1). */
/**
 * The public copy's list of the basis (R-BOOK-2, R-PUB-1): public documents by number and public description;
 * secret-marked documents and those with protected personal data are not named, only noted with the legal ground,
 * as in the public meeting book.
 */
function publicBasis(basis: MinutesBasisDoc[]): string[] {
  const withheld = basis.filter((b) => b.secret || b.protectedPersonalData);
  const shown = basis.filter((b) => !b.secret && !b.protectedPersonalData).map((b) => `${b.number} ${b.publicDescription}`);
  if (withheld.length === 0) return shown;
  const grounds = [...new Set(withheld.flatMap((b) => (b.secrecyGround ? [b.secrecyGround] : [])))];
  return [...shown, withheldNotice(grounds, withheld.some((b) => b.protectedPersonalData))];
}

export function minutesDocument(data: MinutesData, frame: MinutesFrame): MinutesDoc {
  const m = data.meeting;
  const c = data.conduct;
  const handled = data.items.filter((i) => !i.withdrawn);
  const lines = attendanceLines(handled.map((i) => ({ itemId: i.id, paragraph: i.paragraph })), data.attendance, data.seats, data.people);
  const label = (id: string) => personLabel(data.people.get(id));
  const chairName = c?.chairPersonId ? data.people.get(c.chairPersonId)?.name ?? '' : '';
  const adjusterNames = (c?.adjusterPersonIds ?? []).filter((id) => id !== c?.chairPersonId).map((id) => data.people.get(id)?.name ?? '');
  const signedText = (name: string) => (frame.signed?.get(name) ? `Justerat digitalt ${frame.signed.get(name)}` : null);
  const time = m.endTime ? `${m.startTime}–${m.endTime}` : m.startTime;
  const doc: MinutesDoc = {
    title: `Protokoll ${m.organName} ${m.date}${frame.variant === 'public' ? ' (publicerad version)' : ''}`,
    municipality: data.bodyName, organ: m.organName, organCode: m.organCode, date: m.date, time: `kl. ${time}`, place: m.place, variant: frame.variant, version: frame.version,
    deciding: lines.deciding, substitutes: lines.substitutesNotServing, others: c?.othersPresent ?? [],
    secretary: c?.secretaryName ?? '', adjusters: (c?.adjusterPersonIds ?? []).filter((id) => id !== c?.chairPersonId).map(label),
    adjustment: [c?.adjustmentPlace, c?.adjustmentDate ? `${c.adjustmentDate}${c.adjustmentTime ? ` kl. ${c.adjustmentTime}` : ''}` : null].filter(Boolean).join(', '),
    paragraphs: paragraphRange(data.items.map((i) => i.paragraph)),
    signatures: [
      { role: 'Sekreterare', name: c?.secretaryName ?? '', signed: null },
      { role: 'Ordförande', name: chairName, signed: signedText(chairName) },
      ...adjusterNames.map((name) => ({ role: 'Justerare', name, signed: signedText(name) })),
    ],
    posting: {
      organ: m.organName, meetingDate: m.date, postedOn: frame.posting?.postedOn ?? null, removableFrom: frame.posting?.removableFrom ?? null,
      keptAt: data.keptAt, signer: c?.secretaryName ?? '',
    },
    status: frame.variant === 'public'
      ? (frame.adjustedOn ? `Justerat protokoll (justerat ${frame.adjustedOn}). Publicerad version: personnummer och skyddade personuppgifter är maskerade.` : 'Ojusterat protokoll. Publicerad version: personnummer och skyddade personuppgifter är maskerade.')
      : null,
    items: data.items.map((i) => paragraphDoc(data, i, frame.variant)),
  };
  if (frame.variant !== 'public') return doc;
  const protectedPeople = [...[...data.people.values()].filter((p) => p.protectedIdentity), ...data.protectedCounterparties];
  return maskDeep(doc, { protectedPeople });
}

export function renderMinutesPdf(doc: MinutesDoc): Promise<RenderResult> {
  return renderPdf({ template: 'minutes', data: doc });
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const list = (items: string[], tag: 'ul' | 'ol' = 'ul') => (items.length ? `<${tag}>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</${tag}>` : '');
const facts = (rows: [string, string | string[]][]) => `<dl class="minutes-facts">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${Array.isArray(v) ? (v.length ? v.map(esc).join('<br>') : '–') : esc(v || '–')}</dd>`).join('')}</dl>`;

/** A paragraph as an HTML <section> (also used by the extract view). */
export function paragraphHtml(p: ParagraphDoc): string {
  const part = (heading: string, body: string) => (body ? `<h3>${esc(heading)}</h3>${body}` : '');
  return [
    `<section class="minutes-paragraph" id="${esc(p.label)}" aria-labelledby="${esc(p.label)}-h">`,
    `<h2 id="${esc(p.label)}-h">${esc(p.paragraph)} ${esc(p.title)}</h2>`,
    p.caseNumber ? `<p class="dnr">Dnr ${esc(p.caseNumber)}</p>` : '',
    p.withdrawn ? '<p>Ärendet har utgått från dagordningen.</p>' : '',
    p.jav.map((j) => `<p class="jav">${esc(j)}</p>`).join(''),
    part('Sammanfattning', p.summary.map((s) => `<p>${esc(s)}</p>`).join('')),
    part('Beslutsunderlag', list(p.basis)),
    part('Yrkanden', p.proposals.map((s) => `<p>${esc(s)}</p>`).join('')),
    part('Propositionsordning', p.procedure.map((s) => `<p>${esc(s)}</p>`).join('')),
    part('Omröstning', p.votes.map((v) => `${v.lines.map((l) => `<p>${esc(l)}</p>`).join('')}${v.ballots.length
      ? `<table><caption>Omröstningslista</caption><thead><tr><th scope="col">Ledamot</th><th scope="col">Röst</th></tr></thead><tbody>${v.ballots.map((b) => `<tr><td>${esc(b.name)}</td><td>${esc(b.vote)}</td></tr>`).join('')}</tbody></table>` : ''}`).join('')),
    p.decisionLead || p.decisionNote ? `<h3>Beslut</h3>${p.decisionLead ? `<p>${esc(p.decisionLead)}</p><ol class="att">${p.clauses.map((c) => `<li><span class="att-word">att</span> ${esc(c)}</li>`).join('')}</ol>` : ''}${p.decisionNote ? `<p>${esc(p.decisionNote)}</p>` : ''}` : '',
    p.immediate ? '<p class="immediate">Paragrafen justeras omedelbart.</p>' : '',
    part('Reservationer och protokollsanteckningar', p.reservations.map((s) => `<p>${esc(s)}</p>`).join('')),
    part('Beslutet skickas till', list(p.distribution)),
    `</section>`,
  ].join('\n');
}

/** The minutes as an HTML <article> (headings, lists, tables: readable with assistive technology, R-BOOK-3). */
export function renderMinutesHtml(doc: MinutesDoc): string {
  return [
    `<article class="minutes" lang="sv">`,
    `<header><p>${esc(doc.municipality)} · Protokoll</p><h1>${esc(doc.organ)} ${esc(doc.date)}</h1>${doc.status ? `<p class="status">${esc(doc.status)}</p>` : ''}</header>`,
    facts([['Plats och tid', `${doc.place}, ${doc.date} ${doc.time}`], ['Beslutande', doc.deciding], ['Ersättare', doc.substitutes], ['Övriga närvarande', doc.others],
      ['Sekreterare', doc.secretary], ['Justerare', doc.adjusters], ['Justeringens plats och tid', doc.adjustment], ['Paragrafer', doc.paragraphs]]),
    `<section class="signatures"><h2>Underskrifter</h2>${facts(doc.signatures.map((s) => [s.role, [s.name, s.signed ?? ''].filter(Boolean)]))}</section>`,
    `<section class="posting"><h2>Anslag/bevis</h2><p>Protokollet är justerat. Justeringen har tillkännagetts genom anslag.</p>${facts([
      ['Organ', doc.posting.organ], ['Sammanträdesdatum', doc.posting.meetingDate], ['Datum då anslaget sätts upp', doc.posting.postedOn ?? ''],
      ['Datum då anslaget tidigast får tas ned', doc.posting.removableFrom ?? ''], ['Förvaringsplats för protokollet', doc.posting.keptAt]])}</section>`,
    ...doc.items.map(paragraphHtml),
    `</article>`,
  ].join('\n');
}
