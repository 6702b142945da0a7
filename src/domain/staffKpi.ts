/**
 * Staff key figures (resultatmått) of a follow-up, by sex: women, men and in total, for the period and for the
 * same period of the previous year, with an optional target. Values are kept in tenths (5,5 → 55) and written
 * with the measure's number of decimals (0 or 1), as the reference prints them ("5,5", "77").
 */
import type { FieldError } from './errors.ts';
import { formatAmount, isAmountError, parseAmount } from './amounts.ts';
import { checkText } from './text.ts';

export const KPI_VALUES = ['target', 'women', 'men', 'total', 'previousWomen', 'previousMen', 'previousTotal'] as const;
export type KpiValue = (typeof KPI_VALUES)[number];

export interface StaffKpi { measure: string; decimals: 0 | 1; tenths: Record<KpiValue, number | null> }

const MAX_TENTHS = 1_000_000;
const MAX_KPIS = 30;

function tenthsOf(raw: unknown, field: string, errors: FieldError[]): number | null {
  if (raw === null || raw === undefined || raw === '') return null;
  let value: number;
  if (typeof raw === 'number' && Number.isFinite(raw)) value = raw;
  else if (typeof raw === 'string') {
    const parsed = parseAmount(raw.replace(/\s*%$/, ''));
    if (isAmountError(parsed) || parsed.unit !== null) {
      errors.push({ field, message: `"${raw.slice(0, 20)}" är inte ett tal (skriv t.ex. 5,5 eller 77)` });
      return null;
    }
    value = parsed.value;
  } else {
    errors.push({ field, message: 'måste vara ett tal' });
    return null;
  }
  const tenths = Math.round(value * 10);
  if (Math.abs(value * 10 - tenths) > 1e-6) errors.push({ field, message: 'högst en decimal' });
  else if (tenths < 0 || tenths > MAX_TENTHS) errors.push({ field, message: 'måste vara mellan 0 och 100 000' });
  return tenths;
}

/** Checks the key figures sent for a follow-up; errors name the field (`items[1].women`). */
export function checkStaffKpis(input: unknown, errors: FieldError[]): StaffKpi[] {
  if (!Array.isArray(input)) {
    errors.push({ field: 'items', message: 'måste vara en lista' });
    return [];
  }
  if (input.length > MAX_KPIS) errors.push({ field: 'items', message: `högst ${MAX_KPIS} resultatmått` });
  return input.slice(0, MAX_KPIS).map((raw, i) => {
    const item = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const measure = checkText(item.measure, { field: `items[${i}].measure`, required: true, max: 300 }, errors);
    const decimals = item.decimals === undefined ? 0 : item.decimals;
    if (decimals !== 0 && decimals !== 1) errors.push({ field: `items[${i}].decimals`, message: 'måste vara 0 eller 1' });
    const tenths = Object.fromEntries(KPI_VALUES.map((k) => [k, tenthsOf(item[k], `items[${i}].${k}`, errors)])) as Record<KpiValue, number | null>;
    if (decimals === 0) {
      for (const k of KPI_VALUES) {
        if (tenths[k] !== null && tenths[k] % 10 !== 0) errors.push({ field: `items[${i}].${k}`, message: 'måttet skrivs utan decimaler' });
      }
    }
    return { measure, decimals: decimals === 1 ? 1 : 0, tenths };
  });
}

/** "5,5" or "77"; a missing value is empty. */
export const formatKpi = (tenths: number | null, decimals: 0 | 1): string => (tenths === null ? '' : formatAmount(tenths / 10, decimals));
