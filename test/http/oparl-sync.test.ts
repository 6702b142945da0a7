/**
 * Keeping a copy in sync through the OParl API: pagination with `links.next` carrying the filters, the
 * `modified_since` filter returning changes and deletions (a removed agenda item, a document marked secret after
 * registration), deleted objects only under `modified_since`, parameter errors naming the parameter, and CORS.
 */
import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoOutcome } from '../../src/demo/outcome.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { demoIds, expectProblem, loginAs, startDemoApp, type DemoApp } from '../support/http.ts';

type Json = Record<string, unknown>;
interface Page { data: Json[]; pagination: Json; links: Record<string, string> }

let demo: DemoApp;
let base: string;
let bodyUrl: string;
const path = (url: string) => url.slice(base.length);
const get = async (url: string) => demo.app.inject({ method: 'GET', url: url.startsWith('http') ? path(url) : url });
const page = async (url: string) => (await get(url)).json() as Page;

async function all(url: string): Promise<Json[]> {
  const out: Json[] = [];
  for (let next: string | undefined = url; next;) {
    const p = await page(next);
    out.push(...p.data);
    next = p.links.next;
  }
  return out;
}

describe('OParl lists: pagination, filters and deletions', () => {
  beforeAll(async () => {
    demo = await startDemoApp();
    base = demo.config.baseUrl.replace(/\/$/, '');
    const system = (await get('/oparl/v1.1/')).json() as Json;
    const bodies = await page(String(system.body));
    bodyUrl = String(bodies.data[0]!.id);
  }, 120_000);
  afterAll(async () => demo?.close());

  it('pages a list with links.next that keeps the filters, and every object appears once', async () => {
    const first = await page(`${bodyUrl}/paper?limit=5&created_since=2000-01-01T00:00:00%2B01:00`);
    expect(first.data).toHaveLength(5);
    expect(first.pagination).toMatchObject({ elementsPerPage: 5, currentPage: 1 });
    expect(first.links.next).toContain('created_since=2000-01-01T00%3A00%3A00%2B01%3A00');
    expect(first.links.next).toContain('limit=5');
    expect(first.links.next).toContain('page=2');
    const ids = (await all(`${bodyUrl}/paper?limit=5&created_since=2000-01-01T00:00:00%2B01:00`)).map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(first.pagination.totalElements);
    expect(ids.length).toBe((await all(`${bodyUrl}/paper`)).length);
  });

  it('answers with Access-Control-Allow-Origin: * — also on errors — and names a wrong parameter', async () => {
    const ok = await get(`${bodyUrl}/organization`);
    expect(ok.headers['access-control-allow-origin']).toBe('*');
    const missing = await get('/oparl/v1.1/meeting/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['access-control-allow-origin']).toBe('*');
    const wrong = await get(`${bodyUrl}/meeting?modified_since=igår`);
    const problem = expectProblem(wrong, 400, 'validation');
    expect(JSON.stringify(problem.errors)).toContain('modified_since');
  });

  it('modified_since returns what changed since, deletions as deleted objects; without it no deleted objects', async () => {
    const since = new Date(Date.now() - 1000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
    const secretary = await loginAs(demo.app, 'sekreterare');
    const registrar = await loginAs(demo.app, 'registrator');
    const ids = await demoIds(demo);

    // An agenda item removed before the notice (on a coming meeting whose notice is not yet sent).
    const [coming] = await demo.query<{ id: string }>(`SELECT m.id FROM meetings m JOIN organs o ON o.id = m.organ_id
      WHERE m.notice_sent_at IS NULL AND m.state = 'planned' AND o.code = 'KSNAU' ORDER BY m.date LIMIT 1`);
    const added = await secretary.post(`/meetings/${coming.id}/items`, { title: 'Information om lokalförsörjning' });
    expect(added.statusCode, added.body).toBe(201);
    const removedItems = (await demo.query<{ id: string }>(`SELECT id FROM agenda_items WHERE meeting_id = '${coming.id}' AND title = 'Information om lokalförsörjning'`)).map((r) => r.id);
    expect(removedItems).toHaveLength(1);
    for (const id of removedItems) expect((await secretary.request({ method: 'DELETE', url: `/api/v1/agenda-items/${id}` })).statusCode).toBe(200);
    // A public document marked secret after registration: its file is withdrawn.
    const [{ file, doc, case_id: caseId }] = await demo.query<{ file: string; doc: string; case_id: string }>(`SELECT f.id AS file, d.id AS doc, d.case_id FROM files f
      JOIN documents d ON d.id = f.document_id JOIN cases c ON c.id = d.case_id WHERE c.number = 'KS-2024/00456' AND d.kind = 'annex' LIMIT 1`);
    expect((await get(`/filer/${file}`)).statusCode).toBe(200);
    const marked = await registrar.post(`/documents/${doc}/secrecy`, { legalGround: 'OSL 19 kap. 3 §', organId: ids.organId('KS') });
    expect(marked.statusCode, marked.body).toBe(200);

    const q = `modified_since=${encodeURIComponent(since)}`;
    const files = await all(`${bodyUrl}/file?${q}`);
    expect(files).toContainEqual(expect.objectContaining({ id: `${base}/oparl/v1.1/file/${file}`, deleted: true }));
    expect(files.find((f) => f.id === `${base}/oparl/v1.1/file/${file}`)).not.toHaveProperty('name');
    expect((await get(`/filer/${file}`)).statusCode).toBe(404);
    expect((await get(`/oparl/v1.1/file/${file}`)).statusCode).toBe(404);
    const papers = await all(`${bodyUrl}/paper?${q}`);
    expect(papers.map((p) => p.id)).toContain(`${base}/oparl/v1.1/paper/${caseId}`);
    expect(papers.every((p) => Date.parse(String(p.modified)) >= Date.parse(since))).toBe(true);

    for (const id of removedItems) {
      const items = await all(`${bodyUrl}/agendaItem?${q}`);
      expect(items).toContainEqual(expect.objectContaining({ id: `${base}/oparl/v1.1/agendaItem/${id}`, deleted: true }));
      const byId = (await get(`/oparl/v1.1/agendaItem/${id}`)).json() as Json;
      expect(byId.deleted).toBe(true);
    }
    // Without modified_since: no deleted objects at all.
    for (const list of ['file', 'agendaItem', 'paper']) expect((await all(`${bodyUrl}/${list}`)).some((o) => o.deleted)).toBe(false);
  });

  it('R-APPEAL-2: a prepared paragraph that becomes public when its case is finally decided elsewhere moves its agenda item and meeting under modified_since', async () => {
    // The reference meeting conducted and adjusted (as the server does at start). § 184/24 was prepared by KSNAU
    // for the council; its extract was sent, which made it public. Undo the dispatch:
    await loadDemoOutcome({ ...demo.db.services, mailer: createMailer({ outboxDir: fs.mkdtempSync(nodePath.join(os.tmpdir(), 'namnd-sync-outbox-')) }) });
    const [item] = await demo.query<{ id: string; meeting_id: string; case_id: string; body_id: string }>(`SELECT a.id, a.meeting_id, a.case_id, a.body_id FROM agenda_items a
      JOIN item_decisions d ON d.agenda_item_id = a.id JOIN meetings m ON m.id = a.meeting_id WHERE m.date = '2024-05-21' AND a.paragraph = 184 AND d.outcome = 'to_organ'`);
    await demo.query(`UPDATE extracts SET sent_at = NULL WHERE agenda_item_id = '${item.id}'`);
    const itemUrl = `/oparl/v1.1/agendaItem/${item.id}`;
    expect((await get(itemUrl)).json()).not.toHaveProperty('resolutionText');

    // The council decides the case finally, and its minutes are adjusted now.
    const since = new Date(Date.now() - 1000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
    const [council] = await demo.query<{ id: string; organ_id: string }>(`SELECT m.id, m.organ_id FROM meetings m JOIN organs o ON o.id = m.organ_id
      WHERE o.code = 'KS' ORDER BY m.date LIMIT 1`);
    const [section] = await demo.query<{ id: string }>(`INSERT INTO agenda_sections (body_id, meeting_id, position, heading) VALUES ('${item.body_id}', '${council.id}', 90, 'Beslutsärenden') RETURNING id`);
    const [decided] = await demo.query<{ id: string }>(`INSERT INTO agenda_items (body_id, meeting_id, organ_id, section_id, position, case_id, title)
      VALUES ('${item.body_id}', '${council.id}', '${council.organ_id}', '${section.id}', 90, '${item.case_id}', 'Motion 2/2024') RETURNING id`);
    await demo.query(`INSERT INTO item_decisions (agenda_item_id, body_id, meeting_id, clauses, outcome) VALUES ('${decided.id}', '${item.body_id}', '${council.id}', '["avslå motionen"]', 'final')`);
    await demo.query(`INSERT INTO minutes (body_id, meeting_id, state, pdf_sha256, pages, adjusted_at) VALUES ('${item.body_id}', '${council.id}', 'adjusted', 'x', 1, now())`);

    const now = (await get(itemUrl)).json() as Json;
    expect(String(now.resolutionText)).toContain('att ');
    expect(Date.parse(String(now.modified))).toBeGreaterThanOrEqual(Date.parse(since));
    const q = `modified_since=${encodeURIComponent(since)}`;
    expect((await all(`${bodyUrl}/agendaItem?${q}`)).map((o) => o.id)).toContain(`${base}${itemUrl}`);
    expect((await all(`${bodyUrl}/meeting?${q}`)).map((o) => o.id)).toContain(`${base}/oparl/v1.1/meeting/${item.meeting_id}`);
  });
});

