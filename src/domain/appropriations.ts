/**
 * Appropriations (anslag): an amount per year, commitments against it, and what remains. Pure rules.
 *
 * Remaining funds of a year as of a date = the year's amount − the conditional and firm commitments decided on
 * or before that date and not released by then. "After the proposal of case X" also subtracts case X's proposed
 * commitments (and those decided only after the date) — what an official report for case X shows (the
 * reference's 1 617,0 = 3 000 − 500 − 883 tkr), also when the report is regenerated after the decision.
 * A new or changed commitment may not take a year below zero unless an override reason is given.
 */
import { convertAmount, formatAmount, isAmountError, parseAmount } from './amounts.ts';
import type { FieldError } from './errors.ts';

export const COMMITMENT_STATUSES = ['proposed', 'conditional', 'firm', 'released'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export interface YearAmount { year: number; amountKr: number }

/** The facts of a commitment the arithmetic needs. */
export interface CommitmentFacts {
  id: string;
  caseId: string | null;
  status: CommitmentStatus;
  decidedOn: string | null;
  releasedOn: string | null;
  amounts: readonly YearAmount[];
  overrideReason?: string | null;
}

export interface RemainingRow { year: number; amountKr: number; committedKr: number; proposedKr: number; remainingKr: number }

/** Whether a commitment binds money as of a date (null: as things stand, whatever the dates). */
export function bindsAsOf(c: CommitmentFacts, asOf: string | null): boolean {
  if (c.status === 'proposed') return false;
  if (c.status === 'released') {
    if (asOf === null || c.releasedOn === null || c.releasedOn <= asOf) return false;
  }
  return asOf === null || (c.decidedOn !== null && c.decidedOn <= asOf);
}

const amountIn = (c: CommitmentFacts, year: number): number => c.amounts.filter((a) => a.year === year).reduce((s, a) => s + a.amountKr, 0);

/** Remaining funds per year of the appropriation (its years in order). */
export function remainingPerYear(years: readonly YearAmount[], commitments: readonly CommitmentFacts[], asOf: string | null, afterProposalsOfCase: string | null = null): RemainingRow[] {
  const binding = commitments.filter((c) => bindsAsOf(c, asOf));
  // The case's own commitments not yet binding on the date: its proposals, or what a later decision made of them.
  const proposed = afterProposalsOfCase ? commitments.filter((c) => c.caseId === afterProposalsOfCase && c.status !== 'released' && !bindsAsOf(c, asOf)) : [];
  return [...years].sort((a, b) => a.year - b.year).map(({ year, amountKr }) => {
    const committedKr = binding.reduce((s, c) => s + amountIn(c, year), 0);
    const proposedKr = proposed.reduce((s, c) => s + amountIn(c, year), 0);
    return { year, amountKr, committedKr, proposedKr, remainingKr: amountKr - committedKr - proposedKr };
  });
}

export interface Shortfall { year: number; shortfallKr: number }

/**
 * What a commitment (new or changed, `candidate`) would overdraw: each year where it asks for money and the
 * remaining funds, counted with every binding commitment as things stand (and, for a proposal, the other
 * proposals of its case), would be below zero.
 */
export function shortfalls(years: readonly YearAmount[], others: readonly CommitmentFacts[], candidate: CommitmentFacts): Shortfall[] {
  if (candidate.status === 'released') return [];
  const rest = others.filter((c) => c.id !== candidate.id);
  const counting = (c: CommitmentFacts): CommitmentFacts => ({ ...c, status: 'firm', decidedOn: null });
  const counted = candidate.status === 'proposed'
    ? [...rest.filter((c) => c.status !== 'proposed'), ...rest.filter((c) => c.status === 'proposed' && candidate.caseId !== null && c.caseId === candidate.caseId).map(counting), counting(candidate)]
    : [...rest, candidate];
  return remainingPerYear(years, counted, null)
    .filter((r) => r.remainingKr < 0 && amountIn(candidate, r.year) > 0)
    .map((r) => ({ year: r.year, shortfallKr: -r.remainingKr }));
}

/** "överskrider kvarvarande medel 2025 med 12 000 kr och 2026 med 3 500 kr" */
export function shortfallMessage(list: readonly Shortfall[]): string {
  const parts = list.map((s) => `${s.year} med ${formatAmount(s.shortfallKr)} kr`);
  const joined = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}` : parts[0] ?? '';
  return `överskrider kvarvarande medel ${joined}; ange ett skäl för att ändå ta medlen i anspråk`;
}

/**
 * Checks a commitment's amounts against the appropriation: every year must be one the appropriation has an
 * amount for, amounts are whole kronor ≥ 0 with at least one above zero, each year once, and no year may be
 * overdrawn unless `overrideReason` is given. Returns the shortfalls the override covers.
 */
export function checkCommitment(years: readonly YearAmount[], others: readonly CommitmentFacts[], candidate: CommitmentFacts, overrideReason: string | null | undefined, errors: FieldError[]): Shortfall[] {
  const known = new Set(years.map((y) => y.year));
  const seen = new Set<number>();
  candidate.amounts.forEach((a, i) => {
    if (!Number.isInteger(a.year)) errors.push({ field: `amounts[${i}].year`, message: 'måste vara ett årtal' });
    else if (!known.has(a.year)) errors.push({ field: `amounts[${i}].year`, message: `anslaget har inget belopp för ${a.year}` });
    else if (seen.has(a.year)) errors.push({ field: `amounts[${i}].year`, message: `${a.year} förekommer flera gånger` });
    seen.add(a.year);
    if (!Number.isSafeInteger(a.amountKr) || a.amountKr < 0) errors.push({ field: `amounts[${i}].amountKr`, message: 'måste vara ett belopp i hela kronor, minst 0' });
  });
  if (candidate.amounts.length === 0 || candidate.amounts.every((a) => a.amountKr === 0)) errors.push({ field: 'amounts', message: 'ange belopp för minst ett år' });
  if (errors.length) return [];
  const short = shortfalls(years, others, candidate);
  if (short.length && !overrideReason?.trim()) errors.push({ field: 'amounts', message: shortfallMessage(short) });
  return short;
}

const WHOLE_KRONOR = 'måste vara ett belopp i hela kronor, minst 0';

/** Whole kronor from a number or from Swedish text ("20 024 kr", "1 478,2 tkr", "3 000 000"); else the Swedish error. */
export function kronorOf(value: unknown): number | { error: string } {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : { error: WHOLE_KRONOR };
  if (typeof value !== 'string') return { error: WHOLE_KRONOR };
  const parsed = parseAmount(value);
  if (isAmountError(parsed)) return parsed;
  const kr = convertAmount(parsed.value, parsed.unit ?? 'kr', 'kr');
  return Number.isSafeInteger(kr) && kr >= 0 ? kr : { error: WHOLE_KRONOR };
}

/** Amounts per year of an appropriation: each year once, 1900–2200, whole kronor ≥ 0. */
export function checkYearAmounts(raw: unknown, field: string, errors: FieldError[]): YearAmount[] {
  if (!Array.isArray(raw)) { errors.push({ field, message: 'måste vara en lista med år och belopp' }); return []; }
  const seen = new Set<number>();
  return raw.map((r: { year?: unknown; amountKr?: unknown }, i) => {
    const year = Number(r?.year);
    const kr = kronorOf(r?.amountKr);
    if (!Number.isInteger(year) || year < 1900 || year > 2200) errors.push({ field: `${field}[${i}].year`, message: 'måste vara ett årtal' });
    else if (seen.has(year)) errors.push({ field: `${field}[${i}].year`, message: `${year} förekommer flera gånger` });
    seen.add(year);
    if (typeof kr !== 'number') errors.push({ field: `${field}[${i}].amountKr`, message: kr.error });
    return { year, amountKr: typeof kr === 'number' ? kr : 0 };
  });
}

/** A year's remaining funds as official reports print them: tkr with one decimal ("1 478,2"). */
export const formatTkr = (kr: number): string => formatAmount(kr / 1000, 1);

/** The reference a decision gives a commitment: "KSNAU § 182/24". */
export const decisionReference = (organCode: string, paragraph: string): string => `${organCode} § ${paragraph}`;

/** The override reason recorded when an organ decides beyond the remaining funds. */
export const decidedDespiteReason = (organName: string, reference: string): string => `Beslutat av ${organName} (${reference}) trots otillräckliga medel`;

/** The status a decided proposal takes: conditional when the decision has conditions, otherwise firm. */
export const decidedStatus = (conditions: string | null): 'conditional' | 'firm' => (conditions?.trim() ? 'conditional' : 'firm');
