/**
 * Registers a PDF the system generated (a finalised official report, a grant compilation, a risk analysis, a
 * follow-up) as the next document of a case, in the caller's transaction: number, document row and file.
 * The caller writes its own audit event.
 */
import { eq } from 'drizzle-orm';
import * as t from '../db/schema/index.ts';
import type { Tx } from '../db/client.ts';
import { nextDocumentSeq } from '../db/repositories/numbers.ts';
import { formatDocumentNumber } from '../domain/numbering.ts';
import { swedishDate } from '../domain/dates.ts';
import type { DocumentKind } from '../domain/documents.ts';
import { recordDefaultPublication } from '../db/repositories/webPublications.ts';
import type { Ctx } from './context.ts';

export interface GeneratedDocument {
  caseId: string;
  kind: DocumentKind;
  description: string;
  /** What the public register shows; defaults to the description. */
  publicDescription?: string;
  pdf: Uint8Array;
}

export async function registerGeneratedDocument(ctx: Ctx, tx: Tx, doc: GeneratedDocument): Promise<{ id: string; number: string; sha256: string }> {
  const stored = await ctx.files.put(Buffer.from(doc.pdf));
  const { seq, caseNumber, registryId } = await nextDocumentSeq(tx, doc.caseId);
  const [registry] = await tx.select({ format: t.registries.documentNumberFormat }).from(t.registries).where(eq(t.registries.id, registryId));
  const number = formatDocumentNumber(registry!.format, caseNumber, seq);
  const [row] = await tx.insert(t.documents).values({
    bodyId: ctx.actor.bodyId, caseId: doc.caseId, seq, number, kind: doc.kind, direction: 'internal', registeredDate: swedishDate(ctx.clock.now()),
    description: doc.description, publicDescription: doc.publicDescription ?? doc.description, createdBy: ctx.actor.userId,
  }).returning({ id: t.documents.id });
  await tx.insert(t.files).values({ bodyId: ctx.actor.bodyId, documentId: row!.id, name: `${number}.pdf`, mediaType: 'application/pdf', size: stored.size, sha256: stored.sha256 });
  await recordDefaultPublication(tx, { bodyId: ctx.actor.bodyId, documentId: row!.id, kind: doc.kind, direction: 'internal', secret: false, counterpartyName: null, counterpartyOrganisation: null, counterpartyProtected: false, actorId: ctx.actor.userId });
  return { id: row!.id, number, sha256: stored.sha256 };
}
