/**
 * /api/v1 the annual cycle: the year view with the meetings beside the deadlines, deadlines (read one, create,
 * change, delete), copying a year to the next, and its generated documents (preview and registration in a case).
 * Outside /api/v1: the public iCalendar feeds /arshjul.ics and /arshjul/<organ or audience>.ics.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { and, eq } from 'drizzle-orm';
import { organs } from '../../db/schema/index.ts';
import { createDeadline, deleteDeadline, getDeadline, getYear, updateDeadline } from '../../use-cases/annualCycle/deadlines.ts';
import { copyYear } from '../../use-cases/annualCycle/copyYear.ts';
import { previewCycleDocument, registerCycleDocument } from '../../use-cases/annualCycle/documents.ts';
import { AUDIENCE_SLUGS, annualCycleFeed } from '../../use-cases/annualCycle/feed.ts';
import { notFound } from '../../domain/errors.ts';
import { organSlug } from '../../portal/urls.ts';
import { ctxOf } from '../session.ts';
import { sendCacheable } from '../security.ts';
import { portalBodyOrEmpty } from './portalReply.ts';
import type { RouteDeps } from './deps.ts';

const Id = Type.Object({ id: Type.String() });
const Json = Type.Object({}, { additionalProperties: true });
type R = { params: { id: string }; body: Record<string, unknown>; query: Record<string, unknown> };

export async function annualCycleRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const tags = ['annual cycle'];
  app.get('/annual-cycle', {
    schema: { tags, summary: 'The year: deadlines and the meetings of KF, KS and its committees', querystring: Type.Object({ year: Type.String(), audience: Type.Optional(Type.String()), organId: Type.Optional(Type.String()) }) },
  }, async (r) => getYear(ctxOf(r, services), (r as unknown as R).query));
  app.post('/annual-cycle/deadlines', { schema: { tags, summary: 'Add a deadline', body: Json } },
    async (r, reply) => reply.status(201).send(await createDeadline(ctxOf(r, services), (r as unknown as R).body)));
  app.get('/annual-cycle/deadlines/:id', { schema: { tags, summary: 'One deadline (with its version, for changing it)', params: Id } },
    async (r) => getDeadline(ctxOf(r, services), (r as unknown as R).params.id));
  app.put('/annual-cycle/deadlines/:id', { schema: { tags, summary: 'Change a deadline (with the version read)', params: Id, body: Json } },
    async (r) => updateDeadline(ctxOf(r, services), (r as unknown as R).params.id, (r as unknown as R).body));
  app.delete('/annual-cycle/deadlines/:id', { schema: { tags, summary: 'Delete a deadline (audited)', params: Id } },
    async (r, reply) => { await deleteDeadline(ctxOf(r, services), (r as unknown as R).params.id); return reply.status(204).send(); });
  app.post('/annual-cycle/copy', { schema: { tags, summary: 'Copy a year’s deadlines to the next year', body: Json } },
    async (r) => copyYear(ctxOf(r, services), (r as unknown as R).body));
  app.get('/annual-cycle/document.pdf', {
    schema: { tags, summary: 'Preview a generated document (kind=dates|wheel)', querystring: Type.Object({ kind: Type.String(), year: Type.String(), audiences: Type.Optional(Type.String()), annex: Type.Optional(Type.String()) }) },
  }, async (r, reply) => {
    const { pdf, fileName } = await previewCycleDocument(ctxOf(r, services), (r as unknown as R).query);
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${fileName}"`).header('cache-control', 'private, no-cache').send(pdf);
  });
  app.post('/annual-cycle/documents', { schema: { tags, summary: 'Register a generated document in a case', body: Json } },
    async (r, reply) => reply.status(201).send(await registerCycleDocument(ctxOf(r, services), (r as unknown as R).body)));
}

/** Public iCalendar feed of the annual cycle (outside /api/v1). */
export async function annualCycleFeedRoutes(app: FastifyInstance, { services, config }: RouteDeps): Promise<void> {
  const base = config.baseUrl.replace(/\/$/, '');
  const hidden = { schema: { hide: true } };
  const send = (request: Parameters<typeof sendCacheable>[0], reply: Parameters<typeof sendCacheable>[1], ics: string) =>
    sendCacheable(request, reply, { body: ics, type: 'text/calendar; charset=utf-8', cacheControl: 'public, max-age=900' });

  app.get('/arshjul.ics', hidden, async (request, reply) => {
    const body = await portalBodyOrEmpty(services);
    return send(request, reply, await annualCycleFeed(services, { body }, `${base}/`));
  });

  app.get<{ Params: { slug: string } }>('/arshjul/:slug.ics', hidden, async (request, reply) => {
    const body = await portalBodyOrEmpty(services);
    const slug = request.params.slug.toLowerCase();
    const audience = AUDIENCE_SLUGS[slug];
    if (audience) return send(request, reply, await annualCycleFeed(services, { body, audience }, `${base}/`));
    const organ = body.id ? (await services.db.select({ id: organs.id, code: organs.code, name: organs.name }).from(organs).where(and(eq(organs.bodyId, body.id))))
      .find((o) => organSlug(o.code) === slug) : undefined;
    if (!organ) throw notFound('Organet');
    return send(request, reply, await annualCycleFeed(services, { body, organ }, `${base}/organ/${organSlug(organ.code)}`));
  });
}
