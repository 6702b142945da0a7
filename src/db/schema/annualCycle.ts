/**
 * The annual cycle (årshjul): deadlines for the committees, the companies and the council itself (the reference
 * book's "Viktiga datum" and "Årshjul"), each with its reminder settings, and the reminders already sent, so a
 * reminder goes out once. Deadlines are planning data, not allmänna handlingar: they may be deleted (audited).
 */
import { boolean, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { bodies, organs } from './organisation.ts';

export const annualDeadlines = pgTable('annual_deadlines', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  date: date('date').notNull(),
  /** Last day of a period ("31 mar – 8 apr"); null for a single day. */
  endDate: date('end_date'),
  /** The activity heading, printed in bold ("Underlag till Årsredovisning"). */
  heading: text('heading').notNull(),
  text: text('text').notNull().default(''),
  /** `committees`, `companies` or `council` (the council's own årshjul). */
  audience: text('audience').notNull(),
  /** The organ responsible (e.g. KS, whose diarium receives); optional. */
  organId: uuid('organ_id').references(() => organs.id),
  /** Who must deliver, as text ("Samtliga nämnder", "Tekniska nämnden"). */
  deliverer: text('deliverer').notNull().default(''),
  /** Order among the deadlines of the same day (as the reference lists them). */
  position: integer('position').notNull().default(0),
  /** Remind this many days before the date (e.g. 14 and 3). */
  reminderDays: integer('reminder_days').array().notNull().default([]),
  reminderEmails: text('reminder_emails').array().notNull().default([]),
  /** Also remind the staff with access to the responsible organ. */
  remindOrganStaff: boolean('remind_organ_staff').notNull().default(false),
  /** The deadline of the previous year this one was copied from (copying twice adds nothing). */
  copiedFromId: uuid('copied_from_id'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('annual_deadlines_body_date_idx').on(t.bodyId, t.date),
  unique('annual_deadlines_copied_from').on(t.bodyId, t.copiedFromId),
]);

/** One reminder sent: for a deadline, its date at the time and the days before; the unique key sends it once. */
export const annualDeadlineReminders = pgTable('annual_deadline_reminders', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  deadlineId: uuid('deadline_id').notNull().references(() => annualDeadlines.id, { onDelete: 'cascade' }),
  deadlineDate: date('deadline_date').notNull(),
  daysBefore: integer('days_before').notNull(),
  /** How many addresses it went to (the addresses themselves are not kept here). */
  recipientCount: integer('recipient_count').notNull(),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [unique('annual_deadline_reminders_once').on(t.bodyId, t.deadlineId, t.deadlineDate, t.daysBefore)]);
