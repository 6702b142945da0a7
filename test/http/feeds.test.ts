/**
 * The public feeds with the demo's conducted meeting: the notice board's and the minutes' Atom feeds parse as
 * well-formed XML with stable ids, absolute links and the expected entries (minutes only while published,
 * R-PUB-1), the organ's iCalendar parses with ical.js and holds only public facts and portal links, the
 * portal pages link the feeds, unchanged feeds answer 304, and no secret text appears in any feed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretTextMarkers } from '../../src/demo/data.ts';
import { loadDemoOutcome } from '../../src/demo/outcome.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { startDemoApp, type DemoApp } from '../support/http.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const BASE = 'https://kommun.example.se';
let demo: DemoApp;
const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'namnd-feeds-'));

/** Parses XML, failing on anything that is not well-formed. */
function parseXml(text: string): Document {
  return new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new Error(`not well-formed: ${message}`); } })
    .parseFromString(text, 'text/xml');
}

const text = (parent: Element, name: string): string => parent.getElementsByTagNameNS(ATOM, name)[0]?.textContent ?? '';
const entries = (doc: Document): Element[] => Array.from(doc.getElementsByTagNameNS(ATOM, 'entry')) as Element[];
const links = (entry: Element) => (Array.from(entry.getElementsByTagNameNS(ATOM, 'link')) as Element[])
  .map((l) => ({ rel: l.getAttribute('rel'), type: l.getAttribute('type'), href: l.getAttribute('href')! }));

beforeAll(async () => {
  demo = await startDemoApp({ baseUrl: BASE });
  await loadDemoOutcome({ ...demo.db.services, mailer: createMailer({ outboxDir }) });
}, 240_000);
afterAll(async () => {
  await demo?.close();
  fs.rmSync(outboxDir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => demo.app.inject({ method: 'GET', url, headers });

describe('the XML check itself', () => {
  it('refuses XML that is not well-formed', () => {
    expect(() => parseXml('<feed><entry></feed>')).toThrow(/well-formed/);
    expect(() => parseXml('<feed>&nbsp;</feed>')).toThrow(/well-formed/);
  });
});

describe('GET /anslagstavla.atom', () => {
  it('is a well-formed Atom 1.0 feed of the postings on the board, with stable ids and absolute links', async () => {
    const res = await get('/anslagstavla.atom');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const doc = parseXml(res.body);
    const feed = doc.documentElement!;
    expect(feed.localName).toBe('feed');
    expect(feed.namespaceURI).toBe(ATOM);
    expect(text(feed, 'id')).toBe(`${BASE}/anslagstavla.atom`);
    expect(Number.isNaN(Date.parse(text(feed, 'updated')))).toBe(false);
    expect(text(feed, 'name')).toBe('Umeå kommun');

    const [{ count }] = await demo.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM postings WHERE removed_on IS NULL AND posted_on <= (now() AT TIME ZONE 'Europe/Stockholm')::date");
    const all = entries(doc);
    expect(all.length).toBe(count);
    expect(all.length).toBeGreaterThan(0);
    for (const entry of all) {
      expect(text(entry, 'id')).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(text(entry, 'title')).not.toBe('');
      expect(text(entry, 'updated')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      const page = links(entry).find((l) => l.rel === 'alternate' && l.type === 'text/html')!;
      expect(page.href).toBe(`${BASE}/anslagstavla/${text(entry, 'id').slice('urn:uuid:'.length)}`);
      expect((await get(page.href.slice(BASE.length))).statusCode).toBe(200);
    }
    // The same request gives the same ids (stable for feed readers).
    const again = entries(parseXml((await get('/anslagstavla.atom')).body)).map((e) => text(e, 'id'));
    expect(again).toEqual(all.map((e) => text(e, 'id')));
  });

  it('answers 304 to a reader whose copy is current, with ETag and Last-Modified', async () => {
    const first = await get('/anslagstavla.atom');
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['last-modified']).toBeTruthy();
    expect(String(first.headers['cache-control'])).toContain('public');
    const second = await get('/anslagstavla.atom', { 'if-none-match': String(first.headers.etag) });
    expect(second.statusCode).toBe(304);
    expect(second.body).toBe('');
  });
});

describe('GET /protokoll.atom', () => {
  it('lists the adjusted, published minutes of KSNAU 2024-05-21 with links to the page and the public PDF', async () => {
    const res = await get('/protokoll.atom');
    expect(res.statusCode).toBe(200);
    const doc = parseXml(res.body);
    expect(text(doc.documentElement!, 'id')).toBe(`${BASE}/protokoll.atom`);
    const entry = entries(doc).find((e) => text(e, 'title').includes('2024-05-21'));
    expect(entry, res.body).toBeDefined();
    const [{ id }] = await demo.query<{ id: string }>("SELECT m.id FROM minutes m JOIN meetings g ON g.id = m.meeting_id WHERE g.date = '2024-05-21' AND m.state = 'adjusted'");
    expect(text(entry!, 'id')).toBe(`urn:uuid:${id}`);
    expect(text(entry!, 'summary')).toContain('justerades 2024-05-24');
    const hrefs = links(entry!);
    expect(hrefs).toContainEqual({ rel: 'alternate', type: 'text/html', href: `${BASE}/organ/ksnau/2024-05-21/protokoll` });
    expect(hrefs).toContainEqual({ rel: 'alternate', type: 'application/pdf', href: `${BASE}/organ/ksnau/2024-05-21/protokoll.pdf` });
    for (const link of hrefs) expect((await get(link.href.slice(BASE.length))).statusCode, link.href).toBe(200);
  });

  it('R-PUB-1: leaves out minutes whose publication period is over', async () => {
    const [{ days }] = await demo.query<{ days: number | null }>("SELECT minutes_publication_days AS days FROM organs WHERE code = 'KSNAU'");
    await demo.query("UPDATE organs SET minutes_publication_days = 1 WHERE code = 'KSNAU'");
    try {
      const doc = parseXml((await get('/protokoll.atom')).body);
      expect(entries(doc).some((e) => text(e, 'title').includes('2024-05-21'))).toBe(false);
      expect(text(doc.documentElement!, 'updated')).toMatch(/^\d{4}-/);
    } finally {
      await demo.query(`UPDATE organs SET minutes_publication_days = ${days === null ? 'NULL' : Number(days)} WHERE code = 'KSNAU'`);
    }
  });
});

describe('GET /organ/:organ/kalender.ics', () => {
  it('parses as iCalendar with the organ\'s meetings linking to their portal pages, never to the staff app', async () => {
    const res = await get('/organ/ksnau/kalender.ics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(res.body));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const [{ count }] = await demo.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM meetings m JOIN organs o ON o.id = m.organ_id WHERE o.code = 'KSNAU' AND m.state <> 'cancelled'");
    expect(events.length).toBe(count);
    const reference = events.find((e) => e.startDate.toString().startsWith('2024-05-21'));
    expect(reference?.summary).toContain('sammanträder');
    expect(reference?.startDate.hour).toBe(13);
    expect(reference?.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Stockholm');
    const urls = calendar.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('url')));
    expect(urls).toContain(`${BASE}/organ/ksnau/2024-05-21`);
    expect(res.body).not.toContain('/app/');
    const again = await get('/organ/ksnau/kalender.ics', { 'if-none-match': String(res.headers.etag) });
    expect(again.statusCode).toBe(304);
  });

  it('answers 404 for an organ that does not exist', async () => {
    expect((await get('/organ/finns-inte/kalender.ics')).statusCode).toBe(404);
  });
});

describe('feeds and the portal', () => {
  it('every portal page announces both Atom feeds in its head', async () => {
    const page = (await get('/anslagstavla')).body;
    expect(page).toContain('<link rel="alternate" type="application/atom+xml" title="Anslagstavlan (Atom)" href="/anslagstavla.atom">');
    expect(page).toContain('href="/protokoll.atom"');
  });

  it('no feed holds secret text', async () => {
    const bodies = await Promise.all(['/anslagstavla.atom', '/protokoll.atom', '/organ/ksnau/kalender.ics', '/organ/ks/kalender.ics'].map(async (u) => (await get(u)).body));
    for (const body of bodies) for (const marker of secretTextMarkers) expect(body).not.toContain(marker);
  });
});
