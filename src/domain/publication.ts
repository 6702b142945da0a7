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

/** What publishing a paragraph of preparatory minutes depends on (R-APPEAL-2). */
export interface ParagraphPublicity {
  /** The organ prepared the matter for another organ (outcome "to_organ") instead of deciding it. */
  preparatory: boolean;
  /** The case has since been finally decided (an adjusted decision by the deciding organ). */
  finallyDecided: boolean;
  /** The paragraph's extract has been sent out (expedierat). */
  dispatched: boolean;
}

/**
 * R-APPEAL-2 (TF 2:10): minutes of a preparing organ (e.g. KSNAU for KS) become public per paragraph when the case
 * is finally decided or the decision has been dispatched. The public copy of a whole set of minutes is published
 * once every preparatory paragraph is; paragraphs the organ decided itself are public on adjustment.
 */
export function preparatoryParagraphPublic(p: ParagraphPublicity): boolean {
  return !p.preparatory || p.finallyDecided || p.dispatched;
}

export function minutesPublicByPreparation(paragraphs: readonly ParagraphPublicity[]): boolean {
  return paragraphs.every(preparatoryParagraphPublic);
}

/** A paragraph's publicity with the moments behind it. */
export interface ParagraphPublicityTimes extends ParagraphPublicity {
  /** When the minutes were adjusted. */
  adjustedAt: Date;
  /** When the deciding organ's minutes with the final decision were adjusted (earliest), if they were. */
  finallyDecidedAt: Date | null;
  /** When the paragraph's extract was sent out (earliest), if it was. */
  dispatchedAt: Date | null;
}

/**
 * When a paragraph's decision became public (R-APPEAL-2), for modification times of open data: a paragraph the
 * organ decided itself on adjustment; a preparatory one when its case was finally decided or its extract sent,
 * whichever came first, and never before the adjustment. Null while it is not public.
 */
export function paragraphPublicSince(p: ParagraphPublicityTimes): Date | null {
  if (!preparatoryParagraphPublic(p)) return null;
  if (!p.preparatory) return p.adjustedAt;
  const moments = [p.finallyDecided ? p.finallyDecidedAt : null, p.dispatched ? p.dispatchedAt : null].filter((d): d is Date => d !== null);
  if (moments.length === 0) return p.adjustedAt;
  const first = Math.min(...moments.map((d) => d.getTime()));
  return new Date(Math.max(first, p.adjustedAt.getTime()));
}
