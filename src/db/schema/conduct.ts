/**
 * The meeting itself (R-MEET-*): how it ran, attendance events, jäv, substitutes chosen by the secretary,
 * proposals (yrkanden), votes, decisions, dissents and protocol notes. Who serves on each item is computed
 * from these facts by the domain rules; only the facts are stored.
 */
import { boolean, integer, jsonb, pgTable, text, timestamp, unique, uuid, index, date, time } from 'drizzle-orm/pg-core';
import { bodies, organs, people } from './organisation.ts';
import { users } from './accounts.ts';
import { agendaItems, meetings } from './meetings.ts';

/** One row per meeting once it is opened: chair, adjusters, time and place of adjustment, actual times. */
export const meetingConduct = pgTable('meeting_conduct', {
  meetingId: uuid('meeting_id').primaryKey().references(() => meetings.id),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  chairPersonId: uuid('chair_person_id').references(() => people.id),
  secretaryName: text('secretary_name'),
  /** The chosen adjusters (justerare), in order. */
  adjusterPersonIds: uuid('adjuster_person_ids').array().notNull().default([]),
  adjustmentPlace: text('adjustment_place'),
  adjustmentDate: date('adjustment_date'),
  adjustmentTime: time('adjustment_time'),
  /** Others present (officials, presenters), free text lines for the title page. */
  othersPresent: jsonb('others_present').notNull().default([]),
  openedAt: timestamp('opened_at', { withTimezone: true }),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Arrivals and departures (R-MEET-2). `fromItemId` is the first agenda item the event applies to (changes
 * happen between items); null means from the start of the meeting.
 */
export const attendanceEvents = pgTable('attendance_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id),
  personId: uuid('person_id').notNull().references(() => people.id),
  kind: text('kind').notNull(), // 'arrived' | 'left'
  fromItemId: uuid('from_item_id').references(() => agendaItems.id),
  note: text('note'),
  recordedBy: uuid('recorded_by').references(() => users.id),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('attendance_events_meeting_idx').on(t.meetingId)]);

/** The secretary's explicit choice of a substitute for a seat, from an item on (overrides the suggestion). */
export const substituteAssignments = pgTable('substitute_assignments', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id),
  substitutePersonId: uuid('substitute_person_id').notNull().references(() => people.id),
  forPersonId: uuid('for_person_id').notNull().references(() => people.id),
  fromItemId: uuid('from_item_id').references(() => agendaItems.id),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('substitute_assignments_meeting_idx').on(t.meetingId)]);

/** Jäv on one item (R-MEET-3). */
export const disqualifications = pgTable('disqualifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id),
  agendaItemId: uuid('agenda_item_id').notNull().references(() => agendaItems.id),
  personId: uuid('person_id').notNull().references(() => people.id),
  note: text('note'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [unique('disqualifications_item_person').on(t.agendaItemId, t.personId)]);

/** A proposal (yrkande) on an item. kind: approve | reject | amend | add | refer_back | table | other. */
export const proposals = pgTable('proposals', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  agendaItemId: uuid('agenda_item_id').notNull().references(() => agendaItems.id),
  position: integer('position').notNull(),
  kind: text('kind').notNull(),
  /** The mover; null for the official report's proposal (förslag till beslut). */
  personId: uuid('person_id').references(() => people.id),
  supporterIds: uuid('supporter_ids').array().notNull().default([]),
  text: text('text').notNull(),
  withdrawn: boolean('withdrawn').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('proposals_item_idx').on(t.agendaItemId)]);

/**
 * A vote (R-MEET-5). Open: `ballots` maps person id → yes | no | abstain. Secret (elections, appointments):
 * only the tally. `yesProposalId`/`noProposalId` say what yes and no mean; `tieBreak` how a tie was settled.
 */
export const votes = pgTable('votes', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  agendaItemId: uuid('agenda_item_id').notNull().references(() => agendaItems.id),
  position: integer('position').notNull(),
  kind: text('kind').notNull(), // 'open' | 'secret'
  /** 'decision' | 'main_counter' (which proposal is the counter-proposal) | 'formal' */
  stage: text('stage').notNull().default('decision'),
  yesProposalId: uuid('yes_proposal_id').notNull().references(() => proposals.id),
  noProposalId: uuid('no_proposal_id').notNull().references(() => proposals.id),
  ballots: jsonb('ballots').notNull().default({}),
  tally: jsonb('tally').notNull(),
  tieBreak: text('tie_break'), // 'chair' | 'lottery' | null
  winnerProposalId: uuid('winner_proposal_id').notNull().references(() => proposals.id),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('votes_item_idx').on(t.agendaItemId)]);

/**
 * The decision on an item: clauses (default from the official report), the procedure as the minutes state it
 * (propositionsordning), immediate adjustment, where the case goes next and who receives extracts.
 */
export const itemDecisions = pgTable('item_decisions', {
  agendaItemId: uuid('agenda_item_id').primaryKey().references(() => agendaItems.id),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id),
  clauses: jsonb('clauses').notNull(),
  /** Ordered propositions: [{ stage, text, result }] as the minutes print them. */
  procedure: jsonb('procedure').notNull().default([]),
  summary: text('summary'),
  /** 'final' (the organ decides), 'to_organ' (prepared for another organ), 'noted' (anmälan/information). */
  outcome: text('outcome').notNull().default('final'),
  toOrganId: uuid('to_organ_id').references(() => organs.id),
  immediateAdjustment: boolean('immediate_adjustment').notNull().default(false),
  /** [{ name, email? }] — extracts go to these (R-MIN-3). */
  distribution: jsonb('distribution').notNull().default([]),
  winnerProposalId: uuid('winner_proposal_id').references(() => proposals.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [index('item_decisions_meeting_idx').on(t.meetingId)]);

/** Dissent (reservation) or protocol note (R-MEET-7): announced before the meeting ends; text may follow. */
export const reservations = pgTable('reservations', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  agendaItemId: uuid('agenda_item_id').notNull().references(() => agendaItems.id),
  kind: text('kind').notNull(), // 'dissent' | 'note'
  personIds: uuid('person_ids').array().notNull(),
  text: text('text'),
  announcedAt: timestamp('announced_at', { withTimezone: true }).notNull().defaultNow(),
  textUpdatedAt: timestamp('text_updated_at', { withTimezone: true }),
}, (t) => [index('reservations_item_idx').on(t.agendaItemId)]);
