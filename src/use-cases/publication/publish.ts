/**
 * Publishing a document's files and full text on the web, and withdrawing them (R-PUB-1), for registrars,
 * secretaries and admins. Each is audited in its own transaction; a withdrawal takes the files off every public
 * surface at once (the read side asks for an active publication, the page cache is emptied on commit).
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { webPublications } from '../../db/schema/index.ts';
import { loadDocuments } from '../../db/repositories/documents.ts';
import { activePublication } from '../../db/repositories/webPublications.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { AppError, notFound, validationError, type FieldError } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import { checkText } from '../../domain/text.ts';
import { defaultWebPublication, MAX_WITHDRAWAL_REASON, neverPublishedMessage } from '../../domain/webPublication.ts';
import { canPublishOnWeb } from '../../policies/webPublication.ts';
import type { Tx } from '../../db/client.ts';
import type { Ctx } from '../context.ts';
import { notifyOtherProcesses, publicChanged } from './changes.ts';
import { getPublication, type PublicationStatus } from './status.ts';

/** The document as the actor may see it (404 otherwise, like a missing one), with the facts the rule reads. */
async function documentFor(tx: Tx, ctx: Ctx, documentId: string) {
  if (!isUuid(documentId)) throw notFound('Handlingen');
  const [doc] = await loadDocuments(tx, ctx.actor, { documentId });
  if (!doc) throw notFound('Handlingen');
  return doc;
}

function requirePublisher(ctx: Ctx): void {
  if (!canPublishOnWeb(ctx.actor)) throw new AppError('forbidden', 'Endast registrator, nämndsekreterare eller administratör kan publicera eller avpublicera handlingar på webben.');
}

export async function publishDocument(ctx: Ctx, documentId: string): Promise<PublicationStatus> {
  requirePublisher(ctx);
  const bodyId = ctx.actor.bodyId;
  await ctx.db.transaction(async (tx) => {
    const doc = await documentFor(tx, ctx, documentId);
    const rule = defaultWebPublication({ kind: doc.kind, direction: doc.direction, secret: doc.secrecy !== null,
      counterpartyName: doc.counterparty?.name ?? null, counterpartyOrganisation: doc.counterparty?.organisation ?? null, counterpartyProtected: doc.counterparty?.protectedIdentity ?? false });
    if (!rule.publishable) throw new AppError('conflict', `Handlingen kan inte publiceras: ${neverPublishedMessage(rule.reason)}.`);
    if (await activePublication(tx, doc.id)) throw new AppError('conflict', 'Handlingen är redan publicerad på webben.');
    try {
      await tx.insert(webPublications).values({ bodyId, documentId: doc.id, basis: 'choice', publishedBy: ctx.actor.userId });
    } catch (error) {
      // Two publishers at once: the partial unique index lets one publication be active.
      if ((error as { code?: string }).code === '23505' || (error as { cause?: { code?: string } }).cause?.code === '23505') {
        throw new AppError('conflict', 'Handlingen är redan publicerad på webben.');
      }
      throw error;
    }
    await recordAudit(tx, { bodyId, actorId: ctx.actor.userId, action: 'document.web_publish', entityType: 'document', entityId: doc.id, caseId: doc.caseId, details: { number: doc.number } });
    await notifyOtherProcesses(tx, bodyId);
  });
  publicChanged(bodyId);
  return getPublication(ctx, documentId);
}

export async function withdrawPublication(ctx: Ctx, documentId: string, input: { reason?: unknown }): Promise<PublicationStatus> {
  requirePublisher(ctx);
  const errors: FieldError[] = [];
  const reason = checkText(input?.reason, { field: 'reason', required: true, max: MAX_WITHDRAWAL_REASON, multiline: true }, errors);
  if (errors.length) throw validationError(errors);
  const bodyId = ctx.actor.bodyId;
  await ctx.db.transaction(async (tx) => {
    const doc = await documentFor(tx, ctx, documentId);
    const withdrawn = await tx.update(webPublications).set({ withdrawnAt: sql`now()`, withdrawnBy: ctx.actor.userId, withdrawalReason: reason })
      .where(and(eq(webPublications.documentId, doc.id), eq(webPublications.bodyId, bodyId), isNull(webPublications.withdrawnAt)))
      .returning({ id: webPublications.id });
    if (withdrawn.length === 0) throw new AppError('conflict', 'Handlingen är inte publicerad på webben.');
    // The reason may name people; the audit event keeps only that there was one (R-REG-8 details hold no content).
    await recordAudit(tx, { bodyId, actorId: ctx.actor.userId, action: 'document.web_withdraw', entityType: 'document', entityId: doc.id, caseId: doc.caseId, details: { number: doc.number, publicationId: withdrawn[0]!.id } });
    await notifyOtherProcesses(tx, bodyId);
  });
  publicChanged(bodyId);
  return getPublication(ctx, documentId);
}
