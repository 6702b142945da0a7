/**
 * Registers a document (R-REG-1…3) into an existing or a new case, with its file and an optional secrecy
 * mark, all in one transaction: a failure leaves no case, number, document or audit row behind.
 */
import { and, eq } from 'drizzle-orm';
import { documents, files, organs, secrecyMarks } from '../db/schema/index.ts';
import { nextDocumentSeq } from '../db/repositories/numbers.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { loadDocuments, type DocumentView } from '../db/repositories/documents.ts';
import { loadCase } from '../db/repositories/cases.ts';
import { checkDocumentInput } from '../domain/documents.ts';
import { checkSecrecyInput } from '../domain/secrecy.ts';
import { formatDocumentNumber } from '../domain/numbering.ts';
import { swedishDate } from '../domain/dates.ts';
import { AppError, notFound, validationError, type FieldError } from '../domain/errors.ts';
import { canMarkSecret, canRegister } from '../policies/registry.ts';
import { registries } from '../db/schema/index.ts';
import { checkNewCase, insertCase, type NewCaseInput } from './createCase.ts';
import type { Ctx } from './context.ts';
import { isUuid } from '../domain/ids.ts';

export interface UploadedFile {
  name: string; mediaType: string; bytes: Buffer;
  /** A PDF rendition of an office document, stored as a second file of the document. */
  rendition?: { name: string; mediaType: string; bytes: Buffer };
  /** Shown to the user, e.g. when no PDF rendition could be made. */
  warning?: string;
}

export interface RegisterDocumentInput { metadata: Record<string, unknown>; file?: UploadedFile }

export async function registerDocument(ctx: Ctx, input: RegisterDocumentInput): Promise<DocumentView> {
  if (!canRegister(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att registrera handlingar.');
  const m = input.metadata;
  const errors: FieldError[] = [];
  const doc = checkDocumentInput(m, swedishDate(ctx.clock.now()), errors);
  const secrecy = checkSecrecyInput(m.secrecy, errors);
  const caseId = m.caseId === undefined || m.caseId === null || m.caseId === '' ? null : String(m.caseId);
  if (caseId && !isUuid(caseId)) errors.push({ field: 'caseId', message: 'ogiltigt ärende-id' });
  const newCase = !caseId && m.newCase && typeof m.newCase === 'object' ? checkNewCase(m.newCase as NewCaseInput, errors, 'newCase.') : null;
  if (!caseId && !newCase) errors.push({ field: 'caseId', message: 'välj ett ärende eller skapa ett nytt' });
  if (secrecy?.organId && !canMarkSecret(ctx.actor, secrecy.organId)) {
    errors.push({ field: 'secrecy.organId', message: 'du saknar behörighet i det organet' });
  }
  if (errors.length) throw validationError(errors);

  const stored = input.file ? await ctx.files.put(input.file.bytes) : null; // content-addressed: harmless if the transaction fails
  const rendition = input.file?.rendition ? { ...input.file.rendition, ...(await ctx.files.put(input.file.rendition.bytes)) } : null;

  const documentId = await ctx.db.transaction(async (tx) => {
    let targetCaseId = caseId;
    if (newCase) targetCaseId = (await insertCase(ctx, tx, newCase)).id;
    else if (!(await loadCase(tx, ctx.actor, targetCaseId!))) throw notFound('Ärendet');
    if (secrecy) {
      const [organ] = await tx.select({ id: organs.id }).from(organs).where(and(eq(organs.id, secrecy.organId), eq(organs.bodyId, ctx.actor.bodyId)));
      if (!organ) throw validationError([{ field: 'secrecy.organId', message: 'organet finns inte' }]);
    }
    const { seq, caseNumber, registryId } = await nextDocumentSeq(tx, targetCaseId!);
    const [registry] = await tx.select({ format: registries.documentNumberFormat }).from(registries).where(eq(registries.id, registryId));
    const number = formatDocumentNumber(registry!.format, caseNumber, seq);
    const cp = doc.counterparty;
    const [row] = await tx.insert(documents).values({
      bodyId: ctx.actor.bodyId, caseId: targetCaseId!, seq, number, kind: doc.kind, direction: doc.direction,
      registeredDate: doc.registeredDate, description: doc.description, publicDescription: doc.publicDescription,
      counterpartyName: cp?.name || null, counterpartyOrganisation: cp?.organisation ?? null, counterpartyAddress: cp?.address ?? null,
      counterpartyEmail: cp?.email ?? null, counterpartyProtected: cp?.protectedIdentity ?? false, createdBy: ctx.actor.userId,
    }).returning({ id: documents.id });
    const id = row!.id;
    if (input.file && stored) {
      await tx.insert(files).values({ bodyId: ctx.actor.bodyId, documentId: id, name: input.file.name, mediaType: input.file.mediaType, size: stored.size, sha256: stored.sha256 });
    }
    if (rendition) {
      await tx.insert(files).values({ bodyId: ctx.actor.bodyId, documentId: id, name: rendition.name, mediaType: rendition.mediaType, size: rendition.size, sha256: rendition.sha256 });
    }
    if (secrecy) {
      await tx.insert(secrecyMarks).values({ bodyId: ctx.actor.bodyId, documentId: id, legalGround: secrecy.legalGround, organId: secrecy.organId, markedBy: ctx.actor.userId });
    }
    await recordAudit(tx, {
      bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'document.register', entityType: 'document', entityId: id,
      caseId: targetCaseId, details: { number, kind: doc.kind, direction: doc.direction, secret: Boolean(secrecy), file: stored?.sha256 ?? null },
    });
    return id;
  });
  const [view] = await loadDocuments(ctx.db, ctx.actor, { documentId });
  if (!view) throw notFound('Handlingen'); // registered with a mark the registrar may not read: still a success for the register
  return view;
}
