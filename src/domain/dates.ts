/**
 * Calendar dates as ISO strings (YYYY-MM-DD) in Swedish local time, and the registered-date rule (R-REG-2).
 */
import type { FieldError } from './errors.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The calendar date in Sweden at `instant`. */
const SWEDISH_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

export function swedishDate(instant: Date): string {
  return SWEDISH_DAY.format(instant);
}

/**
 * R-REG-2: an incoming document is registered with the day it arrived, which cannot be after today.
 * Documents drawn up (outgoing/internal) may not be dated in the future either.
 */
export function checkRegisteredDate(value: unknown, today: string, errors: FieldError[]): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    errors.push({ field: 'registeredDate', message: 'måste vara ett datum på formen ÅÅÅÅ-MM-DD' });
    return '';
  }
  if (value > today) {
    errors.push({ field: 'registeredDate', message: `datumet ${value} ligger i framtiden; ange dagen handlingen kom in eller upprättades` });
  }
  if (value < '1900-01-01') errors.push({ field: 'registeredDate', message: 'datumet är orimligt tidigt' });
  return value;
}
