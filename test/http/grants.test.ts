/**
 * Grant rounds over HTTP on the demo: the climate round of § 182 (five applications, 1 383 / 1 303 / 844 tkr,
 * the appropriation's remaining funds after the proposals 1 617,0 / 1 697,0 / 2 156,0 tkr), Miljöskjutsen 2024
 * (20 applications decided by delegation) and the NSSO request with its budget; registering applications with
 * Swedish amounts (refused naming the field, nothing half-written), recommendations keeping the proposed
 * commitment in step (over-commitment refused unless overridden, audited), the compilation as a registered
 * document (text checked in the PDF, a private individual masked in the public version), a delegation decision
 * with its notifications, and KSNAU's decision of § 182 in the meeting deciding the applications — idempotently —
 * and mailing the applicants after its commit (one .eml each; a refusing mail server never fails the decision);
 * an organ's decision recorded per application; a round opened and edited (409 on a stale version).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openReferenceMeeting } from '../support/referenceMeeting.ts';
import { demoIds, expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { pageTexts } from '../support/pdf.ts';
import { fixedClock } from '../../src/clock.ts';
import { createMailer, type MailMessage } from '../../src/mail/mailer.ts';

interface App { id: string; version: number; position: number; documentNumber: string | null; applicantName: string; applicantKind: string; projectTitle: string; state: string; outcome: string | null; recommendation: string | null; decisionRef: string | null; decidedEarlier: boolean; years: { year: number; appliedKr: number; grantedKr: number | null }[]; budgetWarnings: string[]; budgetTotals: { costTotal: number } | null; notification: { channel: string; sentAt: string | null } | null }
interface Round { id: string; version: number; name: string; caseNumber: string; decidedBy: string; unit: string; appropriation: { name: string; remaining: { year: number; remainingKr: number }[] } | null; items: App[]; sums: { year: number; kr: number }[]; compilations: { number: string }[]; notifications: { emailPending: number; emailSent: number; letters: number }; canEdit: boolean }

let demo: DemoApp;
let strateg: Client, fritid: Client, ledamot: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
const mails: MailMessage[] = [];
const rounds = new Map<string, string>();
const round = async (name: string, client = strateg) => (await client.get(`/grant-rounds/${rounds.get(name)}`)).json() as Round;
const CLIMATE = 'Utvecklingsanslag klimatneutralitet våren 2024';
const RIDE = 'Miljöskjutsen 2024';
const NSSO = 'Medfinansiering ur kommunstyrelsens anslag för tillväxt';
const remaining = (r: Round) => r.appropriation!.remaining.filter((x) => x.year >= 2024 && x.year <= 2026).map((x) => x.remainingKr);

beforeAll(async () => {
  demo = await startDemoApp();
  demo.db.services.clock = fixedClock('2024-05-20T08:00:00Z');
  demo.db.services.mailer = { send: async (m) => { mails.push(m); return { delivered: 'outbox', id: String(mails.length) }; } };
  strateg = await loginAs(demo.app, 'strateg');
  fritid = await loginAs(demo.app, 'fritid');
  ledamot = await loginAs(demo.app, 'ledamot');
  ids = await demoIds(demo);
  const list = (await strateg.get('/grant-rounds')).json() as { items: { id: string; name: string }[] };
  for (const r of list.items) rounds.set(r.name, r.id);
}, 180_000);
afterAll(async () => demo?.close());

describe('the demo rounds reproduce the reference', () => {
  it('the climate round: five applications, sums 1 383 / 1 303 / 844 tkr, remaining after the proposals 1 617,0 / 1 697,0 / 2 156,0 tkr', async () => {
    const r = await round(CLIMATE);
    expect(r).toMatchObject({ caseNumber: 'KS-2024/00456', decidedBy: 'organ', unit: 'tkr', canEdit: true });
    expect(r.items.map((a) => [a.projectTitle.slice(0, 24), a.documentNumber, a.state])).toEqual([
      ['Cirkulära Västerbotten', null, 'decided'],
      ['Energiväskan', 'KS-2024/00456-3', 'recommended'],
      ['Interreg Aurora Inspire', 'KS-2024/00456-4', 'recommended'],
      ['Thriving Northern Buildi', 'KS-2024/00456-5', 'recommended'],
      ['Finansieringsmodeller fö', 'KS-2024/00456-6', 'recommended'],
    ]);
    expect(r.items[0]).toMatchObject({ decidedEarlier: true, decisionRef: 'KSNAU 2023-04-18', outcome: 'granted' });
    expect(r.sums).toEqual([{ year: 2024, kr: 1_383_000 }, { year: 2025, kr: 1_303_000 }, { year: 2026, kr: 844_000 }]);
    expect(r.appropriation!.name).toBe('Utvecklingsanslag klimatneutralitet');
    expect(remaining(r)).toEqual([1_617_000, 1_697_000, 2_156_000]);
    expect(r.compilations.map((c) => c.number)).toEqual(['KS-2024/00456-2']);
  });

  it('Miljöskjutsen 2024: 20 applications KS-2024/00457-3 … -22, 7 granted (118 870 kr), decided by delegation 2024-05-16', async () => {
    const r = await round(RIDE, fritid);
    expect(r.items).toHaveLength(20);
    expect(r.items[0]!.documentNumber).toBe('KS-2024/00457-3');
    expect(r.items[19]!.documentNumber).toBe('KS-2024/00457-22');
    expect(r.items.filter((a) => a.outcome === 'granted')).toHaveLength(7);
    expect(r.sums).toEqual([{ year: 2024, kr: 118_870 }]);
    expect(r.items.every((a) => a.state === 'decided' && a.decisionRef === 'Fritidsbyrån, Strategisk utveckling enl. delegationsordning')).toBe(true);
    expect(r.appropriation).toBeNull();
    // The registry entries have no files: the meeting book takes only the report and the compilation.
    const files = await demo.query<{ number: string }>(`SELECT d.number FROM documents d JOIN files f ON f.document_id = d.id JOIN cases c ON c.id = d.case_id WHERE c.number = 'KS-2024/00457' ORDER BY d.seq`);
    expect(files.map((f) => f.number)).toEqual(['KS-2024/00457-1', 'KS-2024/00457-2']);
  });

  it('the NSSO request: its budget of 8 276 413 kr with the applicant\'s own rounding slip, Umeå\'s share proposed on its condition', async () => {
    const r = await round(NSSO);
    const [nsso] = r.items;
    expect(nsso).toMatchObject({ documentNumber: 'KS-2024/00361-1', applicantName: 'Region Västerbotten', budgetTotals: { costTotal: 8_276_413 } });
    expect(nsso!.budgetWarnings).toEqual(['Kostnadsraden "5 Indirekta kostnader (alternativt Kontor och admin.)": angiven summa 456 184 kr men åren ger 456 185 kr.']);
    expect(remaining(r)).toEqual([1_478_200, 3_007_400, 9_296_200]);
  });

  it('the demo PDFs say what the reference says', async () => {
    const text = async (number: string) => pageTexts((await strateg.get(`/files/${ids.fileOf(number)}`)).rawPayload).join('\n').replace(/\s+/g, ' ');
    const climate = await text('KS-2024/00456-2');
    for (const s of ['Projektbeskrivning', '153 (2024)', '144 (2026)', 'Beslutat av KSNAU 2023-04-18', 'Rekommendation: Beviljas.', '3 000 tkr 1 383 1 303 844', 'DNR: KS-2024/00456-2']) expect(climate).toContain(s);
    expect(climate.match(/Rekommendation: Beviljas\./g)).toHaveLength(4);
    const ride = await text('KS-2024/00457-2');
    for (const s of ['Fritidsbyrån, Strategisk utveckling enl. delegationsordning', '2024-05-16', '150638 Ersboda SK', 'Avslag', '3 798', '118 870']) expect(ride).toContain(s);
    expect(ride.match(/Avslag/g)).toHaveLength(13);
    const report181 = await text('KS-2024/00361-2');
    for (const s of ['Kvarvarande medel i tillväxtanslaget (2024-04-29)', '1 478,2 tkr', '3 007,4 tkr', '9 296,2 tkr']) expect(report181).toContain(s);
    const report182 = await text('KS-2024/00456-1');
    for (const s of ['(2024-05-14)', '1 617,0 tkr', '1 697,0 tkr', '2 156,0 tkr']) expect(report182).toContain(s);
  });
});

describe('registering and recommending', () => {
  it('registers an application typed in Swedish amounts as the next document of the case', async () => {
    const res = await strateg.post(`/grant-rounds/${rounds.get(CLIMATE)}/applications`, {
      applicantKind: 'association', applicantName: 'Umeå Cykelförening', applicantEmail: 'info@cykel.example.se', projectTitle: 'Cykelkök',
      totalCost: '250', applied: { 2024: '100', 2025: '50 000 kr' },
    });
    expect(res.statusCode).toBe(201);
    const { application } = res.json() as { application: App };
    expect(application).toMatchObject({ documentNumber: 'KS-2024/00456-7', state: 'registered', position: 6 });
    expect(application.years).toEqual([{ year: 2024, appliedKr: 100_000, grantedKr: null }, { year: 2025, appliedKr: 50_000, grantedKr: null }]);
    const [audit] = await demo.query<{ details: Record<string, unknown> }>(`SELECT details FROM audit_events WHERE action = 'grant.application.register' AND entity_id = '${(application as { id: string }).id}'`);
    expect(JSON.stringify(audit.details)).not.toMatch(/Cykelförening|cykel\.example/);
  });

  it('refuses nonsense naming the field and writes nothing', async () => {
    const [{ count: before }] = await demo.query<{ count: string }>('SELECT count(*) FROM documents');
    const problem = expectProblem(await strateg.post(`/grant-rounds/${rounds.get(CLIMATE)}/applications`, {
      applicantKind: 'association', applicantName: 'X', projectTitle: 'Y', applied: { 2024: 'hundra', 2025: '-38' },
    }), 400, 'validation') as { errors: { field: string; message: string }[] };
    expect(problem.errors).toEqual([
      { field: 'applied.2024', message: '"hundra" är inte ett belopp (skriv t.ex. 1 478,2 eller -38,5)' },
      { field: 'applied.2025', message: 'får inte vara negativt' },
    ]);
    const [{ count: after }] = await demo.query<{ count: string }>('SELECT count(*) FROM documents');
    expect(after).toBe(before);
  });

  it('a grant beyond the remaining funds is refused unless overridden with a reason (audited); a rejection with an amount is refused', async () => {
    const app = (await round(CLIMATE)).items.find((a) => a.projectTitle === 'Cykelkök')!;
    const tooMuch = expectProblem(await strateg.put(`/grant-applications/${app.id}/recommendation`, { version: app.version, recommendation: 'grant', granted: { 2024: '1 700' }, motivation: 'Bra' }), 400, 'validation') as { errors: { field: string }[] };
    expect(tooMuch.errors).toEqual([{ field: 'overrideReason', message: 'överskrider kvarvarande medel 2024 med 83 000 kr; ange ett skäl för att ändå ta medlen i anspråk' }]);
    expect((await round(CLIMATE)).items.find((a) => a.id === app.id)!.state).toBe('registered');
    const rejected = expectProblem(await strateg.put(`/grant-applications/${app.id}/recommendation`, { version: app.version, recommendation: 'reject', granted: { 2024: '10' }, motivation: 'Nej' }), 400, 'validation') as { errors: { field: string; message: string }[] };
    expect(rejected.errors).toEqual([{ field: 'granted.2024', message: 'ett avslag kan inte ha ett beviljat belopp' }]);

    const ok = await strateg.put(`/grant-applications/${app.id}/recommendation`, { version: app.version, recommendation: 'grant', granted: { 2024: '1 700' }, motivation: 'Bra', overrideReason: 'KS tillskjuter medel i delårsbokslutet' });
    expect(ok.statusCode).toBe(200);
    expect((ok.json() as { warnings: string[] }).warnings).toEqual(['Beviljat belopp 2024 är större än sökt belopp.']);
    const r = await round(CLIMATE);
    expect(r.sums[0]).toEqual({ year: 2024, kr: 3_083_000 });
    expect(remaining(r)[0]).toBe(-83_000);
    const audits = await demo.query<{ action: string }>(`SELECT action FROM audit_events WHERE action = 'appropriation.override' ORDER BY id DESC LIMIT 1`);
    expect(audits).toHaveLength(1);

    expectProblem(await strateg.put(`/grant-applications/${app.id}/recommendation`, { version: app.version, recommendation: 'reject', motivation: 'Nej' }), 409, 'conflict');
    const back = await strateg.put(`/grant-applications/${app.id}/recommendation`, { version: app.version + 1, recommendation: 'reject', motivation: 'Ryms inte i anslaget.' });
    expect(back.statusCode).toBe(200);
    expect(remaining(await round(CLIMATE))).toEqual([1_617_000, 1_697_000, 2_156_000]);
  });

  it('only those who keep the organ\'s registers may change a round', async () => {
    expect((await round(CLIMATE, ledamot)).canEdit).toBe(false);
    expectProblem(await ledamot.post(`/grant-rounds/${rounds.get(CLIMATE)}/applications`, { applicantKind: 'association', applicantName: 'X', projectTitle: 'Y', applied: { 2024: '1' } }), 403, 'forbidden');
    expectProblem(await strateg.get('/grant-rounds/nope'), 404, 'not_found');
  });
});

describe('a round with a private individual, decided by delegation', () => {
  let id: string;

  it('opens the round, registers a private individual and an association, recommends', async () => {
    const created = await fritid.post('/grant-rounds', {
      organId: ids.organId('KSNAU'), caseId: ids.caseId('KS-2024/00457'), name: 'Miljöskjutsen hösten 2024', layout: 'associations', decidedBy: 'delegation',
      criteria: ['Ideell förening eller privatperson i Umeå'], documentOwner: 'Oskar Bergman, Fritidsbyrån',
    });
    expect(created.statusCode).toBe(201);
    id = (created.json() as Round).id;
    const person = (await fritid.post(`/grant-rounds/${id}/applications`, { applicantKind: 'private_individual', applicantName: 'Anna Privatsson', applicantEmail: 'anna@example.se', projectTitle: 'Fröbibliotek hos Anna Privatsson', applied: { 2024: '5 000' } })).json() as { application: App };
    const club = (await fritid.post(`/grant-rounds/${id}/applications`, { applicantKind: 'association', applicantName: 'Holmsunds Skidklubb', externalRef: '180001', projectTitle: 'Vallabod', applied: { 2024: '20 024' } })).json() as { application: App };
    expect((await fritid.put(`/grant-applications/${person.application.id}/recommendation`, { version: person.application.version, recommendation: 'grant', granted: { 2024: '5 000' }, motivation: 'Projektet bidrar till cirkulär odling.' })).statusCode).toBe(200);
    expect((await fritid.put(`/grant-applications/${club.application.id}/recommendation`, { version: club.application.version, recommendation: 'reject', motivation: 'Bidrag ges ej till investeringar.' })).statusCode).toBe(200);
  });

  it('generates the compilation as the next document of the case: the public version masks the private individual', async () => {
    const res = await fritid.post(`/grant-rounds/${id}/compilation`, {});
    expect(res.statusCode).toBe(201);
    const { number } = res.json() as { number: string };
    expect(number).toBe('KS-2024/00457-25');
    const registered = pageTexts((await fritid.get(`/files/${(await demoIds(demo)).fileOf(number)}`)).rawPayload).join('\n').replace(/\s+/g, ' ');
    for (const s of ['Offentlig version', 'Privatperson Fröbibliotek hos', 'Avslag', '5 000', '180001 Holmsunds', `DNR: ${number}`]) expect(registered).toContain(s);
    expect(registered).not.toContain('Anna Privatsson');
    const internal = pageTexts((await fritid.get(`/grant-rounds/${id}/compilation.pdf?variant=internal`)).rawPayload).join('\n');
    expect(internal).toContain('Anna Privatsson');
    expectProblem(await ledamot.get(`/grant-rounds/${id}/compilation.pdf?variant=internal`), 403, 'forbidden');
  });

  it('the delegation decision decides both, mails the applicant with an address and lists the letter; the audit names no one', async () => {
    mails.length = 0;
    const res = await fritid.post(`/grant-rounds/${id}/delegation-decision`, { delegateName: 'Fritidsbyrån enl. delegationsordning', decidedOn: '2024-05-20' });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { round: Round; notifications: { sent: number; letters: { applicantName: string }[] } };
    expect(body.round.items.map((a) => [a.state, a.outcome])).toEqual([['decided', 'granted'], ['decided', 'rejected']]);
    expect(body.notifications.sent).toBe(1);
    expect(body.notifications.letters.map((l) => l.applicantName)).toEqual(['Holmsunds Skidklubb']);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(['anna@example.se']);
    expect(mails[0]!.text).toContain('har beviljats med 5 000 kr (2024)');
    const audit = await demo.query<{ details: unknown }>(`SELECT details FROM audit_events WHERE action LIKE 'grant.%'`);
    expect(JSON.stringify(audit)).not.toMatch(/Anna|anna@|Privatsson/);
    // Sending again sends nothing more.
    expect(((await fritid.post(`/grant-rounds/${id}/notifications`)).json() as { sent: number }).sent).toBe(0);
    expectProblem(await fritid.post(`/grant-rounds/${rounds.get(RIDE)}/delegation-decision`, { delegateName: '', decidedOn: 'igår' }), 400, 'validation');
  });
});

describe('KSNAU decides § 182/24 in the meeting', () => {
  it('decides the recommended applications with "KSNAU § 182/24", mails the applicants after the commit, and undoes it when the decision changes', async () => {
    type State = { conduct: { version: number }; items: { id: string; paragraphLabel: string; decision: { version: number } | null }[] };
    const { meetingId, secretary, view } = await openReferenceMeeting<State>(demo);
    strateg = await loginAs(demo.app, 'strateg');
    let state = view;
    const item = state.items.find((i) => i.paragraphLabel === '182/24')!;
    const clauses = ['godkänna fördelning av medel från utvecklingsanslaget klimatneutralitet enligt tjänsteskrivelsen'];
    const decide = async (outcome?: string) => {
      const decision = state.items.find((i) => i.id === item.id)!.decision;
      const res = await secretary.put(`/meetings/${meetingId}/conduct/items/${item.id}/decision`, { version: state.conduct.version, ...(decision ? { decisionVersion: decision.version } : {}), ...(outcome ? { outcome } : {}), clauses });
      expect(res.statusCode, res.body).toBe(200);
      state = res.json() as State;
      return round(CLIMATE);
    };
    // A mail server that refuses: the decision still stands, the e-mails stay due, the log names no address.
    demo.db.services.mailer = { send: async () => { throw Object.assign(new Error('550 rejected <info@cykel.example.se>'), { code: 'EENVELOPE' }); } };
    const warn = vi.fn();
    demo.db.services.log = { warn };
    const decided = await decide();
    const granted = decided.items.filter((a) => a.projectTitle !== 'Cykelkök' && !a.decidedEarlier);
    expect(granted.map((a) => [a.state, a.outcome, a.decisionRef])).toEqual(Array(4).fill(['decided', 'granted', 'KSNAU § 182/24']));
    expect(decided.items.find((a) => a.projectTitle === 'Cykelkök')).toMatchObject({ state: 'decided', outcome: 'rejected' });
    expect(decided.items[0]!.decisionRef).toBe('KSNAU 2023-04-18');
    expect(decided.notifications).toEqual({ emailPending: 2, emailSent: 0, letters: 3 });
    expect(remaining(decided)).toEqual([1_617_000, 1_697_000, 2_156_000]);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/@|cykel/);
    delete demo.db.services.log;

    const outbox = path.join(demo.db.dataDir, 'grant-outbox');
    demo.db.services.mailer = createMailer({ outboxDir: outbox });
    const emls = () => (fs.existsSync(outbox) ? fs.readdirSync(outbox).map((f) => fs.readFileSync(path.join(outbox, f), 'utf8')) : []);
    const noted = await decide('noted');
    expect(noted.items.filter((a) => !a.decidedEarlier).every((a) => a.state === 'recommended')).toBe(true);
    expect(noted.notifications).toEqual({ emailPending: 0, emailSent: 0, letters: 0 });
    expect(emls()).toEqual([]);

    // Decided again: after the commit, one .eml per applicant with an address; the rest are letters to post.
    const again = await decide('final');
    expect(again.items.filter((a) => a.state === 'decided')).toHaveLength(6);
    expect(again.notifications).toEqual({ emailPending: 0, emailSent: 2, letters: 3 });
    const mailed = emls();
    expect(mailed.map((m) => /^To: (.+)$/m.exec(m)![1]).sort()).toEqual(['info@cykel.example.se', 'strategisk.utveckling@example.se']);
    expect(mailed.find((m) => m.includes('To: info@cykel.example.se'))!.replace(/=\r?\n/g, '')).toMatch(/har avslagits/);
    const audits = await demo.query<{ n: string }>(`SELECT count(*) AS n FROM audit_events WHERE action = 'grant.applications.decide'`);
    expect(Number(audits[0].n)).toBe(2);

    // Deciding once more sends nothing twice; the staff button lists the letters.
    await decide('final');
    expect(emls()).toHaveLength(2);
    const button = (await strateg.post(`/grant-rounds/${rounds.get(CLIMATE)}/notifications`)).json() as { sent: number; letters: { applicantName: string }[] };
    expect(button.sent).toBe(0);
    expect(button.letters).toHaveLength(3);
    expect((await round(CLIMATE)).notifications).toEqual({ emailPending: 0, emailSent: 2, letters: 3 });
  });
});

describe('a decision recorded per application, and editing a round', () => {
  it('records the organ\'s actual decision on one application: the commitment follows, the applicant is told again', async () => {
    const before = await round(CLIMATE);
    const app = before.items.find((a) => a.projectTitle === 'Cykelkök')!;
    const url = `/grant-applications/${app.id}/decision`;
    const invalid = expectProblem(await strateg.put(url, { version: app.version, outcome: 'rejected', granted: { 2024: '10' }, decisionRef: '', decidedOn: '21 maj' }), 400, 'validation') as { errors: { field: string; message: string }[] };
    expect(invalid.errors).toEqual([
      { field: 'granted.2024', message: 'ett avslag kan inte ha ett beviljat belopp' },
      { field: 'decisionRef', message: 'måste fyllas i' },
      { field: 'decidedOn', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' },
    ]);
    expectProblem(await strateg.put(url, { version: app.version - 1, outcome: 'granted', granted: { 2024: '100' }, decisionRef: 'KSNAU § 182/24', decidedOn: '2024-05-21' }), 409, 'conflict');
    const res = await strateg.put(url, { version: app.version, outcome: 'granted', granted: { 2024: '100' }, decisionRef: 'KSNAU § 182/24', decidedOn: '2024-05-21', motivation: 'Enligt Magnus Edströms yrkande.' });
    expect(res.statusCode, res.body).toBe(200);
    const after = await round(CLIMATE);
    expect(after.items.find((a) => a.id === app.id)).toMatchObject({ state: 'decided', outcome: 'granted', decisionRef: 'KSNAU § 182/24' });
    expect(remaining(after)).toEqual([1_517_000, 1_697_000, 2_156_000]);
    // The outcome changed, so the applicant's e-mail was due again and went out after the commit.
    expect(after.notifications).toEqual({ emailPending: 0, emailSent: 2, letters: 3 });
    const outbox = path.join(demo.db.dataDir, 'grant-outbox');
    const mails = fs.readdirSync(outbox).map((f) => fs.readFileSync(path.join(outbox, f), 'utf8').replace(/=\r?\n/g, ''));
    expect(mails.filter((m) => m.includes('To: info@cykel.example.se'))).toHaveLength(2);
    // A delegation round is decided as a whole. (The clock is a day on: fritid's session of the day before ended.)
    fritid = await loginAs(demo.app, 'fritid');
    const ride = await round(RIDE, fritid);
    expectProblem(await fritid.put(`/grant-applications/${ride.items[0]!.id}/decision`, { outcome: 'rejected', decisionRef: 'X', decidedOn: '2024-05-21' }), 409, 'conflict');
  });

  it('opens and edits a round: Swedish errors naming the field, a stale version answered with 409', async () => {
    const invalid = expectProblem(await strateg.post('/grant-rounds', { organId: ids.organId('KSNAU'), name: '', opensOn: '2024-09-01', closesOn: '2024-08-01', criteria: ['Klimatnytta', 7] }), 400, 'validation') as { errors: { field: string; message: string }[] };
    expect(invalid.errors.map((e) => e.field).sort()).toEqual(['caseId', 'closesOn', 'criteria[1]', 'name']);
    // The appropriation is the organ's or that of an organ above it (KSNAU draws on KS's funds), not another organ's.
    const climate = ((await strateg.get('/appropriations')).json() as { items: { id: string; name: string }[] }).items.find((a) => a.name === 'Utvecklingsanslag klimatneutralitet')!.id;
    const foreign = expectProblem(await strateg.post('/grant-rounds', { organId: ids.organId('BN'), caseId: ids.caseId('KS-2024/00456'), name: 'Fel anslag', appropriationId: climate }), 400, 'validation') as { errors: { field: string; message: string }[] };
    expect(foreign.errors).toEqual([{ field: 'appropriationId', message: 'anslaget hör inte till organet eller ett organ över det' }]);
    const created = await strateg.post('/grant-rounds', { organId: ids.organId('KSNAU'), caseId: ids.caseId('KS-2024/00456'), appropriationId: climate, name: 'Utvecklingsanslag klimatneutralitet hösten 2024', criteria: ['Klimatnytta'], opensOn: '2024-09-01', closesOn: '2024-10-15' });
    expect(created.statusCode, created.body).toBe(201);
    const r = created.json() as Round;
    const edited = await strateg.patch(`/grant-rounds/${r.id}`, { version: r.version, criteria: ['Klimatnytta', 'Medfinansiering'] });
    expect(edited.statusCode).toBe(200);
    expect((edited.json() as { criteria: string[] }).criteria).toEqual(['Klimatnytta', 'Medfinansiering']);
    const stale = expectProblem(await strateg.patch(`/grant-rounds/${r.id}`, { version: r.version, name: 'Annat namn' }), 409, 'conflict');
    expect(stale.detail).toBe('Någon annan har ändrat uppgifterna. Ladda om sidan och försök igen.');
  });
});
