/**
 * Meeting-book build time: a synthetic book of about 120 pages (20 items; 20 official reports of 2–3 pages and
 * 23 attached PDFs with 70 pages in all) compiled through the real use case on the embedded store. Reports the
 * cold build (first compile in the process), the warm build (inputs changed, compiler warm), peak RSS of the
 * process that builds (the demo municipality is loaded beforehand by `namnd demo` in its own process, so its
 * rendering does not count), and the floor: a plain `qpdf --empty --pages …` merge of the same PDFs, timed in the same run, with the ratio.
 *
 * Prints one JSON object per line and figure on stdout; progress on stderr.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { migrateDatabase, openDatabase } from '../src/db/client.ts';
import { FileStore } from '../src/files/store.ts';
import { systemClock } from '../src/clock.ts';
import { users, meetings } from '../src/db/schema/index.ts';
import { actorOf, loadUserView } from '../src/use-cases/sessions.ts';
import { registerDocument } from '../src/use-cases/registerDocument.ts';
import { createMeeting } from '../src/use-cases/meetings/createMeeting.ts';
import { addAgendaItem } from '../src/use-cases/meetings/agendaItems.ts';
import { compileMeetingBook } from '../src/use-cases/meetings/compileMeetingBook.ts';
import type { Ctx } from '../src/use-cases/context.ts';
import { emit, log, logMachine } from './lib/report.ts';

async function textPdf(title: string, pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= pages; p++) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(`${title} — sida ${p}`, { x: 56, y: 780, size: 16, font });
    for (let l = 0; l < 40; l++) page.drawText(`Rad ${l + 1}: Kommunstyrelsen har ett årligt anslag för klimatneutralitet och tillväxt.`, { x: 56, y: 740 - l * 16, size: 10, font });
  }
  return Buffer.from(await doc.save());
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'namnd-bench-book-'));
logMachine();
log('loading the demo municipality (namnd demo)…');
execFileSync(process.execPath, [path.join(import.meta.dirname, '../bin/namnd.js'), 'demo'], { env: { ...process.env, DATA_DIR: dir, FILES_DIR: '' }, stdio: ['ignore', 'ignore', 'inherit'] });
const database = await openDatabase({ dataDir: dir });
try {
  await migrateDatabase(database.db);
  const services = { db: database.db, clock: systemClock, files: new FileStore(path.join(dir, 'files')) };
  const ctxOf = async (username: string): Promise<Ctx> => {
    const [u] = await database.db.select().from(users).where(eq(users.username, username));
    return { ...services, actor: actorOf((await loadUserView(database.db, u!.id))!, u!.bodyId) };
  };
  const registrar = await ctxOf('registrator');
  const secretary = await ctxOf('sekreterare');
  const registry = (await database.db.query.registries.findFirst())!;

  // 20 items: each a report of 2–3 pages; 23 attachments with 70 pages in all (17 × 3 + 6 × 3 + 1 extra page).
  const attachmentPages = Array.from({ length: 23 }, (_, i) => (i < 1 ? 4 : 3));
  const pdfs: string[] = [];
  const caseIds: string[] = [];
  for (let i = 0; i < 20; i++) {
    const report = await textPdf(`Tjänsteskrivelse ${i + 1}`, i % 2 === 0 ? 3 : 2);
    const first = await registerDocument(registrar, {
      metadata: { newCase: { registryId: registry.id, title: `Syntetiskt ärende ${i + 1}` }, kind: 'official_report', direction: 'internal', registeredDate: '2026-11-20', description: `Tjänsteskrivelse ${i + 1}` },
      file: { name: `ts-${i + 1}.pdf`, mediaType: 'application/pdf', bytes: report },
    });
    caseIds.push(first.caseId);
    const file = path.join(dir, `r${i}.pdf`);
    fs.writeFileSync(file, report);
    pdfs.push(file);
  }
  for (const [a, pages] of attachmentPages.entries()) {
    const bytes = await textPdf(`Bilaga ${a + 1}`, pages);
    await registerDocument(registrar, {
      metadata: { caseId: caseIds[a % 20], kind: 'annex', direction: 'internal', registeredDate: '2026-11-20', description: `Bilaga ${a + 1}` },
      file: { name: `bilaga-${a + 1}.pdf`, mediaType: 'application/pdf', bytes },
    });
    const file = path.join(dir, `a${a}.pdf`);
    fs.writeFileSync(file, bytes);
    pdfs.push(file);
  }
  const organId = (await database.db.query.organs.findFirst({ where: (o, { eq: is }) => is(o.code, 'KSNAU') }))!.id;
  const meeting = await createMeeting(secretary, { organId, date: '2026-12-22', startTime: '13:15', place: 'Kommunstyrelsens sammanträdesrum' });
  for (const caseId of caseIds) await addAgendaItem(secretary, meeting.id, { caseId, sectionId: meeting.sections[1]!.id });

  const time = async (label: string) => {
    const start = process.hrtime.bigint();
    const book = await compileMeetingBook(secretary, meeting.id, 'members');
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    log(`${label}: ${book.pages} pages in ${seconds.toFixed(3)} s (cached: ${book.cached})`);
    return { seconds, pages: book.pages };
  };
  const cold = await time('cold');
  const warmRuns: number[] = [];
  for (let run = 0; run < 3; run++) {
    await database.db.update(meetings).set({ place: `Sammanträdesrum ${run}` }).where(eq(meetings.id, meeting.id)); // new input: no cache hit
    warmRuns.push((await time(`warm ${run + 1}`)).seconds);
  }
  const warm = warmRuns.sort((a, b) => a - b)[1]!;
  const floorRuns: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = process.hrtime.bigint();
    execFileSync('qpdf', ['--empty', '--pages', ...pdfs, '--', path.join(dir, 'merged.pdf')]);
    floorRuns.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  const floor = floorRuns.sort((a, b) => a - b)[1]!;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  emit({ name: 'book_pages', value: cold.pages, unit: 'pages', target: null, better: 'higher' });
  emit({ name: 'book_build_cold_s', value: Number(cold.seconds.toFixed(3)), unit: 's', target: null, better: 'lower' });
  emit({ name: 'book_build_warm_s', value: Number(warm.toFixed(3)), unit: 's', target: 1, better: 'lower' });
  emit({ name: 'book_qpdf_floor_s', value: Number(floor.toFixed(3)), unit: 's', target: null, better: 'lower' });
  emit({ name: 'book_warm_to_floor_ratio', value: Number((warm / floor).toFixed(2)), unit: 'x', target: 3, better: 'lower' });
  emit({ name: 'book_peak_rss_mb', value: Math.round(rssMb), unit: 'MB', target: 300, better: 'lower' });
} finally {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
