/**
 * The read rule of policies/registry.ts (canReadDocument) expressed in SQL, so lists are filtered in the
 * database and never fetched-then-filtered.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../policies/actor.ts';
import { secretOrgans } from '../../policies/actor.ts';

/** True for documents the actor may read: no active secrecy mark outside the actor's secret organs (R-REG-6). */
export function documentVisibleSql(actor: Actor, documentIdColumn: SQL | string = sql`documents.id`): SQL {
  const column = typeof documentIdColumn === 'string' ? sql.raw(documentIdColumn) : documentIdColumn;
  const organs = secretOrgans(actor);
  // `= ANY(array)` rather than `NOT IN (list)`: with no organs the array is empty and every mark hides its
  // document (a `NOT IN (NULL)` would be unknown and hide nothing).
  const allowed = sql`ARRAY[${sql.join(organs.map((o) => sql`${o}::uuid`), sql`, `)}]::uuid[]`;
  return sql`NOT EXISTS (SELECT 1 FROM secrecy_marks m WHERE m.document_id = ${column} AND m.released_at IS NULL AND NOT (m.organ_id = ANY(${allowed})))`;
}
