/**
 * Loads documents with their files and active secrecy marks, shaped as the API presents them to a staff reader.
 * What the reader gets is decided by disclosure/documents.ts: documents the actor may not read are not returned;
 * protected contact data is masked and the files of such a document withheld (R-REG-7).
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { cases, documents, files, secrecyMarks } from '../schema/index.ts';
import type { Actor } from '../../policies/actor.ts';
import { maskCounterparty, type Counterparty } from '../../domain/documents.ts';
import { discloseDocument } from '../../disclosure/documents.ts';
import { staffReader } from '../../disclosure/reader.ts';
import { documentListedSql } from '../../disclosure/sql.ts';

export interface DocumentView {
  id: string; caseId: string; caseNumber: string; number: string; kind: string; direction: string;
  registeredDate: string; description: string; publicDescription: string;
  counterparty: Counterparty | null;
  /** Kind-specific fields (motion, statement, audit report); `{}` for other kinds. */
  details: Record<string, unknown>;
  secrecy: { legalGround: string; organId: string; markedAt: string; markedBy: string | null } | null;
  files: { id: string; name: string; mediaType: string; size: number; sha256: string }[];
  /** Why its files (if it has any) are not listed: they may hold protected personal data (R-REG-7). */
  filesWithheld: 'protected' | null;
  /** Reading this view is a read of secret or protected data, to be logged (R-REG-8). */
  sensitive: boolean;
  createdAt: string;
}

export async function loadDocuments(ex: Executor, actor: Actor, where: { caseId?: string; documentId?: string }): Promise<DocumentView[]> {
  const rows = await ex.select({ d: documents, caseNumber: cases.number }).from(documents)
    .innerJoin(cases, eq(cases.id, documents.caseId))
    .where(and(
      eq(documents.bodyId, actor.bodyId),
      where.caseId ? eq(documents.caseId, where.caseId) : undefined,
      where.documentId ? eq(documents.id, where.documentId) : undefined,
      documentListedSql(staffReader(actor)),
    ))
    .orderBy(asc(documents.seq));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.d.id);
  const [fileRows, markRows] = await Promise.all([
    ex.select().from(files).where(inArray(files.documentId, ids)).orderBy(asc(files.createdAt)),
    ex.select().from(secrecyMarks).where(and(inArray(secrecyMarks.documentId, ids), isNull(secrecyMarks.releasedAt))),
  ]);
  const reader = staffReader(actor);
  return rows.flatMap(({ d, caseNumber }) => {
    const marks = markRows.filter((m) => m.documentId === d.id);
    const mark = marks[0];
    const shown = discloseDocument(reader, {
      activeSecrecyOrganIds: marks.map((m) => m.organId), counterpartyProtected: d.counterpartyProtected, minutesOriginal: false, webPublished: true,
    });
    if (!shown.listed) return [];
    const docFiles = fileRows.filter((f) => f.documentId === d.id);
    const cp: Counterparty | null = d.counterpartyName || d.counterpartyOrganisation ? {
      name: d.counterpartyName ?? '', organisation: d.counterpartyOrganisation, address: d.counterpartyAddress,
      email: d.counterpartyEmail, protectedIdentity: d.counterpartyProtected,
    } : null;
    return [{
      id: d.id, caseId: d.caseId, caseNumber, number: d.number, kind: d.kind, direction: d.direction,
      registeredDate: d.registeredDate, description: d.description, publicDescription: d.publicDescription,
      counterparty: maskCounterparty(cp, shown.counterparty === 'full'),
      details: d.details as Record<string, unknown>,
      secrecy: mark ? { legalGround: mark.legalGround, organId: mark.organId, markedAt: mark.markedAt.toISOString(), markedBy: mark.markedBy } : null,
      files: shown.files ? docFiles.map((f) => ({ id: f.id, name: f.name, mediaType: f.mediaType, size: f.size, sha256: f.sha256 })) : [],
      filesWithheld: shown.files ? null : 'protected',
      sensitive: shown.audited,
      createdAt: d.createdAt.toISOString(),
    }];
  });
}

/** Organ ids of the active marks of one document, whether or not the actor may read it (for policy checks). */
export async function activeSecrecyOrgans(ex: Executor, documentId: string): Promise<string[]> {
  const rows = await ex.select({ organId: secrecyMarks.organId }).from(secrecyMarks)
    .where(and(eq(secrecyMarks.documentId, documentId), isNull(secrecyMarks.releasedAt)));
  return rows.map((r) => r.organId);
}

export const documentCountSql = (actor: Actor) =>
  sql<number>`(SELECT count(*)::int FROM documents WHERE documents.case_id = cases.id AND ${documentListedSql(staffReader(actor))})`;
