import { describe, expect, it } from 'vitest';
import { bookReadPurpose, optionalReadPurpose, requireReadPurpose } from '../../src/domain/readPurpose.ts';
import { AppError } from '../../src/domain/errors.ts';

const fieldOf = (fn: () => unknown) => {
  try { fn(); } catch (e) { return e instanceof AppError ? e.errors.map((f) => `${f.field}: ${f.message}`) : ['not an AppError']; }
  return [];
};

describe('why a secret or protected document is read', () => {
  it('R-REG-8: a read of a secret document needs a stated purpose', () => {
    expect(fieldOf(() => requireReadPurpose(undefined))).toEqual(['purpose: ange ett skäl; läsningen loggas med skälet']);
    expect(fieldOf(() => requireReadPurpose('   '))).toEqual(['purpose: ange ett skäl; läsningen loggas med skälet']);
    expect(fieldOf(() => requireReadPurpose('ab'))).toEqual(['purpose: skälet är för kort (minst 3 tecken)']);
  });
  it('R-REG-8: the purpose is kept trimmed, between 3 and 300 characters', () => {
    expect(requireReadPurpose('  Beredning   av ärendet ')).toBe('Beredning av ärendet');
    expect(requireReadPurpose('abc')).toBe('abc');
    expect(requireReadPurpose('x'.repeat(300))).toHaveLength(300);
    expect(fieldOf(() => requireReadPurpose('x'.repeat(301)))).toEqual(['purpose: högst 300 tecken']);
  });
  it('R-REG-8: metadata reads may state a purpose; the meeting book states its own', () => {
    expect(optionalReadPurpose(undefined)).toBeNull();
    expect(optionalReadPurpose('')).toBeNull();
    expect(optionalReadPurpose('Utlämnande')).toBe('Utlämnande');
    expect(bookReadPurpose('KSNAU', '2024-05-21')).toBe('Mötesbok inför sammanträdet KSNAU 2024-05-21');
  });
});
