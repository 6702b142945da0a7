/**
 * E-mail subscriptions to organs' meetings and minutes, kept as small as the service allows (GDPR): the address,
 * the organs, when the address was confirmed and the hash of the confirmation token. Nothing is stored before
 * the confirmation (the request's facts travel in the signed link); unsubscribing deletes the row.
 * `site_keys` holds the installation's keys for signing such links (shared by every app process).
 */
import { index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { bodies } from './organisation.ts';

export const subscriptions = pgTable('subscriptions', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  /** Lower-cased e-mail address. */
  email: text('email').notNull(),
  organIds: uuid('organ_ids').array().notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull(),
  /** SHA-256 of the confirmation token that confirmed the current organs (a repeated click changes nothing). */
  tokenHash: text('token_hash').notNull(),
}, (t) => [unique('subscriptions_body_email').on(t.bodyId, t.email), index('subscriptions_organs_idx').using('gin', t.organIds)]);

/** Random keys by purpose (e.g. 'subscriptions'), created on first use. */
export const siteKeys = pgTable('site_keys', {
  purpose: text('purpose').primaryKey(),
  secret: text('secret').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
