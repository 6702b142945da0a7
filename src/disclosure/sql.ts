/**
 * The rules of documents.ts as SQL conditions on a documents row, so lists, counts and searches are filtered in
 * the database and never fetched-then-filtered. A test holds each condition to discloseDocument's answer.
 */
import { sql, type SQL } from 'drizzle-orm';
import { secretOrgans } from '../policies/actor.ts';
import type { Reader } from './reader.ts';
import { webPublishedSql } from './webPublished.ts';

/** A reader as far as the SQL needs it: the public's conditions do not depend on the day or the body. */
export type SqlReader = Exclude<Reader, { kind: 'public' }> | { kind: 'public' };

export const PUBLIC: SqlReader = { kind: 'public' };

/** The documents row the conditions read: its id column and the alias its other columns are qualified with. */
export interface DocumentRef { id: SQL; alias: string }

export const documentRef = (alias = 'documents'): DocumentRef => ({ id: sql.raw(`${alias}.id`), alias });

const column = (ref: DocumentRef, name: string): SQL => sql.raw(`${ref.alias}.${name}`);

/** R-REG-6: no active secrecy mark outside the actor's secret organs; `= ANY(array)` so no organs hides every mark. */
export function secretReadableSql(organs: readonly string[], documentId: SQL): SQL {
  const allowed = sql`ARRAY[${sql.join(organs.map((o) => sql`${o}::uuid`), sql`, `)}]::uuid[]`;
  return sql`NOT EXISTS (SELECT 1 FROM secrecy_marks m WHERE m.document_id = ${documentId} AND m.released_at IS NULL AND NOT (m.organ_id = ANY(${allowed})))`;
}

const noActiveMark = (documentId: SQL): SQL => sql`NOT EXISTS (SELECT 1 FROM secrecy_marks m WHERE m.document_id = ${documentId} AND m.released_at IS NULL)`;

/** The registered minutes and their extracts (unmasked originals). */
export const minutesOriginalSql = (ref: DocumentRef): SQL =>
  sql`(${column(ref, 'kind')} = 'minutes_extract' OR EXISTS (SELECT 1 FROM minutes mn WHERE mn.document_id = ${ref.id}))`;

/** The document appears for this reader (discloseDocument's `listed`). */
export function documentListedSql(reader: SqlReader, ref: DocumentRef = documentRef()): SQL {
  if (reader.kind === 'record') return sql`TRUE`;
  return reader.kind === 'staff' ? secretReadableSql(secretOrgans(reader.actor), ref.id) : noActiveMark(ref.id);
}

/** Its files may be listed and downloaded, and its text searched (discloseDocument's `files` and `text`). */
export function documentContentSql(reader: SqlReader, ref: DocumentRef = documentRef()): SQL {
  if (reader.kind === 'record') return sql`FALSE`;
  const listed = documentListedSql(reader, ref);
  if (reader.kind === 'staff') {
    return reader.actor.protectedDataAccess ? listed : sql`(${listed} AND NOT ${column(ref, 'counterparty_protected')})`;
  }
  return sql`(${listed} AND NOT ${column(ref, 'counterparty_protected')} AND NOT ${minutesOriginalSql(ref)} AND ${webPublishedSql(ref.id)})`;
}
