/**
 * The annual cycle's rules: dates as the reference prints them and read back from its noisy lists, copying a
 * year's deadlines to the next (same day, previous working day), the checks of a deadline, and which reminders
 * are due on a day.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyDates, dayLabel, parseDayLabel, periodLabel, sameDayInYear, workingDayOnOrBefore } from '../../src/domain/annualCycleDates.ts';
import { checkDeadline, checkYear, shiftYearsInText } from '../../src/domain/annualCycle.ts';
import { dueReminders, reminderSubject, type SentReminder } from '../../src/domain/annualCycleReminders.ts';
import type { FieldError } from '../../src/domain/errors.ts';
import { isNonWorkingDay, plusDays } from '../../src/domain/holidays.ts';
import { committeeDeadlines, companyDeadlines } from '../../src/demo/registers/annualCycleData.ts';

describe('day labels', () => {
  it('prints dates as the reference does ("27 jan", "31 mar – 8 apr")', () => {
    expect(dayLabel('2025-01-27')).toBe('27 jan');
    expect(dayLabel('2025-02-05')).toBe('5 feb');
    expect(dayLabel('2025-12-08')).toBe('8 dec');
    expect(periodLabel('2025-03-31', '2025-04-08')).toBe('31 mar – 8 apr');
    expect(periodLabel('2025-03-31', null)).toBe('31 mar');
  });

  it.each([
    ['27-jan', '2025-01-27', null], ['05-feb', '2025-02-05', null], ['26-sept', '2025-09-26', null], ['26-sep', '2025-09-26', null],
    ['13 maj', '2025-05-13', null], ['8 dec', '2025-12-08', null], ['31 mar -8 apr', '2025-03-31', '2025-04-08'],
    ['31 mars – 8 april', '2025-03-31', '2025-04-08'], ['1 Okt.', '2025-10-01', null],
  ])('reads the printed "%s" as %s', (label, date, endDate) => {
    expect(parseDayLabel(label, 2025)).toEqual({ date, endDate });
  });

  it.each(['', 'jan', '32-jan', '30-feb', '12 ma', '8 apr - 31 mar', 'i morgon', '2025-01-27'])('does not read "%s" as a date', (label) => {
    expect(parseDayLabel(label, 2025)).toBeUndefined();
  });

  it('reads every date of the reference lists: 16 for the committees, 15 for the companies, in date order', () => {
    for (const list of [committeeDeadlines, companyDeadlines]) {
      const dates = list.map((d) => parseDayLabel(d.printed, 2025));
      expect(dates.every(Boolean)).toBe(true);
      const starts = dates.map((d) => d!.date);
      expect([...starts].sort()).toEqual(starts);
    }
    expect(committeeDeadlines).toHaveLength(16);
    expect(companyDeadlines).toHaveLength(15);
    expect(parseDayLabel(committeeDeadlines[5]!.printed, 2025)).toEqual({ date: '2025-03-31', endDate: '2025-04-08' });
  });

  it('names KS as responsible exactly where the text sends something to "KS diarium"', () => {
    for (const d of [...committeeDeadlines, ...companyDeadlines]) expect(d.organCode === 'KS').toBe(d.text.includes('KS diarium'));
  });
});

describe('copying a deadline to another year', () => {
  it('keeps the day and month when that is a working day', () => {
    expect(sameDayInYear('2025-01-27', 2026)).toBe('2026-01-27'); // Tuesday
    expect(sameDayInYear('2025-11-26', 2026)).toBe('2026-11-26'); // Thursday
  });

  it('moves a Saturday, a Sunday or a holiday back to the previous working day', () => {
    expect(sameDayInYear('2025-02-24', 2026)).toBe('2026-02-24'); // Tuesday
    expect(sameDayInYear('2025-03-21', 2026)).toBe('2026-03-20'); // 21 March 2026 is a Saturday
    expect(sameDayInYear('2025-03-14', 2027)).toBe('2027-03-12'); // Sunday → Friday
    expect(sameDayInYear('2025-12-08', 2024)).toBe('2024-12-06'); // Sunday → Friday
    expect(sameDayInYear('2025-01-06', 2026)).toBe('2026-01-05'); // Trettondedag jul
    expect(sameDayInYear('2025-05-06', 2027)).toBe('2027-05-05'); // 6 May 2027 is Kristi himmelsfärdsdag
    expect(workingDayOnOrBefore('2026-04-06')).toBe('2026-04-02'); // Annandag påsk → Långfredagen → Thursday
  });

  it('the first days of January move forward instead, staying in the year', () => {
    expect(sameDayInYear('2025-01-01', 2026)).toBe('2026-01-02');
    expect(sameDayInYear('2025-01-03', 2027)).toBe('2027-01-04'); // Sunday; back past Saturday and Nyårsdagen would leave the year
  });

  it('29 February becomes the 28th (or the working day before)', () => {
    expect(sameDayInYear('2024-02-29', 2025)).toBe('2025-02-28');
    expect(sameDayInYear('2024-02-29', 2026)).toBe('2026-02-27'); // the 28th is a Saturday
  });

  it('a period keeps its end after its start', () => {
    expect(copyDates({ date: '2025-03-31', endDate: '2025-04-08' }, 2026)).toEqual({ date: '2026-03-31', endDate: '2026-04-08' });
    expect(copyDates({ date: '2025-12-05', endDate: '2025-12-06' }, 2026)).toEqual({ date: '2026-12-04', endDate: null });
  });

  it('always lands on a working day in the target year, never after the same day and month', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 2001, max: 2099 }), (offset, year) => {
      const from = plusDays('2025-01-01', offset);
      const copied = sameDayInYear(from, year);
      expect(isNonWorkingDay(copied)).toBe(false);
      expect(copied.slice(0, 4)).toBe(String(year));
      if (from.slice(5) > '01-07') expect(copied <= `${year}${from.slice(4)}`).toBe(true);
    }));
  });

  it('moves the years in the text along with the list', () => {
    expect(shiftYearsInText('perioden jan-dec 2024 och planeringsdirektiv för 2027', 2025, 1)).toBe('perioden jan-dec 2025 och planeringsdirektiv för 2028');
    expect(shiftYearsInText('Verksamhetsplan och budget för 2026', 2025, 2)).toBe('Verksamhetsplan och budget för 2028');
    expect(shiftYearsInText('3–5 år, 10-årig, KS-2023/00651 och 1990', 2025, 1)).toBe('3–5 år, 10-årig, KS-2023/00651 och 1990');
  });
});

describe('checking a deadline', () => {
  const ok = { date: '2025-02-24', heading: 'Underlag till Årsredovisning', text: 'Rapporten ska vara inskickad till KS diarium.', audience: 'committees' };

  it('accepts a deadline and normalises its reminders', () => {
    const errors: FieldError[] = [];
    const d = checkDeadline({ ...ok, endDate: '', reminderDays: '3, 14, 3', reminderEmails: 'Ekonomi@Example.se; ks@example.se' }, errors);
    expect(errors).toEqual([]);
    expect(d).toMatchObject({ date: '2025-02-24', endDate: null, reminderDays: [14, 3], reminderEmails: ['ekonomi@example.se', 'ks@example.se'], organId: null });
  });

  it('names each wrong field in Swedish', () => {
    const errors: FieldError[] = [];
    checkDeadline({ date: '24 feb', endDate: '2025-02-30', heading: ' ', text: 'a\u0000b', audience: 'alla', organId: 'KS', reminderDays: [14, -1], reminderEmails: ['ks(at)example.se'] }, errors);
    expect(errors).toEqual([
      { field: 'date', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' },
      { field: 'endDate', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' },
      { field: 'heading', message: 'måste fyllas i' },
      { field: 'text', message: 'innehåller ogiltiga tecken (styrtecken eller felaktig teckenkodning)' },
      { field: 'audience', message: 'välj nämnder, bolag eller kommunfullmäktige' },
      { field: 'organId', message: 'välj ett organ' },
      { field: 'reminderDays', message: '"-1" är inget antal dagar mellan 0 och 365' },
      { field: 'reminderEmails', message: '"ks(at)example.se" är ingen e-postadress' },
    ]);
  });

  it('refuses a period that ends before it starts or in another year', () => {
    const before: FieldError[] = [];
    checkDeadline({ ...ok, date: '2025-04-08', endDate: '2025-03-31' }, before);
    expect(before).toEqual([{ field: 'endDate', message: 'får inte vara före startdatumet' }]);
    const otherYear: FieldError[] = [];
    checkDeadline({ ...ok, date: '2025-12-29', endDate: '2026-01-02' }, otherYear);
    expect(otherYear).toEqual([{ field: 'endDate', message: 'ska ligga i samma år som startdatumet' }]);
  });

  it('wants recipients for reminders, and an organ for reminding its staff', () => {
    const noOne: FieldError[] = [];
    checkDeadline({ ...ok, reminderDays: [3] }, noOne);
    expect(noOne).toEqual([{ field: 'reminderEmails', message: 'ange vem påminnelsen ska gå till' }]);
    const noOrgan: FieldError[] = [];
    checkDeadline({ ...ok, reminderDays: [3], remindOrganStaff: true }, noOrgan);
    expect(noOrgan).toEqual([{ field: 'remindOrganStaff', message: 'välj ansvarigt organ för att påminna dess handläggare' }]);
  });

  it('reads the year of a view', () => {
    const errors: FieldError[] = [];
    expect(checkYear('2025', errors)).toBe(2025);
    expect(checkYear('25', errors)).toBe(0);
    expect(errors).toEqual([{ field: 'year', message: 'måste vara ett årtal' }]);
  });
});

describe('due reminders', () => {
  const d = { id: 'd1', date: '2025-02-24', reminderDays: [14, 3] };

  it('is due from its day until the deadline, once', () => {
    expect(dueReminders([d], '2025-02-09', [])).toEqual([]);
    expect(dueReminders([d], '2025-02-10', [])).toEqual([{ deadlineId: 'd1', deadlineDate: '2025-02-24', daysBefore: 14, remindOn: '2025-02-10' }]);
    const sent: SentReminder[] = [{ deadlineId: 'd1', deadlineDate: '2025-02-24', daysBefore: 14 }];
    expect(dueReminders([d], '2025-02-11', sent)).toEqual([]);
    expect(dueReminders([d], '2025-02-21', sent)).toEqual([{ deadlineId: 'd1', deadlineDate: '2025-02-24', daysBefore: 3, remindOn: '2025-02-21' }]);
    expect(dueReminders([d], '2025-02-25', [])).toEqual([]); // the deadline has passed
  });

  it('after a pause sends only the latest reminder that is due', () => {
    expect(dueReminders([d], '2025-02-23', []).map((r) => r.daysBefore)).toEqual([3]);
  });

  it('reminds again when the deadline is moved', () => {
    const sent: SentReminder[] = [{ deadlineId: 'd1', deadlineDate: '2025-02-24', daysBefore: 3 }];
    expect(dueReminders([{ ...d, date: '2025-02-26' }], '2025-02-23', sent)).toEqual([{ deadlineId: 'd1', deadlineDate: '2025-02-26', daysBefore: 3, remindOn: '2025-02-23' }]);
  });

  it('never sends a reminder twice, whatever the days, settings and sent list (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ offset: fc.integer({ min: 0, max: 120 }), days: fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 4 }) }), { maxLength: 6 }),
      fc.integer({ min: 0, max: 130 }),
      (rows, span) => {
        const deadlines = rows.map((r, i) => ({ id: `d${i}`, date: plusDays('2025-01-01', r.offset), reminderDays: r.days }));
        const sent: SentReminder[] = [];
        for (let day = 0; day <= span; day++) {
          const today = plusDays('2024-12-20', day);
          for (const r of dueReminders(deadlines, today, sent)) {
            expect(sent.some((s) => s.deadlineId === r.deadlineId && s.daysBefore === r.daysBefore && s.deadlineDate === r.deadlineDate)).toBe(false);
            expect(r.remindOn <= today && today <= r.deadlineDate).toBe(true);
            sent.push(r);
          }
        }
      },
    ));
  });

  it('says how many days are left', () => {
    expect(reminderSubject('Underlag till Årsredovisning', '24 feb', 3)).toBe('Påminnelse: Underlag till Årsredovisning 24 feb (om 3 dagar)');
    expect(reminderSubject('Nuläge & framtid', '8 dec', 1)).toBe('Påminnelse: Nuläge & framtid 8 dec (i morgon)');
    expect(reminderSubject('Nuläge & framtid', '8 dec', 0)).toBe('Påminnelse: Nuläge & framtid 8 dec (i dag)');
  });
});
