/**
 * Staff accounts, their per-organ access (each organ is its own authority for secrecy, R-REG-6) and sessions.
 */
import { bigint, boolean, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { bodies, organs, people } from './organisation.ts';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  email: text('email'),
  passwordHash: text('password_hash').notNull(),
  roles: text('roles').array().notNull().default([]),
  protectedDataAccess: boolean('protected_data_access').notNull().default(false),
  totpSecret: text('totp_secret'),
  totpEnabled: boolean('totp_enabled').notNull().default(false),
  /** The time step of the last one-time code accepted (each code is accepted once; migration 0018). */
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  active: boolean('active').notNull().default(true),
  /** Set for elected members' accounts (role `member`). */
  personId: uuid('person_id').references(() => people.id),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [unique('users_body_username').on(t.bodyId, t.username)]);

export const userOrganAccess = pgTable('user_organ_access', {
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  userId: uuid('user_id').notNull().references(() => users.id),
  organId: uuid('organ_id').notNull().references(() => organs.id),
  secret: boolean('secret').notNull().default(false),
}, (t) => [primaryKey({ columns: [t.userId, t.organId] })]);

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(), // sha-256 of the cookie token
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  userId: uuid('user_id').notNull().references(() => users.id),
  csrfToken: text('csrf_token').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
