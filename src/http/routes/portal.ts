/**
 * The public portal (no login): the notice board, its postings, how to appeal, and the portal's stylesheet.
 * Server-rendered HTML without JavaScript; only public facts of current postings are shown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { swedishDate } from '../../domain/dates.ts';
import { getPublicPosting, listPublicPostings, portalBody, publicMinutesPdf } from '../../use-cases/board/publicBoard.ts';
import { appealPage } from '../../portal/appealPage.ts';
import { boardPage } from '../../portal/boardPage.ts';
import { missingPostingPage, postingPage } from '../../portal/postingPage.ts';
import type { RouteDeps } from './deps.ts';

const STYLESHEET = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../portal/portal.css'), 'utf8');
const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function sendPage(reply: FastifyReply, page: string, status = 200): FastifyReply {
  return reply.status(status).type('text/html; charset=utf-8').header('content-security-policy', CSP)
    .header('x-content-type-options', 'nosniff').header('cache-control', 'no-cache').send(page);
}

export async function portalRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const body = async () => (await portalBody(services)) ?? { id: '', code: '', name: 'Kommunen' };

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
}
