/**
 * /api/v1/board: the notice board for staff — postings with their history, delegated-decision postings,
 * meeting announcements and taking postings down (R-BOARD-1/2, R-APPEAL-1, R-DEL-1).
 */
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { getPosting, listPostings } from '../../use-cases/board/listPostings.ts';
import { postDelegatedDecision } from '../../use-cases/board/postDelegatedDecision.ts';
import { announceMeeting } from '../../use-cases/board/postMeetingAnnouncement.ts';
import { removePosting } from '../../use-cases/board/removePosting.ts';
import { ctxOf } from '../session.ts';
import type { RouteDeps } from './deps.ts';

const Id = Type.Object({ id: Type.String() });
const Json = Type.Object({}, { additionalProperties: true });
const State = Type.Union([Type.Literal('current'), Type.Literal('removed'), Type.Literal('all')]);
type R = { params: { id: string }; body: Record<string, unknown> | undefined; query: { state?: 'current' | 'removed' | 'all' } };

export async function boardRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const tags = ['board'];
  app.get('/board/postings', { schema: { tags, querystring: Type.Object({ state: Type.Optional(State) }) } },
    async (r) => ({ items: await listPostings(ctxOf(r, services), { state: (r as unknown as R).query.state }) }));
  app.get('/board/postings/:id', { schema: { tags, params: Id } }, async (r) => getPosting(ctxOf(r, services), (r as unknown as R).params.id));
  app.post('/board/delegated-decisions', { schema: { tags, body: Json } }, async (r, reply) =>
    reply.status(201).send(await postDelegatedDecision(ctxOf(r, services), r.body as never)));
  app.post('/board/meeting-announcements', { schema: { tags, body: Type.Object({ meetingId: Type.String() }) } }, async (r, reply) => {
    const ctx = ctxOf(r, services);
    const id = await announceMeeting(ctx, (r.body as { meetingId: string }).meetingId);
    return reply.status(201).send(await getPosting(ctx, id));
  });
  app.post('/board/postings/:id/remove', { schema: { tags, params: Id } }, async (r) =>
    removePosting(ctxOf(r, services), (r as unknown as R).params.id, (r as unknown as R).body ?? {}));
}
