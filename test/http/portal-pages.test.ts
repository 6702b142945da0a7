/**
 * The public portal's pages on the demo municipality with its reference meeting conducted and adjusted:
 * organs, an organ, the calendar, a meeting, its minutes page, the register and a case, search; 404 for unknown
 * addresses; the minutes only while published (R-PUB-1) and once preparatory paragraphs are public (R-APPEAL-2).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoOutcome } from '../../src/demo/outcome.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { startDemoApp, type DemoApp } from '../support/http.ts';

let demo: DemoApp;
const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'namnd-portal-outbox-'));

beforeAll(async () => {
  demo = await startDemoApp();
  await loadDemoOutcome({ ...demo.db.services, mailer: createMailer({ outboxDir }) });
}, 180_000);
afterAll(async () => {
  await demo?.close();
  fs.rmSync(outboxDir, { recursive: true, force: true });
});

const page = async (url: string, status = 200): Promise<string> => {
  const res = await demo.app.inject({ method: 'GET', url });
  expect(res.statusCode, url).toBe(status);
  expect(res.headers['content-type']).toMatch(/^text\/html/);
  return res.body;
};
/** The page's text without tags, with whitespace collapsed. */
const text = (body: string): string => body.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\s+/g, ' ');

describe('organs and meetings', () => {
  it('/organ lists every organ with its next and last meeting', async () => {
    const body = await page('/organ');
    expect(body).toContain('<html lang="sv">');
    expect(body).toContain('href="/organ/ksnau"');
    expect(text(body)).toContain('Kommunstyrelsens näringslivs- och arbetsutskott (KSNAU)');
    expect(body).toContain('href="/organ/ksnau/2024-05-21"');
    expect(body).toContain('href="/organ/ksnau/2026-12-15"');
    expect(body).toMatch(/<a href="\/organ"[^>]* aria-current="page">Organ<\/a>/);
  });

  it('R-REG-7: /organ/:organ lists members by party with names only, never a person with protected identity', async () => {
    const [organ] = await demo.query<{ id: string; body_id: string }>("SELECT id, body_id FROM organs WHERE code = 'KSNAU'");
    const [person] = await demo.query<{ id: string }>(`INSERT INTO people (body_id, given_name, family_name, protected_identity) VALUES ('${organ.body_id}', 'Skyddad', 'Ledamotsson', true) RETURNING id`);
    await demo.query(`INSERT INTO memberships (body_id, person_id, organ_id, role, starts_on) VALUES ('${organ.body_id}', '${person.id}', '${organ.id}', 'member', '2023-01-01')`);
    const body = await page('/organ/ksnau');
    expect(body).toContain('<h1>Kommunstyrelsens näringslivs- och arbetsutskott</h1>');
    expect(body).toMatch(/<h3 id="parti-S">Socialdemokraterna \(S\)<\/h3>/);
    expect(text(body)).toMatch(/ordförande/);
    expect(body).not.toContain('Ledamotsson');
    expect(body).not.toMatch(/@umea|@example|e-post: /i);
    expect(body).toContain('href="/organ/ksnau/kalender.ics"');
    expect(body).toContain('href="/prenumerera?organ=ksnau"');
    expect(body).toContain('<caption>Kommande sammanträden med Kommunstyrelsens näringslivs- och arbetsutskott</caption>');
  });

  it('/sammantraden shows coming meetings of all organs and past ones by month', async () => {
    const body = await page('/sammantraden');
    const coming = body.slice(body.indexOf('id="kommande"'), body.indexOf('id="tidigare"'));
    expect(coming).toContain('href="/organ/ks/2026-12-08"');
    expect(coming).not.toContain('2024-05-21');
    expect(body.slice(body.indexOf('id="tidigare"'))).toMatch(/<h3 id="m-2024-05">Maj 2024<\/h3>[\s\S]*href="\/organ\/ksnau\/2024-05-21"/);
  });

  it('R-BOOK-2, R-CALL-5: the meeting page lists the agenda with Dnr links, public documents, withheld documents with their ground, closed items', async () => {
    const body = await page('/organ/ksnau/2024-05-21');
    const t = text(body);
    expect(body).toContain('<h1>Kommunstyrelsens näringslivs- och arbetsutskott <span class="h1-sub"><time datetime="2024-05-21">tisdag 21 maj 2024</time></span></h1>');
    expect(t).toContain('kl. 13:15–15:30');
    expect(t).toContain('Kommunstyrelsens sammanträdesrum');
    expect(t).toContain('§ 177/24 Planeringsdirektiv och budget 2025');
    expect(body).toContain('href="/arenden/ks-2024-00410"');
    const procurement = body.slice(body.indexOf('§ 178/24'), body.indexOf('§ 179/24'));
    expect(procurement).toContain('Handlingarna är sekretessmarkerade enligt OSL 19 kap. 3 § och publiceras inte.');
    expect(procurement).toContain('Stängt för allmänheten');
    expect(procurement).not.toContain('/filer/');
    expect(body.slice(body.indexOf('§ 181/24'), body.indexOf('§ 182/24'))).toMatch(/href="\/filer\/[0-9a-f-]{36}"/);
    expect(body).toContain('href="/organ/ksnau/2024-05-21/motesbok.pdf"');
  });

  it('R-PUB-1: adjusted and published minutes are linked, with each public paragraph\'s decision', async () => {
    const body = await page('/organ/ksnau/2024-05-21');
    expect(body).toContain('href="/organ/ksnau/2024-05-21/protokoll"');
    expect(body).toContain('href="/organ/ksnau/2024-05-21/protokoll.pdf"');
    const item = text(body.slice(body.indexOf('§ 183/24'), body.indexOf('§ 184/24')));
    expect(item).toContain('Beslut Kommunstyrelsens näringslivs- och arbetsutskott beslutar');
  });

  it('R-BOOK-3: the minutes page is the masked public copy in HTML with its paragraphs, without secret document numbers', async () => {
    const body = await page('/organ/ksnau/2024-05-21/protokoll');
    const t = text(body);
    expect(t).toContain('Publicerad version');
    expect(body).toContain('href="#p-184"');
    expect(body).toContain('<caption>Omröstningslista</caption>');
    expect(t).toContain('sekretessmarkerade eller innehåller skyddade personuppgifter och publiceras inte');
    const secret = await demo.query<{ number: string }>("SELECT d.number FROM documents d JOIN cases c ON c.id = d.case_id WHERE c.number = 'KS-2024/00410'");
    for (const { number } of secret) expect(body).not.toMatch(new RegExp(`${number.replace(/[/]/g, '\\/')}(?!\\d)`));
  });

  it('R-PUB-1: past the organ\'s publication period, the minutes page is gone and the meeting page links no minutes', async () => {
    await demo.query("UPDATE organs SET minutes_publication_days = 30 WHERE code = 'KSNAU'");
    try {
      await page('/organ/ksnau/2024-05-21/protokoll', 404);
      const body = await page('/organ/ksnau/2024-05-21');
      expect(body).not.toContain('/protokoll"');
      expect(text(body)).not.toContain('Beslut Kommunstyrelsens');
    } finally {
      await demo.query("UPDATE organs SET minutes_publication_days = NULL WHERE code = 'KSNAU'");
    }
  });

  it('R-APPEAL-2: while a prepared paragraph is neither finally decided nor dispatched, the minutes wait and its decision is not shown', async () => {
    const prepared = await demo.query<{ id: string; sent_at: string }>(`SELECT e.id, e.sent_at FROM extracts e JOIN item_decisions d ON d.agenda_item_id = e.agenda_item_id
      WHERE d.outcome = 'to_organ' AND e.kind = 'adjusted' AND e.sent_at IS NOT NULL`);
    expect(prepared.length).toBeGreaterThan(0);
    await demo.query(`UPDATE extracts SET sent_at = NULL WHERE id IN (${prepared.map((p) => `'${p.id}'`).join(',')})`);
    try {
      await page('/organ/ksnau/2024-05-21/protokoll', 404);
      const body = await page('/organ/ksnau/2024-05-21');
      expect(text(body)).toContain('publiceras i sin helhet när de ärenden som utskottet har berett är avgjorda');
      expect(text(body.slice(body.indexOf('§ 184/24'), body.indexOf('§ 185/24')))).not.toContain('Beslut');
      expect(text(body.slice(body.indexOf('§ 183/24'), body.indexOf('§ 184/24')))).toContain('Beslut');
    } finally {
      for (const p of prepared) await demo.query(`UPDATE extracts SET sent_at = '${new Date(p.sent_at).toISOString()}' WHERE id = '${p.id}'`);
    }
    await page('/organ/ksnau/2024-05-21/protokoll');
  });

  it('unknown organs, meetings and minutes answer 404 with a page', async () => {
    for (const url of ['/organ/nope', '/organ/ksnau/2024-05-22', '/organ/ksnau/2024-05-21-2', '/organ/ksnau/2024-5-21', '/organ/nope/2024-05-21',
      '/organ/ks/2026-12-08/protokoll', '/organ/ksnau/2024-05-22/protokoll']) {
      expect(text(await page(url, 404))).toMatch(/finns inte/);
    }
  });

  it('a meeting whose notice has not been sent shows no agenda yet', async () => {
    const body = await page('/organ/ks/2026-12-08');
    expect(text(body)).toContain('Föredragningslistan publiceras när kallelsen har skickats ut.');
    expect(body).not.toContain('motesbok.pdf');
  });
});

describe('the public register', () => {
  it('/arenden lists cases by number and public title, and filters by words', async () => {
    const body = await page('/arenden');
    expect(body).toContain('href="/arenden/ks-2024-00512"');
    expect(body).toMatch(/<caption>Ärenden 1–\d+ av \d+, nyast först<\/caption>/);
    expect(body).not.toContain('avsändare med skyddade personuppgifter');
    const filtered = await page('/arenden?q=skolskjuts');
    expect(text(filtered)).toContain('1 ärende som matchar ”skolskjuts”');
    expect(text(await page('/arenden?q=finnsinteallsxyz'))).toContain('Inga ärenden matchar din sökning.');
  });

  it('R-REG-3, R-REG-7: a case page leaves out secret-marked documents and masks the protected sender', async () => {
    const body = await page('/arenden/ks-2024-00512');
    const t = text(body);
    expect(body).toContain('<h1>Synpunkter på skolskjuts</h1>');
    expect(t).toContain('En handling i ärendet är sekretessmarkerad (OSL 21 kap. 3 §) och visas inte här.');
    expect(body).not.toMatch(/KS-2024\/00512-1(?!\d)/);
    expect(body).toContain('KS-2024/00512-2');
    expect(t).toContain('Privatperson');
    expect(body).not.toContain('Sjölander');
    expect(body.slice(body.indexOf('KS-2024/00512-2'))).not.toContain('/filer/');
  });

  it('a case page shows public documents with their files and the meetings that handled the case', async () => {
    const body = await page('/arenden/ks-2024-00361');
    expect(body).toMatch(/href="\/filer\/[0-9a-f-]{36}"/);
    expect(text(body)).toContain('Region Västerbotten');
    expect(body).toContain('href="/organ/ksnau/2024-05-21"');
    expect(text(body)).toContain('§ 181/24');
  });

  it('a public document\'s own address leads to its row on the case page; a secret one is not found', async () => {
    const [pub] = await demo.query<{ id: string }>(`SELECT id FROM documents WHERE number = 'KS-2024/00361-1'`);
    const res = await demo.app.inject({ method: 'GET', url: `/handlingar/${pub.id}` });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/arenden/ks-2024-00361#handling-ks-2024-00361-1');
    expect(await page('/arenden/ks-2024-00361')).toContain('<tr id="handling-ks-2024-00361-1">');
    const [prot] = await demo.query<{ id: string }>(`SELECT id FROM documents WHERE number = 'KS-2024/00512-2'`);
    expect(text(await page(`/handlingar/${prot.id}`, 404))).toContain('Handlingen finns inte'); // protected personal data
    const [secret] = await demo.query<{ id: string }>(`SELECT id FROM documents WHERE number = 'KS-2024/00512-1'`);
    expect(text(await page(`/handlingar/${secret.id}`, 404))).toContain('Handlingen finns inte');
    expect(text(await page('/handlingar/not-an-id', 404))).toContain('Handlingen finns inte');
  });

  it('unknown case numbers answer 404', async () => {
    for (const url of ['/arenden/ks-2024-99999', '/arenden/KS-2024-00512', '/arenden/%3Cscript%3E']) expect(text(await page(url, 404))).toContain('Ärendet finns inte');
  });
});

describe('search', () => {
  it('finds public cases and documents with highlighted snippets', async () => {
    const body = await page('/sok?q=skolskjuts');
    expect(body).toMatch(/\d+ träff(ar)? för ”skolskjuts”/);
    expect(body).toContain('<mark>');
    expect(body).toContain('href="/arenden/ks-2024-00512"');
  });

  it('says so accessibly when nothing matches, and keeps the filters in the form', async () => {
    const body = await page('/sok?q=finnsinteallsxyz&organ=ksnau&fran=2024-01-01&typ=motion');
    expect(body).toContain('Inga träffar');
    expect(body).toContain('role="status"');
    expect(body).toContain('<option value="ksnau" selected>');
    expect(body).toContain('value="2024-01-01"');
  });
});
