/**
 * Grant rounds and applications drawing on an appropriation. Money in whole kronor.
 *
 * A round belongs to an organ and a diarium case; it may draw on an appropriation (a round decided by delegation
 * may have none) and is decided either by the organ (the decision hook marks its applications decided) or by
 * delegation (who and when). An application is registered as a document of its case (the round's, or its own
 * for a co-financing request), carries the amounts applied and recommended per year, and optionally the
 * project's cost and financing budget. Notifications to applicants are kept as an outbox: planned in the
 * decision's transaction, sent after it.
 */
import { bigint, boolean, date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { bodies, organs } from './organisation.ts';
import { users } from './accounts.ts';
import { cases, documents } from './registry.ts';
import { agendaItems } from './meetings.ts';
import { appropriationCommitments, appropriations } from './appropriations.ts';

export const grantRounds = pgTable('grant_rounds', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  organId: uuid('organ_id').notNull().references(() => organs.id),
  caseId: uuid('case_id').notNull().references(() => cases.id),
  appropriationId: uuid('appropriation_id').references(() => appropriations.id),
  name: text('name').notNull(),
  /** The compilation's introduction (the purpose of the grant). */
  intro: text('intro').notNull().default(''),
  /** Criteria as a list of texts. */
  criteria: jsonb('criteria').notNull().default([]),
  opensOn: date('opens_on'),
  /** Null for a continuous round. */
  closesOn: date('closes_on'),
  /** `organ` (the organ's decision on the case) or `delegation`. */
  decidedBy: text('decided_by').notNull().default('organ'),
  /** For a delegation decision: who decided, as the compilation prints it, and when. */
  delegateName: text('delegate_name'),
  delegationDecidedOn: date('delegation_decided_on'),
  /** The compilation's layout: `projects` (project owners, tkr per year) or `associations` (one amount, kr). */
  layout: text('layout').notNull().default('projects'),
  /** Dokumentansvarig on the compilation. */
  documentOwner: text('document_owner').notNull().default(''),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  unique('grant_rounds_body_organ_name').on(t.bodyId, t.organId, t.name),
  index('grant_rounds_case_idx').on(t.caseId),
]);

export const grantApplications = pgTable('grant_applications', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  roundId: uuid('round_id').notNull().references(() => grantRounds.id),
  /** The case the application is decided in: the round's, or its own for a co-financing request. */
  caseId: uuid('case_id').notNull().references(() => cases.id),
  /** The registered document (the application as received). */
  documentId: uuid('document_id').references(() => documents.id),
  position: integer('position').notNull(),
  /** The applicant's or another office's reference, e.g. Föreningsbyrån's "150638" or "KS-2023/00275". */
  externalRef: text('external_ref'),
  /** `association`, `internal_unit`, `project_owner` or `private_individual`. */
  applicantKind: text('applicant_kind').notNull(),
  applicantName: text('applicant_name').notNull(),
  applicantEmail: text('applicant_email'),
  applicantPhone: text('applicant_phone'),
  applicantAddress: text('applicant_address'),
  projectTitle: text('project_title').notNull(),
  projectDescription: text('project_description').notNull().default(''),
  totalCostKr: bigint('total_cost_kr', { mode: 'number' }),
  /** `grant`, `reject` or null (not yet assessed). */
  recommendation: text('recommendation'),
  motivation: text('motivation').notNull().default(''),
  /** Conditions of a grant, e.g. "under förutsättning att övrig sökt medfinansiering beviljas". */
  conditions: text('conditions'),
  /** `registered`, `recommended` or `decided`. */
  state: text('state').notNull().default('registered'),
  /** `granted` or `rejected` once decided. */
  outcome: text('outcome'),
  decidedOn: date('decided_on'),
  /** How the decision is cited: "KSNAU § 182/24", "KSNAU 2023-04-18", "Fritidsbyrån … enl. delegationsordning". */
  decisionRef: text('decision_ref'),
  /** Decided before the round (listed for completeness, e.g. "Beslutat av KSNAU 2023-04-18"). */
  decidedEarlier: boolean('decided_earlier').notNull().default(false),
  /** The agenda item whose decision decided it (the decision hook is idempotent per item). */
  agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id),
  /** An existing commitment the application is linked to (an earlier decision). */
  commitmentId: uuid('commitment_id').references(() => appropriationCommitments.id),
  /** The project's cost and financing budget per year (see domain/projectBudget.ts). */
  projectBudget: jsonb('project_budget'),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  unique('grant_applications_round_position').on(t.bodyId, t.roundId, t.position),
  index('grant_applications_case_idx').on(t.caseId),
]);

/** Amounts applied and recommended (granted once decided) per year. */
export const grantApplicationYears = pgTable('grant_application_years', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  applicationId: uuid('application_id').notNull().references(() => grantApplications.id),
  year: integer('year').notNull(),
  appliedKr: bigint('applied_kr', { mode: 'number' }).notNull(),
  grantedKr: bigint('granted_kr', { mode: 'number' }),
}, (t) => [unique('grant_application_years_application_year').on(t.bodyId, t.applicationId, t.year)]);

/** Decision notifications to applicants: `email` sent after the decision's commit, or `letter` to be sent by post. */
export const grantNotifications = pgTable('grant_notifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  applicationId: uuid('application_id').notNull().references(() => grantApplications.id),
  channel: text('channel').notNull(),
  outcome: text('outcome').notNull(),
  decisionRef: text('decision_ref').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  /** `smtp`, `outbox`, `failed` or `letter` (marked as posted). */
  delivered: text('delivered'),
}, (t) => [unique('grant_notifications_application').on(t.bodyId, t.applicationId)]);
