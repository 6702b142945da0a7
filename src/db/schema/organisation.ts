/**
 * Tenant and organisation: bodies (municipalities), organs, terms, parties, people and memberships.
 */
import { boolean, date, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

export const bodies = pgTable('bodies', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  orgNumber: text('org_number'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const organs = pgTable('organs', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  code: text('code').notNull(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  parentId: uuid('parent_id'),
  /** How long adjusted minutes stay published on the portal (R-PUB-1); null = without end. */
  minutesPublicationDays: integer('minutes_publication_days'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [unique('organs_body_code').on(t.bodyId, t.code)]);

export const terms = pgTable('terms', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  name: text('name').notNull(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [unique('terms_body_name').on(t.bodyId, t.name)]);

export const parties = pgTable('parties', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  code: text('code').notNull(),
  name: text('name').notNull(),
}, (t) => [unique('parties_body_code').on(t.bodyId, t.code)]);

export const people = pgTable('people', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  givenName: text('given_name').notNull(),
  familyName: text('family_name').notNull(),
  partyId: uuid('party_id').references(() => parties.id),
  email: text('email'),
  protectedIdentity: boolean('protected_identity').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const memberships = pgTable('memberships', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  personId: uuid('person_id').notNull().references(() => people.id),
  organId: uuid('organ_id').notNull().references(() => organs.id),
  role: text('role').notNull(),
  substituteOrder: integer('substitute_order'),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
