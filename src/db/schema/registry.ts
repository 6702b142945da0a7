/**
 * The registry (diarium): series, number counters, cases, documents, secrecy marks and files.
 */
import { bigserial, boolean, date, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid, bigint, index } from 'drizzle-orm/pg-core';
import { bodies, organs } from './organisation.ts';
import { users } from './accounts.ts';

export const registries = pgTable('registries', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  code: text('code').notNull(),
  name: text('name').notNull(),
  organId: uuid('organ_id').references(() => organs.id),
  caseNumberFormat: text('case_number_format').notNull().default('{series}-{year}/{seq:5}'),
  documentNumberFormat: text('document_number_format').notNull().default('{case}-{n}'),
}, (t) => [unique('registries_body_code').on(t.bodyId, t.code)]);

/** Last allocated case sequence per registry and year (R-REG-4); updated in the same transaction as the case row. */
export const caseCounters = pgTable('case_counters', {
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  registryId: uuid('registry_id').notNull().references(() => registries.id),
  year: integer('year').notNull(),
  lastSeq: integer('last_seq').notNull(),
}, (t) => [primaryKey({ columns: [t.registryId, t.year] })]);

export const cases = pgTable('cases', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  registryId: uuid('registry_id').notNull().references(() => registries.id),
  year: integer('year').notNull(),
  seq: integer('seq').notNull(),
  number: text('number').notNull(),
  title: text('title').notNull(),
  publicTitle: text('public_title').notNull(),
  status: text('status').notNull().default('open'),
  classificationCode: text('classification_code'),
  organId: uuid('organ_id').references(() => organs.id),
  caseOfficerId: uuid('case_officer_id').references(() => users.id),
  openedAt: date('opened_at').notNull(),
  closedAt: date('closed_at'),
  lastDocumentSeq: integer('last_document_seq').notNull().default(0),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  unique('cases_body_number').on(t.bodyId, t.number),
  unique('cases_registry_year_seq').on(t.bodyId, t.registryId, t.year, t.seq),
]);

export const documents = pgTable('documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  caseId: uuid('case_id').notNull().references(() => cases.id),
  seq: integer('seq').notNull(),
  number: text('number').notNull(),
  kind: text('kind').notNull(),
  direction: text('direction').notNull(),
  registeredDate: date('registered_date').notNull(),
  description: text('description').notNull(),
  publicDescription: text('public_description').notNull(),
  counterpartyName: text('counterparty_name'),
  counterpartyOrganisation: text('counterparty_organisation'),
  counterpartyAddress: text('counterparty_address'),
  counterpartyEmail: text('counterparty_email'),
  counterpartyProtected: boolean('counterparty_protected').notNull().default(false),
  /** Kind-specific fields: a motion's number, authors and requests; a statement's requester and due date; … */
  details: jsonb('details').notNull().default({}),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** Kept current by a database trigger (public change feeds, OParl `modified`). */
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  unique('documents_body_number').on(t.bodyId, t.number),
  unique('documents_case_seq').on(t.bodyId, t.caseId, t.seq),
  index('documents_case_idx').on(t.caseId),
]);

/** Secrecy marks (R-REG-5): a warning with legal ground; released only after an assessment with who/when/why. */
export const secrecyMarks = pgTable('secrecy_marks', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  documentId: uuid('document_id').notNull().references(() => documents.id),
  legalGround: text('legal_ground').notNull(),
  organId: uuid('organ_id').notNull().references(() => organs.id),
  markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
  markedBy: uuid('marked_by').references(() => users.id),
  releasedAt: timestamp('released_at', { withTimezone: true }),
  releasedBy: uuid('released_by').references(() => users.id),
  releaseReason: text('release_reason'),
}, (t) => [index('secrecy_marks_document_idx').on(t.documentId)]);

/** A file of a document; the bytes live in the content-addressed store under their sha-256. */
export const files = pgTable('files', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  documentId: uuid('document_id').notNull().references(() => documents.id),
  name: text('name').notNull(),
  mediaType: text('media_type').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('files_document_idx').on(t.documentId)]);

/** Append-only audit log (R-REG-8); a trigger rejects UPDATE and DELETE. */
export const auditEvents = pgTable('audit_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actorId: uuid('actor_id').references(() => users.id),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: uuid('entity_id'),
  caseId: uuid('case_id'),
  secretAccess: boolean('secret_access').notNull().default(false),
  details: jsonb('details').notNull().default({}),
}, (t) => [index('audit_events_body_at_idx').on(t.bodyId, t.at), index('audit_events_case_idx').on(t.caseId)]);
