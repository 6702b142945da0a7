import { describe, expect, it } from 'vitest';
import { appealDates, checkPostingDate, lastAppealDay, latestPostingDate, postingDateErrors, removableFrom, removalErrors, swedishDay } from '../../src/domain/appeal.ts';

/** Posted on → last day to appeal, with why it moved. */
const YEAR_2024: [string, string, string][] = [
  ['2024-02-08', '2024-02-29', 'leap day, a Thursday'],
  ['2024-03-08', '2024-04-02', 'långfredagen, påskafton, påskdagen, annandag påsk'],
  ['2024-04-10', '2024-05-02', 'första maj'],
  ['2024-04-18', '2024-05-10', 'Kristi himmelsfärdsdag; the Friday after is a working day'],
  ['2024-05-16', '2024-06-07', 'nationaldagen on a Thursday'],
  ['2024-05-28', '2024-06-18', 'the reference meeting\'s minutes: an ordinary Tuesday'],
  ['2024-05-31', '2024-06-24', 'midsommarafton, midsommardagen, Sunday'],
  ['2024-10-12', '2024-11-04', 'alla helgons dag on Saturday 2 November'],
  ['2024-12-03', '2024-12-27', 'julafton, juldagen, annandag jul'],
  ['2024-12-10', '2025-01-02', 'nyårsafton and nyårsdagen'],
  ['2024-12-16', '2025-01-07', 'trettondedag jul 2025 on a Monday'],
];
const YEAR_2026: [string, string, string][] = [
  ['2025-12-16', '2026-01-07', 'trettondedag jul on a Tuesday'],
  ['2026-02-10', '2026-03-03', 'an ordinary Tuesday'],
  ['2026-03-13', '2026-04-07', 'långfredagen through annandag påsk'],
  ['2026-04-10', '2026-05-04', 'första maj on a Friday'],
  ['2026-04-23', '2026-05-15', 'Kristi himmelsfärdsdag'],
  ['2026-05-16', '2026-06-08', 'nationaldagen on a Saturday'],
  ['2026-05-29', '2026-06-22', 'midsommarafton 2026-06-19'],
  ['2026-10-09', '2026-10-30', 'alla helgons afton is a working day'],
  ['2026-10-10', '2026-11-02', 'alla helgons dag on Saturday 31 October'],
  ['2026-12-03', '2026-12-28', 'julafton on a Thursday'],
  ['2026-12-10', '2027-01-04', 'nyårsafton on a Thursday'],
];

describe('last day to appeal', () => {
  it.each(YEAR_2024)('R-APPEAL-1: 2024 — posted %s → last day %s (%s)', (posted, last) => {
    expect(lastAppealDay(posted)).toBe(last);
  });
  it.each(YEAR_2026)('R-APPEAL-1: 2026 — posted %s → last day %s (%s)', (posted, last) => {
    expect(lastAppealDay(posted)).toBe(last);
  });
  it('R-APPEAL-1: three weeks to the day when the day is a working day', () => {
    expect(lastAppealDay('2024-09-03')).toBe('2024-09-24');
  });
  it('R-APPEAL-1: a period ending on a Saturday or Sunday ends on the Monday', () => {
    expect(lastAppealDay('2024-08-31')).toBe('2024-09-23');
    expect(lastAppealDay('2024-09-01')).toBe('2024-09-23');
  });
  it('R-APPEAL-1: across the turn of the year', () => {
    expect(lastAppealDay('2025-12-15')).toBe('2026-01-05');
  });
});

describe('when the posting may come down', () => {
  it('R-APPEAL-1: the day after the last day to appeal, never earlier', () => {
    expect(removableFrom('2026-05-29')).toBe('2026-06-23');
    expect(appealDates('2024-12-03')).toEqual({ postedOn: '2024-12-03', lastAppealDay: '2024-12-27', removableFrom: '2024-12-28' });
  });
  it('R-APPEAL-1: removal on the last day to appeal is refused naming the first allowed date', () => {
    const errors = removalErrors('2026-06-23', '2026-06-22');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('2026-06-23');
    expect(removalErrors('2026-06-23', '2026-06-23')).toEqual([]);
    expect(removalErrors('2026-06-23', '2026-07-01')).toEqual([]);
  });
});

describe('announcing the adjustment', () => {
  it('R-BOARD-2: no later than the second day after the adjustment', () => {
    expect(latestPostingDate('2024-05-28')).toBe('2024-05-30');
    expect(postingDateErrors('2024-05-28', '2024-05-28')).toEqual([]);
    expect(postingDateErrors('2024-05-28', '2024-05-30')).toEqual([]);
  });
  it('R-BOARD-2: a later posting date is refused, naming the last allowed day', () => {
    const errors = postingDateErrors('2024-05-28', '2024-05-31');
    expect(errors.map((e) => e.field)).toEqual(['postedOn']);
    expect(errors[0]!.message).toContain('2024-05-30');
    expect(() => checkPostingDate('2024-05-28', '2024-05-31')).toThrow(/2024-05-30/);
  });
  it('R-BOARD-2: the adjustment cannot be announced before it happened', () => {
    expect(postingDateErrors('2024-05-28', '2024-05-27')[0]!.message).toContain('före justeringsdagen 2024-05-28');
  });
  it('R-BOARD-2: a second day on a weekend or holiday moves to the next working day (lag 1930:173)', () => {
    expect(latestPostingDate('2024-05-30')).toBe('2024-06-03'); // Saturday 1 June → Monday
    expect(latestPostingDate('2026-12-22')).toBe('2026-12-28'); // julafton, juldagen, weekend
    expect(postingDateErrors('2026-12-22', '2026-12-28')).toEqual([]);
  });
  it('R-BOARD-2: malformed dates name their field', () => {
    expect(postingDateErrors('2024-05-28', '28/5')[0]!.field).toBe('postedOn');
    expect(postingDateErrors('2024-02-30', '2024-05-28')[0]!.field).toBe('adjustedOn');
  });
});

describe('Swedish calendar days across daylight saving time', () => {
  it('R-APPEAL-1: an adjustment signed at 2024-03-30T23:30Z is on 2024-03-31 in Sweden (CET, the night summer time starts)', () => {
    const day = swedishDay(new Date('2024-03-30T23:30:00Z'));
    expect(day).toBe('2024-03-31');
    // Påskdagen: posted the same day, the period ends on Sunday 21 April → Monday 22 April.
    expect(lastAppealDay(day)).toBe('2024-04-22');
  });
  it('R-APPEAL-1: 22:30Z on the eve of the spring change is still the same Swedish day (23:30 CET)', () => {
    expect(swedishDay(new Date('2024-03-30T22:30:00Z'))).toBe('2024-03-30');
  });
  it('R-APPEAL-1: in summer time, 22:30Z is already the next Swedish day (00:30 CEST)', () => {
    expect(swedishDay(new Date('2024-10-26T22:30:00Z'))).toBe('2024-10-27');
    expect(swedishDay(new Date('2024-10-26T21:59:00Z'))).toBe('2024-10-26');
  });
  it('R-APPEAL-1: after the autumn change, 23:30Z is the next Swedish day (00:30 CET)', () => {
    expect(swedishDay(new Date('2024-10-27T22:59:00Z'))).toBe('2024-10-27');
    expect(swedishDay(new Date('2024-10-27T23:30:00Z'))).toBe('2024-10-28');
    expect(lastAppealDay('2024-10-28')).toBe('2024-11-18');
  });
  it('R-APPEAL-1: three weeks across the spring change are 21 calendar days, not 21 × 24 hours', () => {
    expect(lastAppealDay('2026-03-17')).toBe('2026-04-07'); // 7 April 2026 is the Tuesday after annandag påsk
    expect(lastAppealDay('2026-03-18')).toBe('2026-04-08');
  });
});
