/**
 * Adjusted minutes on the public board (R-BOARD-2, R-APPEAL-1, R-PUB-1): the announcement states the organ,
 * meeting date, adjustment date, posting date, last day to appeal and where the minutes are kept, and links to
 * the public copy of the minutes — only once the minutes are adjusted and only while the posting is up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, startDemoApp, type DemoApp } from '../support/http.ts';
import { textPdf } from '../../src/demo/pdf.ts';
import { actorOf, loadUserView } from '../../src/use-cases/sessions.ts';
import { postAdjustedMinutes, type PostedAnnouncement } from '../../src/use-cases/board/postAdjustedMinutes.ts';
import { removePosting } from '../../src/use-cases/board/removePosting.ts';
import type { Ctx } from '../../src/use-cases/context.ts';

let demo: DemoApp;
let ctx: Ctx;
let posted: PostedAnnouncement;
let publicPdf: Buffer;
let draftPosting: PostedAnnouncement;
const get = (url: string) => demo.app.inject({ method: 'GET', url });

beforeAll(async () => {
  demo = await startDemoApp();
  demo.db.services.clock = { now: () => new Date('2024-05-28T12:00:00Z') }; // adjusted a week after the meeting
  const ids = await demoIds(demo);
  const [{ id: meetingId, body_id: bodyId }] = await demo.query<{ id: string; body_id: string }>(`SELECT id, body_id FROM meetings WHERE date = '2024-05-21'`);
  const user = (await loadUserView(demo.db.services.db, ids.userId('sekreterare')))!;
  ctx = { ...demo.db.services, actor: actorOf(user, bodyId) };
  publicPdf = await textPdf('Protokoll KSNAU 2024-05-21', 'Offentlig version', 'Paragraferna 177–189.');
  const stored = await demo.db.services.files.put(publicPdf);
  const [{ id: minutesId }] = await demo.query<{ id: string }>(`INSERT INTO minutes (body_id, meeting_id, state, pdf_sha256, pages, public_pdf_sha256, adjusted_at)
    VALUES ('${bodyId}', '${meetingId}', 'adjusted', '${'b'.repeat(64)}', 20, '${stored.sha256}', '2024-05-27T10:00:00Z') RETURNING id`);
  posted = await ctx.db.transaction((tx) => postAdjustedMinutes(tx, ctx, {
    minutesId, meetingId, organId: ids.organId('KSNAU'), adjustedOn: '2024-05-27', keptAt: 'Kommunstyrelsens registratur, Skolgatan 31A, Umeå',
  }));
  // Minutes still being signed have no public copy to link to.
  const [other] = await demo.query<{ id: string }>(`INSERT INTO meetings (body_id, organ_id, date, start_time, place, state)
    VALUES ('${bodyId}', '${ids.organId('KSNAU')}', '2024-05-14', '13:15', 'Sammanträdesrummet', 'held') RETURNING id`);
  const [{ id: draftId }] = await demo.query<{ id: string }>(`INSERT INTO minutes (body_id, meeting_id, state, pdf_sha256, pages, public_pdf_sha256)
    VALUES ('${bodyId}', '${other.id}', 'signing', '${'c'.repeat(64)}', 3, '${stored.sha256}') RETURNING id`);
  draftPosting = await ctx.db.transaction((tx) => postAdjustedMinutes(tx, ctx, {
    minutesId: draftId, meetingId: other.id, organId: ids.organId('KSNAU'), adjustedOn: '2024-05-28', keptAt: 'Registraturen',
  }));
}, 120_000);
afterAll(async () => demo?.close());

describe('adjusted minutes on the public board', () => {
  it('R-APPEAL-1: posted on the day of posting, last day to appeal three weeks later', () => {
    expect(posted).toMatchObject({ postedOn: '2024-05-28', lastAppealDay: '2024-06-18', removableFrom: '2024-06-19' });
  });

  it('R-BOARD-2: the announcement states organ, meeting, adjustment, posting, last day to appeal and where the minutes are kept', async () => {
    const res = await get(`/anslagstavla/${posted.postingId}`);
    expect(res.statusCode).toBe(200);
    const page = res.body;
    expect(page).toContain('Protokoll från Kommunstyrelsens näringslivs- och arbetsutskott 2024-05-21');
    expect(page).toContain('Protokollet från sammanträdet med Kommunstyrelsens näringslivs- och arbetsutskott 2024-05-21 justerades 2024-05-27.');
    for (const [term, value] of [['Sammanträdesdatum', '2024-05-21'], ['Datum för justering', '2024-05-27'], ['Anslaget', '2024-05-28'],
      ['Sista dag för överklagande', '2024-06-18'], ['Anslaget tas ned tidigast', '2024-06-19']]) {
      expect(page).toMatch(new RegExp(`<dt>${term}</dt><dd><time datetime="${value}">${value}</time></dd>`));
    }
    expect(page).toContain('<dt>Protokollet förvaras</dt><dd>Kommunstyrelsens registratur, Skolgatan 31A, Umeå</dd>');
  });

  it('R-PUB-1: the board links to the public copy of adjusted minutes and serves it', async () => {
    const board = (await get('/anslagstavla')).body;
    expect(board).toContain(`href="/anslagstavla/${posted.postingId}/protokoll.pdf"`);
    const pdf = await get(`/anslagstavla/${posted.postingId}/protokoll.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(pdf.rawPayload, publicPdf)).toBe(0);
  });

  it('R-PUB-1: minutes that are not adjusted get no link and no download', async () => {
    const board = (await get('/anslagstavla')).body;
    expect(board).not.toContain(`/anslagstavla/${draftPosting.postingId}/protokoll.pdf`);
    expect((await get(`/anslagstavla/${draftPosting.postingId}/protokoll.pdf`)).statusCode).toBe(404);
  });

  it('R-APPEAL-2: a paragraph prepared for KS and not yet decided there or dispatched keeps the minutes off the board', async () => {
    const [item] = await demo.query<{ id: string; meeting_id: string; body_id: string }>(`SELECT a.id, a.meeting_id, a.body_id FROM agenda_items a
      JOIN meetings m ON m.id = a.meeting_id WHERE m.date = '2024-05-21' AND a.paragraph = 184`);
    await demo.query(`INSERT INTO item_decisions (agenda_item_id, body_id, meeting_id, clauses, outcome) VALUES ('${item.id}', '${item.body_id}', '${item.meeting_id}', '["avslå motionen"]', 'to_organ')`);
    try {
      expect((await get(`/anslagstavla/${posted.postingId}/protokoll.pdf`)).statusCode).toBe(404);
      expect((await get(`/anslagstavla/${posted.postingId}`)).body).not.toContain('protokoll.pdf');
    } finally {
      await demo.query(`DELETE FROM item_decisions WHERE agenda_item_id = '${item.id}'`);
    }
    expect((await get(`/anslagstavla/${posted.postingId}/protokoll.pdf`)).statusCode).toBe(200);
  });

  it('R-PUB-1: after the organ\'s publication period the posting stays but the minutes are no longer published', async () => {
    await demo.query(`UPDATE organs SET minutes_publication_days = 5 WHERE code = 'KSNAU'`);
    demo.db.services.clock = { now: () => new Date('2024-06-01T08:00:00Z') }; // the fifth day after 2024-05-27
    expect((await get(`/anslagstavla/${posted.postingId}/protokoll.pdf`)).statusCode).toBe(200);
    demo.db.services.clock = { now: () => new Date('2024-06-02T08:00:00Z') };
    expect((await get(`/anslagstavla/${posted.postingId}/protokoll.pdf`)).statusCode).toBe(404);
    const page = (await get(`/anslagstavla/${posted.postingId}`)).body;
    expect(page).toContain('Sista dag för överklagande');
    expect(page).not.toContain('protokoll.pdf');
    await demo.query(`UPDATE organs SET minutes_publication_days = NULL WHERE code = 'KSNAU'`);
  });

  it('R-APPEAL-1: once taken down, the minutes are no longer served from the board', async () => {
    demo.db.services.clock = { now: () => new Date('2024-06-19T08:00:00Z') };
    await removePosting({ ...ctx, clock: demo.db.services.clock }, posted.postingId);
    expect((await get(`/anslagstavla/${posted.postingId}/protokoll.pdf`)).statusCode).toBe(404);
    expect((await get('/anslagstavla')).body).not.toContain(posted.postingId);
  });
});
