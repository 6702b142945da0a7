/**
 * R-PUB-1: publishing minutes on the web is voluntary and limited in time (GDPR). Each organ sets how many days
 * its adjusted minutes stay on the public site (null: without end); unadjusted minutes are never published.
 */
import { addDays } from './notice.ts';
import type { FieldError } from './errors.ts';

export const MAX_PUBLICATION_DAYS = 3650;

/** Checks the organ setting: a whole number of days 1–3650, or null/empty for "without end". */
export function checkPublicationDays(value: unknown, errors: FieldError[]): number | null {
  if (value === null || value === undefined || value === '') return null;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1 || days > MAX_PUBLICATION_DAYS) {
    errors.push({ field: 'minutesPublicationDays', message: `ange ett antal dagar 1–${MAX_PUBLICATION_DAYS}, eller lämna tomt för ingen slutdag` });
    return null;
  }
  return days;
}

export interface MinutesPublication { published: boolean; until: string | null }

/**
 * Whether the public copy of minutes adjusted on `adjustedOn` is published on `today`: from the adjustment day
 * through `adjustedOn + days` (the last day it is shown); unadjusted minutes (`adjustedOn` null) are not.
 */
export function minutesPublication(adjustedOn: string | null, days: number | null, today: string): MinutesPublication {
  if (!adjustedOn) return { published: false, until: null };
  const until = days === null ? null : addDays(adjustedOn, days);
  return { published: today >= adjustedOn && (until === null || today <= until), until };
}
