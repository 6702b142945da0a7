/**
 * The annual cycle over HTTP on the demo: the reference's 2025 lists and their copies, the meetings beside them,
 * keeping deadlines (checks naming the field, stale versions, who may), copying a year, the public iCalendar
 * feeds (parsed with ical.js) and the generated documents' text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { demoIds, expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { pageTexts } from '../support/pdf.ts';

let demo: DemoApp;
let finance: Client, leisure: Client, member: Client;
let ks: string, ksnau: string;
beforeAll(async () => {
  demo = await startDemoApp();
  finance = await loginAs(demo.app, 'ekonomi');
  leisure = await loginAs(demo.app, 'fritid');
  member = await loginAs(demo.app, 'ledamot');
  const ids = await demoIds(demo);
  ks = ids.organId('KS');
  ksnau = ids.organId('KSNAU');
}, 180_000);
afterAll(async () => { await demo?.close(); });

interface Deadline { id: string; date: string; endDate: string | null; label: string; heading: string; text: string; audience: string; organCode: string | null; reminderDays: number[]; version: number }
interface Year { year: number; deadlines: Deadline[]; meetings: { organCode: string; date: string; state: string }[]; canEdit: boolean }

const text = (pdf: Buffer): string => pageTexts(pdf).join('\n').replace(/\s+/g, ' ');

describe('the year view', () => {
  it('holds the reference lists of 2025: 16 dates for the committees, 15 for the companies, the council\'s own', async () => {
    const view = (await finance.get('/annual-cycle?year=2025')).json() as Year;
    const by = (a: string) => view.deadlines.filter((d) => d.audience === a);
    expect(by('committees')).toHaveLength(16);
    expect(by('companies')).toHaveLength(15);
    expect(by('council').map((d) => d.heading)).toEqual(['Verksamhetsdagen i KF', 'Bolagsdagen i KF', 'Nuläge & framtid']);
    const dialog = by('committees').find((d) => d.endDate)!;
    expect([dialog.date, dialog.endDate, dialog.label, dialog.text]).toEqual(['2025-03-31', '2025-04-08', '31 mar – 8 apr', 'Planeringsdialog - nämnder presenterar sina yttranden för KS:nau']);
    expect(by('committees').filter((d) => d.date === '2025-09-26').map((d) => d.heading)).toEqual(['TN:s detaljbudget', 'Delårsrapport jan-aug', 'Uppföljning Intern kontroll jan-aug']);
    const ksRows = view.deadlines.filter((d) => d.organCode === 'KS');
    expect(ksRows.every((d) => d.text.includes('KS diarium') && d.reminderDays.join() === '14,3')).toBe(true);
    expect(view.canEdit).toBe(true);
  });

  it('has the 2025 dates copied to 2026, moved off weekends, with the years in the texts moved along', async () => {
    const view = (await finance.get('/annual-cycle?year=2026&audience=committees')).json() as Year;
    expect(view.deadlines).toHaveLength(16);
    expect(view.deadlines.map((d) => d.label)).toContain('20 mar'); // 21 March 2026 is a Saturday
    expect(view.deadlines.find((d) => d.heading === 'Verksamhetsplan och budget för 2027')?.date).toBe('2026-11-26');
    expect(view.deadlines.find((d) => d.date === '2026-02-05')?.text).toContain('perioden jan-dec 2025');
  });

  it('shows the meetings of KF, KS and its committees beside the deadlines, and filters by organ', async () => {
    const all = (await finance.get('/annual-cycle?year=2026')).json() as Year;
    expect(all.meetings.map((m) => `${m.organCode} ${m.date}`)).toEqual(expect.arrayContaining(['KS 2026-12-08', 'KSNAU 2026-12-15']));
    const onlyKs = (await finance.get(`/annual-cycle?year=2026&organId=${ks}`)).json() as Year;
    expect(onlyKs.meetings.map((m) => m.organCode)).toEqual(['KS']);
    expect(onlyKs.deadlines.every((d) => d.organCode === 'KS') && onlyKs.deadlines.length).toBeTruthy();
    expect((await member.get('/annual-cycle?year=2025')).statusCode).toBe(200);
    expectProblem(await finance.get('/annual-cycle?year=25'), 400, 'validation');
    expectProblem(await finance.get('/annual-cycle?year=2025&audience=alla'), 400, 'validation');
  });
});

describe('keeping deadlines', () => {
  const base = { date: '2030-03-31', endDate: '2030-04-08', heading: 'Planeringsdialog', text: 'Nämnderna presenterar sina yttranden.', audience: 'committees' };

  it('adds, changes with the version read, refuses a stale version, and deletes with an audit event', async () => {
    const created = await finance.post('/annual-cycle/deadlines', { ...base, organId: ks, reminderDays: '14, 3', remindOrganStaff: true });
    expect(created.statusCode).toBe(201);
    const d = created.json() as Deadline;
    expect([d.label, d.organCode, d.reminderDays, d.version]).toEqual(['31 mar – 8 apr', 'KS', [14, 3], 1]);
    const changed = await finance.put(`/annual-cycle/deadlines/${d.id}`, { ...base, heading: 'Planeringsdialog med KSNAU', version: 1 });
    expect(changed.statusCode).toBe(200);
    expect((changed.json() as Deadline).version).toBe(2);
    expectProblem(await finance.put(`/annual-cycle/deadlines/${d.id}`, { ...base, version: 1 }), 409, 'conflict');
    expect((await finance.request({ method: 'DELETE', url: `/api/v1/annual-cycle/deadlines/${d.id}` })).statusCode).toBe(204);
    const [{ count }] = await demo.query<{ count: string }>(`SELECT count(*) FROM annual_deadlines WHERE id = '${d.id}'`);
    expect(Number(count)).toBe(0);
    const actions = await demo.query<{ action: string }>(`SELECT action FROM audit_events WHERE entity_id = '${d.id}' ORDER BY at`);
    expect(actions.map((a) => a.action)).toEqual(['annual_deadline.create', 'annual_deadline.update', 'annual_deadline.delete']);
  });

  it('reads one deadline with its version for the edit form; an unknown or malformed id is not found', async () => {
    const theirs = ((await finance.get('/annual-cycle?year=2025')).json() as Year).deadlines.find((d) => d.organCode === 'KS' && d.endDate === null)!;
    const one = await finance.get(`/annual-cycle/deadlines/${theirs.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toEqual(theirs);
    expect((await member.get(`/annual-cycle/deadlines/${theirs.id}`)).statusCode).toBe(200);
    expectProblem(await finance.get('/annual-cycle/deadlines/7d0c1e9a-4a53-4e35-9f43-0b3f2d1f7c11'), 404, 'not_found');
    expectProblem(await finance.get('/annual-cycle/deadlines/inte-ett-id'), 404, 'not_found');
    const anonymous = await demo.app.inject({ url: `/api/v1/annual-cycle/deadlines/${theirs.id}` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('names each wrong field in Swedish and writes nothing', async () => {
    const [{ count: before }] = await demo.query<{ count: string }>('SELECT count(*) FROM annual_deadlines');
    const problem = expectProblem(await finance.post('/annual-cycle/deadlines', { date: '2030-02-30', endDate: '2029-12-01', heading: '', audience: 'alla', reminderDays: [3] }), 400, 'validation');
    expect(problem.errors).toEqual([
      { field: 'date', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' },
      { field: 'heading', message: 'måste fyllas i' },
      { field: 'audience', message: 'välj nämnder, bolag eller kommunfullmäktige' },
      { field: 'reminderEmails', message: 'ange vem påminnelsen ska gå till' },
    ]);
    const before2 = expectProblem(await finance.post('/annual-cycle/deadlines', { ...base, endDate: '2030-03-01' }), 400, 'validation');
    expect(before2.errors).toEqual([{ field: 'endDate', message: 'får inte vara före startdatumet' }]);
    const [{ count: after }] = await demo.query<{ count: string }>('SELECT count(*) FROM annual_deadlines');
    expect(after).toBe(before);
  });

  it('only the keepers of the responsible organ (or of KS, without one) may change it', async () => {
    expectProblem(await leisure.post('/annual-cycle/deadlines', { ...base, organId: ks }), 403, 'forbidden');
    expectProblem(await leisure.post('/annual-cycle/deadlines', base), 403, 'forbidden');
    expect((await leisure.post('/annual-cycle/deadlines', { ...base, organId: ksnau })).statusCode).toBe(201);
    expectProblem(await member.post('/annual-cycle/deadlines', { ...base, organId: ksnau }), 403, 'forbidden');
    const theirs = ((await finance.get('/annual-cycle?year=2025')).json() as Year).deadlines.find((d) => d.organCode === 'KS')!;
    expectProblem(await leisure.request({ method: 'DELETE', url: `/api/v1/annual-cycle/deadlines/${theirs.id}` }), 403, 'forbidden');
  });
});

describe('copying a year', () => {
  it('copies the deadlines to the next year once', async () => {
    const first = (await finance.post('/annual-cycle/copy', { fromYear: 2027 })).json() as { toYear: number; copied: number };
    expect(first).toMatchObject({ toYear: 2028, copied: 34 });
    const again = (await finance.post('/annual-cycle/copy', { fromYear: 2027 })).json() as { copied: number; skipped: number };
    expect(again).toMatchObject({ copied: 0, skipped: 34 });
    const view = (await finance.get('/annual-cycle?year=2028')).json() as Year;
    expect(view.deadlines).toHaveLength(34);
    expect(view.deadlines.find((d) => d.heading === 'Nuläge & framtid' && d.audience === 'council')?.text).toContain('planeringsdirektiv för 2030');
  });
});

describe('the public iCalendar feed', () => {
  it('has every deadline as an all-day event with a stable UID; a period spans its days', async () => {
    const created = (await finance.post('/annual-cycle/deadlines', { date: '2099-03-31', endDate: '2099-04-08', heading: 'Planeringsdialog 2099', audience: 'companies', organId: ks })).json() as Deadline;
    const res = await demo.app.inject({ url: '/arshjul.ics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(res.body) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const event = events.find((e) => e.uid === `${created.id}@namnd`)!;
    expect(event.summary).toBe('Planeringsdialog 2099');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2099-03-31');
    expect(event.endDate.toString()).toBe('2099-04-09'); // exclusive: the period ends on 8 April
    expect(res.body).not.toContain('@example.se'); // reminder addresses never leave the register
    const [{ count }] = await demo.query<{ count: string }>(`SELECT count(*) FROM annual_deadlines WHERE date >= '${Number(new Date().getFullYear()) - 1}-01-01'`);
    expect(events).toHaveLength(Number(count));
    const again = await demo.app.inject({ url: '/arshjul.ics' });
    expect(again.body).toBe(res.body);
  });

  it('one audience or one responsible organ; an unknown one is not found', async () => {
    const ksFeed = await demo.app.inject({ url: '/arshjul/ks.ics' });
    const ksEvents = new ICAL.Component(ICAL.parse(ksFeed.body) as unknown[]).getAllSubcomponents('vevent');
    expect(ksEvents.length).toBeGreaterThan(0);
    expect(ksEvents.every((v) => String(v.getFirstPropertyValue('description')).includes('Ansvarigt organ: Kommunstyrelsen'))).toBe(true);
    const companies = await demo.app.inject({ url: '/arshjul/bolag.ics' });
    const categories = new ICAL.Component(ICAL.parse(companies.body) as unknown[]).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('categories')));
    expect(new Set(categories)).toEqual(new Set(['bolag']));
    expect((await demo.app.inject({ url: '/arshjul/finns-inte.ics' })).statusCode).toBe(404);
  });

  it('is linked from the public organ page next to the meeting calendar, and the link answers', async () => {
    const page = await demo.app.inject({ url: '/organ/ks' });
    expect(page.statusCode).toBe(200);
    const links = [...page.body.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a><\/li>/g)].map((m) => [m[1], m[2]]);
    const calendar = links.findIndex(([href]) => href === '/organ/ks/kalender.ics');
    expect(calendar).toBeGreaterThanOrEqual(0);
    expect(links[calendar + 1]).toEqual(['/arshjul/ks.ics', 'Prenumerera på organets viktiga datum i årshjulet (iCalendar)']);
    const feed = await demo.app.inject({ url: links[calendar + 1]![0]! });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    const name = new ICAL.Component(ICAL.parse(feed.body) as unknown[]).getFirstPropertyValue('x-wr-calname');
    expect(String(name)).toContain('Kommunstyrelsen');
    const ksnauPage = await demo.app.inject({ url: '/organ/ksnau' });
    expect(ksnauPage.body).toContain('href="/arshjul/ksnau.ics"');
    expect((await demo.app.inject({ url: '/arshjul/ksnau.ics' })).statusCode).toBe(200);
  });
});

describe('generated documents', () => {
  it('the demo\'s annexes of § 177 are generated from the register', async () => {
    const ids = await demoIds(demo);
    const dates = await finance.get(`/files/${ids.fileOf('KS-2023/00651-4')}`);
    expect(dates.statusCode).toBe(200);
    const datesText = text(dates.rawPayload);
    expect(datesText).toContain('Viktiga datum för Umeå kommuns nämnder 2025');
    expect(datesText).toContain('Viktiga datum för Umeå kommuns bolag 2025');
    expect(datesText).toContain('31 mar – 8 apr Planering och budget nästkommande år Planeringsdialog - nämnder presenterar sina yttranden för KS:nau');
    expect(datesText).toContain('26 sep TN:s detaljbudget Sista datum för TN att lämna fastställd detaljbudget till KS, FoGn och GyVn.');
    expect(datesText).toContain('8 dec Nuläge & framtid Presentation av planeringsförutsättningar');
    const wheel = text((await finance.get(`/files/${ids.fileOf('KS-2023/00651-2')}`)).rawPayload);
    expect(wheel).toContain('Årshjul 2025 - Umeå kommunfullmäktige');
    expect(wheel).toContain('Datum i årshjulet');
    expect(wheel).toContain('Kommunfullmäktige sammanträder 2025');
    expect(wheel).toContain('27 jan, 24 feb, 31 mar, 28 apr, 26 maj, 16 jun, 25 aug, 29 sep, 27 okt, 24 nov, 15 dec');
  });

  it('registers a list as the next document of the case the user picks', async () => {
    const res = await finance.post('/annual-cycle/documents', { kind: 'dates', year: 2026, audiences: ['companies'], caseNumber: 'KS-2023/00651' });
    expect(res.statusCode).toBe(201);
    const doc = res.json() as { documentId: string; number: string };
    expect(doc.number).toMatch(/^KS-2023\/00651-\d+$/);
    const [file] = await demo.query<{ id: string }>(`SELECT id FROM files WHERE document_id = '${doc.documentId}'`);
    const pdf = text((await finance.get(`/files/${file.id}`)).rawPayload);
    expect(pdf).toContain('Viktiga datum för Umeå kommuns bolag 2026');
    expect(pdf).not.toContain('nämnder 2026');
    const problem = expectProblem(await finance.post('/annual-cycle/documents', { kind: 'karta', year: 2026, caseNumber: 'KS-2099/99999' }), 400, 'validation');
    expect(problem.errors).toEqual([{ field: 'kind', message: 'välj viktiga datum eller årshjul' }]);
    expectProblem(await finance.post('/annual-cycle/documents', { kind: 'wheel', year: 2026, caseNumber: 'KS-2099/99999' }), 400, 'validation');
  });

  it('previews the årshjul', async () => {
    const res = await finance.get('/annual-cycle/document.pdf?kind=wheel&year=2026');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const wheel = text(res.rawPayload);
    expect(wheel).toContain('Årshjul 2026 - Umeå kommunfullmäktige');
    expect(wheel).toContain('20 mar Planering och budget nästkommande år');
    expect(wheel).toContain('Verksamhetsdagen i KF');
  });
});
