/**
 * One disclosure boundary (disclosure/documents.ts) on the staff read paths that decided visibility on their own:
 * the file download (F1) and the meeting with its agenda documents and minutes (F2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { secretTextMarkers } from '../../src/demo/data.ts';
import { referenceMeetingFacts } from './minutesFixture.ts';

let demo: DemoApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let registrar: Client, registrar2: Client, officer: Client;
let meetingId: string;
let secretDescriptions: string[];

beforeAll(async () => {
  demo = await startDemoApp();
  ids = await demoIds(demo);
  registrar = await loginAs(demo.app, 'registrator');
  registrar2 = await loginAs(demo.app, 'registrator2');
  officer = await loginAs(demo.app, 'handlaggare');
  [{ id: meetingId }] = await demo.query<{ id: string }>(`SELECT m.id FROM meetings m JOIN organs o ON o.id = m.organ_id WHERE o.code = 'KSNAU' AND m.date = '2024-05-21'`);
  secretDescriptions = (await demo.query<{ description: string }>(`SELECT d.description FROM documents d JOIN agenda_item_documents l ON l.document_id = d.id
    JOIN agenda_items i ON i.id = l.agenda_item_id WHERE i.meeting_id = '${meetingId}'
      AND EXISTS (SELECT 1 FROM secrecy_marks m WHERE m.document_id = d.id AND m.released_at IS NULL)`)).map((r) => r.description);
});
afterAll(async () => { await demo?.close(); });

describe('F1: the file of a document naming a person with protected identity', () => {
  it('R-REG-7: is not found for staff without protected-data access, and not listed on the document', async () => {
    const fileId = ids.fileOf('KS-2024/00512-2');
    for (const reader of [officer, registrar2]) {
      expect((await reader.get(`/files/${fileId}?purpose=${encodeURIComponent('Handläggning av ärendet')}`)).statusCode).toBe(404);
      const doc = (await reader.get(`/documents/${ids.documentId('KS-2024/00512-2')}`)).json();
      expect(doc).toMatchObject({ files: [], filesWithheld: 'protected', counterparty: { name: 'Skyddad identitet', address: null } });
    }
  });

  it('R-REG-8: is read by the authorised registrar only with a purpose, and the read is logged', async () => {
    const fileId = ids.fileOf('KS-2024/00512-2');
    expect((await registrar.get(`/files/${fileId}`)).statusCode).toBe(400);
    expect((await registrar.get(`/files/${fileId}?purpose=${encodeURIComponent('Besvara skrivelsen')}`)).statusCode).toBe(200);
    const [{ count }] = await demo.query<{ count: number }>(`SELECT count(*)::int AS count FROM audit_events WHERE action = 'file.read' AND entity_id = '${fileId}'`);
    expect(count).toBe(1);
  });
});

describe('F2: the meeting and its agenda documents', () => {
  it('R-REG-6: a reader without secret access gets secret documents only as withheld, with their ground', async () => {
    expect(secretDescriptions.length).toBeGreaterThanOrEqual(6);
    const res = await registrar2.get(`/meetings/${meetingId}`);
    expect(res.statusCode).toBe(200);
    for (const description of secretDescriptions) expect(res.body).not.toContain(description);
    for (const marker of secretTextMarkers) expect(res.body).not.toContain(marker);
    const docs = (res.json() as { sections: { items: { documents: Record<string, unknown>[] }[] }[] }).sections.flatMap((s) => s.items.flatMap((i) => i.documents));
    const withheld = docs.filter((d) => d.withheld);
    expect(withheld.length).toBe(secretDescriptions.length);
    for (const d of withheld) expect(d).toMatchObject({ number: '', description: '', files: [], readable: false, secrecyGround: expect.stringMatching(/^OSL/) });
    const fileShas = (await demo.query<{ sha256: string }>(`SELECT f.sha256 FROM files f JOIN secrecy_marks m ON m.document_id = f.document_id AND m.released_at IS NULL`)).map((r) => r.sha256);
    for (const sha of fileShas) expect(res.body).not.toContain(sha);
  });

  it('R-REG-6: the authorised registrar sees them in full (the test can fail)', async () => {
    const res = await registrar.get(`/meetings/${meetingId}`);
    for (const description of secretDescriptions) expect(res.body).toContain(description);
  });

  it('R-MIN-1: the minutes name secret documents only by their public description, for every reader', async () => {
    await referenceMeetingFacts(demo, true);
    await demo.query(`UPDATE meetings SET state = 'held', end_time = '16:30' WHERE id = '${meetingId}'`);
    const secretary = await loginAs(demo.app, 'sekreterare');
    expect((await secretary.post(`/meetings/${meetingId}/minutes/generate`)).statusCode).toBe(200);
    for (const reader of [registrar, registrar2, secretary]) {
      const res = await reader.get(`/meetings/${meetingId}/minutes.html`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('Anbudsutvärdering');
      for (const description of secretDescriptions) expect(res.body).not.toContain(description);
    }
  });
});

describe('text written before public titles were masked', () => {
  it('R-PUB-2: a personal identity number in a stored public title or item title is masked on the portal and in open data', async () => {
    await demo.query(`UPDATE cases SET public_title = 'Synpunkter från 19800101-1234 på skolskjuts' WHERE number = 'KS-2024/00512'`);
    await demo.query(`UPDATE agenda_items SET title = title || ' (pnr 8001011234)' WHERE meeting_id = '${meetingId}' AND paragraph = 177`);
    const [{ id: bodyId }] = await demo.query<{ id: string }>('SELECT id FROM bodies');
    const urls = ['/arenden/ks-2024-00512', '/arenden?q=skolskjuts', '/organ/ksnau/2024-05-21',
      `/oparl/v1.1/body/${bodyId}/paper`, `/oparl/v1.1/body/${bodyId}/agendaItem`];
    for (const url of urls) {
      const page = await demo.app.inject({ method: 'GET', url });
      expect(page.statusCode, url).toBe(200);
      if (url.startsWith('/arenden/')) expect(page.body).toContain('Synpunkter från');
      expect(page.body, url).not.toMatch(/800101.?1234/);
    }
  });
});
