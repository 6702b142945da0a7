/**
 * A deadline of the annual cycle (årshjul): its checks, with Swedish messages naming the field. A deadline has a
 * date (or a period), an activity heading and a text, an audience (the committees, the companies, or the
 * council's own årshjul), optionally a responsible organ, who must deliver, and its reminder settings.
 */
import type { FieldError } from './errors.ts';
import { isIsoDate } from './dates.ts';
import { isUuid } from './ids.ts';
import { checkText } from './text.ts';

export const AUDIENCES = ['committees', 'companies', 'council'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** How the generated documents and the calendar name each audience. */
export const AUDIENCE_LABELS: Record<Audience, string> = {
  committees: 'nämnder',
  companies: 'bolag',
  council: 'kommunfullmäktige',
};

export const MAX_REMINDER_DAYS = 365;
const MAX_REMINDERS = 5;
const MAX_ADDRESSES = 20;
const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

export interface DeadlineInput {
  date: string;
  endDate: string | null;
  heading: string;
  text: string;
  audience: Audience;
  organId: string | null;
  deliverer: string;
  reminderDays: number[];
  reminderEmails: string[];
  remindOrganStaff: boolean;
}

/** A list given as an array or as text separated by commas, semicolons or line breaks. */
function listOf(value: unknown): unknown[] | undefined {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
  return undefined;
}

function checkReminderDays(value: unknown, errors: FieldError[]): number[] {
  const list = listOf(value);
  if (!list) {
    errors.push({ field: 'reminderDays', message: 'måste vara en lista med antal dagar' });
    return [];
  }
  const days: number[] = [];
  for (const item of list) {
    const n = typeof item === 'number' ? item : typeof item === 'string' && /^\d+$/.test(item.trim()) ? Number(item) : NaN;
    if (!Number.isInteger(n) || n < 0 || n > MAX_REMINDER_DAYS) {
      errors.push({ field: 'reminderDays', message: `"${String(item).slice(0, 20)}" är inget antal dagar mellan 0 och ${MAX_REMINDER_DAYS}` });
      return [];
    }
    if (!days.includes(n)) days.push(n);
  }
  if (days.length > MAX_REMINDERS) errors.push({ field: 'reminderDays', message: `högst ${MAX_REMINDERS} påminnelser per datum` });
  return days.sort((a, b) => b - a);
}

function checkEmails(value: unknown, errors: FieldError[]): string[] {
  const list = listOf(value);
  if (!list) {
    errors.push({ field: 'reminderEmails', message: 'måste vara en lista med e-postadresser' });
    return [];
  }
  const emails: string[] = [];
  for (const item of list) {
    const email = typeof item === 'string' ? item.trim().toLowerCase() : '';
    if (!EMAIL.test(email) || email.length > 254) {
      errors.push({ field: 'reminderEmails', message: `"${String(item).slice(0, 60)}" är ingen e-postadress` });
      return [];
    }
    if (!emails.includes(email)) emails.push(email);
  }
  if (emails.length > MAX_ADDRESSES) errors.push({ field: 'reminderEmails', message: `högst ${MAX_ADDRESSES} adresser` });
  return emails;
}

/** Checks a deadline as sent by a form or the API; pushes one error per wrong field. */
export function checkDeadline(input: Record<string, unknown>, errors: FieldError[]): DeadlineInput {
  const date = typeof input.date === 'string' ? input.date.trim() : '';
  if (!isIsoDate(date)) errors.push({ field: 'date', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' });
  let endDate: string | null = null;
  if (input.endDate !== undefined && input.endDate !== null && input.endDate !== '') {
    endDate = typeof input.endDate === 'string' ? input.endDate.trim() : '';
    if (!isIsoDate(endDate)) errors.push({ field: 'endDate', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' });
    else if (isIsoDate(date) && endDate < date) errors.push({ field: 'endDate', message: 'får inte vara före startdatumet' });
    else if (isIsoDate(date) && endDate.slice(0, 4) !== date.slice(0, 4)) errors.push({ field: 'endDate', message: 'ska ligga i samma år som startdatumet' });
    if (endDate === date) endDate = null;
  }
  const heading = checkText(input.heading, { field: 'heading', required: true, max: 200 }, errors);
  const text = checkText(input.text, { field: 'text', max: 2000, multiline: true }, errors);
  const audience = AUDIENCES.find((a) => a === input.audience);
  if (!audience) errors.push({ field: 'audience', message: 'välj nämnder, bolag eller kommunfullmäktige' });
  let organId: string | null = null;
  if (input.organId !== undefined && input.organId !== null && input.organId !== '') {
    if (isUuid(input.organId)) organId = input.organId;
    else errors.push({ field: 'organId', message: 'välj ett organ' });
  }
  const deliverer = checkText(input.deliverer, { field: 'deliverer', max: 200 }, errors);
  const reminderDays = checkReminderDays(input.reminderDays, errors);
  const reminderEmails = checkEmails(input.reminderEmails, errors);
  if (input.remindOrganStaff !== undefined && typeof input.remindOrganStaff !== 'boolean') errors.push({ field: 'remindOrganStaff', message: 'måste vara ja eller nej' });
  const remindOrganStaff = input.remindOrganStaff === true;
  if (remindOrganStaff && !organId && !errors.some((e) => e.field === 'organId')) {
    errors.push({ field: 'remindOrganStaff', message: 'välj ansvarigt organ för att påminna dess handläggare' });
  }
  if (reminderDays.length && !reminderEmails.length && !remindOrganStaff && !errors.some((e) => e.field.startsWith('reminder'))) {
    errors.push({ field: 'reminderEmails', message: 'ange vem påminnelsen ska gå till' });
  }
  return { date, endDate, heading, text, audience: audience ?? 'committees', organId, deliverer, reminderDays, reminderEmails, remindOrganStaff };
}

/** The year a view or a copy is about: a four-digit year between 2000 and 2100. */
export function checkYear(value: unknown, errors: FieldError[], field = 'year'): number {
  const year = typeof value === 'number' ? value : typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    errors.push({ field, message: 'måste vara ett årtal' });
    return 0;
  }
  return year;
}

/**
 * A deadline's text carried from `fromYear` to the next: years near it move along ("perioden jan-dec 2024" in the
 * 2025 list becomes "jan-dec 2025" in the 2026 list; "planeringsdirektiv för 2027" becomes 2028). Years more than
 * three from the list's own are left as they are.
 */
export function shiftYearsInText(text: string, fromYear: number, by: number): string {
  return text.replace(/(?<![\d/-])(19|20)\d\d(?![\d/])/g, (y) => (Math.abs(Number(y) - fromYear) <= 3 ? String(Number(y) + by) : y));
}
