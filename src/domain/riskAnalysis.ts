/**
 * Risk analysis (riskinventering och riskvärdering): probability and consequence on 1–4 scales with Swedish
 * labels and definitions, risk value = probability × consequence, and the recommended handling by value bands
 * (by default 12–16 "Minimera risk", 4–11 "Reducera risk", 1–3 "Acceptera risk"). The bands are set per
 * analysis and must cover 1–16 without a gap or an overlap, one band per handling.
 */
import { checkText } from './text.ts';
import type { FieldError } from './errors.ts';

export const SCALE_VALUES = [1, 2, 3, 4] as const;
export const MAX_RISK_VALUE = 16;

export interface ScaleStep { value: number; label: string; definition: string }

export const HANDLINGS = ['minimise', 'reduce', 'accept'] as const;
export type Handling = (typeof HANDLINGS)[number];

/** A band of risk values and how risks in it are handled ("Innebär": what the handling means). */
export interface HandlingBand { handling: Handling; from: number; to: number; label: string; meaning: string }

const AFFECTED = 'för brukare, medborgare, besökare, kommunen och/eller övriga intressenter';

export const DEFAULT_PROBABILITY_SCALE: readonly ScaleStep[] = [
  { value: 1, label: 'Osannolik', definition: 'praktisk taget obefintlig risk att situation/avvikelse/fel uppstår' },
  { value: 2, label: 'Mindre sannolik', definition: 'mycket liten risk att situation/avvikelse/fel uppstår' },
  { value: 3, label: 'Möjlig', definition: 'det finns en möjlig risk att situation/avvikelse/fel uppstår' },
  { value: 4, label: 'Sannolik', definition: 'det är mycket troligt att situation/avvikelse/fel uppstår' },
];

export const DEFAULT_CONSEQUENCE_SCALE: readonly ScaleStep[] = [
  { value: 1, label: 'Försumbar', definition: `konsekvensen av avvikelse är obetydlig ${AFFECTED}` },
  { value: 2, label: 'Lindrig', definition: `konsekvensen av avvikelsen är liten ${AFFECTED}` },
  { value: 3, label: 'Kännbar', definition: `konsekvensen av avvikelsen uppfattas som besvarande ${AFFECTED}` },
  { value: 4, label: 'Allvarlig', definition: `konsekvensen av avvikelsen innebär allvarliga konsekvenser ${AFFECTED}` },
];

/** Highest band first, as the reference lists them. */
export const DEFAULT_THRESHOLDS: readonly HandlingBand[] = [
  { handling: 'minimise', from: 12, to: 16, label: 'Minimera risk', meaning: 'Direkta och omfattande åtgärder ska finnas med i internkontrollplan' },
  { handling: 'reduce', from: 4, to: 11, label: 'Reducera risk', meaning: 'Åtgärder för att minska risk ska finnas med i internkontrollplan' },
  { handling: 'accept', from: 1, to: 3, label: 'Acceptera risk', meaning: 'Inget agerande krävs – åtgärder tas ej med i internkontrollplan' },
];

export const riskValue = (probability: number, consequence: number): number => probability * consequence;

/** The band a risk value falls in; the bands are assumed checked (`checkThresholds`). */
export function handlingOf(value: number, bands: readonly HandlingBand[] = DEFAULT_THRESHOLDS): HandlingBand {
  const band = bands.find((b) => value >= b.from && value <= b.to);
  if (!band) throw new Error(`No handling band covers the risk value ${value}.`);
  return band;
}

export const isScaleValue = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4;

/** Checks one of the 1–4 scales: exactly the values 1–4 in order, each with a label. */
export function checkScale(input: unknown, field: string, errors: FieldError[]): ScaleStep[] {
  if (!Array.isArray(input) || input.length !== 4) {
    errors.push({ field, message: 'måste ha exakt fyra steg (1–4)' });
    return [];
  }
  return input.map((raw: unknown, i) => {
    const step = (raw ?? {}) as Record<string, unknown>;
    if (step.value !== i + 1) errors.push({ field: `${field}[${i}].value`, message: `måste vara ${i + 1}` });
    const label = checkText(step.label, { field: `${field}[${i}].label`, required: true, max: 60 }, errors);
    const definition = checkText(step.definition, { field: `${field}[${i}].definition`, max: 400 }, errors);
    return { value: i + 1, label, definition };
  });
}

const HANDLING_NAMES: Record<Handling, string> = { minimise: 'minimera', reduce: 'reducera', accept: 'acceptera' };

/**
 * Checks the handling bands: one band per handling, whole numbers within 1–16, together covering every value
 * 1–16 exactly once. Returns the bands highest first.
 */
export function checkThresholds(input: unknown, errors: FieldError[], field = 'thresholds'): HandlingBand[] {
  if (!Array.isArray(input) || input.length !== HANDLINGS.length) {
    errors.push({ field, message: 'måste ha tre intervall: minimera, reducera och acceptera' });
    return [];
  }
  const before = errors.length;
  const bands: HandlingBand[] = input.map((raw: unknown, i) => {
    const band = (raw ?? {}) as Record<string, unknown>;
    const f = `${field}[${i}]`;
    const handling = band.handling as Handling;
    if (!HANDLINGS.includes(handling)) errors.push({ field: `${f}.handling`, message: 'måste vara minimise, reduce eller accept' });
    const from = Number(band.from), to = Number(band.to);
    if (!Number.isInteger(from) || from < 1 || from > MAX_RISK_VALUE) errors.push({ field: `${f}.from`, message: 'måste vara ett heltal 1–16' });
    if (!Number.isInteger(to) || to < 1 || to > MAX_RISK_VALUE) errors.push({ field: `${f}.to`, message: 'måste vara ett heltal 1–16' });
    else if (Number.isInteger(from) && to < from) errors.push({ field: `${f}.to`, message: `får inte vara mindre än ${from}` });
    const label = checkText(band.label, { field: `${f}.label`, required: true, max: 60 }, errors);
    const meaning = checkText(band.meaning, { field: `${f}.meaning`, max: 300 }, errors);
    return { handling, from, to, label, meaning };
  });
  if (errors.length > before) return bands;
  const seen = new Set<Handling>();
  bands.forEach((b, i) => {
    if (seen.has(b.handling)) errors.push({ field: `${field}[${i}].handling`, message: `${HANDLING_NAMES[b.handling]} finns redan i ett annat intervall` });
    seen.add(b.handling);
  });
  const owner = new Map<number, number>();
  bands.forEach((b, i) => {
    for (let v = b.from; v <= b.to; v++) {
      const other = owner.get(v);
      if (other !== undefined) { errors.push({ field: `${field}[${i}].from`, message: `riskvärdet ${v} ligger redan i intervall ${other + 1}` }); return; }
      owner.set(v, i);
    }
  });
  const missing = Array.from({ length: MAX_RISK_VALUE }, (_, i) => i + 1).filter((v) => !owner.has(v));
  if (missing.length) errors.push({ field, message: `riskvärdena ${missing.join(', ')} saknar riskhantering (intervallen ska täcka 1–16 utan luckor)` });
  return [...bands].sort((a, b) => b.from - a.from);
}

export interface RiskInput { number: string; controlArea: string; description: string; probability: number; consequence: number }

const RISK_NUMBER = /^R\d{1,3}$/;

/** Checks a risk; probability and consequence outside 1–4 are refused naming the field. */
export function checkRisk(input: Record<string, unknown>, errors: FieldError[]): RiskInput {
  const number = typeof input.number === 'string' ? input.number.trim().toUpperCase() : '';
  if (!RISK_NUMBER.test(number)) errors.push({ field: 'number', message: 'måste vara R följt av en siffra, t.ex. R4' });
  const controlArea = checkText(input.controlArea, { field: 'controlArea', required: true, max: 200 }, errors);
  const description = checkText(input.description, { field: 'description', required: true, max: 2000, multiline: true }, errors);
  const probability = input.probability;
  if (!isScaleValue(probability)) errors.push({ field: 'probability', message: 'måste vara ett heltal 1–4' });
  const consequence = input.consequence;
  if (!isScaleValue(consequence)) errors.push({ field: 'consequence', message: 'måste vara ett heltal 1–4' });
  return { number, controlArea, description, probability: probability as number, consequence: consequence as number };
}

/** R1 < R2 < … < R10 (numeric, not text order). */
export const riskNumberOrder = (a: string, b: string): number => Number(a.slice(1)) - Number(b.slice(1));
