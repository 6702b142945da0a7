import { describe, expect, it } from 'vitest';
import { checkRegisteredDate, isIsoDate, swedishDate } from '../../src/domain/dates.ts';
import type { FieldError } from '../../src/domain/errors.ts';

function registered(value: unknown, today: string): FieldError[] {
  const errors: FieldError[] = [];
  checkRegisteredDate(value, today, errors);
  return errors;
}

describe('calendar dates', () => {
  it('accepts real dates, including 29 February of a leap year', () => {
    for (const d of ['2024-05-13', '2024-02-29', '2000-02-29', '1999-12-31']) expect(isIsoDate(d), d).toBe(true);
  });

  it('rejects impossible dates such as 2024-02-30 and 2023-02-29', () => {
    for (const d of ['2024-02-30', '2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00']) {
      expect(isIsoDate(d), d).toBe(false);
    }
  });

  it('rejects anything but YYYY-MM-DD', () => {
    for (const d of ['2024-5-13', '13/05/2024', '2024-05-13T00:00:00Z', ' 2024-05-13', '20240513', '']) expect(isIsoDate(d), d).toBe(false);
  });

  it('R-REG-2: takes the date in Swedish local time, across midnight in winter and in summer', () => {
    expect(swedishDate(new Date('2024-01-15T22:59:59Z'))).toBe('2024-01-15');
    expect(swedishDate(new Date('2024-01-15T23:00:00Z'))).toBe('2024-01-16');
    expect(swedishDate(new Date('2024-06-30T21:59:59Z'))).toBe('2024-06-30');
    expect(swedishDate(new Date('2024-06-30T22:00:00Z'))).toBe('2024-07-01');
  });
});

describe('registered date (R-REG-2)', () => {
  it('R-REG-2: accepts the day the document arrived, today or earlier', () => {
    expect(registered('2024-05-20', '2024-05-20')).toEqual([]);
    expect(registered('2024-05-13', '2024-05-20')).toEqual([]);
  });

  it('R-REG-2: rejects a future incoming date, naming registeredDate and the date', () => {
    const errors = registered('2024-05-21', '2024-05-20');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe('registeredDate');
    expect(errors[0]!.message).toContain('2024-05-21');
    expect(errors[0]!.message).toMatch(/framtiden/);
  });

  it('R-REG-2: a document arriving just after midnight Swedish time may carry that day although UTC is still the day before', () => {
    const today = swedishDate(new Date('2024-05-20T22:30:00Z'));
    expect(registered('2024-05-21', today)).toEqual([]);
  });

  it('R-REG-2: rejects invalid dates such as 2024-02-30 with a format message', () => {
    expect(registered('2024-02-30', '2024-05-20')).toEqual([{ field: 'registeredDate', message: 'måste vara ett datum på formen ÅÅÅÅ-MM-DD' }]);
    expect(registered(undefined, '2024-05-20')[0]?.field).toBe('registeredDate');
    expect(registered(20240513, '2024-05-20')[0]?.field).toBe('registeredDate');
  });

  it('R-REG-2: rejects implausibly early dates', () => {
    expect(registered('1899-12-31', '2024-05-20')[0]?.message).toMatch(/orimligt tidigt/);
    expect(registered('1900-01-01', '2024-05-20')).toEqual([]);
  });
});
