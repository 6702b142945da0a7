/**
 * A document's web publication as the staff app shows it next to the document (R-PUB-1): whether its files and
 * full text are on the web now, what its kind's default is, whether it may be published at all, whether this
 * user may change it, and every publication and withdrawal so far.
 */
import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users, webPublications } from '../../db/schema/index.ts';
import { loadDocuments } from '../../db/repositories/documents.ts';
import { notFound } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import { defaultWebPublication, isWebPublished, type WebPublicationReason } from '../../domain/webPublication.ts';
import { canPublishOnWeb } from '../../policies/webPublication.ts';
import type { Ctx } from '../context.ts';

export interface PublicationEvent {
  id: string; basis: 'default' | 'choice';
  publishedAt: string; publishedBy: { id: string; displayName: string } | null;
  withdrawnAt: string | null; withdrawnBy: { id: string; displayName: string } | null; withdrawalReason: string | null;
}

export interface PublicationStatus {
  documentId: string;
  /** The files and full text are on the web now. */
  published: boolean;
  /** What the document's kind and facts give by default, and whether it may be published at all. */
  defaultPublished: boolean; publishable: boolean; reason: WebPublicationReason;
  /** This user may publish or withdraw it. */
  mayChange: boolean;
  history: PublicationEvent[];
}

const publisher = alias(users, 'publisher');
const withdrawer = alias(users, 'withdrawer');

export async function getPublication(ctx: Ctx, documentId: string): Promise<PublicationStatus> {
  if (!isUuid(documentId)) throw notFound('Handlingen');
  return ctx.db.transaction(async (tx) => {
    const [doc] = await loadDocuments(tx, ctx.actor, { documentId });
    if (!doc) throw notFound('Handlingen');
    const rows = await tx.select({ p: webPublications, publisherName: publisher.displayName, withdrawerName: withdrawer.displayName })
      .from(webPublications)
      .leftJoin(publisher, eq(publisher.id, webPublications.publishedBy))
      .leftJoin(withdrawer, eq(withdrawer.id, webPublications.withdrawnBy))
      .where(eq(webPublications.documentId, doc.id))
      .orderBy(asc(webPublications.publishedAt), asc(webPublications.id));
    const rule = defaultWebPublication({ kind: doc.kind, direction: doc.direction, secret: doc.secrecy !== null,
      counterpartyName: doc.counterparty?.name ?? null, counterpartyOrganisation: doc.counterparty?.organisation ?? null, counterpartyProtected: doc.counterparty?.protectedIdentity ?? false });
    return {
      documentId: doc.id,
      published: isWebPublished(rows.map((r) => r.p)),
      defaultPublished: rule.published, publishable: rule.publishable, reason: rule.reason,
      mayChange: canPublishOnWeb(ctx.actor),
      history: rows.map(({ p, publisherName, withdrawerName }) => ({
        id: p.id, basis: p.basis as 'default' | 'choice',
        publishedAt: p.publishedAt.toISOString(), publishedBy: p.publishedBy ? { id: p.publishedBy, displayName: publisherName ?? '' } : null,
        withdrawnAt: p.withdrawnAt?.toISOString() ?? null, withdrawnBy: p.withdrawnBy ? { id: p.withdrawnBy, displayName: withdrawerName ?? '' } : null,
        withdrawalReason: p.withdrawalReason,
      })),
    };
  });
}
