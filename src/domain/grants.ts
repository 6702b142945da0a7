/**
 * Grant rounds and applications: what a round and an application are made of, and their validation naming the
 * field. Amounts are whole kronor; the API and the screens may type them the Swedish way ("20 024 kr",
 * "153 tkr", or a bare "153" read in the round's unit), parsed by `domain/amounts.ts`.
 *
 * Rules: amounts per year are ≥ 0; a rejected application carries no granted amount (refused); a grant needs
 * at least one granted amount; a granted amount above the amount applied is allowed but warned about; a
 * rejection must be motivated.
 */
import { convertAmount, isAmountError, parseAmount, type AmountUnit } from './amounts.ts';
import { checkText } from './text.ts';
import { isIsoDate } from './dates.ts';
import type { FieldError } from './errors.ts';

export const APPLICANT_KINDS = ['association', 'internal_unit', 'project_owner', 'private_individual'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];
export const RECOMMENDATIONS = ['grant', 'reject'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export type ApplicationState = 'registered' | 'recommended' | 'decided';
export type GrantOutcome = 'granted' | 'rejected';
export const ROUND_LAYOUTS = ['projects', 'associations'] as const;
export type RoundLayout = (typeof ROUND_LAYOUTS)[number];
export const DECIDED_BY = ['organ', 'delegation'] as const;
export type DecidedBy = (typeof DECIDED_BY)[number];

/** The largest amount accepted (a thousand billion kronor): anything above is a typing error. */
const MAX_KR = 1_000_000_000_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The unit a round's amounts are typed and shown in: project rounds in tkr, associations' rounds in kr. */
export const unitOfLayout = (layout: RoundLayout): AmountUnit => (layout === 'projects' ? 'tkr' : 'kr');

/**
 * One amount in whole kronor from a number (kronor) or a Swedish text; a bare text number is read in
 * `unit`. Returns null (and records the error under `field`) when it is not an amount ≥ 0 in whole kronor.
 */
export function checkAmountKr(value: unknown, field: string, unit: AmountUnit, errors: FieldError[], { required = true, allowNegative = false } = {}): number | null {
  if (value === undefined || value === null || value === '') {
    if (required) errors.push({ field, message: 'måste fyllas i' });
    return null;
  }
  let kr: number;
  if (typeof value === 'number') kr = value;
  else if (typeof value === 'string') {
    const parsed = parseAmount(value);
    if (isAmountError(parsed)) { errors.push({ field, message: parsed.error }); return null; }
    kr = convertAmount(parsed.value, parsed.unit ?? unit, 'kr');
  } else { errors.push({ field, message: 'måste vara ett belopp' }); return null; }
  if (!Number.isFinite(kr)) { errors.push({ field, message: 'måste vara ett belopp' }); return null; }
  if (!Number.isInteger(kr)) { errors.push({ field, message: 'måste vara hela kronor' }); return null; }
  if (kr < 0 && !allowNegative) { errors.push({ field, message: 'får inte vara negativt' }); return null; }
  if (Math.abs(kr) > MAX_KR) { errors.push({ field, message: 'är orimligt stort' }); return null; }
  return kr;
}

export function checkYear(value: unknown, field: string, errors: FieldError[]): number | null {
  const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2100) { errors.push({ field, message: 'måste vara ett årtal' }); return null; }
  return year;
}

/**
 * Amounts per year as `{ "2024": "153", "2025": 153000 }` or `[{ year, amount }]` → a sorted list; every year
 * at most once, every amount checked. `field` names the list (`applied`, `granted`).
 */
export function checkYearAmounts(raw: unknown, field: string, unit: AmountUnit, errors: FieldError[]): { year: number; kr: number }[] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'object') { errors.push({ field, message: 'måste vara belopp per år' }); return []; }
  const entries: [unknown, unknown][] = Array.isArray(raw)
    ? raw.map((e: { year?: unknown; amount?: unknown }) => [e?.year, e?.amount])
    : Object.entries(raw as Record<string, unknown>);
  const out: { year: number; kr: number }[] = [];
  for (const [y, a] of entries) {
    const year = checkYear(y, `${field}.${String(y)}`, errors);
    if (year === null) continue;
    if (a === undefined || a === null || a === '') continue; // an empty cell is no amount that year
    const kr = checkAmountKr(a, `${field}.${year}`, unit, errors);
    if (kr === null) continue;
    if (out.some((o) => o.year === year)) { errors.push({ field: `${field}.${year}`, message: 'året finns två gånger' }); continue; }
    out.push({ year, kr });
  }
  return out.sort((a, b) => a.year - b.year);
}

export interface ApplicationInput {
  externalRef: string | null;
  applicantKind: ApplicantKind;
  applicantName: string;
  applicantEmail: string | null;
  applicantPhone: string | null;
  applicantAddress: string | null;
  projectTitle: string;
  projectDescription: string;
  totalCostKr: number | null;
  applied: { year: number; kr: number }[];
}

const optional = (s: string): string | null => (s === '' ? null : s);

/** A new or edited application; amounts typed without a unit are read in `unit`. */
export function checkApplication(raw: Record<string, unknown>, unit: AmountUnit, errors: FieldError[]): ApplicationInput {
  const applicantKind = raw.applicantKind as ApplicantKind;
  if (!APPLICANT_KINDS.includes(applicantKind)) errors.push({ field: 'applicantKind', message: 'välj förening, intern enhet, projektägare eller privatperson' });
  const email = checkText(raw.applicantEmail, { field: 'applicantEmail', max: 200 }, errors);
  if (email && !EMAIL.test(email)) errors.push({ field: 'applicantEmail', message: 'är inte en e-postadress' });
  const applied = checkYearAmounts(raw.applied, 'applied', unit, errors);
  if (applied.length === 0 && !errors.some((e) => e.field.startsWith('applied'))) errors.push({ field: 'applied', message: 'ange sökt belopp för minst ett år' });
  return {
    externalRef: optional(checkText(raw.externalRef, { field: 'externalRef', max: 100 }, errors)),
    applicantKind,
    applicantName: checkText(raw.applicantName, { field: 'applicantName', required: true, max: 300 }, errors),
    applicantEmail: optional(email.toLowerCase()),
    applicantPhone: optional(checkText(raw.applicantPhone, { field: 'applicantPhone', max: 50 }, errors)),
    applicantAddress: optional(checkText(raw.applicantAddress, { field: 'applicantAddress', max: 300, multiline: true }, errors)),
    projectTitle: checkText(raw.projectTitle, { field: 'projectTitle', required: true, max: 300 }, errors),
    projectDescription: checkText(raw.projectDescription, { field: 'projectDescription', max: 5000, multiline: true }, errors),
    totalCostKr: checkAmountKr(raw.totalCost, 'totalCost', unit, errors, { required: false }),
    applied,
  };
}

export interface RecommendationInput {
  recommendation: Recommendation;
  granted: { year: number; kr: number }[];
  motivation: string;
  conditions: string | null;
}

/**
 * A recommendation (grant with amounts per year, or reject) with its motivation. Refuses a rejection with a
 * granted amount; answers warnings (Swedish) for granted amounts above the applied ones.
 */
export function checkRecommendation(raw: Record<string, unknown>, applied: { year: number; kr: number }[], unit: AmountUnit, errors: FieldError[]): { input: RecommendationInput; warnings: string[] } {
  const recommendation = raw.recommendation as Recommendation;
  if (!RECOMMENDATIONS.includes(recommendation)) errors.push({ field: 'recommendation', message: 'välj bevilja eller avslå' });
  const granted = checkYearAmounts(raw.granted, 'granted', unit, errors);
  const motivation = checkText(raw.motivation, { field: 'motivation', max: 5000, multiline: true }, errors);
  const conditions = optional(checkText(raw.conditions, { field: 'conditions', max: 1000, multiline: true }, errors));
  const warnings: string[] = [];
  if (recommendation === 'reject') {
    for (const g of granted) if (g.kr > 0) errors.push({ field: `granted.${g.year}`, message: 'ett avslag kan inte ha ett beviljat belopp' });
    if (motivation === '') errors.push({ field: 'motivation', message: 'ett avslag måste motiveras' });
    if (conditions) errors.push({ field: 'conditions', message: 'ett avslag har inga villkor' });
  }
  if (recommendation === 'grant') {
    if (!granted.some((g) => g.kr > 0)) errors.push({ field: 'granted', message: 'ange beviljat belopp för minst ett år' });
    for (const g of granted) {
      const a = applied.find((x) => x.year === g.year)?.kr ?? 0;
      if (g.kr > a) warnings.push(`Beviljat belopp ${g.year} är större än sökt belopp.`);
    }
  }
  return { input: { recommendation, granted: recommendation === 'reject' ? [] : granted.filter((g) => g.kr > 0), motivation, conditions }, warnings };
}

export interface RoundInput {
  name: string;
  intro: string;
  criteria: string[];
  opensOn: string | null;
  closesOn: string | null;
  decidedBy: DecidedBy;
  layout: RoundLayout;
  documentOwner: string;
}

export function checkRound(raw: Record<string, unknown>, errors: FieldError[]): RoundInput {
  const criteriaRaw = raw.criteria === undefined ? [] : raw.criteria;
  if (!Array.isArray(criteriaRaw)) errors.push({ field: 'criteria', message: 'måste vara en lista' });
  const criteria = (Array.isArray(criteriaRaw) ? criteriaRaw : [])
    .map((c, i) => checkText(c, { field: `criteria[${i}]`, max: 1000, multiline: true }, errors)).filter(Boolean);
  const date = (field: 'opensOn' | 'closesOn'): string | null => {
    const v = raw[field];
    if (v === undefined || v === null || v === '') return null;
    if (!isIsoDate(String(v))) { errors.push({ field, message: 'måste vara ett datum ÅÅÅÅ-MM-DD' }); return null; }
    return String(v);
  };
  const opensOn = date('opensOn');
  const closesOn = date('closesOn');
  if (opensOn && closesOn && closesOn < opensOn) errors.push({ field: 'closesOn', message: 'kan inte ligga före öppningsdagen' });
  const decidedBy = (raw.decidedBy ?? 'organ') as DecidedBy;
  if (!DECIDED_BY.includes(decidedBy)) errors.push({ field: 'decidedBy', message: 'måste vara organ eller delegation' });
  const layout = (raw.layout ?? 'projects') as RoundLayout;
  if (!ROUND_LAYOUTS.includes(layout)) errors.push({ field: 'layout', message: 'måste vara projects eller associations' });
  return {
    name: checkText(raw.name, { field: 'name', required: true, max: 300 }, errors),
    intro: checkText(raw.intro, { field: 'intro', max: 5000, multiline: true }, errors),
    criteria, opensOn, closesOn, decidedBy, layout,
    documentOwner: checkText(raw.documentOwner, { field: 'documentOwner', max: 300 }, errors),
  };
}

/** A delegation decision: who decided (as the compilation prints it) and when. */
export function checkDelegationDecision(raw: Record<string, unknown>, errors: FieldError[]): { delegateName: string; decidedOn: string } {
  const delegateName = checkText(raw.delegateName, { field: 'delegateName', required: true, max: 300 }, errors);
  const decidedOn = String(raw.decidedOn ?? '');
  if (!isIsoDate(decidedOn)) errors.push({ field: 'decidedOn', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' });
  return { delegateName, decidedOn };
}

export const OUTCOMES = ['granted', 'rejected'] as const;

export interface DecisionRecordInput {
  outcome: GrantOutcome;
  granted: { year: number; kr: number }[];
  decisionRef: string;
  decidedOn: string;
  /** Replaces the office's motivation when given (the organ decided otherwise, for its own reasons). */
  motivation: string | null;
}

/**
 * The actual outcome of an organ's decision on one application, recorded afterwards (e.g. when a member's
 * counter-proposal won): granted with amounts per year, or rejected (refused with a granted amount), with the
 * decision's reference and date.
 */
export function checkDecisionRecord(raw: Record<string, unknown>, unit: AmountUnit, errors: FieldError[]): DecisionRecordInput {
  const outcome = raw.outcome as GrantOutcome;
  if (!OUTCOMES.includes(outcome)) errors.push({ field: 'outcome', message: 'välj beviljas eller avslås' });
  const granted = checkYearAmounts(raw.granted, 'granted', unit, errors);
  if (outcome === 'rejected') for (const g of granted) if (g.kr > 0) errors.push({ field: `granted.${g.year}`, message: 'ett avslag kan inte ha ett beviljat belopp' });
  if (outcome === 'granted' && !granted.some((g) => g.kr > 0) && !errors.some((e) => e.field.startsWith('granted'))) errors.push({ field: 'granted', message: 'ange beviljat belopp för minst ett år' });
  const decisionRef = checkText(raw.decisionRef, { field: 'decisionRef', required: true, max: 200 }, errors);
  const decidedOn = String(raw.decidedOn ?? '');
  if (!isIsoDate(decidedOn)) errors.push({ field: 'decidedOn', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' });
  const motivation = raw.motivation === undefined || raw.motivation === null ? null : checkText(raw.motivation, { field: 'motivation', max: 5000, multiline: true }, errors);
  return { outcome, granted: outcome === 'granted' ? granted.filter((g) => g.kr > 0) : [], decisionRef, decidedOn, motivation };
}

/** What a decision makes of a recommendation. */
export const outcomeOf = (recommendation: Recommendation): GrantOutcome => (recommendation === 'grant' ? 'granted' : 'rejected');
