import { describe, expect, it } from 'vitest';
import { checkSchedule, datesToPlan, parseScheduleLines } from '../../src/domain/schedule.ts';
import type { FieldError } from '../../src/domain/errors.ts';

describe('meeting schedule', () => {
  it('reads the planned dates one per line, with their own time or place where they differ', () => {
    const errors: FieldError[] = [];
    const dates = parseScheduleLines('2024-05-21\n\n2024-06-04 14.30\n 2024-06-18 9:00 Stadshuset, sal A \n', errors);
    expect(errors).toEqual([]);
    expect(dates).toEqual([
      { date: '2024-05-21', startTime: null, place: null },
      { date: '2024-06-04', startTime: '14:30', place: null },
      { date: '2024-06-18', startTime: '09:00', place: 'Stadshuset, sal A' },
    ]);
  });

  it('names each wrong line by its number', () => {
    const errors: FieldError[] = [];
    parseScheduleLines('2024-05-21\n21 maj\n2024-02-30\n2024-06-04 25:00', errors);
    expect(errors.map((e) => e.message)).toEqual([
      'rad 2: "21 maj" börjar inte med ett datum ÅÅÅÅ-MM-DD',
      'rad 3: "2024-02-30" börjar inte med ett datum ÅÅÅÅ-MM-DD',
      'rad 4: 25:00 är ingen tid TT:MM',
    ]);
  });

  it('R-CALL-2: keeps the notice period of the reglemente (1–30 days, default 5)', () => {
    const base = { year: 2024, defaultStartTime: '13:15', defaultPlace: 'KS-salen', dates: [] };
    expect(checkSchedule(base, []).noticeDays).toBe(5);
    const errors: FieldError[] = [];
    checkSchedule({ ...base, noticeDays: 0 }, errors);
    expect(errors).toEqual([{ field: 'noticeDays', message: 'måste vara 1–30 dagar' }]);
  });

  it('refuses dates outside the year and dates given twice; sorts; drops exceptions equal to the defaults', () => {
    const errors: FieldError[] = [];
    const s = checkSchedule({ year: 2024, defaultStartTime: '13:15', defaultPlace: 'KS-salen', dates: [
      { date: '2024-06-04', startTime: '14:30' }, { date: '2024-05-21', startTime: '13:15', place: 'KS-salen' },
      { date: '2025-01-14' }, { date: '2024-05-21' },
    ] }, errors);
    expect(errors).toEqual([
      { field: 'dates[2].date', message: '2025-01-14 ligger inte i 2024' },
      { field: 'dates[3].date', message: '2024-05-21 finns redan i planen' },
    ]);
    expect(s.dates[0]).toEqual({ date: '2024-05-21', startTime: null, place: null });
  });

  it('plans only the dates that have no meeting yet', () => {
    const s = checkSchedule({ year: 2024, defaultStartTime: '13:15', defaultPlace: 'KS-salen', dates: [{ date: '2024-05-21' }, { date: '2024-06-04' }] }, []);
    expect(datesToPlan(s, new Set(['2024-05-21'])).map((d) => d.date)).toEqual(['2024-06-04']);
  });
});
