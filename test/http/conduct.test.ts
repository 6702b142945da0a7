/**
 * The live meeting, happy path: KSNAU 2024-05-21 is opened, a substitute serves for an absent member, a member
 * declares jäv, proposals are put and voted on by roll-call, § 184 is decided for KS — and the case is then
 * ready for KS's next agenda with "KSNAU § 184/24", and in the next official report's data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { fixedClock } from '../../src/clock.ts';

interface Serving { personId: string; name: string; forPersonId: string | null; forName: string | null }
interface Item {
  id: string; paragraphLabel: string; caseNumber: string | null;
  attendance: { serving: Serving[]; disqualified: string[]; quorum: { ok: boolean; serving: number } };
  proposals: { id: string; kind: string; label: string }[];
  procedure: { next: { stage: string; yes: string; no: string | null; question: string } | null };
  votes: { kind: string; result: string; tally: { yes: number; no: number } | null; ballots: { name: string; vote: string }[] }[];
  decision: { clauses: string[]; outcome: string; toOrganName: string | null; procedure: { text: string }[]; distribution: { name: string }[] } | null;
  suggestedDecision: { clauses: string[]; outcome: string; toOrganId: string | null } | null;
}
interface Conduct { conduct: { version: number; adjusterPersonIds: string[]; chairPersonId: string } | null; seats: { personId: string; name: string; role: string }[]; items: Item[] }

let demo: DemoApp;
let secretary: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
let meetingId: string;
let ksMeetingId: string;
const person = new Map<string, string>();
let view: Conduct;
const item = (label: string) => view.items.find((i) => i.paragraphLabel === label)!;
const url = (path = '') => `/meetings/${meetingId}/conduct${path}`;

beforeAll(async () => {
  demo = await startDemoApp();
  demo.db.services.clock = fixedClock('2024-05-21T11:30:00Z');
  secretary = await loginAs(demo.app, 'sekreterare');
  ids = await demoIds(demo);
  const [ksnau] = await demo.query<{ id: string }>(`SELECT id FROM meetings WHERE date = '2024-05-21'`);
  meetingId = ksnau.id;
  const [ks] = await demo.query<{ id: string }>(`SELECT m.id FROM meetings m JOIN organs o ON o.id = m.organ_id WHERE o.code = 'KS' AND m.state = 'planned'`);
  ksMeetingId = ks.id;
  for (const p of await demo.query<{ id: string; name: string }>(`SELECT id, given_name || ' ' || family_name AS name FROM people`)) person.set(p.name, p.id);
}, 120_000);
afterAll(async () => demo?.close());

const id = (name: string) => person.get(name)!;

describe('the live meeting', () => {
  it('reads the meeting before it is opened: seats with names, items in order', async () => {
    const res = await secretary.get(url());
    expect(res.statusCode).toBe(200);
    view = res.json() as Conduct;
    expect(view.conduct).toBeNull();
    expect(view.seats.filter((s) => s.role !== 'substitute').map((s) => s.name)).toEqual(['Mikael Holmberg', 'Magnus Edström', 'Elin Forsberg', 'Jenny Brännström', 'Moa Selin']);
    expect(view.items.map((i) => i.paragraphLabel).slice(0, 2)).toEqual(['177/24', '178/24']);
  });

  it('R-MIN-2: opens the meeting with chair, adjuster and who is present', async () => {
    const res = await secretary.post(url(), {
      present: ['Mikael Holmberg', 'Magnus Edström', 'Elin Forsberg', 'Moa Selin', 'Johan Nyström', 'Patrik Söderholm'].map(id),
      adjusterPersonIds: [id('Moa Selin')], secretaryName: 'Ingrid Norlén', adjustmentPlace: 'Stadshuset', adjustmentDate: '2024-05-23', adjustmentTime: '10:00',
    });
    expect(res.statusCode).toBe(201);
    view = res.json() as Conduct;
    expect(view.conduct).toMatchObject({ version: 2, chairPersonId: id('Mikael Holmberg'), adjusterPersonIds: [id('Moa Selin')] });
    expect(item('177/24').attendance.quorum).toMatchObject({ ok: true, serving: 5 });
  });

  it('R-MEET-2: the secretary chooses a substitute for the absent member; the suggestion is reported', async () => {
    const res = await secretary.post(url('/substitutes'), { version: view.conduct!.version, substitutePersonId: id('Patrik Söderholm'), forPersonId: id('Jenny Brännström') });
    expect(res.statusCode).toBe(201);
    const body = res.json() as { suggestion: { name: string } | null; chosen: { name: string }; conduct: Conduct };
    expect(body.suggestion?.name).toBe('Johan Nyström');
    expect(body.chosen.name).toBe('Patrik Söderholm');
    view = body.conduct;
    const jenny = item('177/24').attendance.serving.find((s) => s.forPersonId === id('Jenny Brännström'));
    expect(jenny).toMatchObject({ name: 'Patrik Söderholm', forName: 'Jenny Brännström' });
  });

  it('R-MEET-3: jäv on one item takes the member out of that item only', async () => {
    const res = await secretary.post(url(`/items/${item('182/24').id}/disqualifications`), { personId: id('Elin Forsberg'), note: 'Styrelseledamot i sökande förening' });
    expect(res.statusCode).toBe(201);
    view = res.json() as Conduct;
    expect(item('182/24').attendance.disqualified).toEqual([id('Elin Forsberg')]);
    expect(item('182/24').attendance.serving.map((s) => s.name)).not.toContain('Elin Forsberg');
    expect(item('182/24').attendance.serving.map((s) => s.name)).toContain('Johan Nyström'); // serves in her seat
    expect(item('184/24').attendance.serving.map((s) => s.name)).toContain('Elin Forsberg');
  });

  it('R-MEET-4/5: proposals on § 184 are put and settled by a roll-call vote', async () => {
    const officer = await loginAs(demo.app, 'handlaggare');
    const report = await officer.post('/reports', { caseId: ids.caseId('KS-2024/00167'), organId: ids.organId('KS'), content: { decision: 'proposes', proposesTo: 'Kommunfullmäktige', clauses: ['att avslå motionen'] } });
    expect(report.statusCode).toBe(201);
    const itemId = item('184/24').id;
    await secretary.post(url(`/items/${itemId}/proposals`), { kind: 'approve', text: 'Bifall till förslaget till beslut' });
    const res = await secretary.post(url(`/items/${itemId}/proposals`), { kind: 'reject', personId: id('Moa Selin'), text: 'Avslag på förslaget till beslut; motionen ska bifallas' });
    view = res.json() as Conduct;
    const next = item('184/24').procedure.next!;
    expect(next.question).toBe('Bifall till förslaget till beslut mot Moa Selins (MP) yrkande om avslag?');
    const ballots = item('184/24').attendance.serving.map((s) => ({ personId: s.personId, vote: s.name === 'Moa Selin' ? 'no' : 'yes' }));
    const voted = await secretary.post(url(`/items/${itemId}/votes`), { version: view.conduct!.version, kind: 'open', ballots });
    expect(voted.statusCode).toBe(201);
    view = voted.json() as Conduct;
    expect(item('184/24').votes[0]).toMatchObject({ kind: 'open', result: 'yes', tally: { yes: 4, no: 1 } });
    expect(item('184/24').procedure.next).toBeNull();
    expect(item('184/24').suggestedDecision).toEqual({ clauses: ['avslå motionen'], outcome: 'to_organ', toOrganId: ids.organId('KS') });
  });

  it('R-PREP-1: § 184 is decided for KS; the case is then ready for KS\'s agenda with "KSNAU § 184/24"', async () => {
    const itemId = item('184/24').id;
    const res = await secretary.request({ method: 'PUT', url: `/api/v1${url(`/items/${itemId}/decision`)}`, payload: { version: view.conduct!.version, distribution: [{ name: 'Kommunstyrelsen' }] } });
    expect(res.statusCode).toBe(200);
    view = res.json() as Conduct;
    expect(item('184/24').decision).toMatchObject({ clauses: ['avslå motionen'], outcome: 'to_organ', toOrganName: 'Kommunstyrelsen', distribution: [{ name: 'Kommunstyrelsen' }] });
    expect(item('184/24').decision!.procedure[0]!.text).toContain('öppen omröstning (namnupprop): 4 ja, 1 nej, 0 avstår. Förslaget till beslut har bifallits.');

    const ready = (await secretary.get(`/meetings/${ksMeetingId}/ready-cases`)).json() as { items: { caseNumber: string; previousDecisions: { reference: string; leadIn: string; clauses: string[] }[] }[] };
    const waiting = ready.items.find((c) => c.caseNumber === 'KS-2024/00167')!;
    expect(waiting.previousDecisions).toEqual([expect.objectContaining({
      reference: 'KSNAU § 184/24', leadIn: 'Kommunstyrelsens näringslivs- och arbetsutskott föreslår kommunstyrelsen besluta', clauses: ['avslå motionen'],
    })]);

    const added = await secretary.post(`/meetings/${ksMeetingId}/items`, { caseId: ids.caseId('KS-2024/00167') });
    expect(added.statusCode).toBe(201);
    const after = (await secretary.get(`/meetings/${ksMeetingId}/ready-cases`)).json() as { items: { caseNumber: string }[] };
    expect(after.items.map((c) => c.caseNumber)).not.toContain('KS-2024/00167');
    const [{ count }] = await demo.query<{ count: number }>(`SELECT count(*)::int AS count FROM consultations WHERE case_id = '${ids.caseId('KS-2024/00167')}' AND organ_id = '${ids.organId('KS')}'`);
    expect(count).toBe(1);

    // Taken off KS's agenda again before the notice: the case goes back among KS's ready cases.
    const addedItem = ((added.json() as { sections: { items: { id: string; caseNumber: string | null }[] }[] }).sections.flatMap((s) => s.items)).find((i) => i.caseNumber === 'KS-2024/00167')!;
    expect((await secretary.request({ method: 'DELETE', url: `/api/v1/agenda-items/${addedItem.id}` })).statusCode).toBe(200);
    const back = (await secretary.get(`/meetings/${ksMeetingId}/ready-cases`)).json() as { items: { caseNumber: string }[] };
    expect(back.items.map((c) => c.caseNumber)).toContain('KS-2024/00167');
  });

  it('R-PREP-1: the next official report sees the earlier decision', async () => {
    const officer = await loginAs(demo.app, 'handlaggare');
    const res = await officer.post('/reports', { caseId: ids.caseId('KS-2024/00167'), organId: ids.organId('KS') });
    const report = res.json() as { previousDecisions: { reference: string }[] };
    expect(report.previousDecisions.map((d) => d.reference)).toEqual(['KSNAU § 184/24']);
  });

  it('R-MEET-7: a member outvoted announces a dissent before the meeting ends; the meeting is closed', async () => {
    const itemId = item('184/24').id;
    const res = await secretary.post(url(`/items/${itemId}/reservations`), { kind: 'dissent', personIds: [id('Moa Selin')] });
    expect(res.statusCode).toBe(201);
    view = res.json() as Conduct;
    const closed = await secretary.post(url('/close'), { version: view.conduct!.version });
    expect(closed.statusCode).toBe(200);
    const [{ state }] = await demo.query<{ state: string }>(`SELECT state FROM meetings WHERE id = '${meetingId}'`);
    expect(state).toBe('held');
    const audit = await demo.query<{ action: string }>(`SELECT action FROM audit_events WHERE entity_id = '${meetingId}' AND action LIKE 'conduct.%' ORDER BY at`);
    expect(audit.map((a) => a.action)).toEqual(['conduct.open', 'conduct.substitute', 'conduct.disqualification', 'conduct.proposal_add', 'conduct.proposal_add', 'conduct.vote', 'conduct.decide', 'conduct.reservation', 'conduct.close']);
  });
});
