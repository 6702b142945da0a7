/**
 * Meetings: schedules, meetings, agendas (sections and items), consultations, paragraph counters, notices and
 * compiled meeting books.
 */
import { boolean, date, integer, jsonb, pgTable, primaryKey, text, time, timestamp, unique, uuid, index } from 'drizzle-orm/pg-core';
import { bodies, organs } from './organisation.ts';
import { users } from './accounts.ts';
import { cases, documents } from './registry.ts';

/** Planned meeting times of an organ for a year (the reference book's Bilaga 7); exceptions are per meeting. */
export const meetingSchedules = pgTable('meeting_schedules', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  organId: uuid('organ_id').notNull().references(() => organs.id),
  year: integer('year').notNull(),
  defaultStartTime: time('default_start_time').notNull(),
  defaultPlace: text('default_place').notNull(),
  noticeDays: integer('notice_days').notNull().default(5),
}, (t) => [unique('meeting_schedules_organ_year').on(t.bodyId, t.organId, t.year)]);

export const meetings = pgTable('meetings', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  organId: uuid('organ_id').notNull().references(() => organs.id),
  scheduleId: uuid('schedule_id').references(() => meetingSchedules.id),
  date: date('date').notNull(),
  startTime: time('start_time').notNull(),
  endTime: time('end_time'),
  place: text('place').notNull(),
  state: text('state').notNull().default('planned'),
  comment: text('comment'),
  noticeSentAt: timestamp('notice_sent_at', { withTimezone: true }),
  /** The agenda changed after the notice was sent: a new notice is due (R-CALL-2). */
  needsNewNotice: boolean('needs_new_notice').notNull().default(false),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('meetings_organ_date_idx').on(t.organId, t.date)]);

export const agendaSections = pgTable('agenda_sections', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id),
  position: integer('position').notNull(),
  heading: text('heading').notNull(),
}, (t) => [index('agenda_sections_meeting_idx').on(t.meetingId)]);

export const agendaItems = pgTable('agenda_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id),
  organId: uuid('organ_id').notNull().references(() => organs.id),
  sectionId: uuid('section_id').notNull().references(() => agendaSections.id),
  position: integer('position').notNull(),
  caseId: uuid('case_id').references(() => cases.id),
  title: text('title').notNull(),
  kind: text('kind').notNull().default('decision'),
  public: boolean('public').notNull().default(true),
  presenter: text('presenter'),
  /** Struck from the agenda after the notice was sent ("utgår"); kept, as its paragraph number is fixed. */
  withdrawn: boolean('withdrawn').notNull().default(false),
  /** Fixed when the notice is sent (R-CALL-4); null before. */
  paragraph: integer('paragraph'),
  paragraphYear: integer('paragraph_year'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('agenda_items_meeting_idx').on(t.meetingId),
  unique('agenda_items_paragraph').on(t.bodyId, t.organId, t.paragraphYear, t.paragraph),
]);

/** Which documents of the item's case go into the meeting book, in order. */
export const agendaItemDocuments = pgTable('agenda_item_documents', {
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  agendaItemId: uuid('agenda_item_id').notNull().references(() => agendaItems.id),
  documentId: uuid('document_id').notNull().references(() => documents.id),
  position: integer('position').notNull(),
}, (t) => [primaryKey({ columns: [t.agendaItemId, t.documentId] })]);

/** A case's handling in one organ (R-PREP-1); `authoritative` where the organ decides. */
export const consultations = pgTable('consultations', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  caseId: uuid('case_id').notNull().references(() => cases.id),
  organId: uuid('organ_id').notNull().references(() => organs.id),
  agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id),
  authoritative: boolean('authoritative').notNull().default(false),
  role: text('role').notNull().default('prepares'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('consultations_case_idx').on(t.caseId)]);

/** Last fixed paragraph number per organ and calendar year (R-CALL-4). */
export const paragraphCounters = pgTable('paragraph_counters', {
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  organId: uuid('organ_id').notNull().references(() => organs.id),
  year: integer('year').notNull(),
  lastParagraph: integer('last_paragraph').notNull(),
}, (t) => [primaryKey({ columns: [t.organId, t.year] })]);

export const notices = pgTable('notices', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  sentBy: uuid('sent_by').references(() => users.id),
  recipients: jsonb('recipients').notNull(),
  withheldDocuments: boolean('withheld_documents').notNull().default(false),
  reason: text('reason'),
});

/** A compiled meeting book; `inputHash` identifies its inputs so an unchanged book is served from cache. */
export const meetingBooks = pgTable('meeting_books', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id),
  variant: text('variant').notNull(),
  inputHash: text('input_hash').notNull(),
  sha256: text('sha256').notNull(),
  pages: integer('pages').notNull(),
  toc: jsonb('toc').notNull(),
  builtAt: timestamp('built_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('meeting_books_meeting_idx').on(t.meetingId, t.variant)]);
