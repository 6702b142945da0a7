/**
 * Financial follow-up: an organ's follow-up for a period of a year (a tertial), its values per line and measure
 * (budget and outcome for the period, full-year budget and forecast, the previous year's comparison figure) in
 * whole kronor, and its staff key figures by sex. Derived figures (deviations, the net line) are never stored.
 */
import { bigint, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { bodies, organs } from './organisation.ts';

export const followUps = pgTable('follow_ups', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  organId: uuid('organ_id').notNull().references(() => organs.id),
  year: integer('year').notNull(),
  /** 'T1' (January–April), 'T2' (January–August) or 'T3' (the whole year). */
  tertial: text('tertial').notNull(),
  title: text('title').notNull(),
  /** Prose per section of the generated report (plain text, paragraphs separated by blank lines). */
  staffText: text('staff_text').notNull().default(''),
  economyText: text('economy_text').notNull().default(''),
  investmentText: text('investment_text').notNull().default(''),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [unique('follow_ups_organ_period').on(t.bodyId, t.organId, t.year, t.tertial)]);

/** One figure: `line` is revenues | costs | investments; `measure` is budget | outcome | budget_year | forecast_year | comparison. */
export const followUpValues = pgTable('follow_up_values', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  followUpId: uuid('follow_up_id').notNull().references(() => followUps.id),
  line: text('line').notNull(),
  measure: text('measure').notNull(),
  amountKr: bigint('amount_kr', { mode: 'number' }).notNull(),
}, (t) => [unique('follow_up_values_line_measure').on(t.bodyId, t.followUpId, t.line, t.measure)]);

/**
 * A staff key figure (resultatmått) for women, men and in total, this period and the previous year's period.
 * Values are stored in tenths (5,5 % → 55) so that they stay exact; `decimals` says how they are written.
 */
export const staffKpis = pgTable('staff_kpis', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  followUpId: uuid('follow_up_id').notNull().references(() => followUps.id),
  position: integer('position').notNull(),
  measure: text('measure').notNull(),
  decimals: integer('decimals').notNull().default(0),
  targetTenths: integer('target_tenths'),
  womenTenths: integer('women_tenths'),
  menTenths: integer('men_tenths'),
  totalTenths: integer('total_tenths'),
  previousWomenTenths: integer('previous_women_tenths'),
  previousMenTenths: integer('previous_men_tenths'),
  previousTotalTenths: integer('previous_total_tenths'),
}, (t) => [unique('staff_kpis_position').on(t.bodyId, t.followUpId, t.position)]);
