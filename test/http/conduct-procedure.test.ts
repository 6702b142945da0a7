/**
 * The decision procedure over HTTP: a formal proposal tried first, main and counter-proposal rounds settled by
 * the chair's findings, an undo, a secret ballot tied and settled by lot, a dissent refused to one who voted for
 * the winning side, a changed decision, a withdrawn proposal, the header edited and jäv removed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { fixedClock } from '../../src/clock.ts';

interface Item {
  id: string; paragraphLabel: string; attendance: { serving: { personId: string; name: string }[] };
  proposals: { id: string; withdrawn: boolean }[];
  procedure: { next: { stage: string; question: string } | null; steps: { stage: string; result: string }[]; formal: string | null; adopted: string | null };
  votes: { kind: string; tieBreak: string | null; result: string; ballots: unknown[] }[];
  decision: { clauses: string[]; version: number; procedure: { text: string }[] } | null;
  suggestedDecision: { clauses: string[] } | null;
  disqualifications: { personId: string }[];
}
interface Conduct { conduct: { version: number; adjustmentPlace: string | null }; items: Item[] }

let demo: DemoApp;
let secretary: Client;
let meetingId: string;
let view: Conduct;
const person = new Map<string, string>();
const id = (name: string) => person.get(name)!;
const url = (path = '') => `/meetings/${meetingId}/conduct${path}`;
const item = (label: string) => view.items.find((i) => i.paragraphLabel === label)!;
const v = () => view.conduct.version;
async function ok(res: Promise<{ statusCode: number; json(): unknown; body: string }>) {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(r.body);
  view = r.json() as Conduct;
  return view;
}

beforeAll(async () => {
  demo = await startDemoApp();
  demo.db.services.clock = fixedClock('2024-05-21T11:30:00Z');
  secretary = await loginAs(demo.app, 'sekreterare');
  const [m] = await demo.query<{ id: string }>(`SELECT id FROM meetings WHERE date = '2024-05-21'`);
  meetingId = m.id;
  for (const p of await demo.query<{ id: string; name: string }>(`SELECT id, given_name || ' ' || family_name AS name FROM people`)) person.set(p.name, p.id);
  await ok(secretary.post(url(), { present: ['Mikael Holmberg', 'Magnus Edström', 'Elin Forsberg', 'Moa Selin', 'Jenny Brännström'].map(id) }));
}, 120_000);
afterAll(async () => demo?.close());

describe('decision procedure', () => {
  it('R-MEET-4: the formal proposal first, then main and counter-proposal rounds by the chair\'s findings', async () => {
    const itemId = item('181/24').id;
    await ok(secretary.post(url(`/items/${itemId}/proposals`), { kind: 'approve', text: 'Bifall till förslaget' }));
    await ok(secretary.post(url(`/items/${itemId}/proposals`), { kind: 'amend', personId: id('Magnus Edström'), text: 'att bevilja 300 tkr' }));
    await ok(secretary.post(url(`/items/${itemId}/proposals`), { kind: 'reject', personId: id('Jenny Brännström'), text: 'Avslag' }));
    await ok(secretary.post(url(`/items/${itemId}/proposals`), { kind: 'refer_back', personId: id('Moa Selin'), text: 'för en klimatbedömning' }));
    expect(item('181/24').procedure.next!.question).toBe('Ska ärendet återremitteras enligt Moa Selins (MP) yrkande om återremiss eller avgöras i dag?');
    await ok(secretary.post(url(`/items/${itemId}/propositions`), { version: v(), result: 'no' }));
    expect(item('181/24').procedure.next).toMatchObject({ stage: 'main_counter' });
    await ok(secretary.post(url(`/items/${itemId}/propositions`), { version: v(), result: 'yes' })); // the amendment is the counter-proposal
    await ok(secretary.post(url(`/items/${itemId}/propositions`), { version: v(), result: 'yes' })); // oops
    await ok(secretary.post(url(`/items/${itemId}/propositions/undo`), { version: v() }));
    expect(item('181/24').procedure.next!.question).toBe('Bifall till huvudförslaget (förslaget till beslut) mot motförslaget (Magnus Edströms (M) yrkande om ändring)?');
    await ok(secretary.post(url(`/items/${itemId}/propositions`), { version: v(), result: 'no' }));
    expect(item('181/24').procedure.next).toBeNull();
    expect(item('181/24').suggestedDecision!.clauses).toEqual(['bevilja 300 tkr']);
    const decided = await ok(secretary.request({ method: 'PUT', url: `/api/v1${url(`/items/${itemId}/decision`)}`, payload: { version: v() } }));
    const decision = decided.items.find((i) => i.id === itemId)!.decision!;
    expect(decision.clauses).toEqual(['bevilja 300 tkr']);
    expect(decision.procedure.map((p) => p.text)).toEqual([
      'Ordföranden ställer proposition: Ska ärendet återremitteras enligt Moa Selins (MP) yrkande om återremiss eller avgöras i dag? Ordföranden finner att ärendet ska avgöras i dag.',
      'Ordföranden ställer proposition: Vilket förslag ska vara motförslag: Magnus Edströms (M) yrkande om ändring eller Jenny Brännströms (V) yrkande om avslag? Ordföranden finner att Magnus Edströms (M) yrkande om ändring har bifallits.',
      'Ordföranden ställer proposition: Bifall till huvudförslaget (förslaget till beslut) mot motförslaget (Magnus Edströms (M) yrkande om ändring)? Ordföranden finner att Magnus Edströms (M) yrkande om ändring har bifallits.',
    ]);
  });

  it('changes a decision only with its version; a further proposition is refused once decided', async () => {
    const itemId = item('181/24').id;
    const stale = expectProblem(await secretary.request({ method: 'PUT', url: `/api/v1${url(`/items/${itemId}/decision`)}`, payload: { version: v(), clauses: ['bevilja 250 tkr'] } }), 409, 'conflict');
    expect(stale.detail).toContain('decisionVersion');
    await ok(secretary.request({ method: 'PUT', url: `/api/v1${url(`/items/${itemId}/decision`)}`, payload: { version: v(), decisionVersion: 1, clauses: ['bevilja 250 tkr'], immediateAdjustment: true } }));
    expect(item('181/24').decision).toMatchObject({ clauses: ['bevilja 250 tkr'], version: 2 });
    expectProblem(await secretary.post(url(`/items/${itemId}/proposals`), { kind: 'add', personId: id('Moa Selin'), text: 'x' }), 409, 'conflict');
  });

  it('R-MEET-5: an appointment by secret ballot, tied, is settled by the lot drawn in the room', async () => {
    const itemId = item('183/24').id;
    await ok(secretary.post(url(`/items/${itemId}/proposals`), { kind: 'other', personId: id('Elin Forsberg'), text: 'Utse Anna Berg' }));
    await ok(secretary.post(url(`/items/${itemId}/proposals`), { kind: 'other', personId: id('Magnus Edström'), text: 'Utse Per Lund' }));
    const tooMany = expectProblem(await secretary.post(url(`/items/${itemId}/votes`), { version: v(), kind: 'secret', tally: { yes: 3, no: 3, abstain: 0 } }), 400, 'validation');
    expect(tooMany.errors).toEqual([{ field: 'tally', message: '6 röster men bara 5 tjänstgörande' }]);
    await ok(secretary.post(url(`/items/${itemId}/votes`), { version: v(), kind: 'secret', tally: { yes: 2, no: 2, abstain: 1 }, lot: 'no' }));
    expect(item('183/24').votes[0]).toMatchObject({ kind: 'secret', tieBreak: 'lottery', result: 'no', ballots: [] });
  });

  it('R-MEET-7: one who voted for the winning side may not dissent; a proposal may be withdrawn', async () => {
    const itemId = item('182/24').id;
    await ok(secretary.post(url(`/items/${itemId}/proposals`), { kind: 'approve', text: 'Bifall' }));
    await ok(secretary.post(url(`/items/${itemId}/proposals`), { kind: 'reject', personId: id('Jenny Brännström'), text: 'Avslag' }));
    await ok(secretary.post(url(`/items/${itemId}/proposals`), { kind: 'table', personId: id('Jenny Brännström'), text: 'Bordläggning' }));
    const tabling = item('182/24').proposals[2]!.id;
    await ok(secretary.post(url(`/items/${itemId}/proposals/${tabling}/withdraw`)));
    expect(item('182/24').procedure.next!.stage).toBe('decision');
    const ballots = item('182/24').attendance.serving.map((s) => ({ personId: s.personId, vote: s.name === 'Jenny Brännström' || s.name === 'Moa Selin' ? 'no' : 'yes' }));
    await ok(secretary.post(url(`/items/${itemId}/votes`), { version: v(), kind: 'open', ballots }));
    const refused = expectProblem(await secretary.post(url(`/items/${itemId}/reservations`), { kind: 'dissent', personIds: [id('Elin Forsberg')] }), 400, 'validation');
    expect(refused.errors).toEqual([{ field: 'personIds[0]', message: 'Elin Forsberg röstade för det vinnande förslaget och kan inte reservera sig' }]);
    await ok(secretary.post(url(`/items/${itemId}/reservations`), { kind: 'dissent', personIds: [id('Jenny Brännström'), id('Moa Selin')] }));
    const note = expectProblem(await secretary.post(url(`/items/${itemId}/reservations`), { kind: 'note', personIds: [id('Elin Forsberg')] }), 400, 'validation');
    expect(note.errors).toEqual([{ field: 'chairPermits', message: 'en protokollsanteckning kräver ordförandens medgivande' }]);
  });

  it('edits the header with its version and removes a jäv recorded by mistake', async () => {
    expectProblem(await secretary.patch(url(), { adjustmentPlace: 'Stadshuset' }), 400, 'validation');
    const bad = expectProblem(await secretary.patch(url(), { version: v(), adjustmentDate: '2024-05-20' }), 400, 'validation');
    expect(bad.errors).toEqual([{ field: 'adjustmentDate', message: 'justeringen kan inte ske före sammanträdet' }]);
    await ok(secretary.patch(url(), { version: v(), adjustmentPlace: 'Stadshuset' }));
    expect(view.conduct.adjustmentPlace).toBe('Stadshuset');
    const itemId = item('185/24').id;
    await ok(secretary.post(url(`/items/${itemId}/disqualifications`), { personId: id('Moa Selin') }));
    await ok(secretary.request({ method: 'DELETE', url: `/api/v1${url(`/items/${itemId}/disqualifications/${id('Moa Selin')}`)}` }));
    expect(item('185/24').disqualifications).toEqual([]);
  });
});
