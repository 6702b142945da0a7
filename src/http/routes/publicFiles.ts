/**
 * The public site's file addresses (src/portal/urls.ts), bytes only: a public document's file (`/filer/:id`),
 * the public meeting book (`/organ/:organ/:meeting/motesbok.pdf`) and the public copy of adjusted minutes
 * (`/organ/:organ/:meeting/protokoll.pdf`). Published content carries an ETag (its SHA-256) and may be cached;
 * `?download=1` asks for an attachment. Whatever is not public answers 404, exactly like what does not exist.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../domain/errors.ts';
import { mayShowInline } from '../../files/disposition.ts';
import { portalBody } from '../../use-cases/board/publicBoard.ts';
import { findMeetingBySlug } from '../../use-cases/public/resolve.ts';
import { publicDocumentFile, publicMeetingBook, publicMinutesCopy, type PublicBytes } from '../../use-cases/public/publicFiles.ts';
import type { RouteDeps } from './deps.ts';

/**
 * Adjusted minutes and registered files never change, but may stop being public (a later secrecy mark, the end
 * of the publication period): a day's cache bounds that. A meeting book can change until the meeting: revalidated.
 */
const IMMUTABLE = 'public, max-age=86400';
const REVALIDATE = 'public, no-cache';

/** RFC 6266 filename: ASCII fallback plus the UTF-8 name. */
function disposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function sendPublicBytes(request: FastifyRequest, reply: FastifyReply, file: PublicBytes, cacheControl: string): FastifyReply {
  const etag = `"${file.sha256}"`;
  const download = (request.query as Record<string, unknown>).download === '1';
  reply.header('etag', etag).header('last-modified', file.lastModified.toUTCString()).header('cache-control', cacheControl)
    .header('x-content-type-options', 'nosniff').header('content-security-policy', "default-src 'none'; sandbox")
    .header('access-control-allow-origin', '*');
  const match = request.headers['if-none-match'];
  if (match && match.split(',').map((m) => m.trim().replace(/^W\//, '')).includes(etag)) return reply.status(304).send();
  // Only PDFs and images are shown inline; uploaded HTML, XML and SVG are always downloads.
  return reply.type(file.mediaType).header('content-disposition', disposition(download || !mayShowInline(file.mediaType) ? 'attachment' : 'inline', file.fileName)).send(file.bytes);
}

export async function publicFileRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const bodyId = async () => (await portalBody(services))?.id;
  const meetingOf = async (params: unknown) => {
    const { organ, meeting } = params as { organ: string; meeting: string };
    const body = await bodyId();
    return body ? { body, ref: await findMeetingBySlug(services, body, organ, meeting) } : undefined;
  };

  app.get('/filer/:id', { schema: { hide: true } }, async (request, reply) => {
    const body = await bodyId();
    const file = body ? await publicDocumentFile(services, body, (request.params as { id: string }).id) : undefined;
    if (!file) throw notFound('Filen');
    return sendPublicBytes(request, reply, file, IMMUTABLE);
  });

  app.get('/organ/:organ/:meeting/motesbok.pdf', { schema: { hide: true } }, async (request, reply) => {
    const found = await meetingOf(request.params);
    const book = found?.ref ? await publicMeetingBook(services, found.body, found.ref) : undefined;
    if (!book) throw notFound('Mötesboken');
    return sendPublicBytes(request, reply, book, REVALIDATE);
  });

  app.get('/organ/:organ/:meeting/protokoll.pdf', { schema: { hide: true } }, async (request, reply) => {
    const found = await meetingOf(request.params);
    const minutes = found?.ref ? await publicMinutesCopy(services, found.body, found.ref) : undefined;
    if (!minutes) throw notFound('Protokollet');
    return sendPublicBytes(request, reply, minutes, IMMUTABLE);
  });
}
