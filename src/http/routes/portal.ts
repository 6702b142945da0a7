/**
 * The public portal (no login): the notice board, its postings, how to appeal, and the portal's stylesheet;
 * the organ and meeting pages, the register and search, and the accessibility statement are in portal*.ts.
 * Server-rendered HTML without JavaScript; only public facts of current postings are shown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { swedishDate } from '../../domain/dates.ts';
import { getPublicPosting, listPublicPostings, publicMinutesPdf } from '../../use-cases/board/publicBoard.ts';
import { appealPage } from '../../portal/appealPage.ts';
import { boardPage } from '../../portal/boardPage.ts';
import { missingPostingPage, postingPage } from '../../portal/postingPage.ts';
import type { RouteDeps } from './deps.ts';
import { portalBodyOrEmpty, sendPage } from './portalReply.ts';
import { portalAccessibilityRoutes } from './portalAccessibility.ts';
import { portalMeetingRoutes } from './portalMeetings.ts';
import { portalRegisterRoutes } from './portalRegister.ts';

const STYLESHEET = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../portal/portal.css'), 'utf8');

export async function portalRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const { services } = deps;
  const body = () => portalBodyOrEmpty(services);

  app.get('/portal.css', { schema: { hide: true } }, async (_r, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300').send(STYLESHEET));

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
