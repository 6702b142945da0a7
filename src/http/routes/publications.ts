/**
 * /api/v1/documents/{id}/publication and /api/v1/publications: web publication of documents (R-PUB-1) —
 * a document's status and history, publishing, withdrawing with a reason, and the list of what was published
 * and withdrawn.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { getPublication } from '../../use-cases/publication/status.ts';
import { publishDocument, withdrawPublication } from '../../use-cases/publication/publish.ts';
import { listPublications, type PublicationFilter } from '../../use-cases/publication/list.ts';
import { ctxOf } from '../session.ts';
import type { RouteDeps } from './deps.ts';

const Id = Type.Object({ id: Type.String() });
const Withdrawal = Type.Object({ reason: Type.Optional(Type.String()) }, { additionalProperties: true });
const Filter = Type.Object({
  state: Type.Optional(Type.String({ maxLength: 20 })), basis: Type.Optional(Type.String({ maxLength: 20 })),
  limit: Type.Optional(Type.Integer()), cursor: Type.Optional(Type.String({ maxLength: 100 })),
});

export async function publicationRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const tags = ['registry'];
  const id = (r: { params: unknown }) => (r.params as { id: string }).id;
  app.get('/documents/:id/publication', { schema: { tags, params: Id } }, async (r) => getPublication(ctxOf(r, services), id(r)));
  app.post('/documents/:id/publication', { schema: { tags, params: Id } }, async (r) => publishDocument(ctxOf(r, services), id(r)));
  app.post('/documents/:id/publication/withdraw', { schema: { tags, params: Id, body: Withdrawal } },
    async (r) => withdrawPublication(ctxOf(r, services), id(r), r.body as { reason?: unknown }));
  app.get('/publications', { schema: { tags, querystring: Filter } }, async (r) => listPublications(ctxOf(r, services), r.query as PublicationFilter));
}
