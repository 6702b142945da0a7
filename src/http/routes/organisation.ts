/**
 * /api/v1 reference data: organs, parties, terms, people, memberships, registries, staff users.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import * as organs from '../../use-cases/organs.ts';
import * as people from '../../use-cases/people.ts';
import { createUser, listStaff, listUsers, updateUser, type NewUser } from '../../use-cases/users.ts';
import { ctxOf, forgetSessions } from '../session.ts';
import type { RouteDeps } from './deps.ts';

const Id = Type.Object({ id: Type.String() });
const Json = Type.Object({}, { additionalProperties: true });

export async function organisationRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, services);
  const tags = ['organisation'];
  app.get('/organs', { schema: { tags } }, async (r) => ({ items: await organs.listOrgans(ctx(r)) }));
  app.post('/organs', { schema: { tags, body: Json } }, async (r, reply) => reply.status(201).send(await organs.createOrgan(ctx(r), r.body as Record<string, unknown>)));
  app.get('/parties', { schema: { tags } }, async (r) => ({ items: await organs.listParties(ctx(r)) }));
  app.post('/parties', { schema: { tags, body: Json } }, async (r, reply) => reply.status(201).send(await organs.createParty(ctx(r), r.body as Record<string, unknown>)));
  app.get('/terms', { schema: { tags } }, async (r) => ({ items: await organs.listTerms(ctx(r)) }));
  app.get('/registries', { schema: { tags } }, async (r) => ({ items: await organs.listRegistries(ctx(r)) }));
  app.get('/people', { schema: { tags } }, async (r) => ({ items: await people.listPeople(ctx(r)) }));
  app.post('/people', { schema: { tags, body: Json } }, async (r, reply) => reply.status(201).send(await people.createPerson(ctx(r), r.body as Record<string, unknown>)));
  app.get('/memberships', { schema: { tags, querystring: Type.Object({ organId: Type.Optional(Type.String({ format: 'uuid' })) }) } },
    async (r) => ({ items: await people.listMemberships(ctx(r), (r.query as { organId?: string }).organId) }));
  app.post('/memberships', { schema: { tags, body: Json } }, async (r, reply) => reply.status(201).send(await people.createMembership(ctx(r), r.body as Record<string, unknown>)));
  app.patch('/organs/:id', { schema: { tags, params: Id, body: Json } }, async (r) => organs.updateOrgan(ctx(r), (r.params as { id: string }).id, r.body as Record<string, unknown>));
  app.patch('/parties/:id', { schema: { tags, params: Id, body: Json } }, async (r) => organs.updateParty(ctx(r), (r.params as { id: string }).id, r.body as Record<string, unknown>));
  app.patch('/people/:id', { schema: { tags, params: Id, body: Json } }, async (r) => people.updatePerson(ctx(r), (r.params as { id: string }).id, r.body as Record<string, unknown>));
  app.patch('/memberships/:id', { schema: { tags, params: Id, body: Json } }, async (r) => people.endMembership(ctx(r), (r.params as { id: string }).id, r.body as Record<string, unknown>));
  app.get('/staff', { schema: { tags } }, async (r) => ({ items: await listStaff(ctx(r)) }));
  app.get('/users', { schema: { tags } }, async (r) => ({ items: await listUsers(ctx(r)) }));
  app.post('/users', { schema: { tags, body: Json } }, async (r, reply) => reply.status(201).send(await createUser(ctx(r), r.body as NewUser)));
  app.patch('/users/:id', { schema: { tags, params: Id, body: Json } }, async (r) => {
    const user = await updateUser(ctx(r), (r.params as { id: string }).id, r.body as Record<string, unknown>);
    forgetSessions(); // roles, access or deactivation take effect at once
    return user;
  });
}
