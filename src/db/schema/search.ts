/**
 * Text extracted from stored PDFs for full-text search. Keyed, like the file store, by the content's sha-256:
 * the text is derived from the bytes alone, so one extraction serves every file row (and every minutes copy)
 * with the same content. Search reaches a text only through a row that references its hash, and applies that
 * row's read rules (secrecy marks, protected data, publication).
 *
 * The migration adds what drizzle does not model: the generated `search` tsvector column (Swedish) and its GIN
 * index, and the search columns and indexes on cases, documents and official report versions.
 */
import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** status: 'done' (text stored, possibly empty for a scanned PDF) | 'failed' (unreadable; `error` says why). */
export const fileTexts = pgTable('file_texts', {
  sha256: text('sha256').primaryKey(),
  status: text('status').notNull(),
  pages: integer('pages'),
  text: text('text').notNull().default(''),
  error: text('error'),
  extractedAt: timestamp('extracted_at', { withTimezone: true }).notNull().defaultNow(),
});
