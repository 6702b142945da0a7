/**
 * A 500-page attachment in the meeting book (issue bad input): it is embedded page by page, the agenda points to
 * the page it starts on, and every page carries "Sida i av N".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { demoIds, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { pageTexts } from '../support/pdf.ts';

let demo: DemoApp;
let registrar: Client, secretary: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;

async function pages(count: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= count; i++) doc.addPage([595, 842]).drawText(`Bilagesida ${i} av ${count}`, { x: 60, y: 780, size: 12, font });
  return Buffer.from(await doc.save());
}

beforeAll(async () => {
  demo = await startDemoApp();
  registrar = await loginAs(demo.app, 'registrator');
  secretary = await loginAs(demo.app, 'sekreterare');
  ids = await demoIds(demo);
}, 120_000);
afterAll(async () => demo?.close());

describe('a meeting book with a 500-page attachment', () => {
  it('R-BOOK-1: embeds all pages with running page numbers and the right start page on the agenda', async () => {
    const registered = await registrar.register({
      caseId: ids.caseId('KS-2024/00456'), kind: 'annex', direction: 'incoming', registeredDate: '2024-05-02',
      description: 'Bilaga: detaljerad utredning (500 sidor)', counterparty: { name: 'Konsultbolaget AB' },
    }, { name: 'utredning.pdf', bytes: await pages(500), contentType: 'application/pdf' });
    expect(registered.statusCode).toBe(201);
    const annex = registered.json() as { id: string; number: string };

    const meeting = (await secretary.post('/meetings', { organId: ids.organId('KSNAU'), date: '2027-03-02', startTime: '13:15', place: 'Sammanträdesrummet' })).json() as { id: string; sections: { id: string }[] };
    const added = await secretary.post(`/meetings/${meeting.id}/items`, { caseId: ids.caseId('KS-2024/00456'), sectionId: meeting.sections[1]!.id, documentIds: [annex.id] });
    expect(added.statusCode).toBe(201);

    const res = await secretary.get(`/meetings/${meeting.id}/book.pdf?variant=members`);
    expect(res.statusCode).toBe(200);
    const text = pageTexts(res.rawPayload);
    const total = text.length;
    expect(total).toBeGreaterThanOrEqual(501);
    text.forEach((page, i) => expect(page, `page ${i + 1}`).toMatch(new RegExp(`Sida ${i + 1} av ${total}`)));
    const first = text.findIndex((p) => p.includes('Bilagesida 1 av 500')) + 1;
    const last = text.findIndex((p) => p.includes('Bilagesida 500 av 500')) + 1;
    expect(last - first).toBe(499);
    const agendaRow = text[0]!.split('\n').find((l) => /^\s*\d+\/27\s.*Utvecklingsanslag/.test(l));
    expect(agendaRow, 'the agenda row of the item').toBeDefined();
    expect(Number(/(\d+)\s*$/.exec(agendaRow!.trim())?.[1])).toBe(first);
  }, 120_000);
});
