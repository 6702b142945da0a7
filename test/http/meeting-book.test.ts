/**
 * The meeting book of the reference meeting (KSNAU 2024-05-21) in both versions: the agenda's page numbers are
 * the real start pages, every page has its footer, bookmarks exist, and the public version holds no secret text.
 */
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { bookmarkTitles, pageTexts, pdfInfo } from '../support/pdf.ts';
import { secretTextMarkers } from '../../src/demo/data.ts';

let demo: DemoApp;
let secretary: Client;
let meetingId: string;
const books: Record<'members' | 'public', Buffer> = {} as never;

beforeAll(async () => {
  demo = await startDemoApp();
  secretary = await loginAs(demo.app, 'sekreterare');
  const meetings = (await secretary.get('/meetings')).json() as { items: { id: string; date: string; organCode: string }[] };
  meetingId = meetings.items.find((m) => m.date === '2024-05-21' && m.organCode === 'KSNAU')!.id;
  for (const variant of ['members', 'public'] as const) {
    const res = await secretary.get(`/meetings/${meetingId}/book.pdf?variant=${variant}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    books[variant] = res.rawPayload;
  }
}, 120_000);
afterAll(async () => demo?.close());

/** Agenda rows "177/24 Title … 3" from the first pages, and the page where each item's heading "§ 177/24" stands. */
function tocAndStarts(pages: string[]) {
  const toc = new Map<string, number>();
  for (const page of pages.slice(0, 3)) {
    for (const m of page.matchAll(/^\s*(\d{3}\/24)\s.*?\s(\d+)\s*$/gm)) toc.set(m[1]!, Number(m[2]));
  }
  const starts = new Map<string, number>();
  pages.forEach((text, i) => {
    for (const m of text.matchAll(/^\s*§ (\d{3}\/24) /gm)) if (!starts.has(m[1]!)) starts.set(m[1]!, i + 1);
  });
  return { toc, starts };
}

describe.each(['members', 'public'] as const)('%s version', (variant) => {
  it('R-BOOK-1: lists §§ 177–189 with the page where each item starts', () => {
    const { toc, starts } = tocAndStarts(pageTexts(books[variant]));
    expect([...toc.keys()]).toEqual(Array.from({ length: 13 }, (_, i) => `${177 + i}/24`));
    for (const [paragraph, page] of toc) expect(starts.get(paragraph), paragraph).toBe(page);
  });
  it('R-BOOK-1: every page carries "Sida i av N"', () => {
    const pages = pageTexts(books[variant]);
    pages.forEach((text, i) => expect(text).toContain(`Sida ${i + 1} av ${pages.length}`));
  });
  it('R-BOOK-3: tagged PDF with title and a bookmark per item', () => {
    const info = pdfInfo(books[variant]);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toContain('KSNAU 2024-05-21');
    const titles = bookmarkTitles(books[variant]);
    expect(titles.filter((t) => t.startsWith('§ '))).toHaveLength(13);
  });
});

describe('public version', () => {
  it('R-BOOK-2: keeps the procurement items and says why their documents are withheld', () => {
    const text = pageTexts(books.public).join('\n');
    expect(text).toContain('Upphandling: Laboratorietjänster 2024 - Beslut tilldelning');
    expect(text).toContain('Handlingarna är sekretessmarkerade enligt OSL 19 kap. 3 § och publiceras inte.');
  });
  it('R-BOOK-2: holds no text of secret documents', () => {
    const text = pageTexts(books.public).join('\n');
    for (const marker of secretTextMarkers) expect(text).not.toContain(marker);
  });
  it('the members\' version of a reader with secret access holds them (the test can fail)', () => {
    const text = pageTexts(books.members).join('\n');
    expect(secretTextMarkers.some((m) => text.includes(m))).toBe(true);
  });
  it('a reader without secret access gets them withheld in the members\' version too', async () => {
    const registrar2 = await loginAs(demo.app, 'registrator2');
    const res = await registrar2.get(`/meetings/${meetingId}/book.pdf?variant=members`);
    const text = pageTexts(res.rawPayload).join('\n');
    for (const marker of secretTextMarkers) expect(text).not.toContain(marker);
  });
  it('is served from cache when nothing changed', async () => {
    const res = await secretary.get(`/meetings/${meetingId}/book.pdf?variant=public`);
    expect(res.headers['x-book-cached']).toBe('true');
    expect(Buffer.compare(res.rawPayload, books.public)).toBe(0);
  });
});

describe('landscape attachments', () => {
  it('get landscape book pages, with the book\'s header and footer, and every other page stays portrait', async () => {
    const pages = pageTexts(books.public);
    const doc = await PDFDocument.load(books.public);
    const wide = doc.getPages().map((page, i) => ({ n: i + 1, wide: page.getWidth() > page.getHeight() }));
    const compilation = pages.findIndex((text) => text.includes('Projekttitel och') && text.includes('Totala')) + 1;
    const riskAnalysis = pages.findIndex((text) => text.includes('Del 1. Riskanalys Kommunstyrelsen 2024')) + 1;
    expect(compilation).toBeGreaterThan(0);
    expect(riskAnalysis).toBeGreaterThan(0);
    for (const n of [compilation, riskAnalysis]) {
      expect(wide[n - 1]!.wide, `page ${n}`).toBe(true);
      expect(pages[n - 1]).toMatch(new RegExp(`Sida ${n} av ${pages.length}`));
    }
    // The agenda and the official reports are portrait.
    expect(wide[0]!.wide).toBe(false);
    expect(wide.filter((p) => p.wide).length).toBeLessThan(pages.length / 2);
  });
});

