/**
 * Security and caching headers on every kind of answer: the portal (no script at all), the API, the staff app
 * (its own bundle only), public files and feeds — content security policy with frame-ancestors 'none',
 * referrer policy, nosniff, permissions policy; HSTS only with an https BASE_URL; ETag with 304 on portal
 * pages and public files.
 */
import fs from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { loginAs, startDemoApp, type DemoApp, type Response } from '../support/http.ts';

let demo: DemoApp;
let httpsApp: FastifyInstance;
const staffAppBuilt = fs.existsSync(path.resolve('dist/web/index.html'));

beforeAll(async () => {
  demo = await startDemoApp();
  httpsApp = await buildApp({ services: demo.db.services, config: { ...demo.config, baseUrl: 'https://kommun.example.se', secureCookies: true } });
  await httpsApp.ready();
}, 120_000);
afterAll(async () => {
  await httpsApp?.close();
  await demo?.close();
});

const get = (url: string, headers: Record<string, string> = {}) => demo.app.inject({ method: 'GET', url, headers });
const csp = (res: Response) => String(res.headers['content-security-policy'] ?? '');

function expectCommonHeaders(res: Response): void {
  expect(csp(res)).toContain("frame-ancestors 'none'");
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('same-origin');
  expect(String(res.headers['permissions-policy'])).toContain('camera=()');
  expect(res.headers['x-frame-options']).toBe('DENY');
}

describe('the portal', () => {
  it('allows no script, no foreign form target and no framing', async () => {
    for (const url of ['/anslagstavla', '/organ', '/prenumerera', '/finns-inte-alls', '/organ/finns-inte']) {
      const res = await get(url);
      expectCommonHeaders(res);
      expect(csp(res)).not.toMatch(/script-src/);
      if (String(res.headers['content-type']).startsWith('text/html')) {
        expect(csp(res)).toContain("default-src 'none'");
        expect(csp(res)).toContain("form-action 'self'");
      }
    }
  });

  it('pages carry an ETag, a short public lifetime, and answer 304 when unchanged', async () => {
    const first = await get('/anslagstavla');
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const second = await get('/anslagstavla', { 'if-none-match': String(first.headers.etag) });
    expect(second.statusCode).toBe(304);
    expect(second.body).toBe('');
    expect((await get('/anslagstavla', { 'if-none-match': '"annan"' })).statusCode).toBe(200);
  });

  it('the stylesheet is linked by a versioned address, kept a year there, compressed as accepted, with 304', async () => {
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec((await get('/anslagstavla')).body)?.[1];
    expect(href).toMatch(/^\/portal\.css\?v=[\w-]{12}$/);
    const plain = await get(href!);
    expect(plain.headers['content-type']).toMatch(/^text\/css/);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('.skip-link');
    const brotli = await get(href!, { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.rawPayload).toString('utf8')).toBe(plain.body);
    const zipped = await get(href!, { 'accept-encoding': 'gzip' });
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect(new Set([plain.headers.etag, brotli.headers.etag, zipped.headers.etag]).size).toBe(3);
    expect((await get(href!, { 'accept-encoding': 'br', 'if-none-match': String(brotli.headers.etag) })).statusCode).toBe(304);
    // An older page's address (no or another version) is kept only briefly.
    expect((await get('/portal.css')).headers['cache-control']).toBe('public, max-age=300');
    expect((await get('/portal.css?v=gammal')).headers['cache-control']).toBe('public, max-age=300');
  });

  it('the site icon is an SVG linked from every page; /favicon.ico leads to it', async () => {
    expect((await get('/anslagstavla')).body).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    const icon = await get('/favicon.svg');
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.body).toMatch(/^<svg [^>]*viewBox="0 0 32 32"/);
    const legacy = await get('/favicon.ico');
    expect(legacy.statusCode).toBe(301);
    expect(legacy.headers.location).toBe('/favicon.svg');
  });

  it('a page that is not found is not cached as a page', async () => {
    const res = await get('/organ/finns-inte');
    expect(res.statusCode).toBe(404);
    expect(res.headers.etag).toBeUndefined();
  });
});

describe('the API', () => {
  it('answers with a policy that loads nothing and cannot be framed', async () => {
    const res = await get('/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expectCommonHeaders(res);
    expect(csp(res)).toContain("default-src 'none'");
  });

  it('the open-data API too', async () => {
    const res = await get('/oparl/v1.1/');
    expect(res.statusCode).toBe(200);
    expectCommonHeaders(res);
  });
});

describe('authenticated answers (F12)', () => {
  it('every answer to a signed-in user is no-store: the user with its CSRF token, lists, secret documents, search, audit export', async () => {
    const secretary = await loginAs(demo.app, 'sekreterare');
    const [secret] = await demo.query<{ id: string }>(
      "SELECT d.id FROM documents d JOIN secrecy_marks s ON s.document_id = d.id WHERE s.released_at IS NULL LIMIT 1");
    const admin = await loginAs(demo.app, 'admin');
    const registrar = await loginAs(demo.app, 'registrator');
    const urls: [typeof admin, string][] = [[secretary, '/auth/me'], [secretary, '/cases'], [secretary, '/search?q=skola'], [admin, '/audit.csv'],
      [secretary, '/meetings'], [registrar, `/documents/${secret.id}`]];
    for (const [client, url] of urls) {
      const res = await client.get(url);
      expect(res.statusCode, url).toBeLessThan(300);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    // An error answered to a signed-in user too.
    expect((await secretary.get('/cases/3f0c6a52-6d0e-4a2b-9c55-0d6c1e0b7a41')).headers['cache-control']).toBe('no-store');
  });

  it('the login answer (cookie and CSRF token) is no-store, and so is the API without a session', async () => {
    const res = await demo.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'registrator', password: 'demo' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect((await get('/api/v1/auth/me')).headers['cache-control']).toBe('no-store');
  });

  it('the members\' book with secret pages is no-store, not "private, no-cache"', async () => {
    const secretary = await loginAs(demo.app, 'sekreterare');
    const meetings = (await secretary.get('/meetings')).json() as { items: { id: string; date: string; organCode: string }[] };
    const meeting = meetings.items.find((m) => m.date === '2024-05-21' && m.organCode === 'KSNAU')!;
    const book = await secretary.get(`/meetings/${meeting.id}/book.pdf?variant=members`);
    expect(book.statusCode).toBe(200);
    expect(book.headers['cache-control']).toBe('no-store');
  }, 60_000);

  it('public portal pages keep their public caching', async () => {
    expect((await get('/anslagstavla')).headers['cache-control']).toBe('public, max-age=60');
  });
});

describe('the staff app', () => {
  it.skipIf(!staffAppBuilt)('may run its own scripts, nothing inline or foreign, and cannot be framed', async () => {
    for (const url of ['/app/', '/app/meetings']) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expectCommonHeaders(res);
      expect(csp(res)).toContain("script-src 'self'");
      expect(csp(res)).not.toContain('unsafe-inline');
      expect(csp(res)).not.toContain('unsafe-eval');
      expect(csp(res)).toContain("connect-src 'self'");
    }
  });
});

describe('the staff app\'s files', () => {
  it.skipIf(!staffAppBuilt)('scripts are sent Brotli- or gzip-compressed as the browser accepts, cached for a year; its page is revalidated', async () => {
    const page = await get('/app/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(page.headers['cache-control']).toBe('no-cache');
    const script = /src="(\/app\/assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    expect(script).toBeDefined();
    const plain = await get(script!);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const [accept, coding, decode] of [['gzip, deflate, br', 'br', brotliDecompressSync], ['gzip', 'gzip', gunzipSync]] as const) {
      const res = await get(script!, { 'accept-encoding': accept });
      expect(res.headers['content-encoding']).toBe(coding);
      expect(String(res.headers.vary)).toContain('accept-encoding');
      expect(res.headers['content-type']).toContain('javascript');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
      expect(decode(res.rawPayload).equals(plain.rawPayload)).toBe(true);
    }
    // A client route is the same page.
    expect((await get('/app/meetings')).headers['cache-control']).toBe('no-cache');
  });
});

describe('public files', () => {
  it('a public document file has an ETag, Last-Modified, a long lifetime, 304, and a sandboxing policy', async () => {
    const meeting = (await get('/organ/ksnau/2024-05-21')).body;
    const file = /href="(\/filer\/[0-9a-f-]{36})"/.exec(meeting)?.[1];
    expect(file, 'the meeting page links a public file').toBeDefined();
    const res = await get(file!);
    expect(res.statusCode).toBe(200);
    expectCommonHeaders(res);
    expect(csp(res)).toContain('sandbox');
    expect(res.headers['last-modified']).toBeTruthy();
    expect(String(res.headers['cache-control'])).toMatch(/max-age=\d{5,}/);
    const again = await get(file!, { 'if-none-match': String(res.headers.etag) });
    expect(again.statusCode).toBe(304);
  });
});

describe('HSTS', () => {
  it('is sent only when the installation is served over https', async () => {
    expect((await get('/anslagstavla')).headers['strict-transport-security']).toBeUndefined();
    const secure = await httpsApp.inject({ method: 'GET', url: '/anslagstavla' });
    expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect((await httpsApp.inject({ method: 'GET', url: '/api/v1/auth/me' })).headers['strict-transport-security']).toBeDefined();
  });
});
