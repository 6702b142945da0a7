/**
 * The OParl 1.1 API crawled from its entry point with the demo municipality: every object validates against the
 * OParl schemas, every link answers, files download; nothing secret or protected is reachable (R-REG-3, R-REG-7,
 * R-APPEAL-2), and guessing a secret file's id gives 404.
 */
import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoOutcome } from '../../src/demo/outcome.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { procurementCaseNumbers, secretTextMarkers } from '../../src/demo/data.ts';
import { startDemoApp, type DemoApp } from '../support/http.ts';
import { pageTexts } from '../support/pdf.ts';
import { oparlValidator, schemasAvailable } from './oparlHarness.ts';

type Json = Record<string, unknown>;

let demo: DemoApp;
let base: string;
const bodies = new Map<string, string>();
const objects = new Map<string, Json>();
const fileTexts = new Map<string, string>();
const failures: string[] = [];

const path = (url: string) => url.slice(base.length);

/** Every API link and file address inside a value (`web` pages belong to the portal and are tested there). */
function urlsIn(value: unknown, out: string[] = [], key = ''): string[] {
  if (typeof value === 'string') {
    if (value.startsWith(`${base}/oparl/`) || (['accessUrl', 'downloadUrl'].includes(key) && value.startsWith(base))) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => urlsIn(v, out, key));
  else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => urlsIn(v, out, k));
  return out;
}

function collectObjects(value: unknown): void {
  if (Array.isArray(value)) value.forEach(collectObjects);
  else if (value && typeof value === 'object') {
    const o = value as Json;
    if (typeof o.type === 'string' && o.type.startsWith('https://schema.oparl.org/1.1/') && typeof o.id === 'string') objects.set(`${o.id}#${JSON.stringify(o).length}`, o);
    Object.values(o).forEach(collectObjects);
  }
}

async function crawl(): Promise<void> {
  const queue = [`${base}/oparl/v1.1/`];
  const seen = new Set(queue);
  while (queue.length) {
    const url = queue.shift()!;
    const res = await demo.app.inject({ method: 'GET', url: path(url) });
    if (res.statusCode !== 200) { failures.push(`${res.statusCode} ${url}`); continue; }
    const type = String(res.headers['content-type']);
    if (type.startsWith('application/json')) {
      if (res.headers['access-control-allow-origin'] !== '*') failures.push(`no CORS on ${url}`);
      const json = res.json() as Json;
      bodies.set(url, res.body);
      collectObjects(json);
      for (const next of urlsIn(json)) {
        const clean = next.split('#')[0]!;
        if (!seen.has(clean)) { seen.add(clean); queue.push(clean); }
      }
    } else {
      fileTexts.set(url, type.includes('pdf') ? pageTexts(res.rawPayload).join('\n') : res.body);
    }
  }
}

describe('OParl 1.1 API', () => {
  beforeAll(async () => {
    demo = await startDemoApp();
    // The reference meeting conducted, its minutes adjusted, announced and dispatched (as the server does at start).
    const outboxDir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'namnd-oparl-outbox-'));
    await loadDemoOutcome({ ...demo.db.services, mailer: createMailer({ outboxDir }) });
    base = demo.config.baseUrl.replace(/\/$/, '');
    await crawl();
  }, 600_000);
  afterAll(async () => demo?.close());

  it('answers every link reached from /oparl/v1.1/ (objects, lists, pages, files) with 200 and CORS', () => {
    expect(failures).toEqual([]);
    const types = new Set([...objects.values()].map((o) => String(o.type).split('/').pop()));
    for (const type of ['System', 'Body', 'Organization', 'Person', 'Membership', 'Meeting', 'AgendaItem', 'Paper', 'Consultation', 'File', 'Location', 'LegislativeTerm']) {
      expect(types, type).toContain(type);
    }
    expect([...fileTexts.keys()].some((u) => u.endsWith('/motesbok.pdf'))).toBe(true);
    expect([...fileTexts.keys()].some((u) => u.endsWith('/protokoll.pdf'))).toBe(true);
    expect([...fileTexts.keys()].some((u) => u.includes('/filer/'))).toBe(true);
  });

  it.skipIf(!schemasAvailable)('every object of every type validates against the OParl 1.1 schemas', () => {
    const validate = oparlValidator();
    const errors = [...objects.values()].flatMap(validate);
    expect(errors).toEqual([]);
  });

  it('maps the reference meeting: paragraph numbers, public book, adjusted minutes, decisions and votes (namnd:votes)', () => {
    const meeting = [...objects.values()].find((o) => o.type === 'https://schema.oparl.org/1.1/Meeting' && String(o.name).endsWith('2024-05-21') && Array.isArray(o.agendaItem)) as Json;
    expect(meeting).toBeDefined();
    expect(meeting.web).toBe(`${base}/organ/ksnau/2024-05-21`);
    expect((meeting.invitation as Json).accessUrl).toBe(`${base}/organ/ksnau/2024-05-21/motesbok.pdf`);
    expect((meeting.resultsProtocol as Json).accessUrl).toBe(`${base}/organ/ksnau/2024-05-21/protokoll.pdf`);
    const items = meeting.agendaItem as Json[];
    expect(items.map((i) => i.number)).toContain('177/24');
    expect(items.every((i) => typeof i.resolutionText === 'string' && String(i.resolutionText).startsWith('att '))).toBe(true);
    const voted = items.find((i) => i['namnd:votes']) as Json;
    expect(voted).toBeDefined();
    const vote = (voted['namnd:votes'] as Json[])[0]!;
    expect(vote.tally).toMatchObject({ yes: expect.any(Number), no: expect.any(Number) });
    if (vote.kind === 'öppen') expect((vote.ballots as Json[]).length).toBeGreaterThan(0);
    const paper = [...objects.values()].find((o) => o.type === 'https://schema.oparl.org/1.1/Paper' && o.reference === 'KS-2024/00512') as Json;
    expect(paper.name).toBe('Synpunkter på skolskjuts');
    expect(paper.web).toBe(`${base}/arenden/ks-2024-00512`);
  });

  it('R-REG-3, R-REG-7: no secret marker text, protected name or secret document number in any answer or file', async () => {
    const all = [...bodies.values(), ...fileTexts.values()].join('\n');
    for (const marker of secretTextMarkers) expect(all, marker).not.toContain(marker);
    expect(all).not.toContain('Linnea Sjölander');
    const secret = await demo.query<{ number: string }>(`SELECT d.number FROM documents d JOIN secrecy_marks m ON m.document_id = d.id AND m.released_at IS NULL`);
    expect(secret.length).toBeGreaterThan(0);
    const checked = [...bodies, ...fileTexts];
    for (const { number } of secret) {
      const pattern = new RegExp(`${number.replace(/[/-]/g, '\\$&')}(?!\\d)`);
      const where = checked.filter(([, text]) => pattern.test(text)).map(([url, text]) => `${url}: …${text.slice(Math.max(0, text.search(pattern) - 200), text.search(pattern) + 40)}…`);
      expect(where, number).toEqual([]);
    }
    const protectedPeople = await demo.query<{ name: string }>(`SELECT given_name || ' ' || family_name AS name FROM people WHERE protected_identity`);
    for (const { name } of protectedPeople.filter((p) => p.name)) expect(all).not.toContain(name);
    expect(procurementCaseNumbers.length).toBeGreaterThan(0);
  });

  it('R-REG-7, R-PUB-1: guessing the id of a secret or protected file, or of the registered (unmasked) minutes or an extract, gives 404', async () => {
    const hidden = await demo.query<{ id: string; doc: string }>(`SELECT f.id, f.document_id AS doc FROM files f JOIN documents d ON d.id = f.document_id
      WHERE d.counterparty_protected OR d.kind = 'minutes_extract' OR EXISTS (SELECT 1 FROM minutes mn WHERE mn.document_id = d.id)
        OR EXISTS (SELECT 1 FROM secrecy_marks m WHERE m.document_id = d.id AND m.released_at IS NULL)`);
    expect(hidden.length).toBeGreaterThan(0);
    for (const { id } of hidden) {
      expect((await demo.app.inject({ method: 'GET', url: `/oparl/v1.1/file/${id}` })).statusCode).toBe(404);
      const download = await demo.app.inject({ method: 'GET', url: `/filer/${id}` });
      expect(download.statusCode).toBe(404);
      expect(download.body).not.toContain(id);
    }
  });
});
