/**
 * Untrusted files are read off the event loop, within limits (F5): the hostile follow-up import of the finding (a
 * few kilobytes unpacking to one 3 MiB inline string) is refused with 413 naming the limit while /healthz keeps
 * answering; a zip bomb is refused from its headers before it is unpacked, and one whose headers lie is caught at
 * the declared size; a sheet with too many cells is refused naming the limit. (Speed is measured in
 * bench/untrusted.ts, not here.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, expectProblem, loginAs, multipart, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { hugeInlineStringXlsx, manyCellsXlsx, xlsx, zip } from '../support/zip.ts';
import { checkOfficeContainer, readPdfFacts, stopUntrustedWorkers } from '../../src/files/untrusted/index.ts';
import { centralDirectory } from '../../src/files/untrusted/zip.ts';
import { textPdf } from '../../src/demo/pdf.ts';

let demo: DemoApp;
let finance: Client;
let followUp: { id: string; version: number };
beforeAll(async () => {
  demo = await startDemoApp();
  finance = await loginAs(demo.app, 'ekonomi');
  const ids = await demoIds(demo);
  const res = await finance.post('/follow-ups', { organId: ids.organId('KS'), year: 2025, tertial: 'T1' });
  expect(res.statusCode, res.body).toBe(201);
  followUp = res.json() as { id: string; version: number };
}, 180_000);
afterAll(async () => { await demo?.close(); await stopUntrustedWorkers(); });

function importFile(name: string, bytes: Buffer) {
  const body = multipart([{ name: 'version', value: String(followUp.version) }, { name: 'file', filename: name, value: bytes, contentType: 'application/octet-stream' }]);
  return finance.request({ method: 'POST', url: `/api/v1/follow-ups/${followUp.id}/import`, payload: body.payload, headers: body.headers });
}

const MB = 1024 * 1024;
const header = '<row r="1">' + ['Rad', 'Budget', 'Utfall', 'Budget helår', 'Prognos helår', 'Jämförelse'].map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('') + '</row>';

describe('the hostile follow-up import (F5)', () => {
  it('is 4.6 kB unpacking to a 3 MiB inline string, as in the finding', () => {
    const file = hugeInlineStringXlsx(3);
    expect(file.length).toBeLessThan(6000);
    expect(centralDirectory(file)!.reduce((n, e) => n + e.size, 0)).toBeGreaterThan(3 * MB);
  });

  it('is refused with 413 naming the limit, and /healthz answers while it is being read', async () => {
    const order: string[] = [];
    const hostile = importFile('hostile.xlsx', hugeInlineStringXlsx(3)).then((res) => { order.push('import'); return res; });
    // Let the upload reach the worker, then ask for /healthz: it must come back before the import does.
    await new Promise((resolve) => setImmediate(resolve));
    const health = await demo.app.inject({ method: 'GET', url: '/healthz' });
    order.push('healthz');
    expect(health.statusCode).toBe(200);
    const problem = expectProblem(await hostile, 413, 'payload_too_large');
    expect(order).toEqual(['healthz', 'import']);
    expect(problem.detail).toBe('hostile.xlsx: En cell i filen har för lång text: högst 1 000 tecken.');
    expect(Number((await demo.query<{ n: string }>(`SELECT count(*) AS n FROM follow_up_values WHERE follow_up_id = '${followUp.id}'`))[0].n)).toBe(0);
  });

  it('a zip bomb is refused from its headers, naming the unpacked limit (20 MB)', async () => {
    const bomb = xlsx(header + '<row r="2"><c r="A2"><v>1</v></c></row>' + ' '.repeat(40 * MB));
    expect(bomb.length).toBeLessThan(100_000);
    const problem = expectProblem(await importFile('bomb.xlsx', bomb), 413, 'payload_too_large');
    expect(problem.detail).toBe('bomb.xlsx: Filen är för stor uppackad: högst 20 MB.');
  });

  it('a zip whose headers under-state the unpacked size is caught at the declared size', async () => {
    const liar = xlsx(header + ' '.repeat(2 * MB), { declaredSheetSize: 4096 });
    const problem = expectProblem(await importFile('liar.xlsx', liar), 413, 'payload_too_large');
    expect(problem.detail).toContain('Filen är för stor uppackad');
  });

  it('a sheet with more than 100 000 cells is refused, naming the limit', async () => {
    const problem = expectProblem(await importFile('celler.xlsx', manyCellsXlsx(1001, 101)), 413, 'payload_too_large');
    expect(problem.detail).toBe('celler.xlsx: Filen har för många celler: högst 100 000.');
  });

  it('a CSV with a cell over the limit is refused too', async () => {
    const csv = `Rad;Budget;Utfall;Budget helår;Prognos helår;Jämförelse\n${'A '.repeat(300_000)};1;2;3;4;5\n`;
    const problem = expectProblem(await importFile('lång.csv', Buffer.from(csv)), 413, 'payload_too_large');
    expect(problem.detail).toContain('högst 1 000 tecken');
  });

  it('a large sheet that is not a follow-up lists its first hundred problems, and how many more there are', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>Rad ${i}</t></is></c></row>`).join('');
    const problem = expectProblem(await importFile('annat.xlsx', xlsx(header + rows)), 400, 'validation');
    const errors = problem.errors as { message: string }[];
    expect(errors).toHaveLength(101);
    expect(errors[100]!.message).toMatch(/^… och \d+ fel till; rätta de första och försök igen$/);
  });

  it('an ordinary XLSX still imports', async () => {
    const row = (r: number, label: string, values: number[]) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${label}</t></is></c>${values.map((v, i) => `<c r="${String.fromCharCode(66 + i)}${r}"><v>${v}</v></c>`).join('')}</row>`;
    const res = await importFile('ok.xlsx', xlsx(header + row(2, 'Verksamhetens intäkter', [1000, 2000, 3000, 4000, 500])));
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as { imported: unknown }).imported).toEqual({ lines: 1, figures: 5 });
  });
});

describe('document uploads', () => {
  it('a DOCX zip bomb is refused at upload with 413 naming the unpacked limit, and nothing is stored', async () => {
    const registrar = await loginAs(demo.app, 'registrator');
    const ids = await demoIds(demo);
    const bomb = zip([
      { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
      { name: 'word/document.xml', data: Buffer.alloc(210 * MB, 0x20) },
    ]);
    const before = (await demo.query<{ n: number }>('SELECT count(*)::int AS n FROM files'))[0].n;
    const res = await registrar.register({
      newCase: { registryId: ids.registryId('KS'), title: 'Skrivelse' }, kind: 'letter', direction: 'incoming', registeredDate: new Date().toISOString().slice(0, 10),
      description: 'Skrivelse', counterparty: { name: 'Bo Berg' },
    }, { name: 'skrivelse.docx', bytes: bomb, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const problem = expectProblem(res, 413, 'payload_too_large');
    expect(problem.detail).toBe('skrivelse.docx: Filen är för stor uppackad: högst 200 MB.');
    expect((await demo.query<{ n: number }>('SELECT count(*)::int AS n FROM files'))[0].n).toBe(before);
  });
});

describe('the untrusted-file module', () => {
  it('refuses an office container over its limits before LibreOffice sees it', async () => {
    const many = zip(Array.from({ length: 10_001 }, (_, i) => ({ name: `f${i}.xml`, data: '', store: true })));
    await expect(checkOfficeContainer('många.docx', many)).rejects.toMatchObject({ code: 'payload_too_large', message: 'många.docx: Filen innehåller för många delar: högst 10 000.' });
    const bomb = zip([{ name: 'word/document.xml', data: Buffer.alloc(210 * MB) }]);
    await expect(checkOfficeContainer('bomb.docx', bomb)).rejects.toMatchObject({ code: 'payload_too_large', message: 'bomb.docx: Filen är för stor uppackad: högst 200 MB.' });
  });

  it('reads a PDF\'s pages in the worker, and calls a PDF that is really HTML corrupt', async () => {
    expect(await readPdfFacts('a.pdf', await textPdf('Rubrik', 'Text', 'x'))).toEqual({ ok: true, encrypted: false, pages: 1, landscape: [] });
    expect(await readPdfFacts('b.pdf', Buffer.from('%PDF-1.7\n<html><script>alert(1)</script></html>'))).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('ends a worker that passes its deadline and refuses the file naming the time limit; the next file gets a new worker', async () => {
    // Inflating 100 MB takes far longer than a millisecond.
    const slow = { unpackedBytes: 1024 * MB, entries: 1000, cells: 0, cellChars: 0, ms: 1 };
    await expect(checkOfficeContainer('seg.docx', zip([{ name: 'a.xml', data: Buffer.alloc(100 * MB) }]), slow))
      .rejects.toMatchObject({ code: 'payload_too_large', message: 'seg.docx: Filen tar för lång tid att läsa: högst 1 sekund.' });
    expect(await checkOfficeContainer('ok.docx', zip([{ name: 'a.xml', data: 'x' }]))).toEqual({ entries: 1 });
  });
});
