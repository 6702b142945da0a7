/**
 * The compilation of a round's applications (like KS-2024/00456-2 and KS-2024/00457-2): its rows, the sums per
 * year of what is granted or recommended for a grant (applications decided before the round included, as the
 * reference's "Budget 2024 … 1 383 / 1 303 / 844"), and the public version's masking of private individuals.
 */
import { formatAmount, type AmountUnit } from './amounts.ts';
import { PRIVATE_PERSON } from './publicRegister.ts';
import type { ApplicantKind, ApplicationState, GrantOutcome, Recommendation } from './grants.ts';

export interface CompiledApplication {
  position: number;
  externalRef: string | null;
  applicantKind: ApplicantKind;
  applicantName: string;
  projectTitle: string;
  projectDescription: string;
  totalCostKr: number | null;
  years: { year: number; appliedKr: number; grantedKr: number | null }[];
  recommendation: Recommendation | null;
  motivation: string;
  state: ApplicationState;
  outcome: GrantOutcome | null;
  decisionRef: string | null;
  decidedEarlier: boolean;
}

/** Whether an application counts as a grant: decided granted, or (undecided) recommended for a grant. */
export const countsAsGrant = (a: Pick<CompiledApplication, 'state' | 'outcome' | 'recommendation'>): boolean =>
  a.state === 'decided' ? a.outcome === 'granted' : a.recommendation === 'grant';

/** The years the applications apply for, ascending. */
export const compilationYears = (apps: CompiledApplication[]): number[] =>
  [...new Set(apps.flatMap((a) => a.years.map((y) => y.year)))].sort((a, b) => a - b);

/** Granted (or recommended) kronor per year over the applications that count as grants. */
export function grantedSums(apps: CompiledApplication[]): Map<number, number> {
  const sums = new Map<number, number>(compilationYears(apps).map((y) => [y, 0]));
  for (const a of apps) {
    if (!countsAsGrant(a)) continue;
    for (const y of a.years) sums.set(y.year, (sums.get(y.year) ?? 0) + (y.grantedKr ?? 0));
  }
  return sums;
}

export const appliedTotal = (apps: CompiledApplication[]): number => apps.reduce((s, a) => s + a.years.reduce((t, y) => t + y.appliedKr, 0), 0);

/** An amount in the round's unit: "153" (tkr), "20 024" (kr); tkr keeps one decimal when not whole. */
export function inUnit(kr: number, unit: AmountUnit): string {
  if (unit === 'kr') return formatAmount(kr);
  const factor = unit === 'tkr' ? 1_000 : 1_000_000;
  const v = kr / factor;
  return formatAmount(v, Number.isInteger(v) ? 0 : 1);
}

/** "153 (2024); 153 (2025); 144 (2026)" */
export const perYearText = (years: { year: number; kr: number }[], unit: AmountUnit): string =>
  years.filter((y) => y.kr !== 0).map((y) => `${inUnit(y.kr, unit)} (${y.year})`).join('; ');

/** The last column's closing line: the recommendation, or who decided an earlier application. */
export function recommendationText(a: CompiledApplication): string {
  if (a.decidedEarlier) return `Beslutat av ${a.decisionRef ?? 'tidigare beslut'}`;
  if (a.state === 'decided') return a.outcome === 'granted' ? 'Beslut: Beviljas.' : 'Beslut: Avslås.';
  if (a.recommendation === 'grant') return 'Rekommendation: Beviljas.';
  if (a.recommendation === 'reject') return 'Rekommendation: Avslås.';
  return 'Ej bedömd.';
}

/** The associations' layout: the granted amount, or "Avslag". */
export function grantedCell(a: CompiledApplication, unit: AmountUnit): string {
  if (!countsAsGrant(a)) return a.recommendation === null && a.state !== 'decided' ? '' : 'Avslag';
  return inUnit(a.years.reduce((s, y) => s + (y.grantedKr ?? 0), 0), unit);
}

/** The applicant as a version may show it: a private individual is "Privatperson" in every public version. */
export const shownApplicant = (a: Pick<CompiledApplication, 'applicantKind' | 'applicantName'>, variant: 'internal' | 'public'): string =>
  variant === 'public' && a.applicantKind === 'private_individual' ? PRIVATE_PERSON : a.applicantName;

/** Masks a private individual's name wherever it appears in a text of the public version. */
export function maskName(text: string, a: Pick<CompiledApplication, 'applicantKind' | 'applicantName'>, variant: 'internal' | 'public'): string {
  if (variant !== 'public' || a.applicantKind !== 'private_individual' || a.applicantName.trim() === '') return text;
  return text.split(a.applicantName.trim()).join(PRIVATE_PERSON);
}
