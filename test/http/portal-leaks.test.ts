/**
 * Walks every public page of the demo (from the site root, following each link to another portal page) and
 * checks that no secret text, secret-marked document number, protected person's name or internal-only wording
 * appears in any of them (R-REG-3, R-REG-5, R-REG-7, R-PUB-1). Searches for words that only occur inside secret
 * documents find nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretTextMarkers } from '../../src/demo/data.ts';
import { loadDemoOutcome } from '../../src/demo/outcome.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { TextExtractionJob } from '../../src/search/textJob.ts';
import { startDemoApp, type DemoApp } from '../support/http.ts';

let demo: DemoApp;
const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'namnd-portal-leaks-'));
const pages = new Map<string, string>();

/** Links to other portal pages: not files, feeds, open data, the staff app or fragments. */
function portalLinks(body: string): string[] {
  return [...body.matchAll(/href="(\/[^"#]*)/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))
    .filter((href) => !/^\/(filer|app|api|oparl|portal\.css)|\.(pdf|ics|atom)(\?|$)|^\/prenumerera/.test(href));
}

beforeAll(async () => {
  demo = await startDemoApp();
  await loadDemoOutcome({ ...demo.db.services, mailer: createMailer({ outboxDir }) });
  // The text of every registered PDF, secret ones included, is searchable by staff; the public must not find it.
  await new TextExtractionJob(demo.db.services, { pace: false }).catchUp();
  const queue = ['/', '/sok?q=upphandling', '/sok?q=skolskjuts', '/arenden?q=upphandling'];
  while (queue.length && pages.size < 400) {
    const url = queue.shift()!;
    if (pages.has(url)) continue;
    const res = await demo.app.inject({ method: 'GET', url });
    if (res.statusCode >= 300 && res.statusCode < 400) {
      pages.set(url, '');
      queue.push(String(res.headers.location));
      continue;
    }
    expect(res.statusCode, url).toBe(200);
    pages.set(url, res.body);
    for (const link of portalLinks(res.body)) if (!pages.has(link)) queue.push(link);
  }
}, 240_000);
afterAll(async () => {
  await demo?.close();
  fs.rmSync(outboxDir, { recursive: true, force: true });
});

describe('every public page of the demo', () => {
  it('covers every page type', () => {
    const urls = [...pages.keys()];
    for (const pattern of [/^\/anslagstavla$/, /^\/anslagstavla\/[0-9a-f-]{36}$/, /^\/overklaga$/, /^\/organ$/, /^\/organ\/ksnau$/, /^\/sammantraden$/,
      /^\/organ\/ksnau\/2024-05-21$/, /^\/organ\/ksnau\/2024-05-21\/protokoll$/, /^\/arenden$/, /^\/arenden\/ks-2024-00512$/, /^\/sok/, /^\/tillganglighet$/]) {
      expect(urls.some((u) => pattern.test(u)), String(pattern)).toBe(true);
    }
    expect(pages.size).toBeGreaterThan(30);
  });

  it('R-REG-5: no page holds text that occurs only inside secret documents', () => {
    for (const [url, body] of pages) for (const marker of secretTextMarkers) expect(body, `${url}: ${marker}`).not.toContain(marker);
  });

  it('R-REG-3: no page shows the number or the internal description of a secret-marked document', async () => {
    const secret = await demo.query<{ number: string; description: string }>(
      'SELECT d.number, d.description FROM documents d WHERE EXISTS (SELECT 1 FROM secrecy_marks m WHERE m.document_id = d.id AND m.released_at IS NULL)');
    expect(secret.length).toBeGreaterThan(3);
    for (const [url, body] of pages) {
      for (const d of secret) {
        expect(body, `${url}: ${d.number}`).not.toMatch(new RegExp(`${d.number.replace(/[/]/g, '\\/')}(?!\\d)`));
      }
    }
  });

  it('R-REG-7: no page names a person with protected identity or shows a sender\'s contact details', async () => {
    const protectedNames = await demo.query<{ name: string }>(`SELECT given_name || ' ' || family_name AS name FROM people WHERE protected_identity
      UNION SELECT counterparty_name FROM documents WHERE counterparty_protected AND counterparty_name IS NOT NULL`);
    const contacts = await demo.query<{ v: string }>("SELECT counterparty_address AS v FROM documents WHERE counterparty_address IS NOT NULL UNION SELECT counterparty_email FROM documents WHERE counterparty_email IS NOT NULL");
    expect(protectedNames.length).toBeGreaterThan(0);
    for (const [url, body] of pages) {
      for (const { name } of protectedNames) expect(body, `${url}: ${name}`).not.toContain(name);
      for (const { v } of contacts) expect(body, `${url}: contact`).not.toContain(v);
    }
  });

  it('R-REG-3: internal case titles that differ from the public ones never appear', async () => {
    const internal = await demo.query<{ title: string }>('SELECT title FROM cases WHERE title <> public_title');
    for (const [url, body] of pages) for (const { title } of internal) expect(body, `${url}: ${title}`).not.toContain(title);
  });

  it('R-REG-5: searching for words that occur only in secret documents finds nothing', async () => {
    for (const marker of secretTextMarkers) {
      const res = await demo.app.inject({ method: 'GET', url: `/sok?q=${encodeURIComponent(marker)}` });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('Inga träffar');
      expect(res.body.split(marker).length - 1).toBeLessThanOrEqual(3); // echoed only in the form, title and heading
    }
  });
});
