/**
 * The schedule (sammanträdesplan) of an organ and year: saving it plans a meeting for every date that has none,
 * with its own time or place where the date differs from the defaults; the notice period feeds the deadlines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';

let demo: DemoApp;
let secretary: Client, registrar: Client;
let ksnau: string;
beforeAll(async () => {
  demo = await startDemoApp();
  secretary = await loginAs(demo.app, 'sekreterare');
  registrar = await loginAs(demo.app, 'registrator');
  ksnau = (await demoIds(demo)).organId('KSNAU');
}, 120_000);
afterAll(async () => { await demo?.close(); });

interface View { schedule: { defaultStartTime: string; noticeDays: number } | null; meetings: { id: string; date: string; startTime: string; place: string; state: string; fromSchedule: boolean }[] }

describe('PUT /schedules', () => {
  const body = { organId: '', year: 2027, defaultStartTime: '13:15', defaultPlace: 'Kommunstyrelsens sammanträdesrum', noticeDays: 6,
    dates: [{ date: '2027-01-19' }, { date: '2027-02-02', startTime: '14:30' }, { date: '2027-02-16', place: 'Stadshuset, sal A' }] };

  it('plans a meeting per date, with the exceptions, and keeps the notice period', async () => {
    const res = await secretary.put('/schedules', { ...body, organId: ksnau });
    expect(res.statusCode).toBe(200);
    const view = res.json() as View;
    expect(view.schedule).toEqual({ defaultStartTime: '13:15', defaultPlace: 'Kommunstyrelsens sammanträdesrum', noticeDays: 6 });
    expect(view.meetings.map((m) => [m.date, m.startTime, m.place, m.state, m.fromSchedule])).toEqual([
      ['2027-01-19', '13:15', 'Kommunstyrelsens sammanträdesrum', 'planned', true],
      ['2027-02-02', '14:30', 'Kommunstyrelsens sammanträdesrum', 'planned', true],
      ['2027-02-16', '13:15', 'Stadshuset, sal A', 'planned', true],
    ]);
    const meeting = (await secretary.get(`/meetings/${view.meetings[0]!.id}`)).json() as { sections: unknown[]; deadlines: { callMembersBy: string } };
    expect(meeting.sections.length).toBeGreaterThan(0);
    expect(meeting.deadlines.callMembersBy).toBe('2027-01-13'); // six days before (R-CALL-2)
  });

  it('saving again adds new dates only and never moves an existing meeting', async () => {
    const again = (await secretary.put('/schedules', { ...body, organId: ksnau, dates: [...body.dates, { date: '2027-03-02' }], defaultStartTime: '09:00' })).json() as View;
    expect(again.meetings.map((m) => [m.date, m.startTime])).toEqual([['2027-01-19', '13:15'], ['2027-02-02', '14:30'], ['2027-02-16', '13:15'], ['2027-03-02', '09:00']]);
    expect(((await secretary.get(`/schedules?organId=${ksnau}&year=2027`)).json() as View).meetings).toHaveLength(4);
  });

  it('refuses a wrong schedule naming each field, and writes nothing', async () => {
    const [{ count: before }] = await demo.query<{ count: string }>('SELECT count(*) FROM meetings');
    const problem = expectProblem(await secretary.put('/schedules', { ...body, organId: ksnau, year: 2028, defaultStartTime: '25:00', dates: [{ date: '2027-05-04' }, { date: '2028-02-30' }] }), 400, 'validation');
    expect(problem.errors).toEqual([
      { field: 'defaultStartTime', message: 'måste vara en tid TT:MM' },
      { field: 'dates[0].date', message: '2027-05-04 ligger inte i 2028' },
      { field: 'dates[1].date', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' },
    ]);
    const [{ count: after }] = await demo.query<{ count: string }>('SELECT count(*) FROM meetings');
    expect(after).toBe(before);
  });

  it('only the secretary of the organ may save it', async () => {
    expectProblem(await registrar.put('/schedules', { ...body, organId: ksnau, dates: [] }), 403, 'forbidden');
    expectProblem(await secretary.get('/schedules?organId=nope&year=2027'), 400, 'validation');
  });
});

describe('PUT /schedules with the dates as text', () => {
  it('reads one date per line and names a wrong line', async () => {
    const base = { organId: ksnau, year: 2030, defaultStartTime: '13:15', defaultPlace: 'KS-salen', noticeDays: 5 };
    const ok = (await secretary.put('/schedules', { ...base, datesText: '2030-01-15\n2030-01-29 14:30' })).json() as View;
    expect(ok.meetings.map((m) => [m.date, m.startTime])).toEqual([['2030-01-15', '13:15'], ['2030-01-29', '14:30']]);
    const problem = expectProblem(await secretary.put('/schedules', { ...base, datesText: '2030-02-12\n12 feb' }), 400, 'validation');
    expect(problem.errors).toEqual([{ field: 'datesText', message: 'rad 2: "12 feb" börjar inte med ett datum ÅÅÅÅ-MM-DD' }]);
    const outside = expectProblem(await secretary.put('/schedules', { ...base, datesText: '2031-02-12' }), 400, 'validation');
    expect(outside.errors).toEqual([{ field: 'datesText', message: '2031-02-12 ligger inte i 2030' }]);
  });
});
