/**
 * Bytes the public may download, read without an actor: a public document's file (no active secrecy mark, no
 * protected personal data — R-REG-3/R-REG-7), the public version of a meeting book once the notice is out
 * (R-BOOK-2), and the public copy of adjusted minutes while published (R-PUB-1, R-APPEAL-2). Anything else is
 * "not found", whether it exists or not.
 */
import { and, eq, type SQL } from 'drizzle-orm';
import { documentContentSql, documentRef, PUBLIC } from '../../disclosure/sql.ts';
import { documents, files, meetings } from '../../db/schema/index.ts';
import { isUuid } from '../../domain/ids.ts';
import type { Actor } from '../../policies/actor.ts';
import { compileMeetingBook } from '../meetings/compileMeetingBook.ts';
import type { Services } from '../context.ts';
import { minutesPublicity } from './minutesPublicity.ts';
import type { PublicMeetingRef } from './resolve.ts';

export interface PublicBytes { bytes: Buffer; fileName: string; mediaType: string; sha256: string; lastModified: Date }

/** The public may read the files of the `documents` row (disclosure/documents.ts, the public reader's `files`). */
export const publicDocumentSql = (): SQL => documentContentSql(PUBLIC, documentRef());

export async function publicDocumentFile(services: Services, bodyId: string, fileId: string): Promise<PublicBytes | undefined> {
  if (!isUuid(fileId)) return undefined;
  const [row] = await services.db.select({ name: files.name, mediaType: files.mediaType, sha256: files.sha256, createdAt: files.createdAt })
    .from(files).innerJoin(documents, eq(documents.id, files.documentId))
    .where(and(eq(files.id, fileId), eq(files.bodyId, bodyId), publicDocumentSql()));
  if (!row) return undefined;
  return { bytes: await services.files.get(row.sha256), fileName: row.name, mediaType: row.mediaType, sha256: row.sha256, lastModified: row.createdAt };
}

/**
 * Compiling needs an actor for its audit entry; the public variant loads and plans the meeting for the public
 * reader, whatever this actor could read.
 */
const bookCompiler = (bodyId: string): Actor => ({ userId: '', bodyId, roles: ['auditor'], protectedDataAccess: false, organAccess: new Map() });

/** The public meeting book: once the notice has been sent, for meetings that were not cancelled. */
export async function publicMeetingBook(services: Services, bodyId: string, meeting: PublicMeetingRef): Promise<PublicBytes | undefined> {
  const [row] = await services.db.select({ noticeSentAt: meetings.noticeSentAt, state: meetings.state }).from(meetings)
    .where(and(eq(meetings.id, meeting.id), eq(meetings.bodyId, bodyId)));
  if (!row?.noticeSentAt || row.state === 'cancelled') return undefined;
  const book = await compileMeetingBook({ ...services, actor: bookCompiler(bodyId) }, meeting.id, 'public');
  return { bytes: book.pdf, fileName: book.fileName, mediaType: 'application/pdf', sha256: book.sha256, lastModified: row.noticeSentAt };
}

/** The public copy of the adjusted minutes, while R-PUB-1 and R-APPEAL-2 allow it. */
export async function publicMinutesCopy(services: Services, bodyId: string, meeting: PublicMeetingRef): Promise<PublicBytes | undefined> {
  const publicity = (await minutesPublicity(services, bodyId, [meeting.id])).get(meeting.id);
  if (!publicity?.copyPublic || !publicity.publicPdfSha256) return undefined;
  return {
    bytes: await services.files.get(publicity.publicPdfSha256), fileName: `protokoll-${meeting.organCode.toLowerCase()}-${meeting.date}.pdf`,
    mediaType: 'application/pdf', sha256: publicity.publicPdfSha256, lastModified: publicity.adjustedAt,
  };
}
