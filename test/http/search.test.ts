/**
 * Search over HTTP with the demo municipality (its PDFs extracted, the reference meeting adjusted): words that
 * occur only in secret or protected documents (secretTextMarkers) are found by the authorised registrar, and
 * never — neither as a hit nor in a snippet — by registrator2 or by the public search. Public results carry
 * portal addresses; the public minutes are the masked public copy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { secretTextMarkers } from '../../src/demo/data.ts';
import { loadDemoOutcome } from '../../src/demo/outcome.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { fixedClock } from '../../src/clock.ts';
import { TextExtractionJob } from '../../src/search/textJob.ts';
import { publicSearch } from '../../src/use-cases/search/publicSearch.ts';
import type { SearchPage } from '../../src/search/results.ts';
import { portalBody } from '../../src/use-cases/board/publicBoard.ts';

let demo: DemoApp;
let registrar: Client, registrar2: Client;
let bodyId: string;
const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'namnd-search-outbox-'));

beforeAll(async () => {
  demo = await startDemoApp();
  await loadDemoOutcome({ ...demo.db.services, mailer: createMailer({ outboxDir }) });
  await new TextExtractionJob(demo.db.services, { pace: false }).catchUp();
  registrar = await loginAs(demo.app, 'registrator');
  registrar2 = await loginAs(demo.app, 'registrator2');
  bodyId = (await portalBody(demo.db.services))!.id;
}, 120_000);
afterAll(async () => {
  await demo?.close();
  fs.rmSync(outboxDir, { recursive: true, force: true });
});

const get = async (client: Client, query: Record<string, string>) => {
  const res = await client.get(`/search?${new URLSearchParams(query)}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as SearchPage;
};
/** The public search on a day within the reference minutes' publication period. */
const pub = (q: string, extra: Record<string, string> = {}) =>
  publicSearch({ ...demo.db.services, clock: fixedClock('2024-06-03T10:00:00Z') }, bodyId, { q, ...extra });

describe('staff search over HTTP', () => {
  it('finds "upphandling telefoni" (upphandlingar, telefonitjänster) with highlighted snippets', async () => {
    const page = await get(registrar, { q: 'upphandling telefoni' });
    expect(page.items.length).toBeGreaterThan(0);
    const first = page.items[0]!;
    expect(first.snippet.some((p) => p.mark)).toBe(true);
    expect(first.url).toMatch(/^\/app\//);
  });

  it('R-REG-6: every secret marker is found by the authorised registrar', async () => {
    let found = 0;
    for (const marker of secretTextMarkers) if ((await get(registrar, { q: marker })).items.length) found++;
    expect(found).toBe(secretTextMarkers.length);
  });

  it('R-REG-6/7: registrator2 gets no hit and no snippet for words only inside secret or protected documents', async () => {
    for (const marker of secretTextMarkers) {
      const page = await get(registrar2, { q: marker });
      expect(JSON.stringify(page), marker).not.toContain(marker);
      expect(page.items.filter((i) => i.type !== 'case'), marker).toEqual([]);
    }
    for (const q of ['anbud', 'upphandling', 'skyddad']) {
      const text = JSON.stringify(await get(registrar2, { q, limit: '50' }));
      for (const marker of secretTextMarkers) expect(text, `${q}: ${marker}`).not.toContain(marker);
    }
  });

  it('answers 400 naming the field, and 401 without a session', async () => {
    const body = expectProblem(await registrar.get('/search?q=%20'), 400, 'validation');
    expect(body.errors).toEqual([expect.objectContaining({ field: 'q' })]);
    expectProblem(await registrar.get('/search?q=plan&kind=hemlig'), 400, 'validation');
    const anonymous = await demo.app.inject({ method: 'GET', url: '/api/v1/search?q=plan' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('public search', () => {
  it('leaks nothing: no secret marker in hits or snippets, whatever is searched', async () => {
    for (const q of [...secretTextMarkers, 'anbud', 'upphandling', 'pris', 'skyddad identitet']) {
      const text = JSON.stringify(await pub(q, { limit: '50' }));
      for (const marker of secretTextMarkers) expect(text, `${q}: ${marker}`).not.toContain(marker);
    }
  });

  it('finds the adjusted minutes by their public copy, with the portal address of the minutes', async () => {
    const page = await pub('Taiwan', { kind: 'minutes' });
    expect(page.items[0]).toMatchObject({ type: 'minutes', date: '2024-05-21', url: '/organ/ksnau/2024-05-21/protokoll', organ: { code: 'KSNAU' } });
    expect(page.items[0]!.snippetHtml).toMatch(/<mark>Taiwan/i);
  });

  it('R-PUB-1, R-APPEAL-2: finds the minutes exactly while the portal shows them', async () => {
    const shown = async () => (await demo.app.inject({ method: 'GET', url: '/organ/ksnau/2024-05-21/protokoll' })).statusCode === 200;
    const found = async () => (await pub('Taiwan', { kind: 'minutes' })).items.length > 0;
    const agree = async (state: string, expected: boolean) => expect({ state, shown: await shown(), found: await found() }).toEqual({ state, shown: expected, found: expected });
    await agree('adjusted and every prepared paragraph dispatched', true);
    const prepared = await demo.query<{ id: string; agenda_item_id: string; sent_at: string }>(`SELECT e.id, e.agenda_item_id, e.sent_at FROM extracts e
      JOIN item_decisions d ON d.agenda_item_id = e.agenda_item_id WHERE d.outcome = 'to_organ' AND e.kind = 'adjusted' AND e.sent_at IS NOT NULL`);
    expect(prepared.length).toBeGreaterThan(0);
    const ids = prepared.map((p) => `'${p.id}'`).join(',');
    await demo.query(`UPDATE extracts SET sent_at = NULL WHERE id IN (${ids})`);
    try {
      await agree('prepared paragraphs neither decided nor dispatched', false);
      // Only the extract of the adjusted minutes counts as the paragraph's dispatch.
      await demo.query(`INSERT INTO extracts (body_id, agenda_item_id, kind, pdf_sha256, sent_at)
        SELECT body_id, agenda_item_id, 'immediate', pdf_sha256, now() FROM extracts WHERE id IN (${ids})
        ON CONFLICT (agenda_item_id, kind) DO NOTHING`);
      await agree('only an immediate extract sent', false);
    } finally {
      // Extracts are never deleted: the made-up ones stay, unsent.
      await demo.query(`UPDATE extracts SET sent_at = NULL WHERE kind = 'immediate' AND document_id IS NULL AND agenda_item_id IN (${prepared.map((p) => `'${p.agenda_item_id}'`).join(',')})`);
      for (const p of prepared) await demo.query(`UPDATE extracts SET sent_at = '${new Date(p.sent_at).toISOString()}' WHERE id = '${p.id}'`);
    }
    await agree('dispatched again', true);
    await demo.query("UPDATE organs SET minutes_publication_days = 1 WHERE code = 'KSNAU'");
    try {
      await agree('past the publication period', false);
    } finally {
      await demo.query("UPDATE organs SET minutes_publication_days = NULL WHERE code = 'KSNAU'");
    }
  });

  it('finds public case titles and finalised reports, with portal addresses', async () => {
    const page = await pub('upphandling telefoni');
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items) expect(item.url).toMatch(/^\/(arenden|handlingar|organ)\//);
  });
});
