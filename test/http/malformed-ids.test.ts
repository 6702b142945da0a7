/**
 * Malformed or unknown ids in paths and bodies are the caller's mistake: 400 validation or 404 not_found,
 * never 500 internal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';

let demo: DemoApp;
let admin: Client, registrar: Client;
beforeAll(async () => {
  demo = await startDemoApp();
  admin = await loginAs(demo.app, 'admin');
  registrar = await loginAs(demo.app, 'registrator');
});
afterAll(async () => { await demo?.close(); });

const MISSING = '3f0c6a52-6d0e-4a2b-9c55-0d6c1e0b7a41';

describe('ids in paths', () => {
  it.each([
    ['PATCH /users/:id', () => admin.patch('/users/abc', { displayName: 'X' })],
    ['PATCH /organs/:id', () => admin.patch('/organs/abc', { name: 'X' })],
    ['PATCH /parties/:id', () => admin.patch('/parties/abc', { name: 'X' })],
    ['PATCH /people/:id', () => admin.patch('/people/abc', { givenName: 'X' })],
    ['PATCH /memberships/:id', () => admin.patch('/memberships/abc', { endsOn: '2025-01-01' })],
    ['PATCH /cases/:id', () => registrar.patch('/cases/abc', { version: 1, title: 'X' })],
    ['GET /cases/:id/history', () => registrar.get('/cases/abc/history')],
    ['POST /documents/:id/secrecy/release', () => registrar.post('/documents/abc/secrecy/release', { reason: 'X' })],
  ])('%s with a malformed id answers 404', async (_name, run) => {
    const res = await run();
    expect(res.statusCode, res.body).toBe(404);
  });
});

describe('ids in bodies', () => {
  it.each([
    ['POST /users with a malformed organ id', () => admin.post('/users', { username: 'ny1', displayName: 'N', password: 'longpassword1', roles: [], organAccess: [{ organId: 'abc', secret: false }] })],
    ['POST /users with an unknown organ id', () => admin.post('/users', { username: 'ny2', displayName: 'N', password: 'longpassword1', roles: [], organAccess: [{ organId: MISSING, secret: false }] })],
    ['POST /people with a malformed party id', () => admin.post('/people', { givenName: 'A', familyName: 'B', partyId: 'abc' })],
    ['PATCH /people/:id with a malformed party id', async () => {
      const person = (await admin.get('/people')).json().items[0] as { id: string };
      return admin.patch(`/people/${person.id}`, { partyId: 'abc' });
    }],
    ['POST /organs with a malformed parent id', () => admin.post('/organs', { code: 'QQ', name: 'Q', kind: 'committee', parentId: 'abc' })],
    ['POST /memberships with malformed person and organ ids', () => admin.post('/memberships', { personId: 'abc', organId: 'def', role: 'member', startsOn: '2024-01-01' })],
    ['POST /cases with a malformed registry id', () => registrar.post('/cases', { registryId: 'abc', title: 'X' })],
    ['POST /cases with an unknown organ id', async () => registrar.post('/cases', { registryId: (await registrar.get('/registries')).json().items[0].id, title: 'X', organId: MISSING })],
  ])('%s answers 400 validation', async (_name, run) => {
    const res = await run();
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('validation');
  });
});
