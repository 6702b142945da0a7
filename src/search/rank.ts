/**
 * The ranking query: every match of the reader's searchable content, best first, one page.
 *
 * Scores put title hits above body hits: a hit in a case title or document description scores 1 + rank, a
 * diarienummer 3 (exact series, year and sequence) or 2 + similarity (trigram), a misspelt title 0.5 + 0.4 ×
 * word similarity (only when no title holds the words), and a hit only in a body text (extracted PDF text, report content, public minutes) 0.5 × rank.
 * Ranks are ts_rank normalised to [0, 1) (flag 32), so each tier stays below the next; a text that matches a word
 * only inside compounds has its rank multiplied by COMPOUND_ONLY_RANK. Ties: newest first.
 *
 * Broad words match most of the registry, and ranking every match costs time in proportion; each source
 * therefore hands at most CANDIDATES matches to the ranking (for a word in nearly every document, the first
 * ones the database finds), which keeps a search's cost bounded. Selective queries rank every match.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { termTsquery, type SearchRequest } from '../domain/search.ts';
import { COMPOUND_ONLY_RANK, compoundTsquery } from '../domain/searchCompounds.ts';
import { bodyOf, columns, documentListed, documentTextReadable, minutesPublished, type Reader } from './sources.ts';

/** Numbers of one series and year share most trigrams; a near-miss typo scores well above this. */
const NUMBER_SIMILARITY = 0.6;
/** Matches per source that are ranked. */
export const CANDIDATES = 1000;

export interface RankedHit { type: 'case' | 'document' | 'minutes'; id: string; score: number }

/**
 * The full-text query, computed once: every word (AND); a word with compounds matches the word or any of them
 * (the compounds are index stems, so they are matched as they are, not stemmed again).
 */
export function tsQuery(req: SearchRequest): SQL {
  const { tsquery, terms, compounds } = req.query;
  if (!tsquery) return sql`NULL::tsquery`;
  if (!compounds.size) return sql`to_tsquery('swedish', ${tsquery})`;
  return sql.join(terms.map((term) => {
    const word = sql`to_tsquery('swedish', ${termTsquery(term)})`;
    const alternatives = compoundTsquery(compounds.get(term) ?? []);
    return alternatives ? sql`(${word} || ${alternatives}::tsquery)` : word;
  }), sql` && `);
}

/**
 * The query's CTE: `q.q` matches (the words or their compounds); `q.d` the words themselves, when compounds
 * widen the query (else NULL).
 */
function queryCte(req: SearchRequest): SQL {
  const direct = req.query.compounds.size && req.query.tsquery ? sql`to_tsquery('swedish', ${req.query.tsquery})` : sql`NULL::tsquery`;
  return sql`q AS (SELECT ${tsQuery(req)} AS q, ${direct} AS d)`;
}

/** A vector's rank against the query in [0, 1), lowered when it holds the words only inside compounds. */
function rankOf(vector: SQL, req: SearchRequest): SQL {
  if (!req.query.compounds.size) return sql`ts_rank(${vector}, q.q, 32)`;
  return sql`(ts_rank(${vector}, q.q, 32) * CASE WHEN ${vector} @@ q.d THEN 1 ELSE ${COMPOUND_ONLY_RANK}::float8 END)`;
}

function organFilter(reader: Reader, req: SearchRequest, column: SQL): SQL {
  if (!req.organ) return sql`TRUE`;
  const which = 'id' in req.organ ? sql`og.id = ${req.organ.id}::uuid` : sql`upper(og.code) = upper(${req.organ.code})`;
  return sql`${column} IN (SELECT og.id FROM organs og WHERE og.body_id = ${bodyOf(reader)} AND ${which})`;
}

function dateFilter(req: SearchRequest, column: SQL): SQL {
  return sql`${req.from ? sql`${column} >= ${req.from}::date` : sql`TRUE`} AND ${req.to ? sql`${column} <= ${req.to}::date` : sql`TRUE`}`;
}

interface Scored { id: string; score: number }

function caseRows(reader: Reader, req: SearchRequest, fuzzy: Scored[]): SQL | null {
  if (req.kind && req.kind !== 'case') return null;
  const body = bodyOf(reader);
  const { caseTitleVector } = columns(reader);
  const hits: SQL[] = [];
  if (req.query.tsquery) {
    hits.push(sql`(SELECT c.id, 1 + ${rankOf(caseTitleVector, req)} AS score FROM cases c, q WHERE c.body_id = ${body} AND ${caseTitleVector} @@ q.q LIMIT ${CANDIDATES})`);
    if (fuzzy.length) {
      const rows = fuzzy.map((f) => sql`(${f.id}::uuid, ${f.score}::float8)`);
      hits.push(sql`SELECT f.id, f.score FROM (VALUES ${sql.join(rows, sql`, `)}) AS f(id, score)`);
    }
  }
  const n = req.query.caseNumber;
  if (n) {
    hits.push(sql`SELECT c.id, 3 AS score FROM cases c JOIN registries r ON r.id = c.registry_id
      WHERE c.body_id = ${body} AND upper(r.code) = ${n.series} AND c.year = ${n.year} AND c.seq = ${n.seq}`);
    hits.push(sql`SELECT c.id, 2 + similarity(c.number, ${n.text}) AS score FROM cases c WHERE c.body_id = ${body} AND c.number % ${n.text} AND similarity(c.number, ${n.text}) >= ${NUMBER_SIMILARITY}`);
  }
  if (!hits.length) return null;
  return sql`SELECT 'case' AS type, c.id, max(h.score) AS score, c.opened_at AS date
    FROM (${sql.join(hits, sql` UNION ALL `)}) h JOIN cases c ON c.id = h.id LEFT JOIN registries reg ON reg.id = c.registry_id
    WHERE ${organFilter(reader, req, sql`coalesce(c.organ_id, reg.organ_id)`)} AND ${dateFilter(req, sql`c.opened_at`)}
    GROUP BY c.id, c.opened_at`;
}

function documentRows(reader: Reader, req: SearchRequest): SQL | null {
  if (!req.query.tsquery || req.kind === 'case' || (req.kind === 'minutes' && reader.kind === 'public')) return null;
  const body = bodyOf(reader);
  const { descriptionVector } = columns(reader);
  const readable = documentTextReadable(reader);
  const hits = sql`
    (SELECT d.id, 1 + ${rankOf(descriptionVector, req)} AS score FROM documents d, q
      WHERE d.body_id = ${body} AND ${descriptionVector} @@ q.q LIMIT ${CANDIDATES})
    UNION ALL
    (SELECT d.id, 0.5 * ${rankOf(sql`t.search`, req)} FROM file_texts t JOIN files f ON f.sha256 = t.sha256 JOIN documents d ON d.id = f.document_id, q
      WHERE t.search @@ q.q AND f.body_id = ${body} AND ${readable} LIMIT ${CANDIDATES})
    UNION ALL
    (SELECT d.id, 0.5 * ${rankOf(sql`v.search`, req)} FROM official_reports r
      JOIN official_report_versions v ON v.report_id = r.id AND v.version = r.current_version JOIN documents d ON d.id = r.document_id, q
      WHERE r.body_id = ${body} AND r.state = 'final' AND v.search @@ q.q AND ${readable} LIMIT ${CANDIDATES})`;
  const kind = !req.kind ? sql`TRUE`
    : req.kind === 'minutes' ? sql`EXISTS (SELECT 1 FROM minutes mk WHERE mk.document_id = d.id)`
      : sql`d.kind = ${req.kind}`;
  return sql`SELECT 'document' AS type, d.id, max(h.score) AS score, d.registered_date AS date
    FROM (${hits}) h JOIN documents d ON d.id = h.id JOIN cases c ON c.id = d.case_id LEFT JOIN registries reg ON reg.id = c.registry_id
    WHERE ${documentListed(reader)} AND ${kind}
      AND ${organFilter(reader, req, sql`coalesce(c.organ_id, reg.organ_id)`)} AND ${dateFilter(req, sql`d.registered_date`)}
    GROUP BY d.id, d.registered_date`;
}

/** Public minutes: the text of the masked public copy. Staff find the registered minutes as documents. */
function minutesRows(reader: Reader, req: SearchRequest): SQL | null {
  if (reader.kind !== 'public' || !req.query.tsquery || (req.kind && req.kind !== 'minutes')) return null;
  return sql`(SELECT 'minutes' AS type, mi.id, 0.5 * ${rankOf(sql`t.search`, req)} AS score, mt.date AS date
    FROM minutes mi JOIN meetings mt ON mt.id = mi.meeting_id JOIN organs o ON o.id = mt.organ_id
    JOIN file_texts t ON t.sha256 = mi.public_pdf_sha256, q
    WHERE mi.body_id = ${reader.bodyId} AND t.search @@ q.q AND ${minutesPublished(reader.today)}
      AND ${organFilter(reader, req, sql`mt.organ_id`)} AND ${dateFilter(req, sql`mt.date`)} LIMIT ${CANDIDATES})`;
}

/**
 * Misspelt titles (trigram word similarity) are looked for when no title or description holds the words: a
 * typo fallback, decided per query so every page of it ranks the same way. The planner underestimates the
 * trigram operator on a sequential scan, so that query is told to use the trigram index.
 */
async function fuzzyTitles(ex: Executor, reader: Reader, req: SearchRequest): Promise<Scored[]> {
  if (!req.query.tsquery || (req.kind && req.kind !== 'case')) return [];
  const { caseTitle, caseTitleVector, descriptionVector } = columns(reader);
  const body = bodyOf(reader);
  const found = await ex.execute<{ hit: boolean }>(sql`WITH q AS (SELECT ${tsQuery(req)} AS q) SELECT
    EXISTS (SELECT 1 FROM cases c, q WHERE c.body_id = ${body} AND ${caseTitleVector} @@ q.q)
    OR EXISTS (SELECT 1 FROM documents d, q WHERE d.body_id = ${body} AND ${descriptionVector} @@ q.q) AS hit`);
  if (found.rows[0]?.hit) return [];
  await ex.execute(sql`SET LOCAL enable_seqscan = off`);
  try {
    const rows = await ex.execute<{ id: string; score: number }>(sql`SELECT c.id, 0.5 + 0.4 * word_similarity(${req.query.text}, ${caseTitle}) AS score
      FROM cases c WHERE c.body_id = ${body} AND ${req.query.text} <% ${caseTitle} LIMIT ${CANDIDATES}`);
    return rows.rows.map((r) => ({ id: r.id, score: Number(r.score) }));
  } finally {
    await ex.execute(sql`SET LOCAL enable_seqscan = on`);
  }
}

export async function rankHits(ex: Executor, reader: Reader, req: SearchRequest): Promise<RankedHit[]> {
  const fuzzy = await fuzzyTitles(ex, reader, req);
  const parts = [caseRows(reader, req, fuzzy), documentRows(reader, req), minutesRows(reader, req)].filter((p): p is SQL => p !== null);
  if (!parts.length) return [];
  const result = await ex.execute<{ type: RankedHit['type']; id: string; score: number }>(sql`
    WITH ${queryCte(req)}
    SELECT type, id, score FROM (${sql.join(parts, sql` UNION ALL `)}) a
    ORDER BY score DESC, date DESC, id LIMIT ${req.limit + 1} OFFSET ${req.offset}`);
  return result.rows.map((r) => ({ type: r.type, id: r.id, score: Number(r.score) }));
}
