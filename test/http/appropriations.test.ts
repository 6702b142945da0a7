/**
 * Appropriations over HTTP: the demo's growth and climate appropriations, remaining funds as of a date, the
 * over-commitment refusal and its audited override, release and confirmation, optimistic locking, and the
 * "Kvarvarande medel" table of official reports — live in a draft, frozen when finalised — reproducing
 * § 181/24 (1 478,2 / 3 007,4 / 9 296,2 tkr). Finally KSNAU decides § 181 in the meeting and the next report's
 * table shows the reduced funds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReferenceMeeting } from '../support/referenceMeeting.ts';
import { demoIds, expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { pageTexts } from '../support/pdf.ts';
import { fixedClock } from '../../src/clock.ts';

interface Row { year: number; amountKr: number; committedKr: number; proposedKr: number; remainingKr: number }
interface Commitment { id: string; recipient: string; status: string; version: number; caseId: string | null; decidedOn: string | null; reference: string | null; overrideReason: string | null; conditions: string | null; amounts: { year: number; amountKr: number }[] }
interface View { id: string; name: string; version: number; organCode: string; years: { year: number; amountKr: number }[]; commitments: Commitment[]; asOf: string; remaining: Row[]; canEdit: boolean }
interface Report { id: string; version: number; state: string; documentNumber: string | null; content: { registerTables?: { frozen?: { asOf: string; rows: { year: number; remainingKr: number }[] } }[] } }

let demo: DemoApp;
let strateg: Client, ledamot: Client, fritid: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
let growth: View, climate: View;
const NSSO = 'KS-2024/00361';

const remaining = (v: View, years = [2024, 2025, 2026]) => v.remaining.filter((r) => years.includes(r.year)).map((r) => r.remainingKr);

beforeAll(async () => {
  demo = await startDemoApp();
  demo.db.services.clock = fixedClock('2024-05-20T08:00:00Z');
  strateg = await loginAs(demo.app, 'strateg');
  ledamot = await loginAs(demo.app, 'ledamot');
  fritid = await loginAs(demo.app, 'fritid');
  ids = await demoIds(demo);
  const list = (await strateg.get('/appropriations')).json() as { items: { id: string; name: string }[] };
  growth = (await strateg.get(`/appropriations/${list.items.find((a) => a.name === 'Kommunstyrelsens anslag för tillväxt')!.id}`)).json() as View;
  climate = (await strateg.get(`/appropriations/${list.items.find((a) => a.name === 'Utvecklingsanslag klimatneutralitet')!.id}`)).json() as View;
}, 180_000);
afterAll(async () => demo?.close());

describe('reading appropriations', () => {
  it('lists KS\'s appropriations with their years; members read, only the organ\'s case officers keep them', async () => {
    expect(growth).toMatchObject({ organCode: 'KS', canEdit: true });
    expect(growth.years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027]);
    expect(climate.years).toEqual([2023, 2024, 2025, 2026].map((year) => ({ year, amountKr: 3_000_000 })));
    expect(((await ledamot.get(`/appropriations/${growth.id}`)).json() as View).canEdit).toBe(false);
    expect(((await fritid.get(`/appropriations/${growth.id}`)).json() as View).canEdit).toBe(false);
    expectProblem(await ledamot.post(`/appropriations/${growth.id}/commitments`, { recipient: 'X', status: 'firm', decidedOn: '2024-05-01', amounts: [{ year: 2024, amountKr: 1 }] }), 403, 'forbidden');
  });

  it('gives the remaining funds as of a date: decided commitments count from their date, released ones no longer', async () => {
    const asOf = (await strateg.get(`/appropriations/${growth.id}?asOf=2024-04-29`)).json() as View;
    expect(remaining(asOf)).toEqual([1_498_200, 3_107_400, 9_396_200]);
    const before = (await strateg.get(`/appropriations/${growth.id}?asOf=2024-02-01`)).json() as View;
    // Before Almi's 651 800 (2024-02-13), with the later-released 300 000 still committed.
    expect(remaining(before, [2024])).toEqual([1_498_200 + 651_800 - 300_000]);
    const cw = climate.commitments.find((c) => c.recipient.startsWith('Cirkulära Västerbotten'))!;
    expect(cw).toMatchObject({ status: 'firm', decidedOn: '2023-04-18', reference: 'KSNAU 2023-04-18' });
    expect(remaining(climate)).toEqual([2_500_000, 2_500_000, 2_700_000]);
    expectProblem(await strateg.get(`/appropriations/${growth.id}?asOf=2024-02-30`), 400, 'validation');
  });
});

describe('the official report\'s "Kvarvarande medel" table (§ 181/24)', () => {
  let report: Report;
  it('the NSSO proposal is a proposed commitment of the case (conditional on the other co-financing)', async () => {
    const current = ((await strateg.get(`/appropriations/${growth.id}`)).json() as View).commitments.filter((c) => c.caseId === ids.caseId(NSSO));
    if (current.length === 0) {
      const res = await strateg.post(`/appropriations/${growth.id}/commitments`, {
        recipient: 'Region Västerbotten, North Sweden Stockholm Office', caseNumber: NSSO, status: 'proposed', conditions: 'under förutsättning att övrig sökt medfinansiering beviljas',
        amounts: [{ year: 2024, amountKr: 20_000 }, { year: 2025, amountKr: 100_000 }, { year: 2026, amountKr: 100_000 }, { year: 2027, amountKr: 80_000 }],
      });
      expect(res.statusCode).toBe(201);
    }
    const after = (await strateg.get(`/appropriations/${growth.id}`)).json() as View;
    const nsso = after.commitments.filter((c) => c.caseId === ids.caseId(NSSO));
    expect(nsso.map((c) => c.status)).toEqual(['proposed']);
    expect(nsso[0]!.amounts.reduce((s, a) => s + a.amountKr, 0)).toBe(300_000);
  });

  it('a draft shows the live values after the case\'s proposal, in the HTML and the PDF', async () => {
    const created = await strateg.post('/reports', { caseId: ids.caseId(NSSO), organId: ids.organId('KSNAU'), content: {
      date: '2024-04-29', title: 'North Sweden Stockholm Office 2024-2027', clauses: ['bevilja North Sweden Stockholm Office 300 000 kr'],
      description: '<p>Region Västerbotten söker medel.</p>', preparedBy: [{ name: 'Susanne Thurén', title: '' }],
      registerTables: [{ kind: 'remaining_funds', appropriationId: growth.id, title: 'Kvarvarande medel i tillväxtanslaget', asOf: null, years: [2024, 2025, 2026], afterProposal: true, frozen: { asOf: '2000-01-01', rows: [{ year: 2024, remainingKr: 1 }] } }],
    } });
    expect(created.statusCode).toBe(201);
    report = created.json() as Report;
    expect(report.content.registerTables![0]!.frozen).toBeUndefined(); // values are the server's, never the client's
    const html = (await strateg.get(`/reports/${report.id}/preview.html`)).body;
    expect(html).toContain('<caption>Kvarvarande medel i tillväxtanslaget (2024-04-29)</caption>');
    for (const [year, tkr] of [['2024', '1 478,2 tkr'], ['2025', '3 007,4 tkr'], ['2026', '9 296,2 tkr']]) expect(html).toContain(`<th scope="row">${year}</th><td>${tkr}</td>`);
    const text = pageTexts((await strateg.get(`/reports/${report.id}/preview.pdf`)).rawPayload).join('\n');
    expect(text).toContain('Kvarvarande medel i tillväxtanslaget (2024-04-29)');
    expect(text).toMatch(/2024\s+1 478,2 tkr/);
    expect(text).toMatch(/2025\s+3 007,4 tkr/);
    expect(text).toMatch(/2026\s+9 296,2 tkr/);
  });

  it('refuses a table without an appropriation or with a wrong date, naming the field', async () => {
    const res = await strateg.put(`/reports/${report.id}`, { version: report.version, content: { ...report.content, registerTables: [{ kind: 'remaining_funds', appropriationId: 'x', title: '', asOf: '2024-13-01', years: [2024] }] } });
    const problem = expectProblem(res, 400, 'validation') as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toEqual(['registerTables[0].appropriationId', 'registerTables[0].title', 'registerTables[0].asOf']);
  });

  it('finalising freezes the values into the stored content and the registered PDF; later commitments change nothing', async () => {
    const res = await strateg.post(`/reports/${report.id}/finalise`, { version: report.version });
    expect(res.statusCode).toBe(200);
    report = res.json() as Report;
    expect(report.content.registerTables![0]!.frozen).toEqual({ asOf: '2024-04-29', rows: [{ year: 2024, remainingKr: 1_478_200 }, { year: 2025, remainingKr: 3_007_400 }, { year: 2026, remainingKr: 9_296_200 }] });
    const added = await strateg.post(`/appropriations/${growth.id}/commitments`, { recipient: 'Umeå Energi', status: 'firm', decidedOn: '2024-04-01', reference: 'KSNAU 2024-04-01', amounts: [{ year: 2024, amountKr: 50_000 }] });
    expect(added.statusCode).toBe(201);
    const frozen = (await strateg.get(`/reports/${report.id}`)).json() as Report;
    expect(frozen.content.registerTables![0]!.frozen!.rows[0]!.remainingKr).toBe(1_478_200);
    const pdf = (await strateg.get(`/files/${(await demoIds(demo)).fileOf(report.documentNumber!)}`)).rawPayload;
    expect(pageTexts(pdf).join('\n')).toMatch(/2024\s+1 478,2 tkr/);
    const again = (await strateg.get(`/reports/${report.id}/preview.html`)).body;
    expect(again).toContain('1 478,2 tkr');
    // Undo the extra commitment for the tests that follow.
    const v = added.json() as View;
    const extra = v.commitments.find((c) => c.recipient === 'Umeå Energi')!;
    expect((await strateg.post(`/appropriations/${growth.id}/commitments/${extra.id}/release`, { version: extra.version, releasedOn: '2024-04-01' })).statusCode).toBe(200);
  });
});

describe('keeping commitments', () => {
  it('refuses over-commitment naming the year and the shortfall, and writes nothing', async () => {
    const [{ count: before }] = await demo.query<{ count: number }>('SELECT count(*)::int AS count FROM appropriation_commitments');
    const problem = expectProblem(await strateg.post(`/appropriations/${climate.id}/commitments`, {
      recipient: 'Stort projekt', status: 'firm', decidedOn: '2024-05-20', amounts: [{ year: 2024, amountKr: 2_600_000 }, { year: 2025, amountKr: 100_000 }],
    }), 400, 'validation') as { errors: { field: string; message: string }[] };
    expect(problem.errors).toEqual([{ field: 'amounts', message: 'överskrider kvarvarande medel 2024 med 100 000 kr; ange ett skäl för att ändå ta medlen i anspråk' }]);
    const [{ count: after }] = await demo.query<{ count: number }>('SELECT count(*)::int AS count FROM appropriation_commitments');
    expect(after).toBe(before);
  });

  it('refuses a year without an amount, a missing decision date and an unknown case, naming the fields', async () => {
    const problem = expectProblem(await strateg.post(`/appropriations/${climate.id}/commitments`, {
      recipient: 'Projekt', status: 'firm', caseNumber: 'KS-1999/99999', amounts: [{ year: 2030, amountKr: 1 }],
    }), 400, 'validation') as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toEqual(['decidedOn', 'caseNumber']);
    const years = expectProblem(await strateg.post(`/appropriations/${climate.id}/commitments`, { recipient: 'Projekt', status: 'firm', decidedOn: '2024-05-20', amounts: [{ year: 2030, amountKr: 1 }] }), 400, 'validation') as { errors: { field: string; message: string }[] };
    expect(years.errors).toEqual([{ field: 'amounts[0].year', message: 'anslaget har inget belopp för 2030' }]);
  });

  it('accepts it with a reason, audited as an override of its own', async () => {
    const res = await strateg.post(`/appropriations/${climate.id}/commitments`, {
      recipient: 'Stort projekt', status: 'conditional', decidedOn: '2024-05-20', conditions: 'under förutsättning att EU-medel beviljas', reference: 'KS 2024-05-20',
      amounts: [{ year: 2024, amountKr: 2_600_000 }], overrideReason: 'Kommunstyrelsen beslutade trots underskottet; medel tillförs i budget 2025',
    });
    expect(res.statusCode).toBe(201);
    const view = res.json() as View;
    const big = view.commitments.find((c) => c.recipient === 'Stort projekt')!;
    expect(big).toMatchObject({ status: 'conditional', overrideReason: 'Kommunstyrelsen beslutade trots underskottet; medel tillförs i budget 2025' });
    expect(remaining(view, [2024])).toEqual([-100_000]);
    const audit = await demo.query<{ action: string; details: { reason: string; shortfalls: unknown } }>(`SELECT action, details FROM audit_events WHERE entity_id = '${big.id}' ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(['appropriation.commitment.add', 'appropriation.override']);
    expect(audit[1]!.details).toEqual({ appropriationId: climate.id, shortfalls: [{ year: 2024, shortfallKr: 100_000 }], reason: 'Kommunstyrelsen beslutade trots underskottet; medel tillförs i budget 2025' });

    // Confirming makes it firm; a stale version is a conflict; releasing returns the money.
    const confirmed = (await strateg.post(`/appropriations/${climate.id}/commitments/${big.id}/confirm`, { version: big.version })).json() as View;
    expect(confirmed.commitments.find((c) => c.id === big.id)!.status).toBe('firm');
    expectProblem(await strateg.post(`/appropriations/${climate.id}/commitments/${big.id}/release`, { version: big.version }), 409, 'conflict');
    const released = (await strateg.post(`/appropriations/${climate.id}/commitments/${big.id}/release`, { version: big.version + 1, releasedOn: '2024-05-20' })).json() as View;
    expect(remaining(released, [2024])).toEqual([2_500_000]);
  });

  it('creates and updates an appropriation with optimistic locking; lowering below the commitments needs a reason', async () => {
    const created = await strateg.post('/appropriations', { organId: ids.organId('KS'), name: 'Anslag för folkhälsa', description: 'Prov', years: [{ year: 2024, amountKr: 100_000 }] });
    expect(created.statusCode).toBe(201);
    const a = created.json() as View;
    expectProblem(await strateg.post('/appropriations', { organId: ids.organId('KS'), name: 'Anslag för folkhälsa', years: [{ year: 2024, amountKr: 1 }] }), 400, 'validation');
    await strateg.post(`/appropriations/${a.id}/commitments`, { recipient: 'Förening', status: 'firm', decidedOn: '2024-05-01', amounts: [{ year: 2024, amountKr: 80_000 }] });
    const lowered = expectProblem(await strateg.put(`/appropriations/${a.id}`, { version: 1, name: a.name, years: [{ year: 2024, amountKr: 50_000 }] }), 400, 'validation') as { errors: { field: string; message: string }[] };
    expect(lowered.errors).toEqual([{ field: 'years', message: 'beloppet blir lägre än beslutade åtaganden: 2024 (80 000 kr åtagna, nytt belopp 50 000 kr); ange ett skäl för att ändå ändra' }]);
    const ok = await strateg.put(`/appropriations/${a.id}`, { version: 1, name: a.name, years: [{ year: 2024, amountKr: 50_000 }], overrideReason: 'Budgeten minskad av fullmäktige' });
    expect(ok.statusCode).toBe(200);
    expect((ok.json() as View).version).toBe(2);
    expectProblem(await strateg.put(`/appropriations/${a.id}`, { version: 1, name: 'Annat', years: [{ year: 2024, amountKr: 50_000 }] }), 409, 'conflict');
    const bad = expectProblem(await strateg.post('/appropriations', { organId: ids.organId('KS'), name: '', years: [{ year: 2024, amountKr: '1 000 kr' }, { year: 2025, amountKr: 'mycket' }] }), 400, 'validation') as { errors: { field: string }[] };
    expect(bad.errors.map((e) => e.field)).toEqual(['name', 'years[1].amountKr']);
    // Swedish amounts typed as text are read as whole kronor.
    const typed = (await strateg.post(`/appropriations/${a.id}/commitments`, { recipient: 'Förening 2', status: 'proposed', overrideReason: 'Tillskott väntas', amounts: [{ year: 2024, amountKr: '' }, { year: 2024, amountKr: '20 024 kr' }] })).json() as View;
    expect(typed.commitments.find((c) => c.recipient === 'Förening 2')!.amounts).toEqual([{ year: 2024, amountKr: 20_024 }]);
    expect(typed.remaining[0]).toMatchObject({ proposedKr: 20_024, remainingKr: 50_000 - 80_000 });
  });
});

describe('a decision in the meeting updates the remaining funds in the next report', () => {
  it('KSNAU decides § 181/24: the NSSO proposal becomes conditional with "KSNAU § 181/24", and a new report shows the reduced funds', async () => {
    const table = { kind: 'remaining_funds', appropriationId: growth.id, title: 'Kvarvarande medel i tillväxtanslaget', asOf: '2024-05-21', years: [2024, 2025, 2026], afterProposal: false };
    const draft = async () => {
      const r = (await strateg.post('/reports', { caseId: ids.caseId('KS-2024/00456'), organId: ids.organId('KSNAU'), content: { date: '2024-05-21', title: 'Uppföljning', registerTables: [table] } })).json() as Report;
      return (await strateg.get(`/reports/${r.id}/preview.html`)).body;
    };
    const before = await draft();
    expect(before).toContain('<th scope="row">2024</th><td>1 498,2 tkr</td>');
    expect(before).toContain('<th scope="row">2026</th><td>9 396,2 tkr</td>');

    const { meetingId, secretary, view: conduct } = await openReferenceMeeting<{ conduct: { version: number }; items: { id: string; paragraphLabel: string }[] }>(demo);
    strateg = await loginAs(demo.app, 'strateg');
    const item = conduct.items.find((i) => i.paragraphLabel === '181/24')!;
    const decided = await secretary.put(`/meetings/${meetingId}/conduct/items/${item.id}/decision`, { version: conduct.conduct.version });
    expect(decided.statusCode).toBe(200);

    const view = (await strateg.get(`/appropriations/${growth.id}`)).json() as View;
    const nsso = view.commitments.find((c) => c.caseId === ids.caseId(NSSO))!;
    expect(nsso).toMatchObject({ status: 'conditional', decidedOn: '2024-05-21', reference: 'KSNAU § 181/24', conditions: 'under förutsättning att övrig sökt medfinansiering beviljas' });
    const after = await draft();
    for (const [year, tkr] of [['2024', '1 478,2 tkr'], ['2025', '3 007,4 tkr'], ['2026', '9 296,2 tkr']]) expect(after).toContain(`<th scope="row">${year}</th><td>${tkr}</td>`);
    const audit = await demo.query<{ action: string }>(`SELECT action FROM audit_events WHERE entity_id = '${nsso.id}' AND action = 'appropriation.commitment.decide'`);
    expect(audit).toHaveLength(1);

    // The decision changed to "noted" (no decision on the proposal): the commitment is a proposal again; changed back, binding again.
    type Decided = { conduct: { version: number }; items: { id: string; decision: { version: number } | null }[] };
    let state = decided.json() as Decided;
    const change = async (outcome: string) => {
      const res = await secretary.put(`/meetings/${meetingId}/conduct/items/${item.id}/decision`, { version: state.conduct.version, decisionVersion: state.items.find((i) => i.id === item.id)!.decision!.version, outcome });
      expect(res.statusCode).toBe(200);
      state = res.json() as Decided;
      return ((await strateg.get(`/appropriations/${growth.id}`)).json() as View).commitments.find((c) => c.id === nsso.id)!;
    };
    expect(await change('noted')).toMatchObject({ status: 'proposed', decidedOn: null, reference: null });
    expect(await change('final')).toMatchObject({ status: 'conditional', decidedOn: '2024-05-21', reference: 'KSNAU § 181/24' });
  });
});
