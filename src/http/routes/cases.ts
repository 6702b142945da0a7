/**
 * /api/v1/cases: search, create, read, edit and history.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { listCases } from '../../use-cases/listCases.ts';
import { createCase } from '../../use-cases/createCase.ts';
import { getCase } from '../../use-cases/getCase.ts';
import { updateCase } from '../../use-cases/updateCase.ts';
import { caseHistory } from '../../use-cases/caseHistory.ts';
import { listMotions } from '../../use-cases/listMotions.ts';
import { ctxOf } from '../session.ts';
import type { RouteDeps } from './deps.ts';

const Id = Type.Object({ id: Type.String() });
const Json = Type.Object({}, { additionalProperties: true });
const ListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })), status: Type.Optional(Type.String()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })), cursor: Type.Optional(Type.String({ maxLength: 200 })),
});

export async function caseRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const tags = ['registry'];
  app.get('/cases', { schema: { tags, querystring: ListQuery } }, async (r) => listCases(ctxOf(r, services), r.query as never));
  app.get('/motions', { schema: { tags, querystring: Type.Object({ open: Type.Optional(Type.Boolean()) }) } }, async (r) => ({ items: await listMotions(ctxOf(r, services), r.query as never) }));
  app.post('/cases', { schema: { tags, body: Json } }, async (r, reply) => reply.status(201).send(await createCase(ctxOf(r, services), r.body as never)));
  app.get('/cases/:id', { schema: { tags, params: Id } }, async (r) => getCase(ctxOf(r, services), (r.params as { id: string }).id));
  app.patch('/cases/:id', { schema: { tags, params: Id, body: Json } }, async (r) => updateCase(ctxOf(r, services), (r.params as { id: string }).id, r.body as Record<string, unknown>));
  app.get('/cases/:id/history', { schema: { tags, params: Id } }, async (r) => ({ items: await caseHistory(ctxOf(r, services), (r.params as { id: string }).id) }));
}
