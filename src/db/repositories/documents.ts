/**
 * Loads documents with their files and active secrecy marks, shaped as the API presents them.
 * Only documents the actor may read are returned; protected contact data is masked (R-REG-7).
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { cases, documents, files, secrecyMarks } from '../schema/index.ts';
import type { Actor } from '../../policies/actor.ts';
import { canReadProtectedData } from '../../policies/registry.ts';
import { maskCounterparty, type Counterparty } from '../../domain/documents.ts';
import { documentVisibleSql } from './visibility.ts';

export interface DocumentView {
  id: string; caseId: string; caseNumber: string; number: string; kind: string; direction: string;
  registeredDate: string; description: string; publicDescription: string;
  counterparty: Counterparty | null;
  /** Kind-specific fields (motion, statement, audit report); `{}` for other kinds. */
  details: Record<string, unknown>;
  secrecy: { legalGround: string; organId: string; markedAt: string; markedBy: string | null } | null;
  files: { id: string; name: string; mediaType: string; size: number; sha256: string }[];
  createdAt: string;
}

export async function loadDocuments(ex: Executor, actor: Actor, where: { caseId?: string; documentId?: string }): Promise<DocumentView[]> {
  const rows = await ex.select({ d: documents, caseNumber: cases.number }).from(documents)
    .innerJoin(cases, eq(cases.id, documents.caseId))
    .where(and(
      eq(documents.bodyId, actor.bodyId),
      where.caseId ? eq(documents.caseId, where.caseId) : undefined,
      where.documentId ? eq(documents.id, where.documentId) : undefined,
      documentVisibleSql(actor),
    ))
    .orderBy(asc(documents.seq));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.d.id);
  const [fileRows, markRows] = await Promise.all([
    ex.select().from(files).where(inArray(files.documentId, ids)).orderBy(asc(files.createdAt)),
    ex.select().from(secrecyMarks).where(and(inArray(secrecyMarks.documentId, ids), isNull(secrecyMarks.releasedAt))),
  ]);
  const mayReadProtected = canReadProtectedData(actor);
  return rows.map(({ d, caseNumber }) => {
    const mark = markRows.find((m) => m.documentId === d.id);
    const cp: Counterparty | null = d.counterpartyName || d.counterpartyOrganisation ? {
      name: d.counterpartyName ?? '', organisation: d.counterpartyOrganisation, address: d.counterpartyAddress,
      email: d.counterpartyEmail, protectedIdentity: d.counterpartyProtected,
    } : null;
    return {
      id: d.id, caseId: d.caseId, caseNumber, number: d.number, kind: d.kind, direction: d.direction,
      registeredDate: d.registeredDate, description: d.description, publicDescription: d.publicDescription,
      counterparty: maskCounterparty(cp, mayReadProtected),
      details: d.details as Record<string, unknown>,
      secrecy: mark ? { legalGround: mark.legalGround, organId: mark.organId, markedAt: mark.markedAt.toISOString(), markedBy: mark.markedBy } : null,
      files: fileRows.filter((f) => f.documentId === d.id).map((f) => ({ id: f.id, name: f.name, mediaType: f.mediaType, size: f.size, sha256: f.sha256 })),
      createdAt: d.createdAt.toISOString(),
    };
  });
}

/** Whether a document view exposes something whose reading must be logged (R-REG-8). */
export const isSensitiveRead = (doc: DocumentView, actor: Actor): boolean =>
  doc.secrecy !== null || (doc.counterparty?.protectedIdentity === true && canReadProtectedData(actor));

/** Organ ids of the active marks of one document, whether or not the actor may read it (for policy checks). */
export async function activeSecrecyOrgans(ex: Executor, documentId: string): Promise<string[]> {
  const rows = await ex.select({ organId: secrecyMarks.organId }).from(secrecyMarks)
    .where(and(eq(secrecyMarks.documentId, documentId), isNull(secrecyMarks.releasedAt)));
  return rows.map((r) => r.organId);
}

export const documentCountSql = (actor: Actor) =>
  sql<number>`(SELECT count(*)::int FROM documents WHERE documents.case_id = cases.id AND ${documentVisibleSql(actor)})`;
