/**
 * The internal control plan (internkontrollplan): per risk a control (kontrollmoment), its method
 * (kontrollmetod), who is responsible and the tertials it is followed up in (T1 jan–april, T2 jan–augusti,
 * T3 jan–december). A follow-up comment belongs to a tertial of the control's frequency; one outside it is
 * refused unless it is recorded as an unscheduled follow-up (the reference's R10, followed up in T3, carries a
 * T1 comment). Risks to minimise or reduce should have a control; risks to accept need none.
 */
import { checkText } from './text.ts';
import type { FieldError } from './errors.ts';
import type { Handling } from './riskAnalysis.ts';

export const TERTIALS = [1, 2, 3] as const;
export type Tertial = (typeof TERTIALS)[number];

export const isTertial = (value: unknown): value is Tertial => value === 1 || value === 2 || value === 3;

/** The period a tertial's follow-up covers, as the reports name it ("jan-april"). */
export const TERTIAL_PERIODS: Record<Tertial, string> = { 1: 'jan-april', 2: 'jan-augusti', 3: 'jan-december' };

/** "T1, T2, T3" (the reference's form). */
export const formatFrequency = (tertials: readonly number[]): string => [...tertials].sort().map((t) => `T${t}`).join(', ');

/**
 * Reads a frequency as the plan writes it ("T2, T3", "T1,T2 T3", "t3") or as a list of tertials ([2, 3]).
 * Returns the tertials sorted, or pushes an error naming the field.
 */
export function parseFrequency(input: unknown, errors: FieldError[], field = 'frequency'): Tertial[] {
  let raw: unknown[];
  if (typeof input === 'string') raw = input.split(/[\s,;]+/).filter(Boolean).map((p) => (/^T[123]$/i.test(p) ? Number(p.slice(1)) : p));
  else if (Array.isArray(input)) raw = input;
  else raw = [];
  const bad = raw.filter((t) => !isTertial(t));
  if (bad.length) {
    errors.push({ field, message: `"${String(bad[0]).slice(0, 20)}" är ingen tertial; skriv T1, T2 och/eller T3` });
    return [];
  }
  const tertials = [...new Set(raw as Tertial[])].sort();
  if (tertials.length === 0) errors.push({ field, message: 'välj minst en tertial (T1, T2 eller T3)' });
  return tertials;
}

export interface ControlInput { control: string; method: string; responsible: string; tertials: Tertial[] }

export function checkControl(input: Record<string, unknown>, errors: FieldError[]): ControlInput {
  const control = checkText(input.control, { field: 'control', required: true, max: 2000, multiline: true }, errors);
  const method = checkText(input.method, { field: 'method', required: true, max: 2000, multiline: true }, errors);
  const responsible = checkText(input.responsible, { field: 'responsible', required: true, max: 120 }, errors);
  const tertials = parseFrequency(input.tertials ?? input.frequency, errors, 'tertials');
  return { control, method, responsible, tertials };
}

export interface FollowUpInput { tertial: Tertial; comment: string; unscheduled: boolean }

/** A comment for a tertial of the control's frequency; another tertial only as an unscheduled follow-up. */
export function checkFollowUp(input: Record<string, unknown>, frequency: readonly number[], errors: FieldError[]): FollowUpInput {
  const tertial = input.tertial;
  const unscheduled = input.unscheduled === true;
  if (!isTertial(tertial)) errors.push({ field: 'tertial', message: 'måste vara 1, 2 eller 3 (T1–T3)' });
  else if (!frequency.includes(tertial) && !unscheduled) {
    errors.push({ field: 'tertial', message: `kontrollen följs upp ${formatFrequency(frequency)}, inte T${tertial} (markera som extra uppföljning om den ändå ska redovisas)` });
  }
  const comment = checkText(input.comment, { field: 'comment', required: true, max: 4000, multiline: true }, errors);
  return { tertial: tertial as Tertial, comment, unscheduled: unscheduled && isTertial(tertial) && !frequency.includes(tertial) };
}

export interface PlanWarning { riskNumber: string; message: string }

/**
 * Risks to minimise or reduce without a control in the plan, and controls kept for risks to accept (allowed,
 * but the analysis says no action is needed).
 */
export function controlPlanWarnings(risks: readonly { number: string; handling: Handling; handlingLabel: string; hasControl: boolean }[]): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  for (const r of risks) {
    if (r.handling !== 'accept' && !r.hasControl) warnings.push({ riskNumber: r.number, message: `${r.number} (${r.handlingLabel}) saknar kontrollmoment i internkontrollplanen` });
    if (r.handling === 'accept' && r.hasControl) warnings.push({ riskNumber: r.number, message: `${r.number} (${r.handlingLabel}) kräver ingen åtgärd men har ett kontrollmoment` });
  }
  return warnings;
}
