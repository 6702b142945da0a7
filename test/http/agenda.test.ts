/**
 * Building an agenda and sending the notice: provisional and fixed paragraph numbers (R-CALL-4), one coming
 * meeting per case and organ, changes after the notice (R-CALL-2), the notice mail and its record.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { fixedClock } from '../../src/clock.ts';

interface Item { id: string; caseNumber: string | null; paragraphLabel: string; paragraphFixed: boolean; withdrawn: boolean; documents: { number: string }[] }
interface Meeting { id: string; state: string; needsNewNotice: boolean; sections: { id: string; heading: string; items: Item[] }[] }
const items = (m: Meeting) => m.sections.flatMap((s) => s.items);

let demo: DemoApp;
let secretary: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
let outbox: string;

beforeAll(async () => {
  demo = await startDemoApp();
  outbox = path.join(demo.db.dataDir, 'outbox');
  demo.db.services.mailer = createMailer({ outboxDir: outbox });
  demo.db.services.clock = fixedClock('2025-01-15T09:00:00Z'); // the meetings below lie ahead, within the demo's term
  secretary = await loginAs(demo.app, 'sekreterare');
  ids = await demoIds(demo);
  // The reference meeting of 2024 is over: its cases may be put on new meetings.
  await demo.query(`UPDATE meetings SET state = 'held' WHERE date = '2024-05-21'`);
}, 120_000);
afterAll(async () => demo?.close());

async function newMeeting(date: string): Promise<Meeting> {
  const res = await secretary.post('/meetings', { organId: ids.organId('KSNAU'), date, startTime: '13:15', place: 'Kommunstyrelsens sammanträdesrum' });
  expect(res.statusCode).toBe(201);
  return res.json() as Meeting;
}

describe('agenda builder', () => {
  let meeting: Meeting;
  it('creates a meeting with the default sections', async () => {
    meeting = await newMeeting('2025-02-04');
    expect(meeting.sections.map((s) => s.heading)).toEqual(['Planeringsdirektiv', 'Beslutsärenden', 'Till KS/KF', 'Information']);
  });
  it('adds cases with their documents, official report first, and provisional numbers', async () => {
    const section = meeting.sections[1]!.id;
    await secretary.post(`/meetings/${meeting.id}/items`, { caseId: ids.caseId('KS-2024/00456'), sectionId: section });
    const res = await secretary.post(`/meetings/${meeting.id}/items`, { caseId: ids.caseId('KS-2024/00457'), sectionId: section });
    meeting = res.json() as Meeting;
    const [first, second] = items(meeting);
    expect(first!.documents.map((d) => d.number)).toEqual(['KS-2024/00456-1', 'KS-2024/00456-2']);
    expect([first!.paragraphLabel, second!.paragraphLabel]).toEqual(['1/25', '2/25']);
    expect(first!.paragraphFixed).toBe(false);
  });
  it('reorders by position', async () => {
    const second = items(meeting)[1]!;
    meeting = (await secretary.post(`/agenda-items/${second.id}/move`, { position: 0 })).json() as Meeting;
    expect(items(meeting).map((i) => i.caseNumber)).toEqual(['KS-2024/00457', 'KS-2024/00456']);
  });
  it('refuses a case that already stands on a coming meeting of the organ', async () => {
    const other = await newMeeting('2025-02-18');
    const res = await secretary.post(`/meetings/${other.id}/items`, { caseId: ids.caseId('KS-2024/00456') });
    expect(expectProblem(res, 400, 'validation').detail).toContain('2025-02-04');
  });
  it('R-CALL-4: the notice fixes the numbers, mails members and substitutes and records it', async () => {
    const res = await secretary.post(`/meetings/${meeting.id}/notice`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { meeting: Meeting; recipients: { role: string }[]; delivered: string };
    expect(items(body.meeting).map((i) => [i.paragraphLabel, i.paragraphFixed])).toEqual([['1/25', true], ['2/25', true]]);
    expect(body.meeting.state).toBe('called');
    expect(body.recipients.some((r) => r.role === 'substitute')).toBe(true);
    const mails = fs.readdirSync(outbox);
    expect(mails).toHaveLength(1);
    const mail = fs.readFileSync(path.join(outbox, mails[0]!), 'utf8');
    expect(mail).toContain('Kallelse');
    const [{ count }] = await demo.query<{ count: number }>(`SELECT count(*)::int AS count FROM notices WHERE meeting_id = '${meeting.id}'`);
    expect(count).toBe(1);
    meeting = body.meeting;
  });
  it('R-CALL-4: the next meeting of the organ continues the numbering', async () => {
    const next = await newMeeting('2025-03-04');
    const res = await secretary.post(`/meetings/${next.id}/items`, { title: 'Information från förvaltningen', kind: 'information' });
    expect(items(res.json() as Meeting)[0]!.paragraphLabel).toBe('3/25');
  });
  it('R-CALL-2: an edit after the notice is logged and calls for a new notice', async () => {
    const res = await secretary.post(`/agenda-items/${items(meeting)[1]!.id}/move`, { position: 0 });
    meeting = res.json() as Meeting;
    expect(meeting.needsNewNotice).toBe(true);
    const [{ count }] = await demo.query<{ count: number }>(`SELECT count(*)::int AS count FROM audit_events WHERE action = 'agenda.move_item_after_notice'`);
    expect(count).toBe(1);
    const again = await secretary.post(`/meetings/${meeting.id}/notice`);
    expect(again.statusCode).toBe(200);
    expect(fs.readdirSync(outbox)).toHaveLength(2);
  });
  it('a struck item keeps its number and is marked, not deleted', async () => {
    const target = items(meeting)[0]!;
    const res = await secretary.request({ method: 'DELETE', url: `/api/v1/agenda-items/${target.id}` });
    const struck = items(res.json() as Meeting).find((i) => i.id === target.id)!;
    expect(struck.withdrawn).toBe(true);
    expect(struck.paragraphFixed).toBe(true);
  });
  it('only secretaries of the organ and admins may change the agenda', async () => {
    const officer = await loginAs(demo.app, 'handlaggare');
    expectProblem(await officer.post(`/meetings/${meeting.id}/items`, { title: 'X' }), 403, 'forbidden');
  });
  it('rejects bad input with field names', async () => {
    const res = await secretary.post('/meetings', { organId: ids.organId('KSNAU'), date: '2025-02-30', startTime: '25:00', place: '' });
    const problem = expectProblem(res, 400, 'validation') as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field).sort()).toEqual(['date', 'place', 'startTime']);
  });
  it('an item with no documents still compiles, with a note in the book', async () => {
    const empty = await newMeeting('2025-04-01');
    await secretary.post(`/meetings/${empty.id}/items`, { title: 'Övriga frågor', kind: 'information' });
    const res = await secretary.get(`/meetings/${empty.id}/book.pdf?variant=public`);
    expect(res.statusCode).toBe(200);
    expect(Number(res.headers['x-book-pages'])).toBeGreaterThanOrEqual(2);
  });
});

describe('calendar feed', () => {
  it('lists the organ\'s meetings as iCalendar', async () => {
    const res = await demo.app.inject({ method: 'GET', url: '/kalender/umea/ksnau.ics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    expect(res.body).toContain('BEGIN:VEVENT');
    expect(res.body).toContain('Kommunstyrelsens sammanträdesrum');
    expect(res.body).toMatch(/DTSTART;TZID=Europe\/Stockholm:20240521T131500/);
  });
  it('answers 404 for an unknown organ', async () => {
    expect((await demo.app.inject({ method: 'GET', url: '/kalender/umea/nope.ics' })).statusCode).toBe(404);
  });
});
