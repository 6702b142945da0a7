/**
 * Risk analysis and internal control plan per organ and year, with follow-up per tertial.
 * The scales (labels and definitions of probability and consequence 1–4) and the handling bands are kept per
 * analysis as JSON (checked by src/domain/riskAnalysis.ts); risk values and handling are computed, never stored.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { HandlingBand, ScaleStep } from '../../domain/riskAnalysis.ts';
import { bodies, organs } from './organisation.ts';
import { users } from './accounts.ts';

export const riskAnalyses = pgTable('risk_analyses', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  organId: uuid('organ_id').notNull().references(() => organs.id),
  year: integer('year').notNull(),
  /** "Upprättad". */
  establishedOn: date('established_on').notNull(),
  probabilityScale: jsonb('probability_scale').$type<ScaleStep[]>().notNull(),
  consequenceScale: jsonb('consequence_scale').$type<ScaleStep[]>().notNull(),
  thresholds: jsonb('thresholds').$type<HandlingBand[]>().notNull(),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [unique('risk_analyses_organ_year').on(t.bodyId, t.organId, t.year)]);

export const risks = pgTable('risks', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  analysisId: uuid('analysis_id').notNull().references(() => riskAnalyses.id),
  /** R1, R2, … */
  number: text('number').notNull(),
  /** "Kontrollområde". */
  controlArea: text('control_area').notNull(),
  /** "Identifierad risk". */
  description: text('description').notNull(),
  probability: integer('probability').notNull(),
  consequence: integer('consequence').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  unique('risks_analysis_number').on(t.bodyId, t.analysisId, t.number),
  check('risks_probability_range', sql`${t.probability} between 1 and 4`),
  check('risks_consequence_range', sql`${t.consequence} between 1 and 4`),
]);

/** The control plan's row for a risk: kontrollmoment, kontrollmetod, ansvarig, frekvens (tertials 1–3). */
export const internalControls = pgTable('internal_controls', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  riskId: uuid('risk_id').notNull().references(() => risks.id),
  control: text('control').notNull(),
  method: text('method').notNull(),
  responsible: text('responsible').notNull(),
  tertials: integer('tertials').array().notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  unique('internal_controls_risk').on(t.bodyId, t.riskId),
  check('internal_controls_tertials', sql`cardinality(${t.tertials}) between 1 and 3 and ${t.tertials} <@ array[1, 2, 3]`),
]);

/** A control's follow-up comment for one tertial, with who wrote it and when. */
export const internalControlFollowUps = pgTable('internal_control_follow_ups', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  controlId: uuid('control_id').notNull().references(() => internalControls.id),
  tertial: integer('tertial').notNull(),
  comment: text('comment').notNull(),
  /** A follow-up in a tertial outside the control's frequency, recorded on purpose. */
  unscheduled: boolean('unscheduled').notNull().default(false),
  recordedBy: uuid('recorded_by').references(() => users.id),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [
  unique('internal_control_follow_ups_control_tertial').on(t.bodyId, t.controlId, t.tertial),
  check('internal_control_follow_ups_tertial', sql`${t.tertial} between 1 and 3`),
]);
