/**
 * Staff search across cases, documents (descriptions and the text of their PDFs), official reports and adjusted
 * minutes. Per-organ secret access (R-REG-6) and protected data (R-REG-7) decide what is matched and quoted;
 * a result quoting a secret or protected document is a read of it and is logged (R-REG-8), in the same
 * transaction.
 */
import { recordAudit } from '../../db/repositories/audit.ts';
import { checkSearchInput, type SearchInput } from '../../domain/search.ts';
import { unscopedDb } from '../../db/readerScope.ts';
import { runSearch, type SearchPage } from '../../search/results.ts';
import type { Ctx } from '../context.ts';

export async function search(ctx: Ctx, input: SearchInput): Promise<SearchPage> {
  const req = checkSearchInput(input);
  // Not under row-level security: see unscopedDb. The search's own SQL applies the reader's rules.
  return unscopedDb(ctx.db).transaction(async (tx) => {
    const { page, sensitive } = await runSearch(tx, { kind: 'staff', actor: ctx.actor }, req);
    for (const doc of sensitive) {
      await recordAudit(tx, {
        bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'document.search_hit', entityType: 'document', entityId: doc.id, caseId: doc.case_id,
        secretAccess: true, details: { number: doc.number, purpose: 'Sökträff med utdrag ur handlingen' },
      });
    }
    return page;
  });
}
