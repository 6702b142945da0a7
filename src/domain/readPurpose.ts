/**
 * R-REG-8: every read of a secret or protected document is logged with who, when, what and why. The "why" is a
 * short purpose the reader states (e.g. "Beredning av ärendet", "Begäran om utlämnande"); the system supplies it
 * where the context says it (reading the meeting book before a meeting).
 */
import { AppError } from './errors.ts';

export const PURPOSE_MIN = 3;
export const PURPOSE_MAX = 300;

/** The stated purpose, trimmed; an AppError naming the `purpose` field when it is missing or unreasonable. */
export function requireReadPurpose(value: unknown): string {
  const purpose = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '';
  if (purpose.length < PURPOSE_MIN) {
    throw new AppError('validation', 'Ange varför du öppnar den sekretessmarkerade eller skyddade handlingen.', [
      { field: 'purpose', message: purpose ? `skälet är för kort (minst ${PURPOSE_MIN} tecken)` : 'ange ett skäl; läsningen loggas med skälet' },
    ]);
  }
  if (purpose.length > PURPOSE_MAX) {
    throw new AppError('validation', 'Skälet är för långt.', [{ field: 'purpose', message: `högst ${PURPOSE_MAX} tecken` }]);
  }
  return purpose;
}

/** An optional purpose (document metadata): kept when given and sensible, otherwise null. */
export function optionalReadPurpose(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  return requireReadPurpose(value);
}

/** The purpose recorded for the members' meeting book, where the context states why it is read. */
export const bookReadPurpose = (organCode: string, date: string): string => `Mötesbok inför sammanträdet ${organCode} ${date}`;
