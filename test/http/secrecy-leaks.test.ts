/**
 * R-REG-5/6/7 at the HTTP edge: a reader without secret access learns nothing about secret documents — not
 * their existence (404 identical to a missing id), not their entries in case views or history, not their files
 * and not their text — and protected contact data is masked.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, loginAs, startDemoApp, type Client, type DemoApp, type Response } from '../support/http.ts';
import { procurementCaseNumbers, secretTextMarkers } from '../../src/demo/data.ts';
import { swedishDate } from '../../src/domain/dates.ts';

let demo: DemoApp;
let registrar: Client, registrar2: Client, secretary: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
let secretDocs: { id: string; number: string; description: string; case_number: string }[];
let secretFiles: { id: string; sha256: string }[];
const RANDOM = () => crypto.randomUUID();

beforeAll(async () => {
  demo = await startDemoApp();
  registrar = await loginAs(demo.app, 'registrator');
  registrar2 = await loginAs(demo.app, 'registrator2'); // same organs, no secret access
  secretary = await loginAs(demo.app, 'sekreterare'); // secret access in KSNAU only
  ids = await demoIds(demo);
  secretDocs = await demo.query(`SELECT d.id, d.number, d.description, c.number AS case_number FROM documents d JOIN cases c ON c.id = d.case_id
    WHERE EXISTS (SELECT 1 FROM secrecy_marks m WHERE m.document_id = d.id AND m.released_at IS NULL) ORDER BY d.number`);
  secretFiles = await demo.query(`SELECT f.id, f.sha256 FROM files f JOIN secrecy_marks m ON m.document_id = f.document_id AND m.released_at IS NULL`);
});
afterAll(async () => { await demo?.close(); });

/** The parts of a 404 answer a client can observe. */
const observable = (res: Response) => ({ status: res.statusCode, type: res.headers['content-type'], body: res.body });

describe('existence is not revealed (404 identical to a missing id)', () => {
  it('R-REG-6: every secret document answers registrator2 exactly like a random id', async () => {
    expect(secretDocs.length).toBeGreaterThanOrEqual(7);
    const missing = observable(await registrar2.get(`/documents/${RANDOM()}`));
    expect(missing.status).toBe(404);
    for (const doc of secretDocs) expect(observable(await registrar2.get(`/documents/${doc.id}`)), doc.number).toEqual(missing);
  });

  it('R-REG-6: every secret file answers registrator2 exactly like a random id', async () => {
    const missing = observable(await registrar2.get(`/files/${RANDOM()}`));
    expect(missing.status).toBe(404);
    for (const file of secretFiles) expect(observable(await registrar2.get(`/files/${file.id}`))).toEqual(missing);
  });

  it('R-REG-6: secret access in another organ does not help (sekreterare, KSNAU only, on a KS-marked letter)', async () => {
    const missing = observable(await secretary.get(`/documents/${RANDOM()}`));
    expect(observable(await secretary.get(`/documents/${ids.documentId('KS-2024/00512-1')}`))).toEqual(missing);
    expect((await secretary.get(`/documents/${ids.documentId('KS-2024/00410-1')}`)).statusCode).toBe(200);
  });

  it('R-REG-6: the authorised registrar reads the same documents', async () => {
    for (const doc of secretDocs) expect((await registrar.get(`/documents/${doc.id}`)).statusCode, doc.number).toBe(200);
  });
});

describe('case views and history', () => {
  it('R-REG-6: GET /cases/:id leaves secret documents out for registrator2, and counts only the visible ones', async () => {
    for (const number of procurementCaseNumbers) {
      const view = (await registrar2.get(`/cases/${ids.caseId(number)}`)).json() as { documents: unknown[]; documentCount: number };
      expect(view.documents, number).toEqual([]);
      expect(view.documentCount, number).toBe(0);
      expect(((await registrar.get(`/cases/${ids.caseId(number)}`)).json() as { documents: unknown[] }).documents, number).toHaveLength(2);
    }
    const letter = (await registrar2.get(`/cases/${ids.caseId('KS-2024/00512')}`)).json() as { documents: { number: string }[] };
    expect(letter.documents.map((d) => d.number)).toEqual(['KS-2024/00512-2']);
  });

  it('R-REG-6: GET /cases/:id/history does not mention a secret registration to registrator2', async () => {
    const caseId = ids.caseId('KS-2024/00456');
    const secret = await registrar.register({
      caseId, kind: 'annex', direction: 'internal', registeredDate: swedishDate(new Date()), description: 'Hemlig bilaga om markförvärv',
      secrecy: { legalGround: 'OSL 19 kap. 3 §', organId: ids.organId('KSNAU') },
    });
    expect(secret.statusCode).toBe(201);
    const number = secret.json().number as string;
    expect((await registrar.get(`/cases/${caseId}/history`)).body).toContain(number);
    const history = await registrar2.get(`/cases/${caseId}/history`);
    expect(history.statusCode).toBe(200);
    expect(history.body).not.toContain(number);
    expect(history.body).not.toContain(secret.json().id);
  });
});

describe('nothing secret in any answer to registrator2', () => {
  it('R-REG-6/R-REG-7: no marker string, secret description or secret file reaches registrator2 from any read route', async () => {
    const bodies: string[] = [];
    const fileHashes: string[] = [];
    const seen = async (res: Response) => { bodies.push(res.body); return res; };
    let cursor: string | null = null;
    const caseIds: string[] = [];
    do {
      const page = (await seen(await registrar2.get(`/cases?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`))).json() as { items: { id: string }[]; nextCursor: string | null };
      caseIds.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    for (const q of ['upphandling', 'anbud', ...secretTextMarkers]) await seen(await registrar2.get(`/cases?q=${encodeURIComponent(q)}`));
    for (const id of caseIds) {
      const view = (await seen(await registrar2.get(`/cases/${id}`))).json() as { documents: { id: string; files: { id: string }[] }[] };
      await seen(await registrar2.get(`/cases/${id}/history`));
      for (const doc of view.documents) {
        await seen(await registrar2.get(`/documents/${doc.id}`));
        for (const file of doc.files) {
          const res = await registrar2.get(`/files/${file.id}`);
          fileHashes.push(crypto.createHash('sha256').update(res.rawPayload).digest('hex'));
        }
      }
    }
    for (const doc of secretDocs) await seen(await registrar2.get(`/documents/${doc.id}`));
    for (const file of secretFiles) fileHashes.push(crypto.createHash('sha256').update((await registrar2.get(`/files/${file.id}`)).rawPayload).digest('hex'));

    const all = bodies.join('\n');
    for (const marker of secretTextMarkers) expect(all, marker).not.toContain(marker);
    for (const doc of secretDocs) expect(all, doc.number).not.toContain(doc.description);
    for (const doc of secretDocs) expect(all, doc.number).not.toContain(doc.id);
    const secretHashes = new Set(secretFiles.map((f) => f.sha256));
    expect(fileHashes.filter((h) => secretHashes.has(h))).toEqual([]);
    expect(caseIds.length).toBeGreaterThanOrEqual(14);
  });
});

describe('protected identity (R-REG-7)', () => {
  it('R-REG-7: the address of a protected counterparty is null for users without protected-data access', async () => {
    const id = ids.documentId('KS-2024/00512-2');
    for (const username of ['registrator2', 'handlaggare', 'granskare']) {
      const client = username === 'registrator2' ? registrar2 : await loginAs(demo.app, username);
      const res = await client.get(`/documents/${id}`);
      expect(res.statusCode, username).toBe(200);
      expect(res.json().counterparty, username).toEqual({ name: 'Skyddad identitet', organisation: null, address: null, email: null, protectedIdentity: true });
      expect(res.body, username).not.toContain('Skyddad adress');
    }
  });

  it('R-REG-7: the authorised group sees the address', async () => {
    const res = await registrar.get(`/documents/${ids.documentId('KS-2024/00512-2')}`);
    expect(res.json().counterparty).toMatchObject({ name: 'Linnea Sjölander', address: 'Skyddad adress', protectedIdentity: true });
  });

  it('R-REG-7: the case view masks the counterparty the same way', async () => {
    const view = (await registrar2.get(`/cases/${ids.caseId('KS-2024/00512')}`)).json() as { documents: { counterparty: { address: string | null } | null }[] };
    for (const doc of view.documents) expect(doc.counterparty?.address ?? null).toBeNull();
  });
});
