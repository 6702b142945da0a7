import { describe, expect, it } from 'vitest';
import { assertCaseNumberFormat, formatCaseNumber, formatDocumentNumber, parseCaseNumber } from '../../src/domain/numbering.ts';

const DEFAULT = '{series}-{year}/{seq:5}';

describe('case numbers: formatting', () => {
  it('R-REG-4: formats KS-2024/00361 with the default format', () => {
    expect(formatCaseNumber(DEFAULT, { series: 'KS', year: 2024, seq: 361 })).toBe('KS-2024/00361');
  });

  it('R-REG-4: formats the real variant KS 2018/0942 ({series} {year}/{seq:4})', () => {
    expect(formatCaseNumber('{series} {year}/{seq:4}', { series: 'KS', year: 2018, seq: 942 })).toBe('KS 2018/0942');
  });

  it('R-REG-4: formats the real variant KSKF/2014:1 ({series}/{year}:{seq}, no padding)', () => {
    expect(formatCaseNumber('{series}/{year}:{seq}', { series: 'KSKF', year: 2014, seq: 1 })).toBe('KSKF/2014:1');
  });

  it('R-REG-4: formats a two-digit year with {yy}', () => {
    expect(formatCaseNumber('{series}-{yy}/{seq:3}', { series: 'BN', year: 2007, seq: 12 })).toBe('BN-07/012');
  });

  it('R-REG-4: the width is a minimum, a sequence beyond it is never truncated', () => {
    expect(formatCaseNumber(DEFAULT, { series: 'KS', year: 2024, seq: 123456 })).toBe('KS-2024/123456');
  });

  it('R-REG-4: rejects document tokens in a case number format', () => {
    expect(() => formatCaseNumber('{case}-{seq}', { series: 'KS', year: 2024, seq: 1 })).toThrow(/not allowed/);
  });
});

describe('document numbers: formatting', () => {
  it('R-REG-4: formats KS-2024/00456-2 with the default document format', () => {
    expect(formatDocumentNumber('{case}-{n}', 'KS-2024/00456', 2)).toBe('KS-2024/00456-2');
  });

  it('R-REG-4: formats the real variant IFN 2018/00256-1 and a padded document part', () => {
    expect(formatDocumentNumber('{case}-{n}', 'IFN 2018/00256', 1)).toBe('IFN 2018/00256-1');
    expect(formatDocumentNumber('{case}:{n:3}', 'KS-2024/00456', 7)).toBe('KS-2024/00456:007');
  });

  it('R-REG-4: rejects case tokens in a document number format', () => {
    expect(() => formatDocumentNumber('{case}-{seq}', 'KS-2024/00456', 1)).toThrow(/not allowed/);
  });
});

describe('case number formats: validity', () => {
  it('R-REG-4: a format needs {seq} and a year to make numbers unique', () => {
    expect(() => assertCaseNumberFormat('{series}/{seq}')).toThrow(/\{seq\} and \{year\}/);
    expect(() => assertCaseNumberFormat('{series}-{year}')).toThrow(/\{seq\} and \{year\}/);
    expect(() => assertCaseNumberFormat(DEFAULT)).not.toThrow();
    expect(() => assertCaseNumberFormat('{series}-{yy}/{seq}')).not.toThrow();
  });
});

describe('case numbers: parsing', () => {
  it('R-REG-4: parses KS-2024/00361 into its parts', () => {
    expect(parseCaseNumber(DEFAULT, 'KS-2024/00361')).toEqual({ series: 'KS', year: 2024, seq: 361 });
  });

  it('R-REG-4: parses the real variants KS 2018/0942 and KSKF/2014:1', () => {
    expect(parseCaseNumber('{series} {year}/{seq:4}', 'KS 2018/0942')).toEqual({ series: 'KS', year: 2018, seq: 942 });
    expect(parseCaseNumber('{series}/{year}:{seq}', 'KSKF/2014:1')).toEqual({ series: 'KSKF', year: 2014, seq: 1 });
  });

  it('R-REG-4: parses a {yy} year as 20yy', () => {
    expect(parseCaseNumber('{series}-{yy}/{seq:3}', 'BN-07/012')).toEqual({ series: 'BN', year: 2007, seq: 12 });
  });

  it('R-REG-4: parses Swedish letters in the series', () => {
    expect(parseCaseNumber(DEFAULT, 'MÖN-2024/00001')).toEqual({ series: 'MÖN', year: 2024, seq: 1 });
  });

  it('R-REG-4: rejects non-canonical numbers (too few or too many leading zeros)', () => {
    expect(parseCaseNumber(DEFAULT, 'KS-2024/512')).toBeNull();
    expect(parseCaseNumber(DEFAULT, 'KS-2024/000361')).toBeNull();
    expect(parseCaseNumber('{series} {year}/{seq:4}', 'KS 2018/942')).toBeNull();
    expect(parseCaseNumber('{series}/{year}:{seq}', 'KSKF/2014:01')).toBeNull();
  });

  it('R-REG-4: accepts a sequence wider than the minimum width when written canonically', () => {
    expect(parseCaseNumber(DEFAULT, 'KS-2024/123456')).toEqual({ series: 'KS', year: 2024, seq: 123456 });
  });

  it('R-REG-4: rejects sequence 0, a wrong separator, lower-case series and surrounding text', () => {
    expect(parseCaseNumber(DEFAULT, 'KS-2024/00000')).toBeNull();
    expect(parseCaseNumber(DEFAULT, 'KS 2024/00361')).toBeNull();
    expect(parseCaseNumber(DEFAULT, 'ks-2024/00361')).toBeNull();
    expect(parseCaseNumber(DEFAULT, ' KS-2024/00361')).toBeNull();
    expect(parseCaseNumber(DEFAULT, 'KS-2024/00361-2')).toBeNull();
    expect(parseCaseNumber(DEFAULT, '')).toBeNull();
  });

  it('R-REG-4: treats format punctuation literally (a "." in the format is not a wildcard)', () => {
    expect(parseCaseNumber('{series}.{year}.{seq}', 'KS.2024.7')).toEqual({ series: 'KS', year: 2024, seq: 7 });
    expect(parseCaseNumber('{series}.{year}.{seq}', 'KSx2024x7')).toBeNull();
  });

  it('R-REG-4: format and parse round-trip for every sequence width', () => {
    for (const width of [1, 3, 4, 5, 6]) {
      const format = `{series}-{year}/{seq:${width}}`;
      for (const seq of [1, 9, 10, 99, 100, 942, 12345]) {
        const number = formatCaseNumber(format, { series: 'KS', year: 2024, seq });
        expect(parseCaseNumber(format, number), number).toEqual({ series: 'KS', year: 2024, seq });
      }
    }
  });
});
