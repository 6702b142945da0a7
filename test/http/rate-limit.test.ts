/**
 * Per-address limits on search, the open-data API and the public forms: after the limit the answer is 429 with
 * Retry-After — problem+json for the APIs, a Swedish page for the portal — while other addresses go on being
 * served. The path is normalised before grouping (F6: percent-encoding, dot segments, duplicate slashes), the
 * machine itself is limited unless exempted explicitly, and X-Forwarded-For counts only from TRUSTED_PROXIES.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { DEFAULT_RATE_LIMITS, type RateLimits } from '../../src/http/rateLimits.ts';
import { expectProblem, startDemoApp, type DemoApp } from '../support/http.ts';

let demo: DemoApp;
let strict: FastifyInstance;
let exempt: FastifyInstance;
let proxied: FastifyInstance;
let httpsUntrusted: FastifyInstance;
const window = 60_000;
const tight: RateLimits = { search: { max: 3, windowMs: window }, oparl: { max: 2, windowMs: window }, forms: { max: 2, windowMs: window }, exemptLoopback: false };

beforeAll(async () => {
  demo = await startDemoApp();
  strict = await buildApp({
    services: demo.db.services, config: demo.config,
    rateLimits: tight,
  });
  exempt = await buildApp({ services: demo.db.services, config: demo.config, rateLimits: { ...tight, exemptLoopback: true } });
  proxied = await buildApp({ services: demo.db.services, config: { ...demo.config, baseUrl: 'https://kommun.example.se', trustedProxies: ['10.0.0.1', '10.1.0.0/16'] }, rateLimits: tight });
  httpsUntrusted = await buildApp({ services: demo.db.services, config: { ...demo.config, baseUrl: 'https://kommun.example.se' }, rateLimits: tight });
  await Promise.all([strict.ready(), exempt.ready(), proxied.ready(), httpsUntrusted.ready()]);
}, 120_000);
afterAll(async () => {
  await strict?.close();
  await exempt?.close();
  await proxied?.close();
  await httpsUntrusted?.close();
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

  it('requests from the machine itself are limited too, unless loopback is exempted explicitly', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await strict.inject({ method: 'GET', url: '/sok?q=skola' })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    for (let i = 0; i < 6; i += 1) expect((await exempt.inject({ method: 'GET', url: '/sok?q=skola' })).statusCode).toBe(200);
  });
});

describe('another spelling of a limited path (F6)', () => {
  const spellings: [string, string, number][] = [
    // method, url, the answer while under the limit (the router serves the spelling: it is no 404)
    ['GET', '/%73ok?q=skola', 200],
    ['GET', '/api/v1/%73earch?q=x', 401],
    ['GET', '/api/v1/%2573earch?q=x', 404],
    ['GET', '/%6Fparl/v1.1/', 200],
    ['GET', '//sok?q=skola', 404],
    ['GET', '/sok/?q=skola', 404],
    ['GET', '/SOK?q=skola', 404],
    ['GET', '/organ/../sok?q=skola', 200],
    ['GET', '/organ/%2e%2e/%73ok?q=skola', 200],
    ['POST', '/prenumerer%61', 400],
  ];

  it.each(spellings)('%s %s counts against the same limit as the plain path', async (method, url, served) => {
    const address = `203.0.113.${120 + spellings.findIndex((s) => s[1] === url)}`;
    const plain = url.includes('earch') ? '/api/v1/search?q=x' : url.includes('parl') ? '/oparl/v1.1/' : url.includes('renumerer') ? '/prenumerera' : '/sok?q=skola';
    const max = url.includes('parl') ? 2 : url.includes('renumerer') ? 2 : 3;
    const form = method === 'POST' ? { headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'email=a%40example.se' } : {};
    const first = await from(address, { method: method as 'GET', url, ...form });
    expect(first.statusCode).toBe(served);
    for (let i = 1; i < max; i += 1) await from(address, { method: method as 'GET', url: plain, ...form });
    expect((await from(address, { method: method as 'GET', url, ...form })).statusCode).toBe(429);
    expect((await from(address, { method: method as 'GET', url: plain, ...form })).statusCode).toBe(429);
  });
});

describe('X-Forwarded-For (F6)', () => {
  const search = (app: FastifyInstance, peer: string, forwarded: string) =>
    app.inject({ method: 'GET', url: '/sok?q=skola', remoteAddress: peer, headers: { 'x-forwarded-for': forwarded } });

  it('from a trusted proxy, the client is the nearest untrusted address: a forged start of the chain changes nothing', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await search(proxied, '10.0.0.1', `192.0.2.${i}, 198.51.100.77, 10.1.2.3`)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    // Another client behind the same proxy is still served.
    expect((await search(proxied, '10.0.0.1', '198.51.100.78')).statusCode).toBe(200);
  });

  it('from any other peer the header is ignored: the peer is the client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await search(proxied, '198.51.100.90', `192.0.2.${i + 10}`)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('an https BASE_URL alone trusts no chain', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await search(httpsUntrusted, '198.51.100.91', `192.0.2.${i + 20}`)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
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
  it('exempt no address, not even the machine itself (behind a local proxy, everything comes from loopback)', async () => {
    expect(DEFAULT_RATE_LIMITS.exemptLoopback).toBe(false);
    const statuses: number[] = [];
    for (let i = 0; i < 61; i += 1) statuses.push((await demo.app.inject({ method: 'GET', url: '/api/v1/search?q=x', remoteAddress: '127.0.0.1' })).statusCode);
    expect(statuses[59]).toBe(401);
    expect(statuses[60]).toBe(429);
  });

  it('let 60 searches a minute through from one address and refuse the next', async () => {
    expect(DEFAULT_RATE_LIMITS.search).toEqual({ max: 60, windowMs: 60_000 });
    const statuses: number[] = [];
    for (let i = 0; i < 61; i += 1) statuses.push((await demo.app.inject({ method: 'GET', url: '/api/v1/search?q=x', remoteAddress: '203.0.113.99' })).statusCode);
    expect(statuses.slice(0, 60).every((s) => s === 401)).toBe(true);
    expect(statuses[60]).toBe(429);
  });
});
