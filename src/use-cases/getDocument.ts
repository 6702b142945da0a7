/**
 * One document. Secret ones the reader may not see answer 404, exactly like missing ones (R-REG-5/6);
 * reads of secret or protected documents are logged in the same transaction (R-REG-8).
 */
import { loadDocuments, type DocumentView } from '../db/repositories/documents.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { notFound } from '../domain/errors.ts';
import { optionalReadPurpose } from '../domain/readPurpose.ts';
import type { Ctx } from './context.ts';

export { isUuid } from '../domain/ids.ts';
import { isUuid } from '../domain/ids.ts';

export async function getDocument(ctx: Ctx, id: string, purpose?: unknown): Promise<DocumentView> {
  if (!isUuid(id)) throw notFound('Handlingen');
  const why = optionalReadPurpose(purpose);
  return ctx.db.transaction(async (tx) => {
    const [doc] = await loadDocuments(tx, ctx.actor, { documentId: id });
    if (!doc) throw notFound('Handlingen');
    if (doc.sensitive) {
      await recordAudit(tx, {
        bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'document.read', entityType: 'document', entityId: id, caseId: doc.caseId,
        secretAccess: true, details: { number: doc.number, secret: doc.secrecy !== null, protectedIdentity: doc.counterparty?.protectedIdentity ?? false, ...(why ? { purpose: why } : {}) },
      });
    }
    return doc;
  });
}
