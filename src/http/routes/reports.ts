/**
 * /api/v1 official reports: create, save versions, preview (PDF/HTML), finalise.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { createReport, finaliseReport, getReport, listCaseReports, previewReport, saveReport } from '../../use-cases/reports/officialReports.ts';
import { ctxOf } from '../session.ts';
import type { RouteDeps } from './deps.ts';

const Id = Type.Object({ id: Type.String() });
const Json = Type.Object({}, { additionalProperties: true });
type R = { params: { id: string }; body: Record<string, unknown> };

export async function reportRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const tags = ['official reports'];
  app.get('/cases/:id/reports', { schema: { tags, params: Id } }, async (r) => ({ items: await listCaseReports(ctxOf(r, services), (r as unknown as R).params.id) }));
  app.post('/reports', { schema: { tags, body: Json } }, async (r, reply) => reply.status(201).send(await createReport(ctxOf(r, services), r.body as never)));
  app.get('/reports/:id', { schema: { tags, params: Id } }, async (r) => getReport(ctxOf(r, services), (r as unknown as R).params.id));
  app.put('/reports/:id', { schema: { tags, params: Id, body: Json } }, async (r) => saveReport(ctxOf(r, services), (r as unknown as R).params.id, (r as unknown as R).body as never));
  app.post('/reports/:id/finalise', { schema: { tags, params: Id, body: Json } }, async (r) => finaliseReport(ctxOf(r, services), (r as unknown as R).params.id, (r as unknown as R).body as never));
  app.get('/reports/:id/preview.pdf', { schema: { tags, params: Id } }, async (r, reply) =>
    reply.type('application/pdf').header('cache-control', 'private, no-store').send(await previewReport(ctxOf(r, services), (r as unknown as R).params.id, 'pdf')));
  app.get('/reports/:id/preview.html', { schema: { tags, params: Id } }, async (r, reply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'private, no-store').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(await previewReport(ctxOf(r, services), (r as unknown as R).params.id, 'html')));
}
