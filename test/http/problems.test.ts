/**
 * RFC 9457 problem answers, health checks and the OpenAPI description.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';

let demo: DemoApp;
let registrar: Client;
beforeAll(async () => {
  demo = await startDemoApp();
  registrar = await loginAs(demo.app, 'registrator');
});
afterAll(async () => { await demo?.close(); });

describe('health and documentation', () => {
  it('GET /healthz answers while the process lives', async () => {
    const res = await demo.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers when the database answers', async () => {
    const res = await demo.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready' });
  });

  it('GET /api/docs/json is an OpenAPI document with the registry routes', async () => {
    const res = await demo.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths['/api/v1/cases']!)).toEqual(expect.arrayContaining(['get', 'post']));
    for (const path of ['/api/v1/cases/{id}', '/api/v1/documents', '/api/v1/documents/{id}', '/api/v1/files/{id}', '/api/v1/audit', '/api/v1/auth/login']) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });

  it('GET /api/docs serves the documentation UI', async () => {
    const res = await demo.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });
});

describe('problem answers', () => {
  const cases: [string, () => Promise<Awaited<ReturnType<Client['get']>>>, number, string][] = [
    ['unknown route', () => registrar.get('/api/v1/no-such-route'), 404, 'not_found'],
    ['unknown route without session', () => demo.app.inject({ method: 'GET', url: '/api/v1/nothing-here' }), 404, 'not_found'],
    ['no session', () => demo.app.inject({ method: 'GET', url: '/api/v1/cases' }), 401, 'unauthenticated'],
    ['no CSRF token', () => demo.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { cookie: registrar.cookie }, payload: {} }), 403, 'csrf'],
    ['forbidden action', () => registrar.get('/users'), 403, 'forbidden'],
    ['invalid JSON', () => registrar.request({ method: 'POST', url: '/api/v1/cases', payload: '{"title":', headers: { 'content-type': 'application/json' } }), 400, 'validation'],
    ['wrong body type', () => registrar.request({ method: 'POST', url: '/api/v1/cases', payload: '<case/>', headers: { 'content-type': 'application/xml' } }), 415, 'unsupported_media_type'],
    ['validation', () => registrar.post('/cases', { title: '' }), 400, 'validation'],
    ['query validation', () => registrar.get('/cases?limit=0'), 400, 'validation'],
    ['conflict', async () => {
      const created = (await registrar.post('/cases', { registryId: (await registrar.get('/registries')).json().items[0].id, title: 'Konflikt' })).json();
      await registrar.patch(`/cases/${created.id}`, { version: 1, title: 'A' });
      return registrar.patch(`/cases/${created.id}`, { version: 1, title: 'B' });
    }, 409, 'conflict'],
  ];

  it.each(cases)('%s answers application/problem+json with type, title, status, code and detail', async (_name, run, status, code) => {
    const res = await run();
    const problem = expectProblem(res, status, code);
    expect(typeof problem.detail).toBe('string');
    expect(res.body).not.toMatch(/at .+\.ts:\d+|stack|SELECT|drizzle/i);
  });

  it('field errors name the field in `errors` and in `detail`', async () => {
    const problem = expectProblem(await registrar.post('/cases', { title: 'Ok', registryId: 'x'.repeat(3) }), 400, 'validation');
    expect(problem.errors).toEqual([{ field: 'registryId', message: expect.any(String) }]);
    expect(problem.detail).toMatch(/^registryId: /);
  });
});
