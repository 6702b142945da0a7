/**
 * Registers documents the minutes produce (R-REG-1): the adjusted minutes in the organ's minutes case
 * ("Protokoll <organ> <year>", one per organ and meeting year, opened on first need in the organ's registry or
 * its parent organ's), and dispatched extracts in each item's case as outgoing documents.
 */
import { and, asc, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { recordDefaultPublication } from '../../db/repositories/webPublications.ts';
import { nextDocumentSeq } from '../../db/repositories/numbers.ts';
import { formatDocumentNumber } from '../../domain/numbering.ts';
import { swedishDate } from '../../domain/dates.ts';
import { AppError } from '../../domain/errors.ts';
import { allocateCase, prepareCase } from '../createCase.ts';
import type { Ctx } from '../context.ts';

/** The title that identifies an organ's minutes case for a year. */
export const minutesCaseTitle = (organName: string, year: number): string => `Protokoll ${organName} ${year}`;

/** Finds or opens the case holding the organ's minutes of `year`. */
export async function minutesCase(tx: Tx, ctx: Ctx, organ: { id: string; name: string }, year: number): Promise<string> {
  const title = minutesCaseTitle(organ.name, year);
  const [found] = await tx.select({ id: t.cases.id }).from(t.cases)
    .where(and(eq(t.cases.bodyId, ctx.actor.bodyId), eq(t.cases.organId, organ.id), eq(t.cases.title, title))).orderBy(asc(t.cases.createdAt)).limit(1);
  if (found) return found.id;
  const [own] = await tx.select({ id: t.registries.id }).from(t.registries).where(and(eq(t.registries.bodyId, ctx.actor.bodyId), eq(t.registries.organId, organ.id))).limit(1);
  const [parent] = own ? [] : await tx.select({ id: t.registries.id }).from(t.registries).innerJoin(t.organs, eq(t.organs.parentId, t.registries.organId))
    .where(and(eq(t.registries.bodyId, ctx.actor.bodyId), eq(t.organs.id, organ.id))).limit(1);
  const [any] = own || parent ? [] : await tx.select({ id: t.registries.id }).from(t.registries).where(eq(t.registries.bodyId, ctx.actor.bodyId)).limit(1);
  const registryId = own?.id ?? parent?.id ?? any?.id;
  if (!registryId) throw new AppError('internal', 'Det finns inget diarium att registrera protokollet i.');
  const row = await allocateCase(ctx, tx, await prepareCase(ctx, tx, { registryId, title, publicTitle: title, classificationCode: null, caseOfficerId: null, organId: organ.id }));
  await tx.insert(t.cases).values({ ...row, organId: organ.id, bodyId: ctx.actor.bodyId });
  await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'case.create', entityType: 'case', entityId: row.id, caseId: row.id, details: { number: row.number, reason: 'minutes' } });
  return row.id;
}

export interface OutputDocument {
  caseId: string; kind: string; direction: 'outgoing' | 'internal'; description: string; publicDescription: string;
  counterpartyName?: string | null; file: { name: string; sha256: string; size: number };
}

/** Registers one generated PDF as the case's next document; returns its id and number. */
export async function registerOutput(tx: Tx, ctx: Ctx, doc: OutputDocument): Promise<{ id: string; number: string }> {
  const { seq, caseNumber, registryId } = await nextDocumentSeq(tx, doc.caseId);
  const [registry] = await tx.select({ format: t.registries.documentNumberFormat }).from(t.registries).where(eq(t.registries.id, registryId));
  const number = formatDocumentNumber(registry!.format, caseNumber, seq);
  const [row] = await tx.insert(t.documents).values({
    bodyId: ctx.actor.bodyId, caseId: doc.caseId, seq, number, kind: doc.kind, direction: doc.direction, registeredDate: swedishDate(ctx.clock.now()),
    description: doc.description, publicDescription: doc.publicDescription, counterpartyName: doc.counterpartyName ?? null, createdBy: ctx.actor.userId,
  }).returning({ id: t.documents.id });
  await tx.insert(t.files).values({ bodyId: ctx.actor.bodyId, documentId: row!.id, name: doc.file.name, mediaType: 'application/pdf', size: doc.file.size, sha256: doc.file.sha256 });
  await recordDefaultPublication(tx, { bodyId: ctx.actor.bodyId, documentId: row!.id, kind: doc.kind, direction: doc.direction, secret: false, counterpartyName: doc.counterpartyName ?? null, counterpartyOrganisation: null, counterpartyProtected: false, actorId: ctx.actor.userId });
  await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'document.register', entityType: 'document', entityId: row!.id, caseId: doc.caseId, details: { number, kind: doc.kind, direction: doc.direction, file: doc.file.sha256 } });
  return { id: row!.id, number };
}
