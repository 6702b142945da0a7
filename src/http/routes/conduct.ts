/**
 * /api/v1 the live meeting (sammanträdet): one read for the meeting-mode screen, and the writes that record
 * it. Every write answers the whole live meeting as `GET /meetings/:id/conduct` does.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { closeMeeting, openMeeting, updateConduct } from '../../use-cases/conduct/openMeeting.ts';
import { chooseSubstitute, declareDisqualification, recordAttendance, removeDisqualification } from '../../use-cases/conduct/attendance.ts';
import { addProposal, withdrawProposal } from '../../use-cases/conduct/proposals.ts';
import { putProposition, recordVote, undoProposition } from '../../use-cases/conduct/propositions.ts';
import { decideItem } from '../../use-cases/conduct/decideItem.ts';
import { announceReservation, updateReservationText } from '../../use-cases/conduct/reservations.ts';
import { getConduct, getReadyCases } from '../../use-cases/conduct/readConduct.ts';
import type { Ctx } from '../../use-cases/context.ts';
import { ctxOf } from '../session.ts';
import type { RouteDeps } from './deps.ts';

const Id = Type.Object({ id: Type.String() });
const ItemParams = Type.Object({ id: Type.String(), itemId: Type.String() });
const Json = Type.Object({}, { additionalProperties: true });
type P = Record<string, string>;
type B = Record<string, unknown>;

export async function conductRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const tags = ['meeting conduct'];
  const base = '/meetings/:id/conduct';
  /** Runs a write, then answers the live meeting (201 for writes that add a record). */
  const write = (status: number, run: (ctx: Ctx, params: P, body: B) => Promise<unknown>) => async (r: FastifyRequest, reply: FastifyReply) => {
    const ctx = ctxOf(r, services);
    const params = r.params as P;
    await run(ctx, params, (r.body ?? {}) as B);
    return reply.status(status).send(await getConduct(ctx, params.id!));
  };

  app.get(base, { schema: { tags, params: Id } }, async (r) => getConduct(ctxOf(r, services), (r.params as P).id!));
  app.get('/meetings/:id/ready-cases', { schema: { tags, params: Id } }, async (r) => ({ items: await getReadyCases(ctxOf(r, services), (r.params as P).id!) }));

  app.post(base, { schema: { tags, params: Id, body: Json } }, write(201, (ctx, p, b) => openMeeting(ctx, p.id!, b)));
  app.patch(base, { schema: { tags, params: Id, body: Json } }, write(200, (ctx, p, b) => updateConduct(ctx, p.id!, b)));
  app.post(`${base}/close`, { schema: { tags, params: Id, body: Json } }, write(200, (ctx, p, b) => closeMeeting(ctx, p.id!, b)));
  app.post(`${base}/attendance`, { schema: { tags, params: Id, body: Json } }, write(201, (ctx, p, b) => recordAttendance(ctx, p.id!, b)));
  app.post(`${base}/substitutes`, { schema: { tags, params: Id, body: Json } }, async (r, reply) => {
    const ctx = ctxOf(r, services);
    const id = (r.params as P).id!;
    const { suggestion, chosen } = await chooseSubstitute(ctx, id, (r.body ?? {}) as B);
    return reply.status(201).send({ suggestion, chosen, conduct: await getConduct(ctx, id) });
  });

  const item = `${base}/items/:itemId`;
  app.post(`${item}/disqualifications`, { schema: { tags, params: ItemParams, body: Json } }, write(201, (ctx, p, b) => declareDisqualification(ctx, p.id!, p.itemId!, b)));
  app.delete(`${item}/disqualifications/:personId`, { schema: { tags, params: Type.Object({ id: Type.String(), itemId: Type.String(), personId: Type.String() }) } },
    write(200, (ctx, p) => removeDisqualification(ctx, p.id!, p.itemId!, p.personId!)));
  app.post(`${item}/proposals`, { schema: { tags, params: ItemParams, body: Json } }, write(201, (ctx, p, b) => addProposal(ctx, p.id!, p.itemId!, b)));
  app.post(`${item}/proposals/:proposalId/withdraw`, { schema: { tags, params: Type.Object({ id: Type.String(), itemId: Type.String(), proposalId: Type.String() }) } },
    write(200, (ctx, p, b) => withdrawProposal(ctx, p.id!, p.itemId!, p.proposalId!, b)));
  app.post(`${item}/propositions`, { schema: { tags, params: ItemParams, body: Json } }, write(201, (ctx, p, b) => putProposition(ctx, p.id!, p.itemId!, b)));
  app.post(`${item}/propositions/undo`, { schema: { tags, params: ItemParams, body: Json } }, write(200, (ctx, p, b) => undoProposition(ctx, p.id!, p.itemId!, b)));
  app.post(`${item}/votes`, { schema: { tags, params: ItemParams, body: Json } }, write(201, (ctx, p, b) => recordVote(ctx, p.id!, p.itemId!, b)));
  app.put(`${item}/decision`, { schema: { tags, params: ItemParams, body: Json } }, write(200, (ctx, p, b) => decideItem(ctx, p.id!, p.itemId!, b)));
  app.post(`${item}/reservations`, { schema: { tags, params: ItemParams, body: Json } }, write(201, (ctx, p, b) => announceReservation(ctx, p.id!, p.itemId!, b)));
  app.patch(`${base}/reservations/:reservationId`, { schema: { tags, params: Type.Object({ id: Type.String(), reservationId: Type.String() }), body: Json } },
    write(200, (ctx, p, b) => updateReservationText(ctx, p.id!, p.reservationId!, b)));
}
