import { describe, expect, it } from 'vitest';
import { easterSunday, holidayOn, isNonWorkingDay, nonWorkingReason, swedishHolidays, workingDayOnOrAfter } from '../../src/domain/holidays.ts';

describe('Easter', () => {
  it.each([
    [2008, '2008-03-23'], [2011, '2011-04-24'], [2019, '2019-04-21'], [2024, '2024-03-31'], [2025, '2025-04-20'],
    [2026, '2026-04-05'], [2027, '2027-03-28'], [2038, '2038-04-25'], [2285, '2285-03-22'],
  ])('R-APPEAL-1: Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('Swedish holidays', () => {
  it('R-APPEAL-1: 2024 — public holidays and the eves lag (1930:173) treats like them', () => {
    expect(swedishHolidays(2024).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2024-01-01 Nyårsdagen', '2024-01-06 Trettondedag jul', '2024-03-29 Långfredagen', '2024-03-31 Påskdagen',
      '2024-04-01 Annandag påsk', '2024-05-01 Första maj', '2024-05-09 Kristi himmelsfärdsdag', '2024-05-19 Pingstdagen',
      '2024-06-06 Nationaldagen', '2024-06-21 Midsommarafton', '2024-06-22 Midsommardagen', '2024-11-02 Alla helgons dag',
      '2024-12-24 Julafton', '2024-12-25 Juldagen', '2024-12-26 Annandag jul', '2024-12-31 Nyårsafton',
    ]);
  });
  it('R-APPEAL-1: 2026 — midsommar on 19/20 June, alla helgons dag on 31 October', () => {
    const byName = new Map(swedishHolidays(2026).map((h) => [h.name, h.date]));
    expect(byName.get('Långfredagen')).toBe('2026-04-03');
    expect(byName.get('Annandag påsk')).toBe('2026-04-06');
    expect(byName.get('Kristi himmelsfärdsdag')).toBe('2026-05-14');
    expect(byName.get('Midsommarafton')).toBe('2026-06-19');
    expect(byName.get('Midsommardagen')).toBe('2026-06-20');
    expect(byName.get('Alla helgons dag')).toBe('2026-10-31');
  });
  it('R-APPEAL-1: midsommardagen is the Saturday 20–26 June and alla helgons dag the Saturday 31 Oct–6 Nov, every year', () => {
    for (let year = 2000; year <= 2100; year++) {
      const byName = new Map(swedishHolidays(year).map((h) => [h.name, h.date]));
      const midsummer = byName.get('Midsommardagen')!;
      expect(new Date(`${midsummer}T12:00:00Z`).getUTCDay()).toBe(6);
      expect(midsummer >= `${year}-06-20` && midsummer <= `${year}-06-26`).toBe(true);
      const allSaints = byName.get('Alla helgons dag')!;
      expect(new Date(`${allSaints}T12:00:00Z`).getUTCDay()).toBe(6);
      expect(allSaints >= `${year}-10-31` && allSaints <= `${year}-11-06`).toBe(true);
      expect(new Date(`${byName.get('Midsommarafton')!}T12:00:00Z`).getUTCDay()).toBe(5);
    }
  });
  it('R-APPEAL-1: eves are treated like holidays, other eves and the day after Ascension are not', () => {
    expect(holidayOn('2026-12-24')?.kind).toBe('equal');
    expect(holidayOn('2026-12-25')?.kind).toBe('public');
    expect(isNonWorkingDay('2026-06-19')).toBe(true); // midsommarafton
    expect(isNonWorkingDay('2026-12-31')).toBe(true); // nyårsafton
    expect(isNonWorkingDay('2026-04-02')).toBe(false); // skärtorsdagen
    expect(isNonWorkingDay('2026-05-15')).toBe(false); // the Friday after Ascension Day
    expect(isNonWorkingDay('2026-10-30')).toBe(false); // alla helgons afton
    expect(isNonWorkingDay('2026-04-04')).toBe(true); // påskafton is a Saturday anyway
  });
  it('R-APPEAL-1: Saturdays and Sundays are not working days, weekdays are', () => {
    expect(isNonWorkingDay('2024-05-25')).toBe(true);
    expect(isNonWorkingDay('2024-05-26')).toBe(true);
    expect(isNonWorkingDay('2024-05-27')).toBe(false);
    expect(nonWorkingReason('2024-05-25')).toBe('lördag');
    expect(nonWorkingReason('2024-05-26')).toBe('söndag');
    expect(nonWorkingReason('2024-12-24')).toBe('julafton');
    expect(nonWorkingReason('2024-05-27')).toBeUndefined();
  });
  it('R-APPEAL-1: the next working day skips a whole run of holidays', () => {
    expect(workingDayOnOrAfter('2026-12-24')).toBe('2026-12-28');
    expect(workingDayOnOrAfter('2026-12-31')).toBe('2027-01-04');
    expect(workingDayOnOrAfter('2026-04-03')).toBe('2026-04-07');
    expect(workingDayOnOrAfter('2026-03-03')).toBe('2026-03-03');
  });
});
