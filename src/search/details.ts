/**
 * What a result shows, read for one page of ranked hits: title, number, date, organ and a highlighted snippet.
 * Each query re-applies the reader's conditions (sources.ts), so a snippet is computed only from text the reader
 * may search, even if a hit were passed in by mistake.
 *
 * Public snippets (R-PUB-2): the quoted text is read, masked as a whole (personal identity numbers), and only then
 * cut and highlighted, so a number split by the highlighting or by a fragment's edge never shows in part.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { MARK_START, MARK_STOP, type SearchRequest } from '../domain/search.ts';
import { maskPersonalNumbers } from '../domain/masking.ts';
import { columns, documentListed, documentTextReadable, minutesPublished, type Reader } from './sources.ts';
import { tsQuery } from './rank.ts';

/** Text quoted for a snippet: the start of a long text (ts_headline's cost grows with the text's length). */
export const SNIPPET_SOURCE_CHARS = 20_000;
const OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_STOP}", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/** Characters read beyond the quoted length before masking: longer than any notation of a number. */
const MASK_MARGIN = 200;
const NO_QUERY_CHARS = 300;

/** Whether this reader's snippets are masked (then the queries return the text to quote, not the headline). */
const masked = (reader: Reader): boolean => reader.kind === 'public';

/**
 * The snippet of `text` (at most `limit` characters of it) in SQL; for a masked reader the text itself (with a
 * margin, so a number across the limit is masked whole), to be masked and highlighted by `maskedHeadlines`.
 */
function headline(req: SearchRequest, reader: Reader, text: SQL, limit?: number): SQL {
  if (masked(reader)) return limit ? sql`left(${text}, ${limit + MASK_MARGIN})` : text;
  const quoted = limit ? sql`left(${text}, ${limit})` : text;
  return req.query.tsquery ? sql`ts_headline('swedish', ${quoted}, q.q, ${OPTIONS})` : sql`left(${quoted}, ${NO_QUERY_CHARS})`;
}

/** Masks each whole text, then cuts it and marks the matched words (one statement for the page). */
async function maskedHeadlines(ex: Executor, req: SearchRequest, texts: (string | null)[]): Promise<string[]> {
  const quoted = texts.map((t) => maskPersonalNumbers(t ?? '').slice(0, SNIPPET_SOURCE_CHARS));
  if (!req.query.tsquery) return quoted.map((t) => t.slice(0, NO_QUERY_CHARS));
  if (!quoted.length) return [];
  const result = await ex.execute<{ h: string }>(sql`WITH q AS (SELECT ${tsQuery(req)} AS q)
    SELECT ts_headline('swedish', s.t, q.q, ${OPTIONS}) AS h FROM q, unnest(ARRAY[${sql.join(quoted.map((t) => sql`${t}`), sql`, `)}]::text[]) WITH ORDINALITY AS s(t, i)
    ORDER BY s.i`);
  return result.rows.map((r) => r.h);
}

/** For a masked reader, replaces each row's quoted text by its masked, highlighted snippet. */
async function withHeadlines<T extends { headline: string }>(ex: Executor, reader: Reader, req: SearchRequest, rows: T[]): Promise<T[]> {
  if (!masked(reader) || !rows.length) return rows;
  const headlines = await maskedHeadlines(ex, req, rows.map((r) => r.headline));
  return rows.map((r, i) => ({ ...r, headline: headlines[i] ?? '' }));
}

type OrganFacts = { organ_id: string | null; organ_code: string | null; organ_name: string | null };
export type CaseDetails = OrganFacts & { id: string; number: string; title: string; date: string; headline: string };
export type DocumentDetails = OrganFacts & {
  id: string; number: string; kind: string; title: string; date: string; case_id: string; case_number: string;
  report_id: string | null; meeting_id: string | null; sensitive: boolean; headline: string;
};
export type MinutesDetails = OrganFacts & { id: string; meeting_id: string; date: string; nth: number; headline: string };

const ids = (list: string[]): SQL => sql`ARRAY[${sql.join(list.map((id) => sql`${id}::uuid`), sql`, `)}]::uuid[]`;

export async function caseDetails(ex: Executor, reader: Reader, req: SearchRequest, list: string[]): Promise<CaseDetails[]> {
  if (!list.length) return [];
  const { caseTitle } = columns(reader);
  const result = await ex.execute<CaseDetails>(sql`WITH q AS (SELECT ${tsQuery(req)} AS q)
    SELECT c.id, c.number, ${caseTitle} AS title, c.opened_at::text AS date, o.id AS organ_id, o.code AS organ_code, o.name AS organ_name,
      ${headline(req, reader, caseTitle)} AS headline
    FROM q, cases c LEFT JOIN registries reg ON reg.id = c.registry_id LEFT JOIN organs o ON o.id = coalesce(c.organ_id, reg.organ_id)
    WHERE c.id = ANY(${ids(list)})`);
  return withHeadlines(ex, reader, req, result.rows);
}

export async function documentDetails(ex: Executor, reader: Reader, req: SearchRequest, list: string[]): Promise<DocumentDetails[]> {
  if (!list.length) return [];
  const { description } = columns(reader);
  const readable = documentTextReadable(reader);
  // The best matching file's text, else the report's content, else the description. (`coalesce` keeps the
  // planner on the document's own files instead of scanning the whole text index for a common word.)
  const fileHeadline = sql`(SELECT ${headline(req, reader, sql`t.text`, SNIPPET_SOURCE_CHARS)} FROM files f JOIN file_texts t ON t.sha256 = f.sha256
    WHERE f.document_id = d.id AND coalesce(t.search @@ q.q, FALSE) ORDER BY ts_rank(t.search, q.q) DESC LIMIT 1)`;
  const reportHeadline = sql`(SELECT ${headline(req, reader, sql`namnd_report_text(v.content)`, SNIPPET_SOURCE_CHARS)} FROM official_reports r
    JOIN official_report_versions v ON v.report_id = r.id AND v.version = r.current_version
    WHERE r.document_id = d.id AND r.state = 'final' AND coalesce(v.search @@ q.q, FALSE) LIMIT 1)`;
  const descriptionMatches = req.query.tsquery ? sql`to_tsvector('swedish', ${description}) @@ q.q` : sql`TRUE`;
  const result = await ex.execute<DocumentDetails>(sql`WITH q AS (SELECT ${tsQuery(req)} AS q)
    SELECT d.id, d.number, d.kind, ${description} AS title, d.registered_date::text AS date, c.id AS case_id, c.number AS case_number,
      o.id AS organ_id, o.code AS organ_code, o.name AS organ_name,
      (SELECT r.id FROM official_reports r WHERE r.document_id = d.id AND r.state = 'final' LIMIT 1) AS report_id,
      (SELECT mx.meeting_id FROM minutes mx WHERE mx.document_id = d.id LIMIT 1) AS meeting_id,
      (d.counterparty_protected OR EXISTS (SELECT 1 FROM secrecy_marks sm WHERE sm.document_id = d.id AND sm.released_at IS NULL)) AS sensitive,
      CASE WHEN ${descriptionMatches} THEN ${headline(req, reader, description)}
        ELSE coalesce(CASE WHEN ${readable} THEN coalesce(${fileHeadline}, ${reportHeadline}) END, ${headline(req, reader, description)}) END AS headline
    FROM q, documents d JOIN cases c ON c.id = d.case_id LEFT JOIN registries reg ON reg.id = c.registry_id
      LEFT JOIN organs o ON o.id = coalesce(c.organ_id, reg.organ_id)
    WHERE d.id = ANY(${ids(list)}) AND ${documentListed(reader)}`);
  return withHeadlines(ex, reader, req, result.rows);
}

export async function minutesDetails(ex: Executor, reader: Reader, req: SearchRequest, list: string[]): Promise<MinutesDetails[]> {
  if (!list.length || reader.kind !== 'public') return [];
  const result = await ex.execute<MinutesDetails>(sql`WITH q AS (SELECT ${tsQuery(req)} AS q)
    SELECT mi.id, mt.id AS meeting_id, mt.date::text AS date, o.id AS organ_id, o.code AS organ_code, o.name AS organ_name,
      1 + (SELECT count(*) FROM meetings m2 WHERE m2.organ_id = mt.organ_id AND m2.date = mt.date
        AND (m2.start_time < mt.start_time OR (m2.start_time = mt.start_time AND m2.created_at < mt.created_at)))::int AS nth,
      ${headline(req, reader, sql`t.text`, SNIPPET_SOURCE_CHARS)} AS headline
    FROM q, minutes mi JOIN meetings mt ON mt.id = mi.meeting_id JOIN organs o ON o.id = mt.organ_id
      JOIN file_texts t ON t.sha256 = mi.public_pdf_sha256
    WHERE mi.id = ANY(${ids(list)}) AND ${minutesPublished(reader.today)}`);
  return withHeadlines(ex, reader, req, result.rows);
}
