/**
 * Downloads a document's file: only a file the document's disclosure lists for this reader (secret-marked
 * documents per organ access, R-REG-6; files naming a person with protected identity only for the authorised
 * group, R-REG-7), otherwise "not found". Secret and protected reads are logged with their stated purpose (R-REG-8).
 */
import { and, eq } from 'drizzle-orm';
import { files } from '../db/schema/index.ts';
import { loadDocuments } from '../db/repositories/documents.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { notFound } from '../domain/errors.ts';
import { requireReadPurpose } from '../domain/readPurpose.ts';
import { isUuid } from './getDocument.ts';
import type { Ctx } from './context.ts';

/** `purpose` is required for secret or protected documents (R-REG-8) and recorded with the read. */
export async function readFile(ctx: Ctx, fileId: string, purpose?: unknown): Promise<{ name: string; mediaType: string; bytes: Buffer }> {
  if (!isUuid(fileId)) throw notFound('Filen');
  const file = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(files).where(and(eq(files.id, fileId), eq(files.bodyId, ctx.actor.bodyId)));
    if (!row) throw notFound('Filen');
    const [doc] = await loadDocuments(tx, ctx.actor, { documentId: row.documentId });
    if (!doc || !doc.files.some((f) => f.id === row.id)) throw notFound('Filen');
    if (doc.sensitive) {
      const why = requireReadPurpose(purpose);
      await recordAudit(tx, {
        bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'file.read', entityType: 'file', entityId: row.id, caseId: doc.caseId,
        secretAccess: true, details: { number: doc.number, name: row.name, purpose: why },
      });
    }
    return row;
  });
  return { name: file.name, mediaType: file.mediaType, bytes: await ctx.files.get(file.sha256) };
}
