/**
 * An organ's meeting schedule for a year (sammanträdesplan, the reference book's Bilaga 7): default time and
 * place, the notice period from the reglemente (R-CALL-2), and the planned dates, each of which may have its own
 * time or place (e.g. KSNAU at 13:15, but 14:30 on marked dates).
 */
import { isIsoDate } from './dates.ts';
import { checkText } from './text.ts';
import type { FieldError } from './errors.ts';

export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface ScheduleDate { date: string; startTime: string | null; place: string | null }
export interface ScheduleInput { year: number; defaultStartTime: string; defaultPlace: string; noticeDays: number; dates: ScheduleDate[] }

/**
 * Reads planned dates written one per line: `2025-01-14`, `2025-01-28 14:30`, or `2025-02-11 14:30 Stadshuset,
 * sal A`. Empty lines are skipped. Each wrong line is reported by its number.
 */
export function parseScheduleLines(text: string, errors: FieldError[]): ScheduleDate[] {
  const dates: ScheduleDate[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const m = /^(\S+)(?:\s+(\d{1,2}[:.]\d{2}))?(?:\s+(.+))?$/.exec(line);
    const field = `dates[${i}]`;
    if (!m || !isIsoDate(m[1]!)) { errors.push({ field, message: `rad ${i + 1}: "${line.slice(0, 40)}" börjar inte med ett datum ÅÅÅÅ-MM-DD` }); return; }
    const time = m[2] ? m[2].replace('.', ':').padStart(5, '0') : null;
    if (time && !TIME.test(time)) { errors.push({ field, message: `rad ${i + 1}: ${m[2]} är ingen tid TT:MM` }); return; }
    dates.push({ date: m[1]!, startTime: time, place: m[3]?.trim() || null });
  });
  return dates;
}

/** Checks a whole schedule; returns it normalised (dates sorted) with errors naming each wrong field. */
export function checkSchedule(input: Record<string, unknown>, errors: FieldError[]): ScheduleInput {
  const year = Number(input.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) errors.push({ field: 'year', message: 'måste vara ett årtal' });
  const defaultStartTime = String(input.defaultStartTime ?? '');
  if (!TIME.test(defaultStartTime)) errors.push({ field: 'defaultStartTime', message: 'måste vara en tid TT:MM' });
  const defaultPlace = checkText(input.defaultPlace, { field: 'defaultPlace', required: true, max: 200 }, errors);
  const noticeDays = Number(input.noticeDays ?? 5);
  if (!Number.isInteger(noticeDays) || noticeDays < 1 || noticeDays > 30) errors.push({ field: 'noticeDays', message: 'måste vara 1–30 dagar' });
  const raw = Array.isArray(input.dates) ? input.dates : [];
  if (!Array.isArray(input.dates)) errors.push({ field: 'dates', message: 'måste vara en lista med datum' });
  const dates: ScheduleDate[] = [];
  const seen = new Set<string>();
  raw.forEach((d: unknown, i) => {
    const entry = (d ?? {}) as Record<string, unknown>;
    const date = String(entry.date ?? '');
    const field = `dates[${i}]`;
    if (!isIsoDate(date)) { errors.push({ field: `${field}.date`, message: 'måste vara ett datum ÅÅÅÅ-MM-DD' }); return; }
    if (Number.isInteger(year) && Number(date.slice(0, 4)) !== year) errors.push({ field: `${field}.date`, message: `${date} ligger inte i ${year}` });
    if (seen.has(date)) errors.push({ field: `${field}.date`, message: `${date} finns redan i planen` });
    seen.add(date);
    const startTime = entry.startTime ? String(entry.startTime) : null;
    if (startTime && !TIME.test(startTime)) errors.push({ field: `${field}.startTime`, message: 'måste vara en tid TT:MM' });
    const place = checkText(entry.place, { field: `${field}.place`, max: 200 }, errors) || null;
    dates.push({ date, startTime: startTime === defaultStartTime ? null : startTime, place: place === defaultPlace ? null : place });
  });
  dates.sort((a, b) => a.date.localeCompare(b.date));
  return { year, defaultStartTime, defaultPlace, noticeDays, dates };
}

/** The dates of the schedule that have no meeting yet (existing meetings are never moved or removed). */
export function datesToPlan(schedule: ScheduleInput, existingDates: ReadonlySet<string>): ScheduleDate[] {
  return schedule.dates.filter((d) => !existingDates.has(d.date));
}
