/**
 * Dates of the annual cycle as the reference prints them ("27 jan", "31 mar – 8 apr"), reading such labels
 * back (including the noisy ones of the published lists: "05-feb", "26-sept", "13 maj", "31 mar -8 apr"), and
 * carrying a date to another year: the same day and month, moved back to the previous working day when it
 * falls on a Saturday, Sunday or holiday (a deadline is met before the weekend, not after it).
 */
import { isNonWorkingDay, plusDays, workingDayOnOrAfter } from './holidays.ts';
import { isIsoDate } from './dates.ts';

export const MONTHS_SHORT = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;
export const MONTHS_LONG = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'] as const;

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2025-01-27" → "27 jan". */
export function dayLabel(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS_SHORT[Number(date.slice(5, 7)) - 1]}`;
}

/** "27 jan", or "31 mar – 8 apr" for a period. */
export function periodLabel(date: string, endDate?: string | null): string {
  return endDate && endDate !== date ? `${dayLabel(date)} – ${dayLabel(endDate)}` : dayLabel(date);
}

/** The month (1–12) a month word starts: "jan", "sept", "mars", "Maj" (Swedish, any case). */
function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w.length < 3) return undefined;
  const index = MONTHS_LONG.findIndex((m) => m.startsWith(w));
  return index < 0 ? undefined : index + 1;
}

function dayOf(dayText: string, monthWord: string, year: number): string | undefined {
  const month = monthOf(monthWord);
  const day = Number(dayText);
  if (!month || !Number.isInteger(day)) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(date) ? date : undefined;
}

const ONE_DAY = /^(\d{1,2})\s*[-\s.]\s*([a-zåäö]+)\.?$/i;
const PERIOD = /^(\d{1,2})\s*[-\s.]?\s*([a-zåäö]+)\.?\s*[-–—]\s*(\d{1,2})\s*[-\s.]?\s*([a-zåäö]+)\.?$/i;

/**
 * Reads a printed day label of `year` ("27-jan", "8 dec", "26-sept", "31 mar -8 apr") as ISO dates; undefined
 * when it is not one.
 */
export function parseDayLabel(label: string, year: number): { date: string; endDate: string | null } | undefined {
  const text = label.trim().replace(/\s+/g, ' ');
  const period = PERIOD.exec(text);
  if (period) {
    const date = dayOf(period[1]!, period[2]!, year);
    const endDate = dayOf(period[3]!, period[4]!, year);
    return date && endDate && endDate >= date ? { date, endDate } : undefined;
  }
  const one = ONE_DAY.exec(text);
  if (!one) return undefined;
  const date = dayOf(one[1]!, one[2]!, year);
  return date ? { date, endDate: null } : undefined;
}

/** `date` itself when it is a working day, otherwise the last working day before it. */
export function workingDayOnOrBefore(date: string): string {
  let d = date;
  while (isNonWorkingDay(d)) d = plusDays(d, -1);
  return d;
}

/**
 * The same day and month in `year` (29 February becomes the 28th), moved back to a working day — or forward,
 * for the first days of January, where going back would leave the year.
 */
export function sameDayInYear(date: string, year: number): string {
  const month = date.slice(5, 7);
  let day = Number(date.slice(8, 10));
  while (!isIsoDate(`${year}-${month}-${pad(day)}`)) day -= 1;
  const same = `${year}-${month}-${pad(day)}`;
  const before = workingDayOnOrBefore(same);
  return before.startsWith(`${year}-`) ? before : workingDayOnOrAfter(same);
}

/** A deadline's dates carried to `year`; a period keeps an end on or after its start. */
export function copyDates(dates: { date: string; endDate: string | null }, year: number): { date: string; endDate: string | null } {
  const date = sameDayInYear(dates.date, year);
  if (!dates.endDate) return { date, endDate: null };
  const end = sameDayInYear(dates.endDate, year);
  return { date, endDate: end > date ? end : null };
}
