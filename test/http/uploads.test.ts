/**
 * Registration input at the HTTP edge: file content checks (415), empty files (400), the upload limit (413),
 * text and date validation naming the field (400) — and a refused registration leaves the database as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, expectProblem, loginAs, multipart, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { textPdf } from '../../src/demo/pdf.ts';
import { swedishDate } from '../../src/domain/dates.ts';

const LIMIT = 2 * 1024 * 1024;
let demo: DemoApp;
let registrar: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  demo = await startDemoApp({ uploadLimitBytes: LIMIT });
  registrar = await loginAs(demo.app, 'registrator');
  ids = await demoIds(demo);
});
afterAll(async () => { await demo?.close(); });

const today = () => swedishDate(new Date());
const tomorrow = () => swedishDate(new Date(Date.now() + 36 * 3600_000));
const newCaseLetter = (extra: Record<string, unknown> = {}) => ({
  newCase: { registryId: ids.registryId('KS'), title: 'Skrivelse om parkering' }, kind: 'letter', direction: 'incoming', registeredDate: today(),
  description: 'Skrivelse om parkering', counterparty: { name: 'Bo Berg' }, ...extra,
});

async function counts(): Promise<Record<string, number>> {
  const [row] = await demo.query<Record<string, number>>(`SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM documents)::int AS documents,
    (SELECT count(*) FROM files)::int AS files, (SELECT count(*) FROM audit_events)::int AS audit_events, (SELECT coalesce(sum(last_seq), 0) FROM case_counters)::int AS counters`);
  return row!;
}

/** Runs a registration that must be refused and checks that no row anywhere changed. */
async function refusedWithoutTrace(run: () => ReturnType<Client['register']>, status: number, code: string): Promise<Record<string, unknown>> {
  const before = await counts();
  const problem = expectProblem(await run(), status, code);
  expect(await counts()).toEqual(before);
  return problem;
}

describe('file content', () => {
  it('answers 415 for a file that claims to be a PDF but is not, and keeps the database as it was', async () => {
    const problem = await refusedWithoutTrace(() => registrar.register(newCaseLetter(), { name: 'skrivelse.pdf', bytes: Buffer.from('Hej! Detta är ingen PDF.'), contentType: 'application/pdf' }), 415, 'unsupported_media_type');
    expect(problem.detail).toContain('skrivelse.pdf');
  });

  it('answers 415 for a PNG image named .pdf', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f00000000049454e44ae426082', 'hex');
    await refusedWithoutTrace(() => registrar.register(newCaseLetter(), { name: 'bild.pdf', bytes: png, contentType: 'application/pdf' }), 415, 'unsupported_media_type');
  });

  it('answers 400 naming the file for a 0-byte upload', async () => {
    const problem = await refusedWithoutTrace(() => registrar.register(newCaseLetter(), { name: 'tom.pdf', bytes: Buffer.alloc(0), contentType: 'application/pdf' }), 400, 'validation');
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'file' })]);
    expect(problem.detail).toContain('tom.pdf');
  });

  it('answers 413 naming the limit in MB for an upload over the limit', async () => {
    const big = Buffer.concat([await textPdf('Stor', 'fil', 'x'), Buffer.alloc(LIMIT + 1024, 0x20)]);
    const problem = await refusedWithoutTrace(() => registrar.register(newCaseLetter(), { name: 'stor.pdf', bytes: big, contentType: 'application/pdf' }), 413, 'payload_too_large');
    expect(problem.detail).toContain('2 MB');
  });

  it('accepts a real PDF larger than the 1 MB JSON body limit but under the upload limit', async () => {
    const pdf = await textPdf('Bilaga', 'KS', 'Text');
    const padded = Buffer.concat([pdf, Buffer.alloc(LIMIT - pdf.length - 4096, 0x0a)]);
    const res = await registrar.register(newCaseLetter(), { name: 'bilaga.pdf', bytes: padded, contentType: 'application/pdf' });
    expect(res.statusCode).toBe(201);
    expect(res.json().files[0]).toMatchObject({ size: padded.length, mediaType: 'application/pdf' });
  });
});

describe('the metadata part', () => {
  it('accepts metadata sent as a JSON part with Content-Type application/json (curl -F "metadata=@m.json;type=application/json")', async () => {
    const body = multipart([{ name: 'metadata', value: JSON.stringify(newCaseLetter()), contentType: 'application/json' }]);
    const res = await registrar.request({ method: 'POST', url: '/api/v1/documents', payload: body.payload, headers: body.headers });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().description).toBe('Skrivelse om parkering');
  });
});

describe('text and dates', () => {
  it('answers 400 naming the field for invalid UTF-8 in the title', async () => {
    const json = Buffer.from(JSON.stringify(newCaseLetter({ newCase: { registryId: ids.registryId('KS'), title: 'TITEL' } })), 'utf8');
    const at = json.indexOf('TITEL');
    json[at + 1] = 0xff; // not valid UTF-8
    const body = multipart([{ name: 'metadata', value: json }]);
    const problem = await refusedWithoutTrace(() => registrar.request({ method: 'POST', url: '/api/v1/documents', payload: body.payload, headers: body.headers }), 400, 'validation');
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'newCase.title' })]);
  });

  it('answers 400 naming the field for control characters in the title and the description', async () => {
    const problem = await refusedWithoutTrace(() => registrar.register(newCaseLetter({ newCase: { registryId: ids.registryId('KS'), title: 'Skrivelse\u0007' }, description: 'Ok\u001b[31m' })), 400, 'validation');
    expect((problem.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['description', 'newCase.title']);
  });

  it('R-REG-2: answers 400 for a future registered date, naming the field and the date', async () => {
    const problem = await refusedWithoutTrace(() => registrar.register(newCaseLetter({ registeredDate: tomorrow() })), 400, 'validation');
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'registeredDate' })]);
    expect(problem.detail).toMatch(/^registeredDate: /);
    expect(problem.detail).toContain(tomorrow());
  });

  it('R-REG-2: answers 400 for an impossible date such as 2024-02-30', async () => {
    const problem = await refusedWithoutTrace(() => registrar.register(newCaseLetter({ registeredDate: '2024-02-30' })), 400, 'validation');
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'registeredDate' })]);
  });

  it('R-REG-1: answers 400 for an incoming letter without sender', async () => {
    const problem = await refusedWithoutTrace(() => registrar.register(newCaseLetter({ counterparty: null })), 400, 'validation');
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'counterparty.name' })]);
  });
});
