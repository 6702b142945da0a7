/**
 * The notice board (anslagstavla, R-BOARD-*, R-APPEAL-1): postings with their dates, and an append-only log of
 * what happened to each posting.
 */
import { date, jsonb, pgTable, text, timestamp, uuid, index } from 'drizzle-orm/pg-core';
import { bodies, organs } from './organisation.ts';
import { users } from './accounts.ts';
import { meetings } from './meetings.ts';
import { minutes } from './minutes.ts';

/**
 * kind: meeting_announcement | adjusted_minutes | delegated_decision | other.
 * `removableFrom` is the earliest day the posting may come down (the day after the last day to appeal).
 */
export const postings = pgTable('postings', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  kind: text('kind').notNull(),
  organId: uuid('organ_id').references(() => organs.id),
  meetingId: uuid('meeting_id').references(() => meetings.id),
  minutesId: uuid('minutes_id').references(() => minutes.id),
  title: text('title').notNull(),
  body: jsonb('body').notNull().default({}),
  postedOn: date('posted_on').notNull(),
  lastAppealDay: date('last_appeal_day'),
  removableFrom: date('removable_from').notNull(),
  removedOn: date('removed_on'),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('postings_body_posted_idx').on(t.bodyId, t.postedOn)]);

/** What happened to a posting (posted, removed), append-only (R-APPEAL-1). */
export const postingEvents = pgTable('posting_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  postingId: uuid('posting_id').notNull().references(() => postings.id),
  kind: text('kind').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actorId: uuid('actor_id').references(() => users.id),
  details: jsonb('details').notNull().default({}),
});
