/**
 * Swedish public holidays (lag (1989:253) om allmänna helgdagar) and the days that lag (1930:173) om beräkning
 * av lagstadgad tid treats like them: Saturdays, midsommarafton, julafton and nyårsafton. Sundays are holidays
 * in their own right. Dates are ISO calendar dates (YYYY-MM-DD); no time zones are involved.
 */

export interface Holiday {
  date: string;
  /** Swedish name, as shown to users. */
  name: string;
  /** `public`: allmän helgdag; `equal`: a day lag (1930:173) treats like one (the eves). */
  kind: 'public' | 'equal';
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;

function utc(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** Adds whole calendar days to an ISO date. */
export function plusDays(date: string, days: number): string {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return utc(date).getUTCDay();
}

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** The first day from `from` (inclusive) that falls on `wantedWeekday`. */
function firstWeekdayFrom(from: string, wantedWeekday: number): string {
  return plusDays(from, (wantedWeekday - weekday(from) + 7) % 7);
}

const cache = new Map<number, Holiday[]>();

/** The year's public holidays and the eves treated like them, in date order (Saturdays and Sundays not listed). */
export function swedishHolidays(year: number): Holiday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const midsummerDay = firstWeekdayFrom(iso(year, 6, 20), 6);
  const list: Holiday[] = [
    { date: iso(year, 1, 1), name: 'Nyårsdagen', kind: 'public' },
    { date: iso(year, 1, 6), name: 'Trettondedag jul', kind: 'public' },
    { date: plusDays(easter, -2), name: 'Långfredagen', kind: 'public' },
    { date: easter, name: 'Påskdagen', kind: 'public' },
    { date: plusDays(easter, 1), name: 'Annandag påsk', kind: 'public' },
    { date: iso(year, 5, 1), name: 'Första maj', kind: 'public' },
    { date: plusDays(easter, 39), name: 'Kristi himmelsfärdsdag', kind: 'public' },
    { date: plusDays(easter, 49), name: 'Pingstdagen', kind: 'public' },
    { date: iso(year, 6, 6), name: 'Nationaldagen', kind: 'public' },
    { date: plusDays(midsummerDay, -1), name: 'Midsommarafton', kind: 'equal' },
    { date: midsummerDay, name: 'Midsommardagen', kind: 'public' },
    { date: firstWeekdayFrom(iso(year, 10, 31), 6), name: 'Alla helgons dag', kind: 'public' },
    { date: iso(year, 12, 24), name: 'Julafton', kind: 'equal' },
    { date: iso(year, 12, 25), name: 'Juldagen', kind: 'public' },
    { date: iso(year, 12, 26), name: 'Annandag jul', kind: 'public' },
    { date: iso(year, 12, 31), name: 'Nyårsafton', kind: 'equal' },
  ];
  list.sort((x, y) => x.date.localeCompare(y.date));
  cache.set(year, list);
  return list;
}

/** The holiday (or eve treated like one) on `date`, if any. */
export function holidayOn(date: string): Holiday | undefined {
  return swedishHolidays(Number(date.slice(0, 4))).find((h) => h.date === date);
}

/**
 * Whether a time limit ending on `date` moves to the next weekday (lag (1930:173) 2 §): Saturdays, Sundays,
 * public holidays, midsommarafton, julafton and nyårsafton.
 */
export function isNonWorkingDay(date: string): boolean {
  const day = weekday(date);
  return day === 0 || day === 6 || holidayOn(date) !== undefined;
}

/** `date` itself when it is a working day, otherwise the next working day after it. */
export function workingDayOnOrAfter(date: string): string {
  let d = date;
  while (isNonWorkingDay(d)) d = plusDays(d, 1);
  return d;
}

/** Why `date` is not a working day, in Swedish ("lördag", "julafton"), or undefined on a working day. */
export function nonWorkingReason(date: string): string | undefined {
  const holiday = holidayOn(date);
  if (holiday) return holiday.name.toLowerCase();
  const day = weekday(date);
  return day === 6 ? 'lördag' : day === 0 ? 'söndag' : undefined;
}
