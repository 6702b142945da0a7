/**
 * The official report (tjänsteskrivelse) and its parts (R-PREP-3): organ, date, Dnr, title, proposal as
 * numbered att-clauses under a lead-in, description, basis, prepared-by, distribution and signatories.
 */
import { checkText } from './text.ts';
import { isIsoDate } from './dates.ts';
import { isUuid } from './ids.ts';
import type { FieldError } from './errors.ts';

export type DecisionMode = 'decides' | 'proposes' | 'information';

export interface ReportPerson { name: string; title: string }

/**
 * A table the registers compute for the report: "Kvarvarande medel" of an appropriation per year as of a date
 * (null: the report's date), optionally after this case's proposed commitments. Drafts show live values;
 * finalising stores them in `frozen`, so a finalised report never changes.
 */
export interface RemainingFundsTable {
  kind: 'remaining_funds';
  appropriationId: string;
  title: string;
  asOf: string | null;
  years: number[];
  afterProposal: boolean;
  frozen?: { asOf: string; rows: { year: number; remainingKr: number }[] };
}
export type RegisterTable = RemainingFundsTable;
export interface BasisEntry { documentId: string | null; text: string }

export interface ReportContent {
  date: string;
  title: string;
  decision: DecisionMode;
  /** For `proposes`: the organ that is to decide, e.g. "Kommunfullmäktige". */
  proposesTo: string | null;
  clauses: string[];
  /** Sanitised HTML (headings, paragraphs, lists, tables, emphasis). */
  description: string;
  basis: BasisEntry[];
  preparedBy: ReportPerson[];
  distribution: string[];
  signatories: ReportPerson[];
  /** Tables computed from the registers, printed after the description. */
  registerTables?: RegisterTable[];
}

/**
 * "Kommunstyrelsens näringslivs- och arbetsutskott beslutar" or "Kommunstyrelsen föreslår kommunfullmäktige
 * besluta"; information items have no proposal.
 */
export function proposalLeadIn(organName: string, decision: DecisionMode, proposesTo: string | null): string | null {
  if (decision === 'information') return null;
  if (decision === 'decides') return `${organName} beslutar`;
  const target = (proposesTo ?? 'kommunfullmäktige').replace(/^./, (c) => c.toLowerCase());
  return `${organName} föreslår ${target} besluta`;
}

/** Clauses are shown as "att …"; a clause typed with its own leading "att" is not doubled. */
export const clauseText = (clause: string): string => clause.replace(/^att\s+/i, '').trim();

function people(raw: unknown, field: string, errors: FieldError[]): ReportPerson[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) { errors.push({ field, message: 'måste vara en lista' }); return []; }
  return raw.map((p: { name?: unknown; title?: unknown }, i) => ({
    name: checkText(p?.name, { field: `${field}[${i}].name`, required: true, max: 200 }, errors),
    title: checkText(p?.title, { field: `${field}[${i}].title`, max: 200 }, errors),
  }));
}

/** Validates the register tables a report asks for; values (`frozen`) are only ever set by the server. */
function registerTables(raw: unknown, errors: FieldError[]): RegisterTable[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) { errors.push({ field: 'registerTables', message: 'måste vara en lista' }); return []; }
  return raw.map((r: Record<string, unknown>, i) => {
    const field = `registerTables[${i}]`;
    if (r?.kind !== 'remaining_funds') errors.push({ field: `${field}.kind`, message: 'okänd tabelltyp' });
    if (!isUuid(r?.appropriationId)) errors.push({ field: `${field}.appropriationId`, message: 'välj anslag' });
    const title = checkText(r?.title, { field: `${field}.title`, required: true, max: 300 }, errors);
    const asOf = r?.asOf === null || r?.asOf === undefined || r?.asOf === '' ? null : String(r.asOf);
    if (asOf !== null && !isIsoDate(asOf)) errors.push({ field: `${field}.asOf`, message: 'måste vara ett datum ÅÅÅÅ-MM-DD' });
    const years = Array.isArray(r?.years) ? r.years : [];
    if (!years.every((y) => Number.isInteger(y) && (y as number) >= 1900 && (y as number) <= 2200)) errors.push({ field: `${field}.years`, message: 'måste vara årtal' });
    return { kind: 'remaining_funds' as const, appropriationId: String(r?.appropriationId ?? ''), title, asOf, years: [...new Set(years as number[])].sort((a, b) => a - b), afterProposal: r?.afterProposal !== false };
  });
}

/** Validates draft content; `final` adds what a finalised report must have. The description is sanitised by the caller. */
export function checkReportContent(raw: Record<string, unknown>, final: boolean, errors: FieldError[]): ReportContent {
  const date = String(raw.date ?? '');
  if (!isIsoDate(date)) errors.push({ field: 'date', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' });
  const title = checkText(raw.title, { field: 'title', required: true, max: 300 }, errors);
  const decision = raw.decision as DecisionMode;
  if (!['decides', 'proposes', 'information'].includes(decision)) errors.push({ field: 'decision', message: 'måste vara decides, proposes eller information' });
  const proposesTo = decision === 'proposes' ? checkText(raw.proposesTo, { field: 'proposesTo', required: true, max: 200 }, errors) : null;
  const clausesRaw = Array.isArray(raw.clauses) ? raw.clauses : [];
  const clauses = clausesRaw.map((c, i) => clauseText(checkText(c, { field: `clauses[${i}]`, max: 2000, multiline: true }, errors)));
  if (final && decision !== 'information' && clauses.filter(Boolean).length === 0) {
    errors.push({ field: 'clauses', message: 'förslaget till beslut måste ha minst en att-sats' });
  }
  else if (final && clauses.some((c) => c === '')) errors.push({ field: 'clauses', message: 'tomma att-satser måste fyllas i eller tas bort' });
  const description = typeof raw.description === 'string' ? raw.description : '';
  if (final && description.replace(/<[^>]*>/g, '').trim() === '') errors.push({ field: 'description', message: 'ärendebeskrivningen måste fyllas i' });
  const basisRaw = Array.isArray(raw.basis) ? raw.basis : [];
  const basis = basisRaw.map((b: { documentId?: unknown; text?: unknown }, i) => {
    const documentId = b?.documentId ? (isUuid(b.documentId) ? b.documentId : (errors.push({ field: `basis[${i}].documentId`, message: 'ogiltigt id' }), null)) : null;
    return { documentId, text: checkText(b?.text, { field: `basis[${i}].text`, required: true, max: 500 }, errors) };
  });
  const distributionRaw = Array.isArray(raw.distribution) ? raw.distribution : [];
  const distribution = distributionRaw.map((d, i) => checkText(d, { field: `distribution[${i}]`, required: true, max: 200 }, errors));
  const preparedBy = people(raw.preparedBy, 'preparedBy', errors);
  const signatories = people(raw.signatories, 'signatories', errors);
  if (final && preparedBy.length === 0) errors.push({ field: 'preparedBy', message: 'ange minst en beredningsansvarig' });
  const tables = registerTables(raw.registerTables, errors);
  return { date, title, decision, proposesTo, clauses, description, basis, preparedBy, distribution, signatories, ...(tables.length ? { registerTables: tables } : {}) };
}
