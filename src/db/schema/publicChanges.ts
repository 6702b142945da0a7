/**
 * Tombstones of deleted rows that the public open-data API (OParl) has shown or may have shown: agenda items
 * removed before the notice, memberships, consultations, organs, terms. Written by a database trigger on
 * DELETE, so every deletion is recorded whichever code path makes it; read by `modified_since` lists.
 * Every table the API shows keeps `updated_at` current through a trigger as well.
 */
import { bigserial, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bodies } from './organisation.ts';

export const deletedRows = pgTable('deleted_rows', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  bodyId: uuid('body_id').notNull().references(() => bodies.id),
  /** The table the row was deleted from, e.g. 'agenda_items'. */
  entityType: text('entity_type').notNull(),
  entityId: uuid('entity_id').notNull(),
  /** When the deleted row was created (OParl keeps `created` on deleted objects). */
  createdAt: timestamp('created_at', { withTimezone: true }),
  deletedAt: timestamp('deleted_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('deleted_rows_body_type_idx').on(t.bodyId, t.entityType, t.deletedAt)]);
