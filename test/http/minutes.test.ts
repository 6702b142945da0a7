/**
 * Minutes end to end over HTTP: generating after the meeting is closed, the title page and paragraphs
 * (R-MIN-1/2), signing by the chair and an adjuster with re-authentication against the PDF's hash (R-JUST-1),
 * rejection and regeneration (R-JUST-4), the freeze (R-JUST-3), the registered document, extracts and the
 * notice board posting, dispatch to the outbox (R-MIN-3), and the masked public copy (R-PUB-1).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { pageTexts } from '../support/pdf.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { fixedClock } from '../../src/clock.ts';
import { currentTotp } from '../../src/auth/totp.ts';
import { secretTextMarkers } from '../../src/demo/data.ts';
import { referenceMeetingFacts, type MinutesFixture } from './minutesFixture.ts';

interface View { state: string; version: number; sha256: string; pending: string[]; deadline: { deadline: string; level: string }; signers: { name: string; role: string; signedAt: string | null }[]; document: { number: string } | null; extracts: { paragraph: number; kind: string }[]; posting: { postedOn: string } | null; history: { decision: string; comment: string | null }[] }

let demo: DemoApp;
let secretary: Client;
let chair: Client;
let adjuster: Client;
let facts: MinutesFixture;
let outbox: string;
let url: string;

beforeAll(async () => {
  demo = await startDemoApp();
  outbox = path.join(demo.db.dataDir, 'outbox');
  demo.db.services.mailer = createMailer({ outboxDir: outbox });
  demo.db.services.clock = fixedClock('2024-05-23T09:00:00Z');
  facts = await referenceMeetingFacts(demo, false);
  url = `/meetings/${facts.meetingId}/minutes`;
  secretary = await loginAs(demo.app, 'sekreterare');
  chair = await loginAs(demo.app, 'ordforande');
  adjuster = await loginAs(demo.app, 'justerare');
}, 120_000);
afterAll(async () => demo?.close());

const view = async (client: Client) => (await client.get(url)).json() as View;
const text = (pdf: Buffer) => pageTexts(pdf);

describe('generating the minutes', () => {
  it('is refused while the meeting is still open', async () => {
    expectProblem(await secretary.post(`${url}/generate`), 409, 'conflict');
    const v = await view(secretary);
    expect(v.state).toBe('none');
    expect(v.deadline).toMatchObject({ deadline: '2024-06-04', level: 'ok' });
  });
  it('R-MIN-2: the title page shows who decided with "tjg för", adjusters, paragraphs and "Sida 1 av N"', async () => {
    await demo.query(`UPDATE meeting_conduct SET closed_at = now() WHERE meeting_id = '${facts.meetingId}'`);
    await demo.query(`UPDATE meetings SET state = 'held', end_time = '16:30' WHERE id = '${facts.meetingId}'`);
    const res = await secretary.post(`${url}/generate`);
    expect(res.statusCode).toBe(200);
    const v = res.json() as View;
    expect(v).toMatchObject({ state: 'draft', version: 1 });
    const pdf = await secretary.get(`${url}.pdf`);
    expect(pdf.headers['x-minutes-sha256']).toBe(v.sha256);
    const pages = text(pdf.rawPayload);
    const first = pages[0]!.replace(/\s+/g, ' ');
    expect(first).toContain('Mikael Holmberg (S), ordförande');
    expect(first).toContain('Johan Nyström (S), tjg för Elin Forsberg (S) §§ 177–180');
    expect(first).toContain('Johan Nyström (S), tjg för Moa Selin (MP) § 183');
    expect(first).toContain('Elin Forsberg (S) §§ 181–189');
    expect(first).toContain('Lisa Engström (S)');
    expect(first).toContain('Jenny Brännström (V)');
    expect(first).toContain('§§ 177–189');
    expect(first).toContain('Stadshuset, Umeå, 2024-05-28 kl. 10:00');
    expect(first).toContain('ANSLAG/BEVIS');
    expect(first).toMatch(new RegExp(`Sida 1 av ${pages.length}`));
    expect(first).toContain('Justerandes signatur');
  });
  it('R-MIN-1: each paragraph has its proposals, vote with named ballots, decision, dissent, jäv and distribution', async () => {
    const pages = text((await secretary.get(`${url}.pdf`)).rawPayload).map((p) => p.replace(/\s+/g, ' '));
    const p182 = pages.slice(1).find((p) => p.includes('§ 182 '))!;
    expect(p182).toContain('Mikael Holmberg (S) yrkar bifall: arbetsutskottets förslag, med instämmande av Elin Forsberg (S).');
    expect(p182).toContain('Omröstningsresultat: 3 ja, 1 nej, 1 avstår.');
    expect(p182).toMatch(/Magnus Edström \(M\) Nej/);
    expect(p182).toContain('Magnus Edström (M) reserverar sig mot beslutet.');
    expect(p182).toContain('Beslutet skickas till');
    expect(p182).toContain('850101-1234'); // the official minutes are not masked
    const p183 = pages.slice(1).find((p) => p.includes('§ 183 '))!;
    expect(p183).toContain('Moa Selin (MP) anmäler jäv och deltar inte i handläggningen av ärendet.');
    expect(pages.slice(1).find((p) => p.includes('§ 181 '))).toContain('Paragrafen justeras omedelbart.');
  });
  it('R-JUST-2: an immediately adjusted paragraph has its own extract right after the meeting', async () => {
    const res = await secretary.get(`/agenda-items/${facts.itemId.get(181)}/extract.pdf?kind=immediate`);
    expect(res.statusCode).toBe(200);
    const all = text(res.rawPayload).join(' ').replace(/\s+/g, ' ');
    expect(all).toContain('Paragrafen justerades omedelbart vid sammanträdet 2024-05-21.');
    expect(all).toContain('Mikael Holmberg (ordförande)');
    expectProblem(await secretary.get(`/agenda-items/${facts.itemId.get(182)}/extract.pdf?kind=immediate`), 404, 'not_found');
    expectProblem(await secretary.get(`/agenda-items/${facts.itemId.get(182)}/extract.pdf`), 404, 'not_found');
  });
});

describe('signing (justering)', () => {
  let first: View;
  it('R-JUST-1: signing is refused before the minutes are sent for signing', async () => {
    first = await view(secretary);
    expectProblem(await chair.post(`${url}/sign`, { sha256: first.sha256, password: 'demo' }), 409, 'conflict');
    const sent = await secretary.post(`${url}/send`);
    expect(sent.statusCode).toBe(200);
    expect((sent.json() as View).pending).toEqual(['Mikael Holmberg', 'Jenny Brännström']);
  });
  it('R-JUST-1: someone not chosen as adjuster may not sign', async () => {
    // An admin links the case officer's account to a member who is not an adjuster.
    const admin = await loginAs(demo.app, 'admin');
    const ids = await demoIds(demo);
    const linked = await admin.patch(`/users/${ids.userId('handlaggare')}`, { personId: facts.personId('Moa Selin') });
    expect(linked.statusCode).toBe(200);
    expect(linked.json()).toMatchObject({ personId: facts.personId('Moa Selin') });
    expectProblem(await admin.patch(`/users/${ids.userId('handlaggare')}`, { personId: 'nobody' }), 400, 'validation');
    const other = await loginAs(demo.app, 'handlaggare');
    const body = expectProblem(await other.post(`${url}/sign`, { sha256: first.sha256, password: 'demo' }), 403, 'forbidden');
    expect(body.detail).toContain('justerare');
    expectProblem(await secretary.post(`${url}/sign`, { sha256: first.sha256, password: 'demo' }), 403, 'forbidden');
  });
  it('R-JUST-1: a wrong password is refused and logged', async () => {
    const body = expectProblem(await adjuster.post(`${url}/sign`, { sha256: first.sha256, password: 'fel-lösenord' }), 400, 'validation');
    expect(body.errors).toEqual([{ field: 'password', message: 'fel lösenord' }]);
    const [{ count }] = await demo.query<{ count: number }>(`SELECT count(*)::int AS count FROM minutes_signatures`);
    expect(count).toBe(0);
    const [{ refused }] = await demo.query<{ refused: number }>(`SELECT count(*)::int AS refused FROM audit_events WHERE action = 'minutes.sign_refused'`);
    expect(refused).toBeGreaterThan(0);
  });
  it('R-JUST-1: repeated wrong passwords make the signer wait', async () => {
    // A second account of the chair, so the chair's own account can still sign later.
    const admin = await loginAs(demo.app, 'admin');
    const ksnau = (await demoIds(demo)).organId('KSNAU');
    const created = (await admin.post('/users', { username: 'holmberg2', displayName: 'Mikael Holmberg', password: 'longpassword1', roles: ['member'], organAccess: [{ organId: ksnau, secret: false }] })).json() as { id: string };
    expect((await admin.patch(`/users/${created.id}`, { personId: facts.chairId })).statusCode).toBe(200);
    const other = await loginAs(demo.app, 'holmberg2', 'longpassword1');
    for (let i = 0; i < 5; i++) expectProblem(await other.post(`${url}/sign`, { sha256: first.sha256, password: `gissning-${i}` }), 400, 'validation');
    expectProblem(await other.post(`${url}/sign`, { sha256: first.sha256, password: 'demo' }), 429, 'rate_limited');
  });
  it('R-JUST-4: an adjuster rejects with a comment; the secretary revises, the version grows and signing restarts', async () => {
    expectProblem(await adjuster.post(`${url}/reject`, { sha256: first.sha256 }), 400, 'validation');
    const rejected = await adjuster.post(`${url}/reject`, { sha256: first.sha256, comment: '§ 182: omröstningen ska redovisas med namn.' });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({ state: 'draft' });
    await demo.query(`UPDATE item_decisions SET summary = summary || ' Reviderad.' WHERE agenda_item_id = '${facts.itemId.get(182)}'`);
    const regenerated = (await secretary.post(`${url}/generate`)).json() as View;
    expect(regenerated).toMatchObject({ state: 'draft', version: 2 });
    expect(regenerated.sha256).not.toBe(first.sha256);
    expect(regenerated.history.map((h) => h.decision)).toEqual(['rejected']);
    expect((await secretary.post(`${url}/send`)).statusCode).toBe(200);
  });
  it('R-JUST-3: a signature on a PDF hash that changed is refused', async () => {
    const body = expectProblem(await chair.post(`${url}/sign`, { sha256: first.sha256, password: 'demo' }), 409, 'conflict');
    expect(body.detail).toContain('version 2');
    expectProblem(await chair.post(`${url}/sign`, { sha256: 'abc', password: 'demo' }), 400, 'validation');
  });
  it('R-JUST-1: the chair and the adjuster sign the current version; the minutes are adjusted', async () => {
    const current = await view(secretary);
    const signed = await chair.post(`${url}/sign`, { sha256: current.sha256, password: 'demo' });
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({ state: 'signing', pending: ['Jenny Brännström'] });
    expectProblem(await chair.post(`${url}/sign`, { sha256: current.sha256, password: 'demo' }), 409, 'conflict');
    // The adjuster has two-step verification: the one-time code is required too.
    const { secret } = (await adjuster.post('/auth/totp/setup')).json() as { secret: string };
    const enableCode = currentTotp(secret);
    expect((await adjuster.post('/auth/totp/enable', { code: enableCode })).statusCode).toBe(200);
    const noCode = expectProblem(await adjuster.post(`${url}/sign`, { sha256: current.sha256, password: 'demo' }), 400, 'validation');
    expect(noCode.errors).toEqual([{ field: 'totp', message: 'ange engångskoden från din autentiseringsapp' }]);
    // The code that turned two-step verification on is used up: each code counts once.
    const reused = expectProblem(await adjuster.post(`${url}/sign`, { sha256: current.sha256, password: 'demo', totp: enableCode }), 400, 'validation');
    expect(reused.errors).toEqual([{ field: 'totp', message: 'engångskoden är redan använd; vänta på nästa kod' }]);
    const done = await adjuster.post(`${url}/sign`, { sha256: current.sha256, password: 'demo', totp: currentTotp(secret, Date.now() + 30_000) });
    expect(done.statusCode).toBe(200);
    const v = done.json() as View;
    expect(v).toMatchObject({ state: 'adjusted', pending: [], deadline: { level: 'adjusted' } });
    expect(v.signers.every((s) => s.signedAt)).toBe(true);
    const evidence = await demo.query<{ provider: string; evidence: { methods: string[] } }>(`SELECT provider, evidence FROM minutes_signatures WHERE decision = 'signed' ORDER BY role DESC`);
    expect(evidence.map((e) => [e.provider, e.evidence.methods])).toEqual([['password', ['password']], ['password', ['password', 'totp']]]);
  });
  it('R-JUST-3: the adjusted minutes are registered as a document of the organ\'s minutes case and announced', async () => {
    const v = await view(secretary);
    expect(v.document?.number).toMatch(/^KS-2024\/\d{5}-1$/);
    const [doc] = await demo.query<{ title: string; sha: string }>(`SELECT c.title, f.sha256 AS sha FROM documents d JOIN cases c ON c.id = d.case_id JOIN files f ON f.document_id = d.id WHERE d.number = '${v.document!.number}'`);
    expect(doc).toEqual({ title: 'Protokoll Kommunstyrelsens näringslivs- och arbetsutskott 2024', sha: v.sha256 });
    expect(v.posting?.postedOn).toBe('2024-05-23');
    expect(v.extracts.filter((e) => e.kind === 'adjusted')).toHaveLength(13);
    expect(v.extracts.filter((e) => e.kind === 'immediate').map((e) => e.paragraph)).toEqual([181]);
    const [meeting] = await demo.query<{ state: string }>(`SELECT state FROM meetings WHERE id = '${facts.meetingId}'`);
    expect(meeting.state).toBe('adjusted');
  });
  it('R-JUST-3: changing adjusted minutes is refused and logged', async () => {
    expectProblem(await secretary.post(`${url}/generate`), 409, 'conflict');
    expectProblem(await secretary.post(`${url}/send`), 409, 'conflict');
    expectProblem(await adjuster.post(`${url}/reject`, { sha256: (await view(secretary)).sha256, comment: 'för sent' }), 409, 'conflict');
    const rows = await demo.query<{ action: string; state: string }>(`SELECT action, details->>'state' AS state FROM audit_events WHERE action IN ('minutes.generate_refused', 'minutes.send_refused', 'minutes.reject_refused') ORDER BY id`);
    expect(rows.filter((r) => r.state === 'adjusted').map((r) => r.action)).toEqual(['minutes.generate_refused', 'minutes.send_refused', 'minutes.reject_refused']);
    await expect(demo.query(`UPDATE minutes SET pages = 1 WHERE meeting_id = '${facts.meetingId}'`)).rejects.toThrow(); // the database guard (R-JUST-3)
  });
});

describe('extracts, dispatch and the public copy', () => {
  it('R-MIN-3: an extract holds one paragraph with adjustment, posting and certification', async () => {
    const res = await secretary.get(`/agenda-items/${facts.itemId.get(182)}/extract.pdf`);
    expect(res.statusCode).toBe(200);
    const all = text(res.rawPayload).join('\n').replace(/\s+/g, ' ');
    expect(all).toContain('§ 182');
    expect(all).toContain('Rätt utdraget intygar');
    expect(all).toContain('Protokollet justerades 2024-05-23.');
    expect(all).not.toContain('§ 183');
    const immediate = text((await secretary.get(`/agenda-items/${facts.itemId.get(181)}/extract.pdf?kind=immediate`)).rawPayload).join(' ').replace(/\s+/g, ' ');
    expect(immediate).toContain('Paragrafen justerades omedelbart');
    expectProblem(await secretary.get(`/agenda-items/${facts.itemId.get(182)}/extract.pdf?kind=immediate`), 404, 'not_found');
  });
  it('R-MIN-3: dispatch mails each extract to the distribution list and registers it in the item\'s case', async () => {
    const res = await secretary.post(`${url}/dispatch`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { sent: { paragraph: number; documentNumber: string; delivered: string; recipients: string[] }[]; withoutRecipients: number[] };
    expect(body.sent).toHaveLength(12);
    expect(body.withoutRecipients).toEqual([183]);
    const s182 = body.sent.find((s) => s.paragraph === 182)!;
    expect(s182).toMatchObject({ documentNumber: 'KS-2024/00456-7', delivered: 'outbox', recipients: ['Ekonomikontoret', 'Sökande'] });
    const [doc] = await demo.query<{ kind: string; direction: string; counterparty_name: string }>(`SELECT kind, direction, counterparty_name FROM documents WHERE number = 'KS-2024/00456-7'`);
    expect(doc).toEqual({ kind: 'minutes_extract', direction: 'outgoing', counterparty_name: 'Ekonomikontoret, Sökande' });
    const mails = fs.readdirSync(outbox).map((f) => fs.readFileSync(path.join(outbox, f), 'utf8'));
    expect(mails).toHaveLength(12);
    expect(mails.some((m) => m.includes('Protokollsutdrag =C2=A7 182') || m.includes('§ 182') || m.includes('182'))).toBe(true);
    expect(mails.every((m) => m.includes('application/pdf'))).toBe(true);
    const again = (await secretary.post(`${url}/dispatch`)).json() as { sent: unknown[] };
    expect(again.sent).toHaveLength(0);
  });
  it('R-PUB-1: the public copy is masked: no personal identity number, protected name or secret text', async () => {
    const res = await secretary.get(`${url}/public.pdf`);
    expect(res.statusCode).toBe(200);
    const all = text(res.rawPayload).join('\n');
    const flat = all.replace(/\s+/g, ' ');
    expect(flat).toContain('Justerat protokoll (justerat 2024-05-23)');
    expect(flat).toContain('Justerat digitalt 2024-05-23');
    expect(flat).toContain('Datum då anslaget sätts upp 2024-05-23');
    expect(all).not.toMatch(/\d{6}[-+]?\d{4}/);
    for (const hidden of ['Linnea Sjölander', 'Lisa Engström', 'Sjölander', ...secretTextMarkers]) expect(flat, hidden).not.toContain(hidden);
    expect(flat).toContain('[skyddad identitet]');
    expect(flat).toContain('Handlingarna är sekretessmarkerade enligt OSL 19 kap. 3 § och publiceras inte.'); // not named, as in the public book
    const html = await secretary.get(`${url}/public.html`);
    expect(html.body).not.toContain('850101-1234');
    expect(html.body).not.toContain('Lisa Engström');
    expect(html.body).toContain('<h2 id="p-182-h">');
  });
});
