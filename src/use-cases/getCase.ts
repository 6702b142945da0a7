/**
 * A case with the documents the reader may see; reading secret or protected entries is logged (R-REG-8).
 */
import { loadCase, type CaseView } from '../db/repositories/cases.ts';
import { loadDocuments, type DocumentView } from '../db/repositories/documents.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { notFound } from '../domain/errors.ts';
import type { Ctx } from './context.ts';

export async function getCase(ctx: Ctx, id: string): Promise<CaseView & { documents: DocumentView[] }> {
  return ctx.db.transaction(async (tx) => {
    const found = await loadCase(tx, ctx.actor, id);
    if (!found) throw notFound('Ärendet');
    const docs = await loadDocuments(tx, ctx.actor, { caseId: id });
    const sensitive = docs.filter((d) => d.sensitive);
    if (sensitive.length) {
      await recordAudit(tx, {
        bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'case.read_sensitive_entries', entityType: 'case', entityId: id, caseId: id,
        secretAccess: true, details: { number: found.number, documents: sensitive.map((d) => d.number) },
      });
    }
    return { ...found, documents: docs };
  });
}
