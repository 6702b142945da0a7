/**
 * /api/v1 grant rounds and applications: rounds, applications (registered as documents), recommendations,
 * project budgets, the compilation (preview and registered document), delegation decisions, an organ's decision
 * recorded per application, and the applicants' notifications. Thin: validate the shape, call the use case, answer.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { createRound, getRound, listRounds, updateRound } from '../../use-cases/grants/rounds.ts';
import { recommend, registerApplication, saveProjectBudget, updateApplication } from '../../use-cases/grants/applications.ts';
import { generateCompilation, previewCompilation } from '../../use-cases/grants/compilation.ts';
import { recordDelegationDecision } from '../../use-cases/grants/delegation.ts';
import { recordApplicationDecision } from '../../use-cases/grants/recordDecision.ts';
import { sendNotifications } from '../../use-cases/grants/notifications.ts';
import { ctxOf } from '../session.ts';
import type { RouteDeps } from './deps.ts';

const Id = Type.Object({ id: Type.String() });
const Json = Type.Object({}, { additionalProperties: true });
type R = { params: { id: string }; body: Record<string, unknown>; query: { variant?: 'internal' | 'public' } };

export async function grantRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const tags = ['grants'];
  const ctx = (r: unknown) => ctxOf(r as never, services);
  const p = (r: unknown) => r as R;

  app.get('/grant-rounds', { schema: { tags, summary: 'Grant rounds with their number of applications and granted sum' } },
    async (r) => ({ items: await listRounds(ctx(r)) }));
  app.post('/grant-rounds', { schema: { tags, summary: 'Open a grant round on a diarium case', body: Json } },
    async (r, reply) => reply.status(201).send(await createRound(ctx(r), p(r).body)));
  app.get('/grant-rounds/:id', { schema: { tags, summary: 'A round: criteria, appropriation with remaining funds, applications, sums', params: Id } },
    async (r) => getRound(ctx(r), p(r).params.id));
  app.patch('/grant-rounds/:id', { schema: { tags, summary: 'Edit a round (version required against lost updates)', body: Json, params: Id } },
    async (r) => updateRound(ctx(r), p(r).params.id, p(r).body));
  app.post('/grant-rounds/:id/applications', { schema: { tags, summary: 'Register an application (the next document of its case)', params: Id, body: Json } },
    async (r, reply) => reply.status(201).send(await registerApplication(ctx(r), p(r).params.id, p(r).body)));
  app.patch('/grant-applications/:id', { schema: { tags, summary: 'Edit an application', params: Id, body: Json } },
    async (r) => updateApplication(ctx(r), p(r).params.id, p(r).body));
  app.put('/grant-applications/:id/recommendation', { schema: { tags, summary: 'Recommend a grant (amounts per year) or a rejection, with motivation', params: Id, body: Json } },
    async (r) => recommend(ctx(r), p(r).params.id, p(r).body));
  app.put('/grant-applications/:id/decision', {
    schema: { tags, summary: 'Record the organ\'s actual decision on one application (granted amounts per year or rejection, reference, date); binds or unbinds its commitment', params: Id, body: Json },
  }, async (r) => recordApplicationDecision(ctx(r), p(r).params.id, p(r).body));
  app.put('/grant-applications/:id/budget', { schema: { tags, summary: 'Keep the project budget (warnings when it does not add up)', params: Id, body: Json } },
    async (r) => saveProjectBudget(ctx(r), p(r).params.id, p(r).body));
  app.get('/grant-rounds/:id/compilation.pdf', {
    schema: { tags, summary: 'Preview of the compilation from the register', params: Id, querystring: Type.Object({ variant: Type.Optional(Type.Union([Type.Literal('internal'), Type.Literal('public')])) }) },
  }, async (r, reply) => {
    const { pdf, fileName } = await previewCompilation(ctx(r), p(r).params.id, p(r).query.variant ?? 'public');
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${fileName}"`).header('cache-control', 'private, no-store').send(pdf);
  });
  app.post('/grant-rounds/:id/compilation', { schema: { tags, summary: 'Generate the compilation and register it in the round\'s case', params: Id, body: Type.Optional(Json) } },
    async (r, reply) => reply.status(201).send(await generateCompilation(ctx(r), p(r).params.id, p(r).body ?? {})));
  app.post('/grant-rounds/:id/delegation-decision', { schema: { tags, summary: 'Record a delegation decision (decides the recommended applications, notifies applicants)', params: Id, body: Json } },
    async (r) => recordDelegationDecision(ctx(r), p(r).params.id, p(r).body));
  app.post('/grant-rounds/:id/notifications', { schema: { tags, summary: 'Send the due decision e-mails; lists the applicants to notify by letter', params: Id } },
    async (r) => sendNotifications(ctx(r), p(r).params.id));
}
