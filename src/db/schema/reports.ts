/**
 * Official reports (tjänsteskrivelser, R-PREP-3): structured content, versioned while drafted; finalising
 * registers the rendered PDF as a document of the case. Members' private notes on documents.
 */
import { boolean, integer, jsonb, pgTable, text, timestamp, unique, uuid, index } from 'drizzle-orm/pg-core';
import { bodies, organs } from './organisation.ts';
import { users } from './accounts.ts';
import { cases, documents } from './registry.ts';

export const officialReports = pgTable('official_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  caseId: uuid('case_id').notNull().references(() => cases.id),
  organId: uuid('organ_id').notNull().references(() => organs.id),
  state: text('state').notNull().default('draft'),
  currentVersion: integer('current_version').notNull().default(1),
  documentId: uuid('document_id').references(() => documents.id),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  finalisedAt: timestamp('finalised_at', { withTimezone: true }),
}, (t) => [index('official_reports_case_idx').on(t.caseId)]);

export const officialReportVersions = pgTable('official_report_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  reportId: uuid('report_id').notNull().references(() => officialReports.id),
  version: integer('version').notNull(),
  content: jsonb('content').notNull(),
  savedBy: uuid('saved_by').references(() => users.id),
  savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [unique('official_report_versions_report_version').on(t.bodyId, t.reportId, t.version)]);

export const memberNotes = pgTable('member_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  userId: uuid('user_id').notNull().references(() => users.id),
  documentId: uuid('document_id').notNull().references(() => documents.id),
  text: text('text').notNull(),
  sharedWithParty: boolean('shared_with_party').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [unique('member_notes_user_document').on(t.bodyId, t.userId, t.documentId)]);
