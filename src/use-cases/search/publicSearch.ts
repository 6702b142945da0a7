/**
 * Search on the public portal (no login): public case titles, public document descriptions, the text of
 * documents without secrecy marks or protected data, finalised official reports and the masked public copy of
 * adjusted, published minutes. Snippets are computed from that public text only.
 */
import { swedishDate } from '../../domain/dates.ts';
import { checkPublicSearchInput, type SearchInput } from '../../domain/search.ts';
import { unscopedDb } from '../../db/readerScope.ts';
import { runSearch, type SearchPage } from '../../search/results.ts';
import type { Services } from '../context.ts';

export async function publicSearch(services: Services, bodyId: string, input: SearchInput): Promise<SearchPage> {
  const req = checkPublicSearchInput(input);
  const today = swedishDate(services.clock.now());
  // Not under row-level security: see unscopedDb. The search's own SQL applies the reader's rules.
  return unscopedDb(services.db).transaction(async (tx) => (await runSearch(tx, { kind: 'public', bodyId, today }, req)).page);
}
