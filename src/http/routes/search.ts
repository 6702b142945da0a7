/**
 * /api/v1/search: staff search across cases, documents, official reports and adjusted minutes.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { search } from '../../use-cases/search/search.ts';
import { ctxOf } from '../session.ts';
import type { RouteDeps } from './deps.ts';

const Query = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })), organ: Type.Optional(Type.String({ maxLength: 64 })),
  from: Type.Optional(Type.String({ maxLength: 10 })), to: Type.Optional(Type.String({ maxLength: 10 })),
  kind: Type.Optional(Type.String({ maxLength: 32 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
});

export async function searchRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  app.get('/search', { schema: { tags: ['search'], querystring: Query } }, async (r) => search(ctxOf(r, services), r.query as never));
}
