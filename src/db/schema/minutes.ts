/**
 * Minutes (R-MIN-*), their adjustment (R-JUST-*), extracts and dispatch. Each generated version of the minutes
 * is a stored PDF with its SHA-256; signatures bind to that hash. Once adjusted, the minutes are frozen.
 */
import { integer, jsonb, pgTable, text, timestamp, unique, uuid, index } from 'drizzle-orm/pg-core';
import { bodies, people } from './organisation.ts';
import { users } from './accounts.ts';
import { agendaItems, meetings } from './meetings.ts';
import { documents } from './registry.ts';

/** state: draft | signing | adjusted. `version` grows with every regeneration (after a rejection, R-JUST-4). */
export const minutes = pgTable('minutes', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id),
  state: text('state').notNull().default('draft'),
  version: integer('version').notNull().default(1),
  /** SHA-256 of the current version's PDF (in the file store); signatures must match it. */
  pdfSha256: text('pdf_sha256').notNull(),
  pages: integer('pages').notNull(),
  /** The public copy (R-PUB-1): masked, generated when adjusted. */
  publicPdfSha256: text('public_pdf_sha256'),
  /** The registered document in the meeting's minutes case, once adjusted. */
  documentId: uuid('document_id').references(() => documents.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  adjustedAt: timestamp('adjusted_at', { withTimezone: true }),
}, (t) => [unique('minutes_meeting').on(t.bodyId, t.meetingId)]);

/** Every signing or rejection, append-only (R-JUST-1/4). role: chair | adjuster. decision: signed | rejected. */
export const minutesSignatures = pgTable('minutes_signatures', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  minutesId: uuid('minutes_id').notNull().references(() => minutes.id),
  version: integer('version').notNull(),
  personId: uuid('person_id').notNull().references(() => people.id),
  userId: uuid('user_id').notNull().references(() => users.id),
  role: text('role').notNull(),
  decision: text('decision').notNull(),
  comment: text('comment'),
  pdfSha256: text('pdf_sha256').notNull(),
  /** The signature provider ('password' re-authentication, later an e-signature service) and its evidence. */
  provider: text('provider').notNull(),
  evidence: jsonb('evidence').notNull().default({}),
  signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('minutes_signatures_minutes_idx').on(t.minutesId, t.version)]);

/** An extract (protokollsutdrag, R-MIN-3) of one paragraph, registered in the item's case, and its dispatch. */
export const extracts = pgTable('extracts', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  agendaItemId: uuid('agenda_item_id').notNull().references(() => agendaItems.id),
  /** 'adjusted' (from the adjusted minutes) | 'immediate' (omedelbart justerad paragraf, R-JUST-2). */
  kind: text('kind').notNull(),
  pdfSha256: text('pdf_sha256').notNull(),
  documentId: uuid('document_id').references(() => documents.id),
  recipients: jsonb('recipients').notNull().default([]),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  delivered: text('delivered'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [unique('extracts_item_kind').on(t.agendaItemId, t.kind)]);
