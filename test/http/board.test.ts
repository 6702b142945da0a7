/**
 * The notice board over HTTP: delegated-decision postings (R-DEL-1) with their appeal dates (R-APPEAL-1), early
 * removal refused naming the date, the council's announcement posted with its notice (R-CALL-1), and the public
 * board (R-BOARD-1) listing only current postings and nothing secret or protected.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { protectedIdentityMarker } from '../../src/demo/cases-letters.ts';

interface Posting {
  id: string; kind: string; title: string; postedOn: string; lastAppealDay: string | null; removableFrom: string; removedOn: string | null;
  removable: boolean; body: Record<string, unknown>; events: { kind: string; actor: string | null; details: Record<string, unknown> }[];
}

let demo: DemoApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let now = '2026-06-01T08:00:00Z'; // a Monday
let registrar: Client;
let delegated: Posting;

const publicGet = (url: string) => demo.app.inject({ method: 'GET', url });

beforeAll(async () => {
  demo = await startDemoApp();
  demo.db.services.clock = { now: () => new Date(now) };
  demo.db.services.mailer = createMailer({ outboxDir: path.join(demo.db.dataDir, 'outbox') });
  ids = await demoIds(demo);
  registrar = await loginAs(demo.app, 'registrator');
}, 120_000);
afterAll(async () => demo?.close());

describe('delegated decisions on the board', () => {
  it('R-DEL-1, R-APPEAL-1: staff post a delegated decision; the appeal period runs three weeks from the posting', async () => {
    const res = await registrar.post('/board/delegated-decisions', {
      organId: ids.organId('KS'), decisionTitle: 'Tilldelning av <em>bidrag</em> till Umeå Folkets Hus', decisionDate: '2026-05-28',
      delegate: 'Kommundirektören', keptAt: 'Kommunstyrelsens registratur, Skolgatan 31A, Umeå', caseNumber: 'KS-2026/00012',
    });
    expect(res.statusCode).toBe(201);
    delegated = res.json() as Posting;
    expect(delegated).toMatchObject({ kind: 'delegated_decision', postedOn: '2026-06-01', lastAppealDay: '2026-06-22', removableFrom: '2026-06-23', removedOn: null, removable: false });
    expect(delegated.events.map((e) => e.kind)).toEqual(['posted']);
    const [{ count }] = await demo.query<{ count: number }>(`SELECT count(*)::int AS count FROM audit_events WHERE action = 'board.post' AND entity_id = '${delegated.id}'`);
    expect(count).toBe(1);
  });

  it('names every missing field in Swedish', async () => {
    const body = expectProblem(await registrar.post('/board/delegated-decisions', { decisionDate: '2026-07-01' }), 400, 'validation');
    const fields = (body.errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['decisionDate', 'decisionTitle', 'delegate', 'keptAt', 'organId']);
    expect(String(body.detail)).toContain('2026-07-01 ligger i framtiden');
  });

  it('R-APPEAL-1: taking the posting down before the appeal period has ended is refused, naming the date', async () => {
    const body = expectProblem(await registrar.post(`/board/postings/${delegated.id}/remove`), 409, 'conflict');
    expect(String(body.detail)).toContain('tidigast 2026-06-23');
    expect(String(body.detail)).toContain('2026-06-22');
    const [row] = await demo.query<{ removed_on: string | null; events: number }>(
      `SELECT removed_on, (SELECT count(*)::int FROM posting_events WHERE posting_id = p.id) AS events FROM postings p WHERE id = '${delegated.id}'`);
    expect(row).toEqual({ removed_on: null, events: 1 });
  });

  it('only staff read the board through the API; members and anonymous callers do not', async () => {
    expectProblem(await publicGet('/api/v1/board/postings'), 401, 'unauthenticated');
    const member = await loginAs(demo.app, 'ledamot');
    expectProblem(await member.get('/board/postings'), 403, 'forbidden');
    expectProblem(await member.post(`/board/postings/${delegated.id}/remove`), 403, 'forbidden');
    expectProblem(await registrar.get('/board/postings/not-a-uuid'), 404, 'not_found');
  });
});

describe('the public board', () => {
  it('R-BOARD-1: /anslagstavla lists the current posting with its dates, escaped, in Swedish', async () => {
    const res = await publicGet('/anslagstavla');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const page = res.body;
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('href="#innehall"');
    expect(page).toContain('Sista dag för överklagande');
    expect(page).toContain('<time datetime="2026-06-22">2026-06-22</time>');
    expect(page).toContain(`href="/anslagstavla/${delegated.id}"`);
    expect(page).toContain('Tilldelning av &lt;em&gt;bidrag&lt;/em&gt;');
    expect(page).not.toContain('<em>bidrag');
    expect(page).toContain('Kommunstyrelsens registratur');
  });

  it('R-BOARD-1: a posting has its own page; unknown postings answer a Swedish 404 page', async () => {
    const res = await publicGet(`/anslagstavla/${delegated.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Kommundirektören');
    expect(res.body).toContain('href="/overklaga"');
    const missing = await publicGet('/anslagstavla/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Anslaget finns inte');
    expect((await publicGet('/anslagstavla/<script>')).statusCode).toBe(404);
    expect((await publicGet(`/anslagstavla/${delegated.id}/protokoll.pdf`)).statusCode).toBe(404);
  });

  it('R-APPEAL-1: /overklaga explains laglighetsprövning, the three weeks and the court', async () => {
    const res = await publicGet('/overklaga');
    expect(res.statusCode).toBe(200);
    for (const text of ['laglighetsprövning', 'tre veckor', 'förvaltningsrätten', 'Vad ska överklagandet innehålla?']) expect(res.body).toContain(text);
    expect((await publicGet('/portal.css')).headers['content-type']).toMatch(/^text\/css/);
  });
});

describe('the council\'s meeting announcement', () => {
  let meetingId = '';
  it('R-CALL-1: sending a council notice posts the announcement with time, place and the public titles of its matters', async () => {
    const admin = await loginAs(demo.app, 'admin');
    const meeting = await admin.post('/meetings', { organId: ids.organId('KF'), date: '2026-06-15', startTime: '18:00', place: 'Fullmäktigesalen, Stadshuset' });
    expect(meeting.statusCode).toBe(201);
    meetingId = (meeting.json() as { id: string }).id;
    expect((await admin.post(`/meetings/${meetingId}/items`, { caseId: ids.caseId('KS-2024/00512') })).statusCode).toBe(201);
    expect((await admin.post(`/meetings/${meetingId}/notice`)).statusCode).toBe(200);
    const list = (await registrar.get('/board/postings?state=current')).json() as { items: Posting[] };
    const announcement = list.items.find((p) => p.kind === 'meeting_announcement')!;
    expect(announcement).toMatchObject({ postedOn: '2026-06-01', lastAppealDay: null, removableFrom: '2026-06-16' });
    expect(announcement.body).toMatchObject({ startTime: '18:00', place: 'Fullmäktigesalen, Stadshuset', matters: ['Synpunkter på skolskjuts'] });
  });

  it('R-BOARD-1, R-REG-7: the public pages hold no internal title, protected name or secret text', async () => {
    const board = (await publicGet('/anslagstavla')).body;
    const list = (await registrar.get('/board/postings?state=current')).json() as { items: Posting[] };
    const posting = (await publicGet(`/anslagstavla/${list.items.find((p) => p.kind === 'meeting_announcement')!.id}`)).body;
    expect(posting).toContain('Synpunkter på skolskjuts');
    expect(board).toContain('Kungörelse: sammanträde med Kommunfullmäktige 2026-06-15');
    for (const page of [board, posting]) {
      for (const secret of ['avsändare med skyddade personuppgifter', 'Linnea', 'Sjölander', protectedIdentityMarker, 'Skyddad adress', 'OSL']) {
        expect(page).not.toContain(secret);
      }
    }
    expect(posting).toContain('Fullmäktigesalen, Stadshuset');
  });
});

describe('after the appeal period', () => {
  it('R-APPEAL-1: the posting can come down the day after the last day to appeal; the history keeps both events', async () => {
    now = '2026-06-22T21:59:00Z'; // 23:59 on the last day to appeal in Sweden
    registrar = await loginAs(demo.app, 'registrator');
    expectProblem(await registrar.post(`/board/postings/${delegated.id}/remove`), 409, 'conflict');
    now = '2026-06-22T22:00:00Z'; // 00:00 on 23 June in Sweden
    const res = await registrar.post(`/board/postings/${delegated.id}/remove`, { reason: 'Överklagandetiden har gått ut' });
    expect(res.statusCode).toBe(200);
    const removed = res.json() as Posting;
    expect(removed.removedOn).toBe('2026-06-23');
    expect(removed.events.map((e) => e.kind)).toEqual(['posted', 'removed']);
    expect(removed.events[1]!.details).toMatchObject({ removedOn: '2026-06-23', reason: 'Överklagandetiden har gått ut' });
    expectProblem(await registrar.post(`/board/postings/${delegated.id}/remove`), 409, 'conflict');
  });

  it('R-BOARD-1: a removed posting is gone from the public board but stays in the staff history', async () => {
    expect((await publicGet('/anslagstavla')).body).not.toContain(delegated.id);
    expect((await publicGet(`/anslagstavla/${delegated.id}`)).statusCode).toBe(404);
    const removed = (await registrar.get('/board/postings?state=removed')).json() as { items: Posting[] };
    expect(removed.items.map((p) => p.id)).toContain(delegated.id);
  });
});

describe('the site root', () => {
  it('opens the public notice board; staff sign in under /app/', async () => {
    const res = await demo.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/anslagstavla');
    expect((await demo.app.inject({ method: 'GET', url: '/anslagstavla' })).body).toContain('href="/app/"');
  });
});
