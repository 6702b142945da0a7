/**
 * Web publication of documents (R-PUB-1): when a document's files and full text were put on the public web
 * site, by whom and on what basis, and when, by whom and why they were taken off again. Append-only in spirit:
 * a row is never deleted, and the only change it takes is its withdrawal (once); publishing again is a new row.
 * At most one publication of a document is active (not withdrawn) at a time.
 */
import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bodies } from './organisation.ts';
import { users } from './accounts.ts';
import { documents } from './registry.ts';

export const webPublications = pgTable('web_publications', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  documentId: uuid('document_id').notNull().references(() => documents.id),
  /** 'default': by the document kind's default at registration (or the backfill); 'choice': someone decided. */
  basis: text('basis').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  /** Null for publications made by the default rule without a person (the backfill, system-generated documents). */
  publishedBy: uuid('published_by').references(() => users.id),
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  withdrawnBy: uuid('withdrawn_by').references(() => users.id),
  withdrawalReason: text('withdrawal_reason'),
}, (t) => [
  uniqueIndex('web_publications_one_active').on(t.documentId).where(sql`withdrawn_at IS NULL`),
  index('web_publications_body_published_idx').on(t.bodyId, t.publishedAt),
  index('web_publications_body_withdrawn_idx').on(t.bodyId, t.withdrawnAt),
]);
