/**
 * A public document's own address (`/handlingar/:id`, used by search results and the open-data API) leads to
 * its row in the public register's case page. A document the public may not see is "not found".
 */
import { and, eq } from 'drizzle-orm';
import { cases, documents } from '../../db/schema/index.ts';
import { isUuid } from '../../domain/ids.ts';
import { caseSlug, portalUrls } from '../../portal/urls.ts';
import type { Services } from '../context.ts';
import { publicDocumentSql } from './publicFiles.ts';

/** The row anchor of a document on its case page: "KS-2024/00361-2" → "handling-ks-2024-00361-2". */
export const documentAnchor = (documentNumber: string): string => `handling-${caseSlug(documentNumber)}`;

export async function publicDocumentAddress(services: Services, bodyId: string, documentId: string): Promise<string | undefined> {
  if (!isUuid(documentId)) return undefined;
  const [row] = await services.db.select({ number: documents.number, caseNumber: cases.number }).from(documents)
    .innerJoin(cases, eq(cases.id, documents.caseId))
    .where(and(eq(documents.id, documentId), eq(documents.bodyId, bodyId), publicDocumentSql()));
  return row ? `${portalUrls.case(row.caseNumber)}#${documentAnchor(row.number)}` : undefined;
}
