/**
 * The risk analysis and internal control register over HTTP, on the demo municipality: Kommunstyrelsen's 2024
 * analysis as the reference prints it (values, handling, heat map, control plan, T1 comments), the bad input the
 * issue lists (probability or consequence outside 1–4, bands with a gap, a comment outside the frequency), stale
 * versions, who may edit, and the generated document registered in a case with its tables' text in the PDF.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { pageTexts } from '../support/pdf.ts';
import type { RiskAnalysisSummary, RiskAnalysisView } from '../../src/use-cases/risks/view.ts';

let demo: DemoApp;
let finance: Client, leisure: Client, member: Client;
let ks: string, ksnau: string;
let analysis: RiskAnalysisView;
beforeAll(async () => {
  demo = await startDemoApp();
  finance = await loginAs(demo.app, 'ekonomi');
  leisure = await loginAs(demo.app, 'fritid');
  member = await loginAs(demo.app, 'ledamot');
  const ids = await demoIds(demo);
  ks = ids.organId('KS');
  ksnau = ids.organId('KSNAU');
  const list = (await finance.get(`/risk-analyses?organId=${ks}&year=2024`)).json() as { items: RiskAnalysisSummary[] };
  analysis = (await finance.get(`/risk-analyses/${list.items[0]!.id}`)).json() as RiskAnalysisView;
}, 120_000);
afterAll(async () => { await demo?.close(); });

const risk = (view: RiskAnalysisView, number: string) => view.risks.find((r) => r.number === number)!;
const flat = (pages: string[]) => pages.join('\n').replace(/\s+/g, ' ');

describe('the demo: Kommunstyrelsen 2024 (§ 188/24)', () => {
  it('holds the 15 risks with the reference\'s values and handling', () => {
    expect(analysis).toMatchObject({ organCode: 'KS', year: 2024, establishedOn: '2023-11-05', riskCount: 15 });
    expect(analysis.risks.map((r) => `${r.number} ${r.value} ${r.handlingLabel}`)).toEqual([
      'R1 6 Reducera risk', 'R2 12 Minimera risk', 'R3 6 Reducera risk', 'R4 16 Minimera risk', 'R5 12 Minimera risk',
      'R6 6 Reducera risk', 'R7 6 Reducera risk', 'R8 6 Reducera risk', 'R9 12 Minimera risk', 'R10 6 Reducera risk',
      'R11 12 Minimera risk', 'R12 6 Reducera risk', 'R13 9 Reducera risk', 'R14 9 Reducera risk', 'R15 9 Reducera risk',
    ]);
    expect(analysis.warnings).toEqual([]);
  });

  it('has the control plan with frequencies and the T1 comments (R10\'s as an unscheduled follow-up)', () => {
    expect(risk(analysis, 'R1').control).toMatchObject({ responsible: 'HR-chef', frequency: 'T2, T3', followUps: [] });
    expect(risk(analysis, 'R11').control!.followUps).toMatchObject([{ tertial: 1, comment: 'Rapporteras T2', unscheduled: false, recordedBy: 'Helena Forsgren' }]);
    expect(risk(analysis, 'R10').control).toMatchObject({ frequency: 'T3', followUps: [{ tertial: 1, unscheduled: true }] });
    expect(analysis.risks.filter((r) => r.control!.followUps.some((f) => f.tertial === 1)).map((r) => r.number)).toEqual(['R4', 'R8', 'R9', 'R10', 'R11', 'R12', 'R13', 'R14']);
  });

  it('gives the heat map\'s cells and a text alternative naming every risk', () => {
    const cell = (p: number, c: number) => analysis.matrix.cells.find((x) => x.probability === p && x.consequence === c)!;
    expect(cell(4, 4)).toMatchObject({ value: 16, handling: 'minimise', risks: ['R4'] });
    expect(cell(3, 2)).toMatchObject({ value: 6, handling: 'reduce', risks: ['R6', 'R7', 'R8', 'R10', 'R12'] });
    expect(cell(1, 3)).toMatchObject({ value: 3, handling: 'accept', risks: [] });
    expect(analysis.matrix.summary).toContain('Minimera risk (12–16): R4 (Sannolik × Allvarlig = 16)');
    expect(analysis.matrix.summary).toContain('Acceptera risk (1–3): inga risker.');
  });

  it('generated Bilaga 2 (KS-2024/00482-3) from the register: the tables\' text is in its PDF', async () => {
    const ids = await demoIds(demo);
    const res = await finance.get(`/files/${ids.fileOf('KS-2024/00482-3')}`);
    expect(res.statusCode).toBe(200);
    const text = flat(pageTexts(res.rawPayload));
    expect(text).toContain('Del 1. Riskanalys Kommunstyrelsen 2024');
    expect(text).toMatch(/R4 Sannolik Allvarlig 16 Minimera risk/);
    expect(text).toMatch(/R13 Möjlig Kännbar 9 Reducera risk/);
    expect(text).toContain('Del 2. Uppföljning internkontrollplan jan-april 2024');
    expect(text).toContain('Kommentar per T1');
    expect(text).toContain('Reviderade riktlinjer för styrande'); // R8's T1 comment (columns interleave in the text layer)
    expect(text).toContain('Rapporteras T2');
    expect(text).toContain('12-16 Minimera risk Direkta och omfattande åtgärder ska finnas med i internkontrollplan');
  });
});

describe('keeping an analysis', () => {
  let created: RiskAnalysisView;

  it('creates an analysis with the reference\'s scales and bands; the year is unique per organ', async () => {
    const res = await finance.post('/risk-analyses', { organId: ksnau, year: 2025, establishedOn: '2024-11-04' });
    expect(res.statusCode).toBe(201);
    created = res.json() as RiskAnalysisView;
    expect(created.probabilityScale.map((s) => s.label)).toEqual(['Osannolik', 'Mindre sannolik', 'Möjlig', 'Sannolik']);
    expect(created.thresholds.map((b) => `${b.from}-${b.to} ${b.label}`)).toEqual(['12-16 Minimera risk', '4-11 Reducera risk', '1-3 Acceptera risk']);
    const again = expectProblem(await finance.post('/risk-analyses', { organId: ksnau, year: 2025, establishedOn: '2024-11-04' }), 400, 'validation');
    expect(again.errors).toEqual([{ field: 'year', message: 'KSNAU har redan en riskanalys för 2025' }]);
  });

  it('adds a risk; probability or consequence outside 1–4 is refused naming the field, and nothing is written', async () => {
    const bad = expectProblem(await finance.post(`/risk-analyses/${created.id}/risks`, { number: 'R1', controlArea: 'Ekonomi', description: 'Risk', probability: 5, consequence: 0 }), 400, 'validation');
    expect(bad.errors).toEqual([{ field: 'probability', message: 'måste vara ett heltal 1–4' }, { field: 'consequence', message: 'måste vara ett heltal 1–4' }]);
    const [{ n }] = await demo.query<{ n: string }>(`SELECT count(*) AS n FROM risks WHERE analysis_id = '${created.id}'`);
    expect(Number(n)).toBe(0);
    const res = await finance.post(`/risk-analyses/${created.id}/risks`, { number: 'r1', controlArea: 'God ekonomisk hushållning', description: 'Risk för att kostnadsutveckling överstiger tillgängliga medel', probability: 1, consequence: 2 });
    expect(res.statusCode).toBe(201);
    created = res.json() as RiskAnalysisView;
    expect(risk(created, 'R1')).toMatchObject({ value: 2, handling: 'accept', handlingLabel: 'Acceptera risk' });
    const dup = expectProblem(await finance.post(`/risk-analyses/${created.id}/risks`, { number: 'R1', controlArea: 'X', description: 'Y', probability: 1, consequence: 1 }), 400, 'validation');
    expect(dup.errors).toEqual([{ field: 'number', message: 'R1 finns redan i analysen' }]);
  });

  it('a changed risk moves to its new handling; a stale version is a conflict and changes nothing', async () => {
    const r1 = risk(created, 'R1');
    const body = { number: 'R1', controlArea: r1.controlArea, description: r1.description, probability: 3, consequence: 3 };
    const res = await finance.put(`/risks/${r1.id}`, { ...body, version: r1.version });
    expect(res.statusCode).toBe(200);
    created = res.json() as RiskAnalysisView;
    expect(risk(created, 'R1')).toMatchObject({ value: 9, handling: 'reduce', version: 2 });
    expect(created.warnings).toEqual([{ riskNumber: 'R1', message: 'R1 (Reducera risk) saknar kontrollmoment i internkontrollplanen' }]);
    expectProblem(await finance.put(`/risks/${r1.id}`, { ...body, probability: 4, version: 1 }), 409, 'conflict');
    expect(risk((await finance.get(`/risk-analyses/${created.id}`)).json() as RiskAnalysisView, 'R1').value).toBe(9);
  });

  it('the control plan: a control with a frequency; a comment outside it is refused unless unscheduled', async () => {
    const r1 = risk(created, 'R1');
    const noFreq = expectProblem(await finance.put(`/risks/${r1.id}/control`, { control: 'Månatlig uppföljning', method: 'Kontroll av rapport', responsible: 'Eko-dir', tertials: [] }), 400, 'validation');
    expect(noFreq.errors).toEqual([{ field: 'tertials', message: 'välj minst en tertial (T1, T2 eller T3)' }]);
    created = (await finance.put(`/risks/${r1.id}/control`, { control: 'Månatlig uppföljning', method: 'Kontroll av rapport', responsible: 'Eko-dir', tertials: 'T2, T3' })).json() as RiskAnalysisView;
    const control = risk(created, 'R1').control!;
    expect(control).toMatchObject({ frequency: 'T2, T3', version: 1 });
    expect(created.warnings).toEqual([]);
    const outside = expectProblem(await finance.put(`/internal-controls/${control.id}/follow-up`, { tertial: 1, comment: 'Tidigt' }), 400, 'validation');
    expect(outside.errors).toEqual([{ field: 'tertial', message: 'kontrollen följs upp T2, T3, inte T1 (markera som extra uppföljning om den ändå ska redovisas)' }]);
    created = (await finance.put(`/internal-controls/${control.id}/follow-up`, { tertial: 2, comment: 'Genomförd enligt plan.' })).json() as RiskAnalysisView;
    const followUp = risk(created, 'R1').control!.followUps[0]!;
    expect(followUp).toMatchObject({ tertial: 2, comment: 'Genomförd enligt plan.', recordedBy: 'Helena Forsgren', version: 1 });
    expectProblem(await finance.put(`/internal-controls/${control.id}/follow-up`, { tertial: 2, comment: 'Ny', version: 7 }), 409, 'conflict');
    const dropping = expectProblem(await finance.put(`/risks/${r1.id}/control`, { control: 'X', method: 'Y', responsible: 'Z', tertials: [3], version: 1 }), 400, 'validation');
    expect(dropping.errors).toEqual([{ field: 'tertials', message: 'T2 har redan en uppföljningskommentar och måste vara kvar i frekvensen' }]);
    const [{ n }] = await demo.query<{ n: string }>(`SELECT count(*) AS n FROM audit_events WHERE action = 'internal_control.follow_up' AND entity_id = '${followUp.id}'`);
    expect(Number(n)).toBe(1);
  });

  it('bands with a gap are refused; other bands change every risk\'s handling', async () => {
    const gap = created.thresholds.map((b) => (b.handling === 'reduce' ? { ...b, from: 5 } : b));
    const problem = expectProblem(await finance.patch(`/risk-analyses/${created.id}`, { version: created.version, thresholds: gap }), 400, 'validation');
    expect(problem.errors).toEqual([{ field: 'thresholds', message: 'riskvärdena 4 saknar riskhantering (intervallen ska täcka 1–16 utan luckor)' }]);
    const strict = created.thresholds.map((b) => (b.handling === 'minimise' ? { ...b, from: 9 } : b.handling === 'reduce' ? { ...b, to: 8 } : b));
    const res = await finance.patch(`/risk-analyses/${created.id}`, { version: created.version, thresholds: strict });
    expect(res.statusCode).toBe(200);
    created = res.json() as RiskAnalysisView;
    expect(risk(created, 'R1')).toMatchObject({ value: 9, handling: 'minimise' });
    expectProblem(await finance.patch(`/risk-analyses/${created.id}`, { version: 1, establishedOn: '2024-11-05' }), 409, 'conflict');
  });

  it('only those who keep the organ\'s registers may edit; every staff role may read', async () => {
    expectProblem(await leisure.post('/risk-analyses', { organId: ks, year: 2026, establishedOn: '2025-11-01' }), 403, 'forbidden');
    expectProblem(await leisure.put(`/risks/${risk(analysis, 'R4').id}`, { number: 'R4', controlArea: 'X', description: 'Y', probability: 1, consequence: 1, version: 1 }), 403, 'forbidden');
    expect((await member.get(`/risk-analyses/${analysis.id}`)).statusCode).toBe(200);
    expectProblem(await member.post(`/risk-analyses/${created.id}/risks`, { number: 'R9', controlArea: 'X', description: 'Y', probability: 1, consequence: 1 }), 403, 'forbidden');
    expectProblem(await finance.get('/risk-analyses/3f0c6a52-6d0e-4a2b-9c55-0d6c1e0b7a41'), 404, 'not_found');
    expectProblem(await finance.get('/risk-analyses/nope'), 404, 'not_found');
  });

  it('removes a risk with its control and follow-ups', async () => {
    const r1 = risk(created, 'R1');
    expectProblem(await finance.request({ method: 'DELETE', url: `/api/v1/risks/${r1.id}` }), 400, 'validation');
    const res = await finance.request({ method: 'DELETE', url: `/api/v1/risks/${r1.id}?version=${r1.version}` });
    expect(res.statusCode).toBe(200);
    expect((res.json() as RiskAnalysisView).risks).toEqual([]);
  });
});

describe('starting next year from this year', () => {
  it('copies KS 2024 to 2025: scales, bands, risks and control plan, no follow-up comments; audited', async () => {
    const res = await finance.post(`/risk-analyses/${analysis.id}/copy`, { establishedOn: '2024-11-04' });
    expect(res.statusCode).toBe(201);
    const copy = res.json() as RiskAnalysisView;
    expect(copy).toMatchObject({ organCode: 'KS', year: 2025, establishedOn: '2024-11-04', riskCount: 15, version: 1 });
    expect(copy.id).not.toBe(analysis.id);
    expect(copy.probabilityScale).toEqual(analysis.probabilityScale);
    expect(copy.consequenceScale).toEqual(analysis.consequenceScale);
    expect(copy.thresholds).toEqual(analysis.thresholds);
    const shape = (v: RiskAnalysisView) => v.risks.map((r) => ({
      number: r.number, controlArea: r.controlArea, description: r.description, value: r.value, handling: r.handling,
      control: r.control && { control: r.control.control, method: r.control.method, responsible: r.control.responsible, frequency: r.control.frequency },
    }));
    expect(shape(copy)).toEqual(shape(analysis));
    expect(copy.risks.filter((r) => r.control).length).toBeGreaterThan(0);
    expect(copy.risks.every((r) => !r.control || r.control.followUps.length === 0)).toBe(true);
    expect(analysis.risks.some((r) => r.control && r.control.followUps.length > 0)).toBe(true);
    const source = (await finance.get(`/risk-analyses/${analysis.id}`)).json() as RiskAnalysisView;
    expect(source).toEqual(analysis); // the source is left as it was
    const [audit] = await demo.query<{ action: string; details: { fromYear: number; year: number; risks: number } }>(`SELECT action, details FROM audit_events WHERE entity_id = '${copy.id}'`);
    expect(audit).toMatchObject({ action: 'risk_analysis.copy', details: { fromYear: 2024, year: 2025, risks: 15 } });
  });

  it('is refused with 409 when the next year exists, and writes nothing', async () => {
    const [{ n: before }] = await demo.query<{ n: string }>('SELECT count(*) AS n FROM risks');
    const problem = expectProblem(await finance.post(`/risk-analyses/${analysis.id}/copy`, {}), 409, 'conflict');
    expect(problem.detail).toContain('KS har redan en riskanalys för 2025');
    const [{ n: after }] = await demo.query<{ n: string }>('SELECT count(*) AS n FROM risks');
    expect(after).toBe(before);
  });

  it('a bad date names the field; only keepers of the organ may copy; today when no date is given', async () => {
    const fresh = (await finance.post('/risk-analyses', { organId: ksnau, year: 2030, establishedOn: '2029-11-01' })).json() as RiskAnalysisView;
    const bad = expectProblem(await finance.post(`/risk-analyses/${fresh.id}/copy`, { establishedOn: '2029-02-30' }), 400, 'validation');
    expect(bad.errors).toEqual([{ field: 'establishedOn', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' }]);
    expectProblem(await member.post(`/risk-analyses/${fresh.id}/copy`, {}), 403, 'forbidden');
    expectProblem(await leisure.post(`/risk-analyses/${analysis.id}/copy`, {}), 403, 'forbidden');
    expectProblem(await finance.post('/risk-analyses/3f0c6a52-6d0e-4a2b-9c55-0d6c1e0b7a41/copy', {}), 404, 'not_found');
    const res = await finance.post(`/risk-analyses/${fresh.id}/copy`, {});
    expect(res.statusCode).toBe(201);
    expect((res.json() as RiskAnalysisView).establishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((res.json() as RiskAnalysisView).year).toBe(2031);
  });
});

describe('the scales\' labels and definitions', () => {
  it('are changed per analysis and shown with every risk; an empty label is refused naming the step', async () => {
    const list = (await finance.get(`/risk-analyses?organId=${ks}&year=2025`)).json() as { items: RiskAnalysisSummary[] };
    const view = (await finance.get(`/risk-analyses/${list.items[0]!.id}`)).json() as RiskAnalysisView;
    const probabilityScale = view.probabilityScale.map((s) => (s.value === 4 ? { ...s, label: 'Mycket sannolik', definition: 'inträffar varje år' } : s));
    const empty = view.consequenceScale.map((s) => (s.value === 2 ? { ...s, label: ' ' } : s));
    const problem = expectProblem(await finance.patch(`/risk-analyses/${view.id}`, { version: view.version, probabilityScale, consequenceScale: empty }), 400, 'validation');
    expect(problem.errors).toEqual([{ field: 'consequenceScale[1].label', message: 'måste fyllas i' }]);
    const res = await finance.patch(`/risk-analyses/${view.id}`, { version: view.version, probabilityScale });
    expect(res.statusCode).toBe(200);
    const changed = res.json() as RiskAnalysisView;
    expect(changed.probabilityScale[3]).toEqual({ value: 4, label: 'Mycket sannolik', definition: 'inträffar varje år' });
    expect(changed.matrix.summary).toContain('R4 (Mycket sannolik × Allvarlig = 16)');
    expect(((await finance.get(`/risk-analyses/${analysis.id}`)).json() as RiskAnalysisView).probabilityScale[3]!.label).toBe('Sannolik');
    expectProblem(await finance.patch(`/risk-analyses/${view.id}`, { version: view.version, probabilityScale }), 409, 'conflict');
  });
});

describe('the generated document', () => {
  it('is registered as the next document of the chosen case, with the chosen tertial\'s comments', async () => {
    const ids = await demoIds(demo);
    const caseId = ids.caseId('KS-2024/00482');
    const missing = expectProblem(await finance.post(`/risk-analyses/${analysis.id}/documents`, { tertial: 4 }), 400, 'validation');
    expect(missing.errors).toEqual([{ field: 'tertial', message: 'välj tertial 1, 2 eller 3' }, { field: 'caseId', message: 'välj ärende' }]);
    const res = await finance.post(`/risk-analyses/${analysis.id}/documents`, { tertial: 1, caseId });
    expect(res.statusCode).toBe(201);
    const doc = res.json() as { documentId: string; number: string; description: string };
    expect(doc.number).toMatch(/^KS-2024\/00482-\d+$/);
    expect(doc.description).toBe('Riskanalys och uppföljning internkontrollplan jan-april 2024 – Kommunstyrelsen');
    const [file] = await demo.query<{ id: string }>(`SELECT id FROM files WHERE document_id = '${doc.documentId}'`);
    const text = flat(pageTexts((await finance.get(`/files/${file.id}`)).rawPayload));
    expect(text).toMatch(/R4 Sannolik Allvarlig 16 Minimera risk/);
    expect(text).toContain('Tjänstepersonsberedning uppstartad i'); // R9's T1 comment
    const [{ n }] = await demo.query<{ n: string }>(`SELECT count(*) AS n FROM audit_events WHERE action = 'risk_analysis.generate' AND case_id = '${caseId}'`);
    expect(Number(n)).toBe(1);
  });

  it('previews T2 with the T2 column and without the T1 comments', async () => {
    const res = await finance.get(`/risk-analyses/${analysis.id}/document.pdf?tertial=2`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = flat(pageTexts(res.rawPayload));
    expect(text).toContain('Uppföljning internkontrollplan jan-augusti 2024');
    expect(text).toContain('Kommentar per T2');
    expect(text).not.toContain('Rapporteras T2');
  });
});
