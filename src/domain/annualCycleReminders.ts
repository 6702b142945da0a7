/**
 * Which reminders of the annual cycle are due on a given day: a pure function of the deadlines, their reminder
 * settings, today and the reminders already sent. A reminder "n days before" is due from that day until the
 * deadline itself. When several are due at once (the job was not running for a while) only the latest one is
 * sent: a late "14 days before" is not worth a mail when "3 days before" is due. A reminder is identified by the
 * deadline, the deadline's date and the days before, so a deadline that is moved is reminded again.
 */
import { plusDays } from './holidays.ts';

export interface ReminderDeadline { id: string; date: string; reminderDays: readonly number[] }
export interface SentReminder { deadlineId: string; deadlineDate: string; daysBefore: number }
export interface DueReminder extends SentReminder { remindOn: string }

const key = (r: SentReminder): string => `${r.deadlineId}|${r.deadlineDate}|${r.daysBefore}`;

export function dueReminders(deadlines: readonly ReminderDeadline[], today: string, sent: readonly SentReminder[]): DueReminder[] {
  const done = new Set(sent.map(key));
  const due: DueReminder[] = [];
  for (const d of deadlines) {
    if (d.date < today) continue;
    const latest = [...d.reminderDays]
      .filter((n) => Number.isInteger(n) && n >= 0)
      .map((n) => ({ daysBefore: n, remindOn: plusDays(d.date, -n) }))
      .filter((r) => r.remindOn <= today)
      .sort((a, b) => a.daysBefore - b.daysBefore)[0];
    if (!latest) continue;
    const reminder = { deadlineId: d.id, deadlineDate: d.date, daysBefore: latest.daysBefore, remindOn: latest.remindOn };
    if (!done.has(key(reminder))) due.push(reminder);
  }
  return due.sort((a, b) => a.deadlineDate.localeCompare(b.deadlineDate) || a.deadlineId.localeCompare(b.deadlineId));
}

/** The subject line, e.g. "Påminnelse: Underlag till Årsredovisning 24 feb (om 3 dagar)", by the days actually left. */
export function reminderSubject(heading: string, label: string, daysLeft: number): string {
  const when = daysLeft <= 0 ? 'i dag' : daysLeft === 1 ? 'i morgon' : `om ${daysLeft} dagar`;
  return `Påminnelse: ${heading} ${label} (${when})`;
}
