/**
 * Registers a document (R-REG-1…3) into an existing or a new case, with its file, an optional secrecy mark and
 * the decision whether its files and full text are published on the web (R-PUB-1: the kind's default, or the
 * registrar's explicit `webPublication` true/false), all in one transaction: a failure leaves no case, number,
 * document, publication or audit row behind.
 */
import { and, eq } from 'drizzle-orm';
import { organs, registries } from '../db/schema/index.ts';
import { nextDocumentSeq } from '../db/repositories/numbers.ts';
import type { DocumentView } from '../db/repositories/documents.ts';
import { maskCounterparty } from '../domain/documents.ts';
import { personFromName } from '../domain/masking.ts';
import { loadCase } from '../db/repositories/cases.ts';
import { checkDocumentInput } from '../domain/documents.ts';
import { checkSecrecyInput } from '../domain/secrecy.ts';
import { checkDocumentDetails } from '../domain/documentDetails.ts';
import { formatDocumentNumber } from '../domain/numbering.ts';
import { swedishDate } from '../domain/dates.ts';
import { AppError, notFound, validationError, type FieldError } from '../domain/errors.ts';
import { canMarkSecret, canReadProtectedData, canRegister } from '../policies/registry.ts';
import { allocateCase, checkNewCase, prepareCase, type NewCaseInput } from './createCase.ts';
import { insertRegistration } from '../db/repositories/registration.ts';
import crypto from 'node:crypto';
import type { Ctx } from './context.ts';
import { isUuid } from '../domain/ids.ts';
import { discloseDocument } from '../disclosure/documents.ts';
import { staffReader } from '../disclosure/reader.ts';
import { decideWebPublication, defaultWebPublication, webPublicationChoice } from '../domain/webPublication.ts';
import { canPublishOnWeb } from '../policies/webPublication.ts';

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
  const details = checkDocumentDetails(doc.kind, m.details, errors);
  const caseId = m.caseId === undefined || m.caseId === null || m.caseId === '' ? null : String(m.caseId);
  if (caseId && !isUuid(caseId)) errors.push({ field: 'caseId', message: 'ogiltigt ärende-id' });
  const newCase = !caseId && m.newCase && typeof m.newCase === 'object' ? checkNewCase(m.newCase as NewCaseInput, errors, 'newCase.') : null;
  if (!caseId && !newCase) errors.push({ field: 'caseId', message: 'välj ett ärende eller skapa ett nytt' });
  if (secrecy?.organId && !canMarkSecret(ctx.actor, secrecy.organId)) {
    errors.push({ field: 'secrecy.organId', message: 'du saknar behörighet i det organet' });
  }
  // R-PUB-1: published on the web by the kind's default, or as the registrar chose; never when secret or protected.
  const choice = webPublicationChoice(m.webPublication);
  if (choice.error) errors.push({ field: 'webPublication', message: choice.error });
  const facts = {
    kind: doc.kind, direction: doc.direction, secret: Boolean(secrecy), counterpartyName: doc.counterparty?.name ?? null,
    counterpartyOrganisation: doc.counterparty?.organisation ?? null, counterpartyProtected: doc.counterparty?.protectedIdentity ?? false,
  };
  const publication = decideWebPublication(facts, choice.value);
  if (publication.error) errors.push({ field: 'webPublication', message: publication.error });
  else if (publication.published && !defaultWebPublication(facts).published && !canPublishOnWeb(ctx.actor)) {
    errors.push({ field: 'webPublication', message: 'endast registrator, nämndsekreterare eller administratör kan publicera en sådan handling på webben' });
  }
  if (errors.length) throw validationError(errors);

  const stored = input.file ? await ctx.files.put(input.file.bytes) : null; // content-addressed: harmless if the transaction fails
  const rendition = input.file?.rendition ? { ...input.file.rendition, ...(await ctx.files.put(input.file.rendition.bytes)) } : null;

  const documentId = crypto.randomUUID();
  const written = await ctx.db.transaction(async (tx) => {
    // References first, without locks.
    // The new case's public title is masked for a protected sender or recipient too (R-PUB-2).
    const prepared = newCase ? await prepareCase(ctx, tx, newCase, doc.counterparty?.protectedIdentity && doc.counterparty.name ? [personFromName(doc.counterparty.name)] : []) : null;
    let documentFormat = prepared?.registry.documentNumberFormat;
    if (!prepared) {
      const found = await loadCase(tx, ctx.actor, caseId!);
      if (!found) throw notFound('Ärendet');
      const [registry] = await tx.select({ format: registries.documentNumberFormat }).from(registries).where(eq(registries.id, found.registryId));
      documentFormat = registry!.format;
    }
    if (secrecy) {
      const [organ] = await tx.select({ id: organs.id }).from(organs).where(and(eq(organs.id, secrecy.organId), eq(organs.bodyId, ctx.actor.bodyId)));
      if (!organ) throw validationError([{ field: 'secrecy.organId', message: 'organet finns inte' }]);
    }
    // Then the number (row lock until commit), then everything else in one statement.
    const caseRow = prepared ? await allocateCase(ctx, tx, prepared) : null;
    const { seq, caseNumber } = caseRow ? { seq: 1, caseNumber: caseRow.number } : await nextDocumentSeq(tx, caseId!);
    const targetCaseId = caseRow?.id ?? caseId!;
    const number = formatDocumentNumber(documentFormat!, caseNumber, seq);
    const cp = doc.counterparty;
    const fileRows = [
      ...(input.file && stored ? [{ id: crypto.randomUUID(), name: input.file.name, mediaType: input.file.mediaType, size: stored.size, sha256: stored.sha256 }] : []),
      ...(rendition ? [{ id: crypto.randomUUID(), name: rendition.name, mediaType: rendition.mediaType, size: rendition.size, sha256: rendition.sha256 }] : []),
    ];
    await insertRegistration(tx, {
      bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, newCase: caseRow, files: fileRows, secrecy,
      webPublication: publication.published ? { basis: publication.basis } : null,
      document: {
        id: documentId, caseId: targetCaseId, seq, number, kind: doc.kind, direction: doc.direction, registeredDate: doc.registeredDate,
        description: doc.description, publicDescription: doc.publicDescription, counterpartyName: cp?.name || null,
        counterpartyOrganisation: cp?.organisation ?? null, counterpartyAddress: cp?.address ?? null, counterpartyEmail: cp?.email ?? null,
        counterpartyProtected: cp?.protectedIdentity ?? false, details: details as Record<string, unknown>,
      },
      audits: [
        ...(caseRow ? [{ action: 'case.create', entityType: 'case', entityId: caseRow.id, caseId: caseRow.id, details: { number: caseRow.number } }] : []),
        { action: 'document.register', entityType: 'document', entityId: documentId, caseId: targetCaseId,
          details: { number, kind: doc.kind, direction: doc.direction, secret: Boolean(secrecy), file: stored?.sha256 ?? null,
            webPublished: publication.published, webPublicationBasis: publication.basis } },
      ],
    });
    return { caseId: targetCaseId, caseNumber, number, fileRows };
  });
  // The answer is built from what was written (the marker may read it: canMarkSecret requires secret access).
  const now = ctx.clock.now().toISOString();
  return {
    id: documentId, caseId: written.caseId, caseNumber: written.caseNumber, number: written.number, kind: doc.kind, direction: doc.direction,
    registeredDate: doc.registeredDate, description: doc.description, publicDescription: doc.publicDescription,
    counterparty: maskCounterparty(doc.counterparty, canReadProtectedData(ctx.actor)),
    details: details as Record<string, unknown>,
    secrecy: secrecy ? { legalGround: secrecy.legalGround, organId: secrecy.organId, markedAt: now, markedBy: ctx.actor.userId } : null,
    ...registeredFiles(ctx, written.fileRows, secrecy, doc.counterparty?.protectedIdentity ?? false), createdAt: now,
  };
}

/** The files as the registrant may read them afterwards (disclosure/documents.ts), so the answer matches a later read. */
function registeredFiles(ctx: Ctx, fileRows: DocumentView['files'], secrecy: { organId: string } | null, counterpartyProtected: boolean) {
  const shown = discloseDocument(staffReader(ctx.actor), {
    activeSecrecyOrganIds: secrecy ? [secrecy.organId] : [], counterpartyProtected, minutesOriginal: false, webPublished: true,
  });
  return { files: shown.files ? fileRows : [], filesWithheld: shown.files ? null : 'protected' as const, sensitive: shown.audited };
}
