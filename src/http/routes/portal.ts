/**
 * The public portal (no login): the notice board, its postings, how to appeal, and the portal's stylesheet;
 * the organ and meeting pages, the register and search, and the accessibility statement are in portal*.ts.
 * Server-rendered HTML without JavaScript; only public facts of current postings are shown.
 */
import type { FastifyInstance } from 'fastify';
import { swedishDate } from '../../domain/dates.ts';
import { getPublicPosting, listPublicPostings, publicMinutesPdf } from '../../use-cases/board/publicBoard.ts';
import { appealPage } from '../../portal/appealPage.ts';
import { boardPage } from '../../portal/boardPage.ts';
import { missingPostingPage, postingPage } from '../../portal/postingPage.ts';
import { FAVICON, STYLESHEET, STYLESHEET_VERSION } from '../../portal/assets.ts';
import { acceptsCoding, compressSync, type Coding } from '../encoding.ts';
import { matchesEtag } from '../security.ts';
import type { RouteDeps } from './deps.ts';
import { portalBodyOrEmpty, sendPage } from './portalReply.ts';
import { portalAccessibilityRoutes } from './portalAccessibility.ts';
import { portalMeetingRoutes } from './portalMeetings.ts';
import { portalRegisterRoutes } from './portalRegister.ts';

/** The stylesheet's compressed forms, each made once on first request. */
const compressedStylesheet = new Map<Coding, Buffer>();
function stylesheetIn(coding: Coding): Buffer {
  let body = compressedStylesheet.get(coding);
  if (!body) compressedStylesheet.set(coding, (body = compressSync(STYLESHEET, coding)));
  return body;
}

export async function portalRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const { services } = deps;
  const body = () => portalBodyOrEmpty(services);

  // Under its versioned address the stylesheet never changes; under the bare one (older pages) it may.
  app.get('/portal.css', { schema: { hide: true } }, async (r, reply) => {
    const versioned = (r.query as { v?: string }).v === STYLESHEET_VERSION;
    const coding = acceptsCoding(r, 'br') ? 'br' : acceptsCoding(r, 'gzip') ? 'gzip' : null;
    const etag = `"${STYLESHEET_VERSION}${coding ? `-${coding}` : ''}"`;
    reply.type('text/css; charset=utf-8').header('vary', 'accept-encoding').header('etag', etag)
      .header('cache-control', versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    if (matchesEtag(r, etag)) return reply.status(304).send();
    if (coding) reply.header('content-encoding', coding);
    return reply.send(coding ? stylesheetIn(coding) : STYLESHEET);
  });

  // The site's icon (an agenda in the portal's colours), for the portal and the staff app alike.
  app.get('/favicon.svg', { schema: { hide: true } }, async (_r, reply) =>
    reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(FAVICON));
  app.get('/favicon.ico', { schema: { hide: true } }, async (_r, reply) => reply.redirect('/favicon.svg', 301));

  app.get('/anslagstavla', { schema: { hide: true } }, async (_r, reply) => {
    const b = await body();
    const postings = b.id ? await listPublicPostings(services, b.id) : [];
    return sendPage(reply, boardPage(b.name, postings, swedishDate(services.clock.now())));
  });

  app.get('/anslagstavla/:id', { schema: { hide: true } }, async (r, reply) => {
    const b = await body();
    const posting = b.id ? await getPublicPosting(services, b.id, (r.params as { id: string }).id) : undefined;
    return posting ? sendPage(reply, postingPage(b.name, posting)) : sendPage(reply, missingPostingPage(b.name), 404);
  });

  app.get('/anslagstavla/:id/protokoll.pdf', { schema: { hide: true } }, async (r, reply) => {
    const b = await body();
    const minutes = b.id ? await publicMinutesPdf(services, b.id, (r.params as { id: string }).id) : undefined;
    if (!minutes) return sendPage(reply, missingPostingPage(b.name), 404);
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${minutes.fileName}"`)
      .header('x-content-type-options', 'nosniff').header('cache-control', 'no-cache').send(minutes.pdf);
  });

  app.get('/overklaga', { schema: { hide: true } }, async (_r, reply) => sendPage(reply, appealPage((await body()).name)));

  await portalMeetingRoutes(app, deps);
  await portalRegisterRoutes(app, deps);
  await portalAccessibilityRoutes(app, deps);
}
