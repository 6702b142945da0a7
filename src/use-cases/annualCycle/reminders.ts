/**
 * Sends the annual cycle's due reminders (`dueReminders`) by e-mail: to the deadline's addresses and, when asked,
 * to the staff with access to its responsible organ. Each reminder is recorded in the transaction that sends
 * it; the unique key (deadline, its date, days before) makes a second process or a second run skip it, and a
 * failed sending rolls the record back, so the next run tries again.
 */
import { and, arrayOverlaps, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { annualDeadlineReminders, annualDeadlines, bodies, organs, userOrganAccess, users } from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import type { Executor } from '../../db/client.ts';
import { dueReminders, reminderSubject, type DueReminder } from '../../domain/annualCycleReminders.ts';
import { MAX_REMINDER_DAYS } from '../../domain/annualCycle.ts';
import { periodLabel } from '../../domain/annualCycleDates.ts';
import { swedishDate } from '../../domain/dates.ts';
import { plusDays } from '../../domain/holidays.ts';
import type { Services } from '../context.ts';

const STAFF_ROLES = ['registrar', 'case_officer', 'secretary', 'admin'];

async function organStaffAddresses(ex: Executor, organId: string): Promise<string[]> {
  const rows = await ex.select({ email: users.email }).from(users).innerJoin(userOrganAccess, eq(userOrganAccess.userId, users.id))
    .where(and(eq(userOrganAccess.organId, organId), eq(users.active, true), isNotNull(users.email), arrayOverlaps(users.roles, STAFF_ROLES)));
  return rows.map((r) => r.email!.toLowerCase());
}

/** Sends every reminder due on `today` (default: the clock's day in Sweden); answers how many were sent. */
export async function sendDueReminders(services: Services, today = swedishDate(services.clock.now())): Promise<number> {
  const { db, mailer } = services;
  if (!mailer) return 0;
  const deadlines = await db.select({ id: annualDeadlines.id, date: annualDeadlines.date, reminderDays: annualDeadlines.reminderDays }).from(annualDeadlines)
    .where(and(gte(annualDeadlines.date, today), lte(annualDeadlines.date, plusDays(today, MAX_REMINDER_DAYS)), sql`cardinality(${annualDeadlines.reminderDays}) > 0`));
  if (!deadlines.length) return 0;
  const sent = await db.select({ deadlineId: annualDeadlineReminders.deadlineId, deadlineDate: annualDeadlineReminders.deadlineDate, daysBefore: annualDeadlineReminders.daysBefore })
    .from(annualDeadlineReminders).where(inArray(annualDeadlineReminders.deadlineId, deadlines.map((d) => d.id)));
  let count = 0;
  let failure: unknown;
  // One failed sending does not hold up the others; it is reported after them and retried on the next run.
  for (const due of dueReminders(deadlines, today, sent)) {
    try {
      if (await sendOne(services, due, today)) count += 1;
    } catch (error) {
      failure ??= error;
    }
  }
  if (failure) throw failure;
  return count;
}

async function sendOne(services: Services, due: DueReminder, today: string): Promise<boolean> {
  return services.db.transaction(async (tx) => {
    const [row] = await tx.select({ d: annualDeadlines, organName: organs.name, body: bodies.name }).from(annualDeadlines)
      .innerJoin(bodies, eq(bodies.id, annualDeadlines.bodyId)).leftJoin(organs, eq(organs.id, annualDeadlines.organId))
      .where(eq(annualDeadlines.id, due.deadlineId));
    // Changed or deleted since it was read: the next run decides again.
    if (!row || row.d.date !== due.deadlineDate || !row.d.reminderDays.includes(due.daysBefore)) return false;
    const d = row.d;
    const to = [...new Set([...d.reminderEmails, ...(d.remindOrganStaff && d.organId ? await organStaffAddresses(tx, d.organId) : [])])];
    const [recorded] = await tx.insert(annualDeadlineReminders)
      .values({ bodyId: d.bodyId, deadlineId: d.id, deadlineDate: d.date, daysBefore: due.daysBefore, recipientCount: to.length })
      .onConflictDoNothing().returning({ id: annualDeadlineReminders.id });
    if (!recorded) return false;
    await recordAudit(tx, {
      bodyId: d.bodyId, actorId: null, action: 'annual_deadline.reminder', entityType: 'annual_deadline', entityId: d.id,
      details: { date: d.date, daysBefore: due.daysBefore, recipients: to.length },
    });
    if (!to.length) return true;
    const label = periodLabel(d.date, d.endDate);
    const daysLeft = Math.round((Date.parse(d.date) - Date.parse(today)) / 86_400_000);
    const link = services.baseUrl ? `${services.baseUrl.replace(/\/$/, '')}/app/registers/annual-cycle?year=${d.date.slice(0, 4)}` : '';
    const text = [
      `Påminnelse från årshjulet för ${row.body}.`, '',
      `${label} – ${d.heading}`, ...(d.text ? [d.text] : []), '',
      ...(d.deliverer ? [`Vem lämnar: ${d.deliverer}`] : []),
      ...(row.organName ? [`Ansvarigt organ: ${row.organName}`] : []),
      ...(link ? ['', `Årshjulet: ${link}`] : []),
    ].join('\n');
    await services.mailer!.send({ to, subject: reminderSubject(d.heading, label, daysLeft), text });
    return true;
  });
}
