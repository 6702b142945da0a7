/**
 * Appropriations (anslag), their amounts per year and the commitments against them. Money in whole kronor.
 * A commitment is `proposed` (an official report proposes it), `conditional` or `firm` (an organ decided it) or
 * `released` (the money returned to the appropriation); its amounts per year are rows of their own.
 */
import { bigint, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { bodies, organs } from './organisation.ts';
import { users } from './accounts.ts';
import { cases } from './registry.ts';
import { agendaItems } from './meetings.ts';

export const appropriations = pgTable('appropriations', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  organId: uuid('organ_id').notNull().references(() => organs.id),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [unique('appropriations_body_organ_name').on(t.bodyId, t.organId, t.name)]);

export const appropriationYears = pgTable('appropriation_years', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  appropriationId: uuid('appropriation_id').notNull().references(() => appropriations.id),
  year: integer('year').notNull(),
  amountKr: bigint('amount_kr', { mode: 'number' }).notNull(),
}, (t) => [unique('appropriation_years_appropriation_year').on(t.bodyId, t.appropriationId, t.year)]);

export const appropriationCommitments = pgTable('appropriation_commitments', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  appropriationId: uuid('appropriation_id').notNull().references(() => appropriations.id),
  caseId: uuid('case_id').references(() => cases.id),
  recipient: text('recipient').notNull(),
  purpose: text('purpose'),
  /** The decision it rests on as people cite it: "KSNAU 2023-04-18", "KSNAU § 182/24". */
  reference: text('reference'),
  decidedOn: date('decided_on'),
  conditions: text('conditions'),
  status: text('status').notNull().default('proposed'),
  releasedOn: date('released_on'),
  /** `manual` or `grant_application` (source_id = the application). */
  sourceKind: text('source_kind').notNull().default('manual'),
  sourceId: uuid('source_id'),
  /** Why the commitment may exceed the remaining funds (audited). */
  overrideReason: text('override_reason'),
  /** The agenda item whose decision made the commitment binding. */
  agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  unique('appropriation_commitments_source').on(t.bodyId, t.sourceKind, t.sourceId),
  index('appropriation_commitments_appropriation_idx').on(t.appropriationId),
  index('appropriation_commitments_case_idx').on(t.caseId),
]);

export const appropriationCommitmentAmounts = pgTable('appropriation_commitment_amounts', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  commitmentId: uuid('commitment_id').notNull().references(() => appropriationCommitments.id),
  year: integer('year').notNull(),
  amountKr: bigint('amount_kr', { mode: 'number' }).notNull(),
}, (t) => [unique('appropriation_commitment_amounts_commitment_year').on(t.bodyId, t.commitmentId, t.year)]);
