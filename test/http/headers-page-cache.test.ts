/**
 * The in-memory cache of rendered public pages (on in the server, off in the other tests): a page is served
 * from memory until something is written through the process, the Swedish day changes or its few seconds
 * are over; search and the forms are never kept; a kept page still answers 304 and carries the security headers.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, systemClock } from '../../src/clock.ts';
import { buildApp } from '../../src/http/app.ts';
import { acceptsCoding } from '../../src/http/encoding.ts';
import { cacheablePath } from '../../src/http/pageCache.ts';
import { login, startDemoApp, type DemoApp } from '../support/http.ts';

let demo: DemoApp;
let app: FastifyInstance;
let name = '';

beforeAll(async () => {
  demo = await startDemoApp();
  app = await buildApp({ services: demo.db.services, config: demo.config, pageCacheMs: 60_000 });
  await app.ready();
  [{ name }] = await demo.query<{ name: string }>('SELECT name FROM bodies');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await demo?.close();
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

describe('which addresses are kept', () => {
  it('pages and feeds that are the same for everyone; never search, forms, files, the API or the staff app', () => {
    for (const path of ['/anslagstavla', '/anslagstavla.atom', '/organ/ksnau/2024-05-21', '/organ/ksnau/kalender.ics', '/sammantraden', '/arenden/ks-2024-00512', '/protokoll.atom']) {
      expect(cacheablePath(path), path).toBe(true);
    }
    for (const path of ['/sok', '/prenumerera', '/prenumerera/bekrafta', '/tillganglighet', '/filer/x', '/api/v1/cases', '/app/', '/oparl/v1.1/', '/organ/ksnau/2024-05-21/protokoll.pdf']) {
      expect(cacheablePath(path), path).toBe(false);
    }
  });
});

describe('a kept page', () => {
  it('is served from memory until a write goes through this process', async () => {
    const first = await get('/anslagstavla');
    expect(first.body).toContain(name);
    await demo.query(`UPDATE bodies SET name = 'Cachestad kommun'`);
    try {
      const kept = await get('/anslagstavla');
      expect(kept.body).toBe(first.body);
      expect(kept.headers.etag).toBe(first.headers.etag);
      expect(String(kept.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
      expect(kept.headers['x-content-type-options']).toBe('nosniff');
      for (const header of ['x-frame-options', 'referrer-policy', 'permissions-policy', 'content-type', 'cache-control']) expect(kept.headers[header], header).toBe(first.headers[header]);
      expect(kept.headers['content-length']).toBe(String(first.rawPayload.length));
      const notModified = await get('/anslagstavla', { 'if-none-match': String(first.headers.etag) });
      expect(notModified.statusCode).toBe(304);
      expect(notModified.rawPayload.length).toBe(0);
      expect(notModified.headers.etag).toBe(first.headers.etag);
      // Search is never kept.
      expect((await get('/sok?q=skola')).body).toContain('Cachestad kommun');
      // A successful write through the app (here a login) starts a new generation.
      expect((await login(app, 'sekreterare')).statusCode).toBe(200);
      expect((await get('/anslagstavla')).body).toContain('Cachestad kommun');
    } finally {
      await demo.query(`UPDATE bodies SET name = '${name.replace(/'/g, "''")}'`);
    }
  });

  it('is made anew on another Swedish day', async () => {
    await get('/overklaga');
    await demo.query(`UPDATE bodies SET name = 'Morgondag kommun'`);
    demo.db.services.clock = fixedClock(new Date(Date.now() + 86400_000).toISOString());
    try {
      expect((await get('/overklaga')).body).toContain('Morgondag kommun');
    } finally {
      demo.db.services.clock = systemClock;
      await demo.query(`UPDATE bodies SET name = '${name.replace(/'/g, "''")}'`);
    }
  });

  it('a page that is not found is not kept', async () => {
    expect((await get('/organ/finns-inte')).statusCode).toBe(404);
    expect((await get('/organ/finns-inte')).statusCode).toBe(404);
  });
});

describe('a kept page, compressed', () => {
  it('is sent gzip-compressed to a client that accepts it: the same page, its own ETag, Vary on both forms', async () => {
    const plain = await get('/organ/ksnau/2024-05-21');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await get('/organ/ksnau/2024-05-21', { 'accept-encoding': 'gzip, deflate' });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    expect(String(zipped.headers.etag)).toMatch(/-gzip"$/);
    for (const response of [plain, zipped]) expect(String(response.headers.vary)).toContain('accept-encoding');
    expect(String(zipped.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    // Each form answers 304 to its own ETag only.
    expect((await get('/organ/ksnau/2024-05-21', { 'accept-encoding': 'gzip', 'if-none-match': String(zipped.headers.etag) })).statusCode).toBe(304);
    expect((await get('/organ/ksnau/2024-05-21', { 'accept-encoding': 'gzip', 'if-none-match': String(plain.headers.etag) })).statusCode).toBe(200);
    // Refused with q=0: plain.
    expect((await get('/organ/ksnau/2024-05-21', { 'accept-encoding': 'gzip;q=0, identity' })).headers['content-encoding']).toBeUndefined();
  });

  it('is sent Brotli-compressed once made (gzip meanwhile) to a client that accepts it, and keeps that form when rendered again the same', async () => {
    const url = '/organ/ksnau/2024-05-21?br';
    const plain = await get(url);
    const browser = { 'accept-encoding': 'gzip, deflate, br' };
    expect((await get(url, browser)).headers['content-encoding']).toBe('gzip');
    let brotli = await get(url, browser);
    for (let n = 0; n < 100 && brotli.headers['content-encoding'] !== 'br'; n += 1) {
      await new Promise((r) => setTimeout(r, 20));
      brotli = await get(url, browser);
    }
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.rawPayload).toString('utf8')).toBe(plain.body);
    const zipped = await get(url, { 'accept-encoding': 'gzip' });
    expect(brotli.rawPayload.length).toBeLessThan(zipped.rawPayload.length);
    expect(String(brotli.headers.etag)).toMatch(/-br"$/);
    expect(String(brotli.headers.vary)).toContain('accept-encoding');
    expect((await get(url, { ...browser, 'if-none-match': String(brotli.headers.etag) })).statusCode).toBe(304);
    expect((await get(url, { ...browser, 'if-none-match': String(zipped.headers.etag) })).statusCode).toBe(200);
    // Refused explicitly: gzip.
    expect((await get(url, { 'accept-encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip');
    // A write starts a new generation: the page is rendered again to the same bytes, and Brotli is there at once.
    expect((await login(app, 'sekreterare')).statusCode).toBe(200);
    expect((await get(url)).body).toBe(plain.body);
    const again = await get(url, browser);
    expect(again.headers['content-encoding']).toBe('br');
    expect(again.headers.etag).toBe(brotli.headers.etag);
  });

  it('reads Accept-Encoding as HTTP defines it', () => {
    const accepts = (value: string | undefined, coding: 'br' | 'gzip' = 'gzip') =>
      acceptsCoding({ headers: value === undefined ? {} : { 'accept-encoding': value } } as never, coding);
    expect(accepts('gzip')).toBe(true);
    expect(accepts('br;q=1.0, gzip;q=0.8, *;q=0.1')).toBe(true);
    expect(accepts('br;q=1.0, gzip;q=0.8, *;q=0.1', 'br')).toBe(true);
    expect(accepts('*')).toBe(true);
    expect(accepts('*', 'br')).toBe(true);
    expect(accepts('gzip;q=0')).toBe(false);
    expect(accepts('gzip;q=0, *')).toBe(false);
    expect(accepts('gzip, deflate', 'br')).toBe(false);
    expect(accepts('identity')).toBe(false);
    expect(accepts('x-gzip-not')).toBe(false);
    expect(accepts(undefined)).toBe(false);
  });
});
