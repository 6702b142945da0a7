/**
 * Sets a secrecy mark on a document (R-REG-5).
 */
import { and, eq } from 'drizzle-orm';
import { organs, secrecyMarks } from '../db/schema/index.ts';
import { loadDocuments, type DocumentView } from '../db/repositories/documents.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { checkSecrecyInput } from '../domain/secrecy.ts';
import { AppError, notFound, validationError, type FieldError } from '../domain/errors.ts';
import { canMarkSecret } from '../policies/registry.ts';
import { isUuid } from './getDocument.ts';
import type { Ctx } from './context.ts';

export async function markSecret(ctx: Ctx, documentId: string, input: unknown): Promise<DocumentView> {
  if (!isUuid(documentId)) throw notFound('Handlingen');
  const errors: FieldError[] = [];
  const secrecy = checkSecrecyInput(input ?? {}, errors);
  if (errors.length || !secrecy) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const [doc] = await loadDocuments(tx, ctx.actor, { documentId });
    if (!doc) throw notFound('Handlingen');
    const [organ] = await tx.select({ id: organs.id }).from(organs).where(and(eq(organs.id, secrecy.organId), eq(organs.bodyId, ctx.actor.bodyId)));
    if (!organ) throw validationError([{ field: 'secrecy.organId', message: 'organet finns inte' }]);
    if (!canMarkSecret(ctx.actor, secrecy.organId)) throw new AppError('forbidden', 'Du saknar behörighet att sekretessmarkera för det organet.');
    if (doc.secrecy) throw new AppError('conflict', `Handlingen ${doc.number} är redan sekretessmarkerad.`);
    await tx.insert(secrecyMarks).values({ bodyId: ctx.actor.bodyId, documentId, legalGround: secrecy.legalGround, organId: secrecy.organId, markedBy: ctx.actor.userId });
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'document.mark_secret', entityType: 'document', entityId: documentId, caseId: doc.caseId, details: { number: doc.number, legalGround: secrecy.legalGround, organId: secrecy.organId } });
    return (await loadDocuments(tx, ctx.actor, { documentId }))[0]!;
  });
}
