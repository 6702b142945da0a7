/**
 * /api/v1 meetings: plan, agenda building, notice, meeting book.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { createMeeting } from '../../use-cases/meetings/createMeeting.ts';
import { getMeeting, listMeetings } from '../../use-cases/meetings/readMeetings.ts';
import { addAgendaItem, moveAgendaItem, removeAgendaItem, updateAgendaItem } from '../../use-cases/meetings/agendaItems.ts';
import { sendNotice } from '../../use-cases/meetings/sendNotice.ts';
import { compileMeetingBook } from '../../use-cases/meetings/compileMeetingBook.ts';
import { listNotes, saveNote } from '../../use-cases/meetings/memberNotes.ts';
import { getSchedule, saveSchedule } from '../../use-cases/meetings/schedules.ts';
import { isIsoDate } from '../../domain/dates.ts';
import { validationError, type FieldError } from '../../domain/errors.ts';
import { ctxOf } from '../session.ts';
import type { RouteDeps } from './deps.ts';

const Id = Type.Object({ id: Type.String() });
const Json = Type.Object({}, { additionalProperties: true });
type R = { params: { id: string }; body: Record<string, unknown> };

/** `from` and `to` are calendar dates (ÅÅÅÅ-MM-DD); anything else is the caller's mistake, named per field. */
function datesOf<Q extends { from?: string; to?: string }>(query: Q): Q {
  const errors: FieldError[] = [];
  for (const field of ['from', 'to'] as const) {
    const value = query[field];
    if (value !== undefined && value !== '' && !isIsoDate(value)) errors.push({ field, message: 'måste vara ett datum på formen ÅÅÅÅ-MM-DD' });
  }
  if (errors.length) throw validationError(errors);
  return query;
}

export async function meetingRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const tags = ['meetings'];
  app.get('/meetings', { schema: { tags, querystring: Type.Object({ organId: Type.Optional(Type.String()), from: Type.Optional(Type.String()), to: Type.Optional(Type.String()) }) } },
    async (r) => ({ items: await listMeetings(ctxOf(r, services), datesOf(r.query as { from?: string; to?: string })) }));
  app.get('/schedules', { schema: { tags, querystring: Type.Object({ organId: Type.Optional(Type.String()), year: Type.Optional(Type.String()) }) } },
    async (r) => getSchedule(ctxOf(r, services), r.query as never));
  app.put('/schedules', { schema: { tags, body: Json } }, async (r) => saveSchedule(ctxOf(r, services), r.body as Record<string, unknown>));
  app.post('/meetings', { schema: { tags, body: Json } }, async (r, reply) => reply.status(201).send(await createMeeting(ctxOf(r, services), r.body as never)));
  app.get('/meetings/:id', { schema: { tags, params: Id } }, async (r) => getMeeting(ctxOf(r, services), (r as unknown as R).params.id));
  app.post('/meetings/:id/items', { schema: { tags, params: Id, body: Json } }, async (r, reply) =>
    reply.status(201).send(await addAgendaItem(ctxOf(r, services), (r as unknown as R).params.id, (r as unknown as R).body)));
  app.patch('/agenda-items/:id', { schema: { tags, params: Id, body: Json } }, async (r) => updateAgendaItem(ctxOf(r, services), (r as unknown as R).params.id, (r as unknown as R).body));
  app.post('/agenda-items/:id/move', { schema: { tags, params: Id, body: Json } }, async (r) => moveAgendaItem(ctxOf(r, services), (r as unknown as R).params.id, (r as unknown as R).body));
  app.delete('/agenda-items/:id', { schema: { tags, params: Id } }, async (r) => removeAgendaItem(ctxOf(r, services), (r as unknown as R).params.id));
  app.post('/meetings/:id/notice', { schema: { tags, params: Id } }, async (r) => sendNotice(ctxOf(r, services), (r as unknown as R).params.id));
  app.get('/meetings/:id/book.pdf', { schema: { tags, params: Id, querystring: Type.Object({ variant: Type.Optional(Type.Union([Type.Literal('members'), Type.Literal('public')])) }) } },
    async (r, reply) => {
      const variant = (r.query as { variant?: 'members' | 'public' }).variant ?? 'members';
      const book = await compileMeetingBook(ctxOf(r, services), (r as unknown as R).params.id, variant);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${book.fileName}"`)
        .header('x-book-pages', String(book.pages)).header('x-book-cached', String(book.cached)).header('cache-control', 'private, no-cache').send(book.pdf);
    });
}

export async function noteRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const tags = ['members'];
  app.get('/documents/:id/notes', { schema: { tags, params: Id } }, async (r) => ({ items: await listNotes(ctxOf(r, services), (r as unknown as R).params.id) }));
  app.put('/documents/:id/note', { schema: { tags, params: Id, body: Json } }, async (r) => ({ items: await saveNote(ctxOf(r, services), (r as unknown as R).params.id, (r as unknown as R).body) }));
}
