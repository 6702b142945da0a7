/**
 * Bad input is the caller's mistake: a malformed date in a query, a corrupt or HTML-polyglot PDF, a path that
 * climbs out of the documentation's folder — each answers 4xx with a Swedish problem+json, never 500.
 * Uploaded HTML, XML and SVG are only ever sent as attachments, PDFs and images may be shown inline.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { swedishDate } from '../../src/domain/dates.ts';

let demo: DemoApp;
let registrar: Client, auditor: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
let port: number;
beforeAll(async () => {
  demo = await startDemoApp();
  registrar = await loginAs(demo.app, 'registrator');
  auditor = await loginAs(demo.app, 'granskare');
  ids = await demoIds(demo);
  await demo.app.listen({ port: 0, host: '127.0.0.1' });
  port = (demo.app.server.address() as { port: number }).port;
}, 180_000);
afterAll(async () => { await demo?.close(); });

const isSwedish = (text: unknown) => expect(String(text)).toMatch(/[åäöÅÄÖ]|finns|inte|måste|ogiltig|fel/);

describe('dates, numbers and ids in query strings', () => {
  it.each([
    ['/meetings?from=x'], ['/meetings?to=x'], ['/meetings?from=2024-13-45'], ['/meetings?from=2024-02-30'], ['/meetings?to=%27'],
    ['/meetings?from=999999999999999999999'], ['/meetings?organId=x&from=-1'],
  ])('GET %s answers 400 naming the field', async (url) => {
    const body = expectProblem(await registrar.get(url), 400, 'validation');
    expect((body.errors as { field: string }[]).map((e) => e.field)).toEqual([url.includes('to=') ? 'to' : 'from']);
    isSwedish(body.detail);
  });

  it('GET /meetings with valid dates still lists the meetings between them', async () => {
    const res = await registrar.get('/meetings?from=2024-05-01&to=2024-05-31');
    expect(res.statusCode).toBe(200);
    expect((res.json() as { items: { date: string }[] }).items.map((m) => m.date)).toContain('2024-05-21');
  });

  it.each([
    ['/audit?from=x'], ['/audit?limit=x'], ['/appropriations?asOf=x'], ['/schedules?year=x'], ['/risk-analyses?year=x'], ['/search?q=a&from=x'],
    ['/annual-cycle?year=x'], ['/cases?limit=x'],
    ['/search?q=a&to=2024-02-30'], ['/audit?cursor=%27'], ['/audit?actorId=x'], ['/schedules?organId=x&year=99999999999'],
  ])('GET %s never answers 500', async (url) => {
    const res = await auditor.get(url);
    expect(res.statusCode, res.body).toBeLessThan(500);
  });
});

function raw(path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type'] ?? ''), body }));
    }).on('error', reject);
  });
}

describe('paths that climb out of a static folder', () => {
  it.each([
    ['/api/docs/static/../../'], ['/api/docs/static/../../package.json'], ['/api/docs/static/%2e%2e/%2e%2e/'], ['/api/docs/static/.%2e/.%2e/etc/passwd'],
    ['/api/docs/static/....//....//'], ['/api/docs/static/..\\..\\'], ['/api/docs/static/%00'], ['/api/docs/static/%c0%ae%c0%ae/'],
    ['/api/docs/static/%'], ['/filer/%c0%ae%c0%ae%2fpackage.json'],
  ])('GET %s (sent as is) answers 4xx problem+json in Swedish', async (path) => {
    const res = await raw(path);
    expect(res.status, res.body).toBeGreaterThanOrEqual(400);
    expect(res.status, res.body).toBeLessThan(500);
    expect(res.type).toMatch(/^application\/problem\+json/);
    isSwedish((JSON.parse(res.body) as { detail: string }).detail);
    expect(res.body).not.toContain('"name"'); // never the package file
  });

  it('the documentation UI itself is still served', async () => {
    const res = await raw('/api/docs/static/index.html');
    expect(res.status).toBeLessThan(400);
  });
});

const letter = (extra: Record<string, unknown> = {}) => ({
  newCase: { registryId: ids.registryId('KS'), title: 'Skrivelse om parkering' }, kind: 'letter', direction: 'incoming', registeredDate: swedishDate(new Date()),
  description: 'Skrivelse om parkering', counterparty: { name: 'Bo Berg' }, ...extra,
});

describe('corrupt and polyglot PDF uploads', () => {
  it.each([
    ['a PDF header followed by HTML', Buffer.from('%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>\n')],
    ['a PDF header, a broken object table and no pages', Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nxref\n0 1\nzzzz\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')],
    ['a truncated PDF', Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R')],
    ['random bytes after a PDF header', Buffer.concat([Buffer.from('%PDF-1.5\n'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))])],
  ])('%s answers 4xx naming the file, and nothing is stored', async (_name, bytes) => {
    const before = (await demo.query<{ n: number }>('SELECT count(*)::int AS n FROM files'))[0].n;
    const res = await registrar.register(letter(), { name: 'skrivelse.pdf', bytes, contentType: 'application/pdf' });
    expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, res.body).toBeLessThan(500);
    expect(String(res.json().detail)).toContain('skrivelse.pdf');
    expect((await demo.query<{ n: number }>('SELECT count(*)::int AS n FROM files'))[0].n).toBe(before);
  });

  it('HTML with a PDF header inside, named .pdf, answers 415', async () => {
    const bytes = Buffer.from('<!doctype html><html><body>%PDF-1.4 <script>alert(1)</script></body></html>');
    expectProblem(await registrar.register(letter(), { name: 'skrivelse.pdf', bytes, contentType: 'application/pdf' }), 415, 'unsupported_media_type');
  });
});

describe('uploaded HTML, XML and SVG are never shown inline', () => {
  const kinds: [string, string, string][] = [
    ['sida.html', 'text/html', '<!doctype html><title>Kommunen</title><p>Logga in här</p>'],
    ['data.xml', 'application/xml', '<?xml version="1.0"?><a>b</a>'],
    ['bild.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
  ];

  it.each(kinds)('the public file address sends %s as an attachment with nosniff', async (fileName, mediaType, text) => {
    const { default: Fastify } = await import('fastify');
    const { sendPublicBytes } = await import('../../src/http/routes/publicFiles.ts');
    const app = Fastify();
    app.get('/filer/x', (request, reply) => sendPublicBytes(request, reply, { bytes: Buffer.from(text), fileName, mediaType, sha256: 'a'.repeat(64), lastModified: new Date() }, 'public, max-age=86400'));
    const res = await app.inject({ method: 'GET', url: '/filer/x' });
    await app.close();
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('the public file address still shows a PDF inline', async () => {
    const { default: Fastify } = await import('fastify');
    const { sendPublicBytes } = await import('../../src/http/routes/publicFiles.ts');
    const app = Fastify();
    app.get('/filer/x', (request, reply) => sendPublicBytes(request, reply, { bytes: Buffer.from('%PDF-1.7'), fileName: 'a.pdf', mediaType: 'application/pdf', sha256: 'b'.repeat(64), lastModified: new Date() }, 'public'));
    const res = await app.inject({ method: 'GET', url: '/filer/x' });
    await app.close();
    expect(res.headers['content-disposition']).toMatch(/^inline;/);
  });

  it('the staff file address sends an uploaded HTML file as an attachment with nosniff, even when asked for inline', async () => {
    const res = await registrar.register(letter(), { name: 'sida.html', bytes: Buffer.from(kinds[0]![2]), contentType: 'text/html' });
    expect(res.statusCode, res.body).toBe(201);
    const [file] = await demo.query<{ id: string; media_type: string }>(`SELECT f.id, f.media_type FROM files f WHERE f.document_id = '${(res.json() as { id: string }).id}'`);
    const got = await registrar.get(`/files/${file.id}?inline=true`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-disposition']).toMatch(/^attachment;/);
    expect(got.headers['x-content-type-options']).toBe('nosniff');
  });
});
