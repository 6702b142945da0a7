/**
 * /api/v1 appropriations (anslag): amounts per year, commitments, remaining funds.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { createAppropriation, getAppropriation, listAppropriations, updateAppropriation } from '../../use-cases/appropriations/appropriations.ts';
import { addCommitment, confirmCommitment, releaseCommitment, updateCommitment } from '../../use-cases/appropriations/manageCommitments.ts';
import { ctxOf } from '../session.ts';
import type { RouteDeps } from './deps.ts';

const Json = Type.Object({}, { additionalProperties: true });
const Id = Type.Object({ id: Type.String() });
const CommitmentId = Type.Object({ id: Type.String(), commitmentId: Type.String() });
type R = { params: { id: string; commitmentId: string }; body: Record<string, unknown>; query: Record<string, unknown> };

export async function appropriationRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const tags = ['appropriations'];
  app.get('/appropriations', { schema: { tags, summary: 'Appropriations per organ with remaining funds as of a date', querystring: Type.Object({ organId: Type.Optional(Type.String()), asOf: Type.Optional(Type.String()) }) } },
    async (r) => ({ items: await listAppropriations(ctxOf(r, services), r.query as never) }));
  app.post('/appropriations', { schema: { tags, summary: 'Create an appropriation', body: Json } }, async (r, reply) => {
    reply.code(201);
    return createAppropriation(ctxOf(r, services), r.body as Record<string, unknown>);
  });
  app.get('/appropriations/:id', { schema: { tags, summary: 'An appropriation with its commitments and remaining funds', params: Id, querystring: Type.Object({ asOf: Type.Optional(Type.String()) }) } },
    async (r) => getAppropriation(ctxOf(r, services), (r as unknown as R).params.id, r.query as never));
  app.put('/appropriations/:id', { schema: { tags, summary: 'Update an appropriation (version)', params: Id, body: Json } },
    async (r) => updateAppropriation(ctxOf(r, services), (r as unknown as R).params.id, r.body as Record<string, unknown>));
  app.post('/appropriations/:id/commitments', { schema: { tags, summary: 'Add a commitment', params: Id, body: Json } }, async (r, reply) => {
    reply.code(201);
    return addCommitment(ctxOf(r, services), (r as unknown as R).params.id, r.body as Record<string, unknown>);
  });
  app.put('/appropriations/:id/commitments/:commitmentId', { schema: { tags, summary: 'Change a commitment (version)', params: CommitmentId, body: Json } },
    async (r) => { const { id, commitmentId } = (r as unknown as R).params; return updateCommitment(ctxOf(r, services), id, commitmentId, r.body as Record<string, unknown>); });
  app.post('/appropriations/:id/commitments/:commitmentId/release', { schema: { tags, summary: 'Release a decided commitment from a date', params: CommitmentId, body: Json } },
    async (r) => { const { id, commitmentId } = (r as unknown as R).params; return releaseCommitment(ctxOf(r, services), id, commitmentId, r.body as Record<string, unknown>); });
  app.post('/appropriations/:id/commitments/:commitmentId/confirm', { schema: { tags, summary: 'Confirm a conditional commitment (firm)', params: CommitmentId, body: Json } },
    async (r) => { const { id, commitmentId } = (r as unknown as R).params; return confirmCommitment(ctxOf(r, services), id, commitmentId, r.body as Record<string, unknown>); });
}
