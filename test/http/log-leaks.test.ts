/**
 * Log lines never carry secret or protected content: not the marker texts of secret documents, not a protected
 * person's name or address, not search terms, not session cookies (tried by reading and searching for them).
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.ts';
import { demoIds, loginAs, startDemoApp, type DemoApp } from '../support/http.ts';
import { secretTextMarkers } from '../../src/demo/data.ts';

let demo: DemoApp;
let app: FastifyInstance;
const lines: string[] = [];

beforeAll(async () => {
  demo = await startDemoApp();
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  app = await buildApp({ services: demo.db.services, config: { ...demo.config, logLevel: 'debug' }, logger: { stream } });
  await app.ready();
}, 120_000);
afterAll(async () => { await app?.close(); await demo?.close(); });

describe('logs', () => {
  it('hold no secret text, protected data, search terms or cookies after reading and searching them', async () => {
    const ids = await demoIds(demo);
    const registrar = await loginAs(app, 'registrator');
    for (const number of ['KS-2024/00410-2', 'KS-2024/00512-1']) {
      expect((await registrar.get(`/documents/${ids.documentId(number)}`)).statusCode).toBe(200);
      expect((await registrar.get(`/files/${ids.fileOf(number)}?purpose=Beredning%20HEMLIGT-SK%C3%84L`)).statusCode).toBe(200);
    }
    await registrar.get('/cases?q=Linnea%20Sj%C3%B6lander%20hemlig');
    await registrar.get(`/cases/${ids.caseId('KS-2024/00512')}`);
    await registrar.post('/documents/not-a-uuid/secrecy', { legalGround: 'HEMLIG-GRUND' });
    const log = lines.join('');
    expect(log).toContain('"path":"/api/v1/cases"'); // the capture works
    for (const secret of [...secretTextMarkers, 'Linnea', 'Sjölander', 'Skyddad adress', 'HEMLIG-GRUND', 'HEMLIGT-SKÄL', registrar.cookie.split('=')[1]!]) {
      expect(log).not.toContain(secret);
    }
  });
});
