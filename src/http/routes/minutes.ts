/**
 * /api/v1 minutes: the view, generation, signing (justering), the PDF, HTML and public copy, extracts and
 * dispatch (expediering).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from '@sinclair/typebox';
import { generateMinutes } from '../../use-cases/minutes/generateMinutes.ts';
import { getMinutes, minutesHtml, minutesPdf, publicMinutes, type MinutesFile } from '../../use-cases/minutes/readMinutes.ts';
import { rejectMinutes, sendForSigning, signMinutes } from '../../use-cases/minutes/signing.ts';
import { dispatchExtracts, extractPdf } from '../../use-cases/minutes/extracts.ts';
import { ctxOf } from '../session.ts';
import type { RouteDeps } from './deps.ts';

const Id = Type.Object({ id: Type.String() });
const Json = Type.Object({}, { additionalProperties: true });
type R = { params: { id: string }; body: Record<string, unknown>; query: Record<string, string | undefined> };

const pdf = (reply: FastifyReply, file: { bytes: Buffer; fileName: string; sha256?: string | null }) => {
  if (file.sha256) reply.header('x-minutes-sha256', file.sha256);
  return reply.type('application/pdf').header('content-disposition', `inline; filename="${file.fileName}"`).header('cache-control', 'private, no-cache').send(file.bytes);
};
const html = (reply: FastifyReply, body: string) => reply.type('text/html; charset=utf-8').header('cache-control', 'private, no-cache')
  .send(`<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Protokoll</title></head><body>${body}</body></html>`);

export async function minutesRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const tags = ['minutes'];
  const ctx = (r: Parameters<typeof ctxOf>[0]) => ctxOf(r, services);
  const id = (r: unknown) => (r as R).params.id;
  app.get('/meetings/:id/minutes', { schema: { tags, params: Id } }, async (r) => getMinutes(ctx(r), id(r)));
  app.post('/meetings/:id/minutes/generate', { schema: { tags, params: Id } }, async (r) => {
    const result = await generateMinutes(ctx(r), id(r));
    return { ...(await getMinutes(ctx(r), id(r))), warnings: result.warnings };
  });
  app.post('/meetings/:id/minutes/send', { schema: { tags, params: Id } }, async (r) => {
    await sendForSigning(ctx(r), id(r));
    return getMinutes(ctx(r), id(r));
  });
  app.post('/meetings/:id/minutes/sign', { schema: { tags, params: Id, body: Json } }, async (r) => {
    await signMinutes(ctx(r), id(r), (r as unknown as R).body);
    return getMinutes(ctx(r), id(r));
  });
  app.post('/meetings/:id/minutes/reject', { schema: { tags, params: Id, body: Json } }, async (r) => {
    await rejectMinutes(ctx(r), id(r), (r as unknown as R).body);
    return getMinutes(ctx(r), id(r));
  });
  app.post('/meetings/:id/minutes/dispatch', { schema: { tags, params: Id } }, async (r) => dispatchExtracts(ctx(r), id(r)));
  app.get('/meetings/:id/minutes.pdf', { schema: { tags, params: Id } }, async (r, reply) => pdf(reply, await minutesPdf(ctx(r), id(r))));
  app.get('/meetings/:id/minutes.html', { schema: { tags, params: Id } }, async (r, reply) => html(reply, await minutesHtml(ctx(r), id(r))));
  app.get('/meetings/:id/minutes/public.pdf', { schema: { tags, params: Id } }, async (r, reply) => pdf(reply, await publicMinutes(ctx(r), id(r), 'pdf') as MinutesFile));
  app.get('/meetings/:id/minutes/public.html', { schema: { tags, params: Id } }, async (r, reply) => html(reply, await publicMinutes(ctx(r), id(r), 'html') as string));
  app.get('/agenda-items/:id/extract.pdf', { schema: { tags, params: Id, querystring: Type.Object({ kind: Type.Optional(Type.Union([Type.Literal('adjusted'), Type.Literal('immediate')])) }) } },
    async (r, reply) => pdf(reply, await extractPdf(ctx(r), id(r), ((r as unknown as R).query.kind as 'adjusted' | 'immediate' | undefined) ?? 'adjusted')));
}
