/**
 * R-PUB-1 on the read side: a document's files and full text are on the public web only while it has an active
 * (not withdrawn) web publication. This says nothing about secrecy or protected personal data — the public
 * reader's other conditions (documentContentSql) still apply; a publication is never made for a secret-marked or
 * protected document, but a mark set later is not undone by one.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';


/**
 * True when the document whose id is `documentIdColumn` has an active web publication. Uses the partial unique
 * index `web_publications_one_active` (one index probe per document).
 */
export function webPublishedSql(documentIdColumn: SQL | AnyPgColumn): SQL {
  return sql`EXISTS (SELECT 1 FROM web_publications wp WHERE wp.document_id = ${documentIdColumn} AND wp.withdrawn_at IS NULL)`;
}
