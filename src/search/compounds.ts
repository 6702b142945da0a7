/**
 * Widens a search to Swedish compounds (domain/searchCompounds.ts): the Swedish stem of each query word, then the
 * vocabulary stems that hold it after a modifier (the trigram index answers the `LIKE '___%stem%'`). The widened
 * query still runs only against what the reader may search (sources.ts); the vocabulary decides nothing else.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import type { SearchRequest } from '../domain/search.ts';
import { compoundsOf, MAX_COMPOUNDS_PER_WORD, MIN_MODIFIER, searchableStem, searchedInCompounds } from '../domain/searchCompounds.ts';

export async function withCompounds(ex: Executor, req: SearchRequest): Promise<SearchRequest> {
  const terms = req.query.terms.filter(searchedInCompounds);
  if (!terms.length) return req;
  const stemRows = await ex.execute<{ term: string; stem: string | null }>(sql`SELECT t AS term, (ts_lexize('swedish_stem', t))[1] AS stem
    FROM unnest(ARRAY[${sql.join(terms.map((t) => sql`${t}`), sql`, `)}]::text[]) AS t`);
  const stems = new Map<string, string>();
  for (const { term, stem } of stemRows.rows) if (searchableStem(stem)) stems.set(term, stem);
  if (!stems.size) return req;
  const lookups = [...stems].map(([term, stem]) => sql`(SELECT ${term}::text AS term, w.word FROM search_words w
    WHERE w.word LIKE ${`${'_'.repeat(MIN_MODIFIER)}%${stem}%`} GROUP BY w.word ORDER BY length(w.word), w.word LIMIT ${MAX_COMPOUNDS_PER_WORD})`);
  const words = await ex.execute<{ term: string; word: string }>(sql.join(lookups, sql` UNION ALL `));
  const compounds = compoundsOf(stems, words.rows);
  if (!compounds.size) return req;
  return { ...req, query: { ...req.query, compounds } };
}
