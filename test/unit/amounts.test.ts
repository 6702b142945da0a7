import { describe, expect, it } from 'vitest';
import { convertAmount, formatAmount, isAmountError, parseAmount, roundHalfAway } from '../../src/domain/amounts.ts';

describe('Swedish amounts', () => {
  it.each([
    ['1 478,2', 1478.2, null],
    ['20 024 kr', 20024, 'kr'],
    ['-38,5', -38.5, null],
    ['−1 641,3', -1641.3, null],
    ['8\u00a0276\u00a0413', 8276413, null],
    ['3 000 tkr', 3000, 'tkr'],
    ['0', 0, null],
    ['114.7', 114.7, null],
  ])('parses %s', (text, value, unit) => {
    const r = parseAmount(text);
    expect(isAmountError(r)).toBe(false);
    expect(r).toEqual({ value, unit });
  });

  it.each(['', 'abc', '1 47,2', '1,2,3', '12 kr kr', '--5', '1.478.200', '10 000 SEK'])('refuses %j with a message naming it', (text) => {
    const r = parseAmount(text);
    expect(isAmountError(r)).toBe(true);
    if (isAmountError(r) && text.trim()) expect(r.error).toContain(text.trim().slice(0, 10));
  });

  it('formats like the reference tables', () => {
    expect(formatAmount(-1641.3, 1)).toBe('-1 641,3');
    expect(formatAmount(1617, 1)).toBe('1 617,0');
    expect(formatAmount(8276413)).toBe('8 276 413');
    expect(formatAmount(-0.04, 1)).toBe('0,0');
    expect(formatAmount(47.45, 1)).toBe('47,5');
  });

  it('rounds half away from zero and converts units without float noise', () => {
    expect(roundHalfAway(-38.45, 1)).toBe(-38.5);
    expect(convertAmount(1478.2, 'tkr', 'kr')).toBe(1478200);
    expect(convertAmount(20024, 'kr', 'tkr')).toBe(20.02);
  });
});
