/**
 * Per-address limits on search, the open-data API and the public forms: after the limit the answer is 429 with
 * Retry-After — problem+json for the APIs, a Swedish page for the portal — while other addresses and the
 * machine itself go on being served.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { DEFAULT_RATE_LIMITS } from '../../src/http/rateLimits.ts';
import { expectProblem, startDemoApp, type DemoApp } from '../support/http.ts';

let demo: DemoApp;
let strict: FastifyInstance;
const window = 60_000;

beforeAll(async () => {
  demo = await startDemoApp();
  strict = await buildApp({
    services: demo.db.services, config: demo.config,
    rateLimits: { search: { max: 3, windowMs: window }, oparl: { max: 2, windowMs: window }, forms: { max: 2, windowMs: window }, exemptLoopback: true },
  });
  await strict.ready();
}, 120_000);
afterAll(async () => {
  await strict?.close();
  await demo?.close();
});

const from = (address: string, options: InjectOptions) => strict.inject({ ...options, remoteAddress: address });

describe('search', () => {
  it('the staff search API answers 429 problem+json with Retry-After after the limit', async () => {
    for (let i = 0; i < 3; i += 1) expect((await from('203.0.113.10', { method: 'GET', url: '/api/v1/search?q=skola' })).statusCode).toBe(401);
    const refused = await from('203.0.113.10', { method: 'GET', url: '/api/v1/search?q=skola' });
    const problem = expectProblem(refused, 429, 'rate_limited');
    expect(String(problem.detail)).toMatch(/Försök igen om \d+ sekunder/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is still served.
    expect((await from('203.0.113.11', { method: 'GET', url: '/api/v1/search?q=skola' })).statusCode).toBe(401);
  });

  it('the portal search answers 429 with a Swedish page and Retry-After', async () => {
    for (let i = 0; i < 3; i += 1) expect((await from('198.51.100.20', { method: 'GET', url: '/sok?q=skola' })).statusCode).toBe(200);
    const refused = await from('198.51.100.20', { method: 'GET', url: '/sok?q=skola' });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(refused.body).toContain('<html lang="sv">');
    expect(refused.body).toContain('För många förfrågningar');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(String(refused.headers['content-security-policy'])).toContain("default-src 'none'");
  });

  it('requests from the machine itself are not limited', async () => {
    for (let i = 0; i < 6; i += 1) expect((await strict.inject({ method: 'GET', url: '/sok?q=skola' })).statusCode).toBe(200);
  });
});

describe('open data', () => {
  it('/oparl answers 429 problem+json after the limit', async () => {
    for (let i = 0; i < 2; i += 1) expect((await from('192.0.2.30', { method: 'GET', url: '/oparl/v1.1/' })).statusCode).toBe(200);
    const refused = await from('192.0.2.30', { method: 'GET', url: '/oparl/v1.1/body' });
    expectProblem(refused, 429, 'rate_limited');
    expect(refused.headers['retry-after']).toBeDefined();
  });
});

describe('public forms', () => {
  it('posting the subscription form too often answers 429 with a Swedish page; reading the form is not limited', async () => {
    const post = () => from('192.0.2.40', { method: 'POST', url: '/prenumerera', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'email=a%40example.se' });
    expect((await post()).statusCode).toBe(400);
    expect((await post()).statusCode).toBe(400);
    const refused = await post();
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain('Vänta');
    for (let i = 0; i < 4; i += 1) expect((await from('192.0.2.40', { method: 'GET', url: '/prenumerera' })).statusCode).toBe(200);
  });

  it('the accessibility feedback form shares the forms limit', async () => {
    const post = () => from('192.0.2.41', { method: 'POST', url: '/tillganglighet', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'message=hej' });
    await post();
    await post();
    expect((await post()).statusCode).toBe(429);
  });
});

describe('the default limits', () => {
  it('let 60 searches a minute through from one address and refuse the next', async () => {
    expect(DEFAULT_RATE_LIMITS.search).toEqual({ max: 60, windowMs: 60_000 });
    const statuses: number[] = [];
    for (let i = 0; i < 61; i += 1) statuses.push((await demo.app.inject({ method: 'GET', url: '/api/v1/search?q=x', remoteAddress: '203.0.113.99' })).statusCode);
    expect(statuses.slice(0, 60).every((s) => s === 401)).toBe(true);
    expect(statuses[60]).toBe(429);
  });
});
