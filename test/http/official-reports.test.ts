/**
 * Official reports (R-PREP-3): draft, versioned saves with optimistic locking, sanitised rich text, preview,
 * and finalising into a registered document of the case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { pageTexts } from '../support/pdf.ts';

interface Report { id: string; state: string; version: number; documentNumber: string | null; content: { description: string; clauses: string[] }; versions: unknown[] }

let demo: DemoApp;
let officer: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
let report: Report;

const content = {
  date: '2024-06-01', title: 'Bidrag till föreningslivet', decision: 'decides', clauses: ['bevilja 50 000 kronor'],
  description: '<h2>Bakgrund</h2><p>Föreningen har ansökt.</p><script>alert("x")</script><p onclick="x()">Ok</p>',
  basis: [{ documentId: null, text: 'Ansökan' }], preparedBy: [{ name: 'Anna Andersson', title: 'Handläggare' }], distribution: ['Sökande'], signatories: [],
};

beforeAll(async () => {
  demo = await startDemoApp();
  officer = await loginAs(demo.app, 'handlaggare');
  ids = await demoIds(demo);
}, 120_000);
afterAll(async () => demo?.close());

describe('official report', () => {
  it('starts a draft for a case and organ', async () => {
    const res = await officer.post('/reports', { caseId: ids.caseId('KS-2024/00361'), organId: ids.organId('KSNAU') });
    expect(res.statusCode).toBe(201);
    report = res.json() as Report;
    expect(report.state).toBe('draft');
    expect(report.version).toBe(1);
  });
  it('saves a new version with the rich text sanitised', async () => {
    const res = await officer.request({ method: 'PUT', url: `/api/v1/reports/${report.id}`, payload: { version: 1, content } });
    expect(res.statusCode).toBe(200);
    report = res.json() as Report;
    expect(report.version).toBe(2);
    expect(report.content.description).not.toContain('script');
    expect(report.content.description).not.toContain('onclick');
    expect(report.versions).toHaveLength(2);
  });
  it('refuses a save on a stale version and keeps the newer one', async () => {
    const res = await officer.request({ method: 'PUT', url: `/api/v1/reports/${report.id}`, payload: { version: 1, content: { ...content, title: 'Gammal' } } });
    expectProblem(res, 409, 'conflict');
    expect(((await officer.get(`/reports/${report.id}`)).json() as Report).content).toMatchObject({ title: content.title });
  });
  it('previews as PDF with the Dnr and the att-clauses', async () => {
    const res = await officer.get(`/reports/${report.id}/preview.pdf`);
    const text = pageTexts(res.rawPayload).join('\n');
    expect(text).toContain('Dnr: KS-2024/00361');
    expect(text).toContain('Kommunstyrelsens näringslivs- och arbetsutskott beslutar');
    expect(text).toMatch(/att\s+bevilja 50 000 kronor/);
    expect(text).not.toContain('alert');
  });
  it('refuses to finalise an incomplete report, naming the fields', async () => {
    const draft = (await officer.post('/reports', { caseId: ids.caseId('KS-2024/00361'), organId: ids.organId('KSNAU') })).json() as Report;
    const res = await officer.post(`/reports/${draft.id}/finalise`, { version: 1 });
    const problem = expectProblem(res, 400, 'validation') as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['clauses', 'description', 'preparedBy']));
  });
  it('finalises into the case\'s next registered document, and freezes', async () => {
    const res = await officer.post(`/reports/${report.id}/finalise`, { version: 2 });
    expect(res.statusCode).toBe(200);
    report = res.json() as Report;
    expect(report.state).toBe('final');
    expect(report.documentNumber).toBe('KS-2024/00361-3');
    const doc = (await officer.get(`/cases/${ids.caseId('KS-2024/00361')}`)).json() as { documents: { number: string; kind: string; files: { mediaType: string }[] }[] };
    const registered = doc.documents.find((d) => d.number === 'KS-2024/00361-3')!;
    expect(registered.kind).toBe('official_report');
    expect(registered.files[0]!.mediaType).toBe('application/pdf');
    expectProblem(await officer.request({ method: 'PUT', url: `/api/v1/reports/${report.id}`, payload: { version: 2, content } }), 409, 'conflict');
    // The case's list of reports names each by title, date, organ and registered number.
    const list = (await officer.get(`/cases/${ids.caseId('KS-2024/00361')}/reports`)).json() as { items: Record<string, unknown>[] };
    expect(list.items.find((r) => r.id === report.id)).toMatchObject({ title: content.title, state: 'final', documentNumber: 'KS-2024/00361-3', organName: expect.any(String), date: expect.any(String) });
  });
  it('the auditor sees the report events in the log', async () => {
    const [{ count }] = await demo.query<{ count: number }>(`SELECT count(*)::int AS count FROM audit_events WHERE entity_id = '${report.id}'`);
    expect(count).toBe(3);
  });
  it('a member cannot write reports', async () => {
    const member = await loginAs(demo.app, 'ledamot');
    expectProblem(await member.post('/reports', { caseId: ids.caseId('KS-2024/00361'), organId: ids.organId('KSNAU') }), 403, 'forbidden');
  });
});
