/**
 * Releases a secrecy mark after a case-by-case assessment, recording who, when and why (R-REG-5).
 * The mark row is kept (never deleted) with its release.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { secrecyMarks } from '../db/schema/index.ts';
import { loadDocuments, type DocumentView } from '../db/repositories/documents.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { checkReleaseReason } from '../domain/secrecy.ts';
import { AppError, notFound, validationError, type FieldError } from '../domain/errors.ts';
import { canReleaseSecret } from '../policies/registry.ts';
import { isUuid } from './getDocument.ts';
import type { Ctx } from './context.ts';

export async function releaseSecret(ctx: Ctx, documentId: string, input: { reason?: unknown }): Promise<DocumentView> {
  if (!isUuid(documentId)) throw notFound('Handlingen');
  const errors: FieldError[] = [];
  const reason = checkReleaseReason(input?.reason, errors);
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const [doc] = await loadDocuments(tx, ctx.actor, { documentId });
    if (!doc) throw notFound('Handlingen');
    if (!doc.secrecy) throw new AppError('conflict', `Handlingen ${doc.number} är inte sekretessmarkerad.`);
    if (!canReleaseSecret(ctx.actor, doc.secrecy.organId)) throw new AppError('forbidden', 'Du saknar behörighet att häva sekretessmarkeringen.');
    await tx.update(secrecyMarks).set({ releasedAt: new Date(), releasedBy: ctx.actor.userId, releaseReason: reason })
      .where(and(eq(secrecyMarks.documentId, documentId), isNull(secrecyMarks.releasedAt)));
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'document.release_secret', entityType: 'document', entityId: documentId, caseId: doc.caseId, details: { number: doc.number, legalGround: doc.secrecy.legalGround } });
    return (await loadDocuments(tx, ctx.actor, { documentId }))[0]!;
  });
}
