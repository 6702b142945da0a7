/**
 * What each kind of reader may search, as SQL conditions taken from the disclosure rules (disclosure/sql.ts).
 * Staff: per-organ secret access (R-REG-6) and protected data (R-REG-7: the text of a document with a protected
 * counterparty only for the authorised group). The public: public titles and descriptions, the text of published
 * documents without secrecy marks or protected data, finalised reports, and the masked public copy of adjusted,
 * published minutes (R-PUB-1, R-APPEAL-2). The same conditions decide both matching and snippets, so a snippet can
 * only come from text the reader may search.
 */
import { sql, type SQL } from 'drizzle-orm';
import { documentContentSql, documentListedSql, minutesOriginalSql, type DocumentRef } from '../disclosure/sql.ts';
import type { Reader as AnyReader } from '../disclosure/reader.ts';

export { bodyOf } from '../disclosure/reader.ts';

/** Who searches: staff or the public (the record is no searcher). */
export type Reader = Exclude<AnyReader, { kind: 'record' }>;

const d: DocumentRef = { id: sql.raw('d.id'), alias: 'd' };

/** Columns that hold a case's title and a document's description for this reader. */
export function columns(reader: Reader): { caseTitle: SQL; caseTitleVector: SQL; description: SQL; descriptionVector: SQL } {
  return reader.kind === 'public'
    ? { caseTitle: sql.raw('c.public_title'), caseTitleVector: sql.raw('c.search_public_title'), description: sql.raw('d.public_description'), descriptionVector: sql.raw('d.search_public_description') }
    : { caseTitle: sql.raw('c.title'), caseTitleVector: sql.raw('c.search_title'), description: sql.raw('d.description'), descriptionVector: sql.raw('d.search_description') };
}

/**
 * The document `d` may appear in this reader's results (by its description), as disclosure/documents.ts decides.
 * The public search also leaves out the registered (unmasked) minutes and extracts: those are found through the
 * masked public copy of the minutes.
 */
export function documentListed(reader: Reader): SQL {
  const listed = documentListedSql(reader, d);
  return reader.kind === 'staff' ? listed : sql`(${listed} AND NOT ${minutesOriginalSql(d)})`;
}

/** The text (files, report content) of the document `d` may be searched and quoted (disclosure's `text`). */
export const documentTextReadable = (reader: Reader): SQL => documentContentSql(reader, d);

const adjustedOn = sql`(mi.adjusted_at AT TIME ZONE 'Europe/Stockholm')::date`;

/**
 * Public minutes `mi` (of meeting `mt`, organ `o`): adjusted, within the organ's publication period (R-PUB-1,
 * as minutesPublication in domain/publication.ts), and every preparatory paragraph public by R-APPEAL-2
 * (as minutesPublicByPreparation): the case finally decided by another organ's adjusted minutes, or the
 * paragraph's extract from the adjusted minutes dispatched. The same facts as use-cases/public/minutesPublicity.ts
 * reads for the portal; a test holds the two to the same answer in each state.
 */
export function minutesPublished(today: string): SQL {
  return sql`(mi.state = 'adjusted' AND mi.public_pdf_sha256 IS NOT NULL AND mi.adjusted_at IS NOT NULL
    AND ${adjustedOn} <= ${today}::date
    AND (o.minutes_publication_days IS NULL OR ${today}::date <= ${adjustedOn} + o.minutes_publication_days)
    AND NOT EXISTS (
      SELECT 1 FROM item_decisions dd JOIN agenda_items ai ON ai.id = dd.agenda_item_id
      WHERE ai.meeting_id = mt.id AND dd.outcome = 'to_organ'
        AND NOT EXISTS (SELECT 1 FROM extracts x WHERE x.agenda_item_id = ai.id AND x.kind = 'adjusted' AND x.sent_at IS NOT NULL)
        AND NOT EXISTS (
          SELECT 1 FROM agenda_items a2 JOIN item_decisions d2 ON d2.agenda_item_id = a2.id
          JOIN minutes m2 ON m2.meeting_id = a2.meeting_id AND m2.state = 'adjusted'
          WHERE ai.case_id IS NOT NULL AND a2.case_id = ai.case_id AND a2.id <> ai.id AND d2.outcome = 'final')))`;
}
