/**
 * The live meeting refuses what the law does not allow, as problem+json with Swedish details: a decision
 * without quorum, two substitutes for one seat, a substitute not present, a vote by someone not serving, a
 * dissent after the meeting ended, any change once the minutes went to signing; and stale or unauthorised writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { fixedClock } from '../../src/clock.ts';

interface Conduct {
  conduct: { version: number } | null;
  items: { id: string; paragraphLabel: string; attendance: { serving: { personId: string; name: string }[] } | null; reservations: { id: string }[] }[];
}

let demo: DemoApp;
let secretary: Client;
let meetingId: string;
let view: Conduct;
const person = new Map<string, string>();
const id = (name: string) => person.get(name)!;
const url = (path = '') => `/meetings/${meetingId}/conduct${path}`;
const item = (label: string) => view.items.find((i) => i.paragraphLabel === label)!;
const version = () => view.conduct!.version;

beforeAll(async () => {
  demo = await startDemoApp();
  demo.db.services.clock = fixedClock('2024-05-21T11:30:00Z');
  secretary = await loginAs(demo.app, 'sekreterare');
  const [m] = await demo.query<{ id: string }>(`SELECT id FROM meetings WHERE date = '2024-05-21'`);
  meetingId = m.id;
  for (const p of await demo.query<{ id: string; name: string }>(`SELECT id, given_name || ' ' || family_name AS name FROM people`)) person.set(p.name, p.id);
}, 120_000);
afterAll(async () => demo?.close());

describe('live meeting refusals', () => {
  it('answers 404 for a meeting that does not exist and 403 to a member who tries to record', async () => {
    expectProblem(await secretary.get('/meetings/00000000-0000-4000-8000-000000000000/conduct'), 404, 'not_found');
    const member = await loginAs(demo.app, 'ledamot');
    expect((await member.get(url())).statusCode).toBe(200);
    const res = expectProblem(await member.post(url(), { present: [] }), 403, 'forbidden');
    expect(res.detail).toBe('Endast organets sekreterare kan föra sammanträdet.');
  });

  it('refuses an adjuster who does not serve', async () => {
    const res = expectProblem(await secretary.post(url(), { present: [id('Mikael Holmberg')], adjusterPersonIds: [id('Moa Selin')] }), 400, 'validation');
    expect(res.errors).toEqual([{ field: 'adjusterPersonIds[0]', message: 'Moa Selin tjänstgör inte och kan inte vara justerare' }]);
  });

  it('R-MEET-1: a decision without quorum is refused, naming the count, the requirement and who is missing', async () => {
    view = (await secretary.post(url(), { present: [id('Mikael Holmberg'), id('Elin Forsberg')] })).json() as Conduct;
    const res = expectProblem(await secretary.request({ method: 'PUT', url: `/api/v1${url(`/items/${item('177/24').id}/decision`)}`, payload: { version: version(), clauses: ['godkänna planeringsdirektivet'] } }), 409, 'conflict');
    expect(res.detail).toContain('§ 177/24 kan inte beslutas. Organet är inte beslutsfört: 2 av 5 ledamöter tjänstgör, minst 3 krävs');
    expect(res.detail).toContain('Ingen tjänstgör för: Magnus Edström, Jenny Brännström, Moa Selin.');
  });

  it('R-MEET-2: two substitutes for one seat are refused', async () => {
    for (const name of ['Magnus Edström', 'Moa Selin', 'Johan Nyström', 'Lisa Engström']) {
      view = (await secretary.post(url('/attendance'), { personId: id(name), kind: 'arrived' })).json() as Conduct;
    }
    expect((await secretary.post(url('/substitutes'), { substitutePersonId: id('Johan Nyström'), forPersonId: id('Jenny Brännström') })).statusCode).toBe(201);
    const res = expectProblem(await secretary.post(url('/substitutes'), { substitutePersonId: id('Lisa Engström'), forPersonId: id('Jenny Brännström') }), 400, 'validation');
    expect(res.errors).toEqual([{ field: 'substitutePersonId', message: 'Johan Nyström är redan vald att tjänstgöra för Jenny Brännström från samma ärende; två ersättare kan inte tjänstgöra för samma ledamot' }]);
  });

  it('R-MEET-2: a substitute who is not present is refused', async () => {
    const res = expectProblem(await secretary.post(url('/substitutes'), { substitutePersonId: id('Patrik Söderholm'), forPersonId: id('Jenny Brännström'), fromItemId: item('178/24').id }), 400, 'validation');
    expect(res.detail).toContain('§ 178/24: Patrik Söderholm: ersättaren är inte närvarande');
  });

  it('R-MEET-5: a vote by someone who does not serve on the item is refused', async () => {
    view = (await secretary.get(url())).json() as Conduct;
    const itemId = item('177/24').id;
    await secretary.post(url(`/items/${itemId}/proposals`), { kind: 'approve', text: 'Bifall' });
    view = (await secretary.post(url(`/items/${itemId}/proposals`), { kind: 'reject', personId: id('Moa Selin'), text: 'Avslag' })).json() as Conduct;
    const ballots = item('177/24').attendance!.serving.map((s) => ({ personId: s.personId, vote: 'yes' }));
    const res = expectProblem(await secretary.post(url(`/items/${itemId}/votes`), { version: version(), kind: 'open', ballots: [...ballots, { personId: id('Lisa Engström'), vote: 'no' }] }), 400, 'validation');
    expect(res.errors).toEqual([{ field: 'ballots[5].personId', message: 'Lisa Engström: personen tjänstgör inte på ärendet och får inte rösta' }]);
  });

  it('refuses a write from a stale view (two tabs) and a proposal of an unknown kind', async () => {
    const itemId = item('177/24').id;
    const stale = expectProblem(await secretary.post(url(`/items/${itemId}/propositions`), { version: 1, result: 'yes' }), 409, 'conflict');
    expect(stale.detail).toContain('har ändrats av någon annan');
    const bad = expectProblem(await secretary.post(url(`/items/${itemId}/proposals`), { kind: 'shout', personId: id('Moa Selin'), text: 'x' }), 400, 'validation');
    expect(bad.errors).toEqual([{ field: 'kind', message: 'måste vara en av approve, reject, amend, add, refer_back, table, other' }]);
  });

  it('R-MEET-7: a dissent announced after the meeting ended is refused', async () => {
    view = (await secretary.get(url())).json() as Conduct;
    const itemId = item('177/24').id;
    view = (await secretary.post(url(`/items/${itemId}/reservations`), { kind: 'dissent', personIds: [id('Moa Selin')] })).json() as Conduct;
    view = (await secretary.post(url('/close'), { version: version() })).json() as Conduct;
    const res = expectProblem(await secretary.post(url(`/items/${itemId}/reservations`), { kind: 'dissent', personIds: [id('Elin Forsberg')] }), 409, 'conflict');
    expect(res.detail).toBe('Reservation måste anmälas innan sammanträdet avslutas (KL 4 kap. 27 §); sammanträdet är avslutat.');
    // The written motivation may still follow.
    const reservationId = item('177/24').reservations[0]!.id;
    expect((await secretary.patch(url(`/reservations/${reservationId}`), { text: 'Vi anser att direktivet saknar klimatmål.' })).statusCode).toBe(200);
  });

  it('R-JUST-3: once the minutes went to signing, every write is refused', async () => {
    view = (await secretary.get(url())).json() as Conduct;
    await demo.query(`INSERT INTO minutes (body_id, meeting_id, state, pdf_sha256, pages) SELECT body_id, id, 'signing', repeat('0', 64), 1 FROM meetings WHERE id = '${meetingId}'`);
    const reservationId = item('177/24').reservations[0]!.id;
    const text = expectProblem(await secretary.patch(url(`/reservations/${reservationId}`), { text: 'Ändrad motivering' }), 409, 'conflict');
    expect(text.detail).toContain('Protokollet har gått till justering');
    const arrival = expectProblem(await secretary.post(url('/attendance'), { personId: id('Jenny Brännström'), kind: 'arrived' }), 409, 'conflict');
    expect(arrival.detail).toBe('Protokollet har gått till justering; sammanträdets uppgifter kan inte längre ändras (R-JUST-3).');
    const [{ count }] = await demo.query<{ count: number }>(`SELECT count(*)::int AS count FROM attendance_events WHERE person_id = '${id('Jenny Brännström')}'`);
    expect(count).toBe(0);
    const read = (await secretary.get(url())).json() as { locked: boolean; minutes: { state: string } };
    expect(read).toMatchObject({ locked: true, minutes: { state: 'signing' } });
  });
});
