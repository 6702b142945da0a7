import { describe, expect, it } from 'vitest';
import { containsPersonalNumber, maskDeep, maskPersonalNumbers, maskProtectedNames, PROTECTED_PLACEHOLDER } from '../../src/domain/masking.ts';

describe('personal identity numbers', () => {
  it('R-PUB-1: masks 10 and 12 digit numbers with or without dash, plus or space', () => {
    expect(maskPersonalNumbers('Sökande 850101-1234 bor här')).toBe('Sökande ÅÅMMDD-XXXX bor här');
    expect(maskPersonalNumbers('19850101-1234')).toBe('ÅÅÅÅMMDD-XXXX');
    expect(maskPersonalNumbers('198501011234')).toBe('ÅÅÅÅMMDDXXXX'.replace('DDX', 'DD-X'));
    expect(maskPersonalNumbers('8501011234.')).toBe('ÅÅMMDD-XXXX.');
    expect(maskPersonalNumbers('121212+1212 (över 100 år)')).toBe('ÅÅMMDD+XXXX (över 100 år)');
    expect(maskPersonalNumbers('pnr 850101 1234')).toBe('pnr ÅÅMMDD XXXX');
    expect(maskPersonalNumbers('(20001231-9876)')).toBe('(ÅÅÅÅMMDD-XXXX)');
  });
  it('R-PUB-1: masks samordningsnummer (day + 60)', () => {
    expect(containsPersonalNumber('850161-1234')).toBe(true);
  });
  it('R-PUB-1: leaves dates, case numbers, document numbers and organisation numbers alone', () => {
    for (const text of ['2024-05-21', 'KS-2024/00361', 'KS-2024/00456-2', '212000-2627', '§§ 177–189', 'kl. 13:15–16:30', '1 250 000 kronor', '20240521']) {
      expect(maskPersonalNumbers(text), text).toBe(text);
    }
  });
});

describe('protected identity', () => {
  const people = [{ givenName: 'Linnea', familyName: 'Sjölander' }, { givenName: 'Anna Maria', familyName: 'Berg' }];
  it('R-PUB-1: masks the names of people with protected identity in any common form', () => {
    expect(maskProtectedNames('Skrivelse från Linnea Sjölander.', people)).toBe(`Skrivelse från ${PROTECTED_PLACEHOLDER}.`);
    expect(maskProtectedNames('SJÖLANDER, LINNEA', people)).toBe(PROTECTED_PLACEHOLDER);
    expect(maskProtectedNames('Anna  Maria Berg', people)).toBe(PROTECTED_PLACEHOLDER);
    expect(maskProtectedNames('Linnea Sjölanderson och Bergström', people)).toBe('Linnea Sjölanderson och Bergström');
    expect(maskProtectedNames('Brev från Zlatan.', [{ givenName: 'Zlatan', familyName: '' }])).toBe(`Brev från ${PROTECTED_PLACEHOLDER}.`);
  });
  it('R-PUB-1: masks every string of a document structure', () => {
    const masked = maskDeep({ title: 'Linnea Sjölander', n: 3, list: ['850101-1234', { x: 'ok' }], none: null }, { protectedPeople: people });
    expect(masked).toEqual({ title: PROTECTED_PLACEHOLDER, n: 3, list: ['ÅÅMMDD-XXXX', { x: 'ok' }], none: null });
  });
});
