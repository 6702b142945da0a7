/**
 * Dates of the notice board (R-BOARD-2) and of the appeal period (R-APPEAL-1). All dates are ISO calendar
 * dates in Swedish time; instants are turned into dates with `swedishDate`.
 *
 * - The announcement that minutes were adjusted goes up no later than the second day after the adjustment
 *   (KL 8 kap. 12 §).
 * - An appeal (laglighetsprövning) must reach the court within three weeks of the day the adjustment was
 *   announced on the board (KL 13 kap. 5 §): the last day is the same weekday three weeks later.
 * - A time limit whose last day is a Saturday, Sunday, public holiday, midsommarafton, julafton or nyårsafton
 *   ends on the next working day instead (lag (1930:173) om beräkning av lagstadgad tid).
 * - The posting stays up the whole period: it may come down from the day after the last day to appeal.
 */
import { AppError, type FieldError } from './errors.ts';
import { isIsoDate, swedishDate } from './dates.ts';
import { plusDays, workingDayOnOrAfter } from './holidays.ts';

/** The Swedish calendar day of an instant (e.g. when the last signature was made). */
export const swedishDay = (instant: Date): string => swedishDate(instant);

/** R-APPEAL-1: the last day to appeal a decision whose adjustment was announced on `postedOn`. */
export function lastAppealDay(postedOn: string): string {
  return workingDayOnOrAfter(plusDays(postedOn, 21));
}

/** R-APPEAL-1, R-BOARD-2: the first day the announcement may be taken down. */
export function removableFrom(postedOn: string): string {
  return plusDays(lastAppealDay(postedOn), 1);
}

export interface AppealDates { postedOn: string; lastAppealDay: string; removableFrom: string }

export function appealDates(postedOn: string): AppealDates {
  const last = lastAppealDay(postedOn);
  return { postedOn, lastAppealDay: last, removableFrom: plusDays(last, 1) };
}

/**
 * R-BOARD-2: the last day the adjustment may be announced — the second day after the adjustment, moved to the
 * next working day when that is a Saturday, Sunday or holiday (lag (1930:173) applies to every statutory
 * time limit).
 */
export function latestPostingDate(adjustedOn: string): string {
  return workingDayOnOrAfter(plusDays(adjustedOn, 2));
}

/** R-BOARD-2: errors for an announcement dated `postedOn` of minutes adjusted on `adjustedOn`. */
export function postingDateErrors(adjustedOn: string, postedOn: string): FieldError[] {
  if (!isIsoDate(postedOn)) return [{ field: 'postedOn', message: 'måste vara ett datum på formen ÅÅÅÅ-MM-DD' }];
  if (!isIsoDate(adjustedOn)) return [{ field: 'adjustedOn', message: 'måste vara ett datum på formen ÅÅÅÅ-MM-DD' }];
  if (postedOn < adjustedOn) {
    return [{ field: 'postedOn', message: `justeringen kan inte tillkännages (${postedOn}) före justeringsdagen ${adjustedOn}` }];
  }
  const latest = latestPostingDate(adjustedOn);
  if (postedOn > latest) {
    return [{ field: 'postedOn', message: `justeringen ${adjustedOn} skulle ha tillkännagetts senast ${latest} (andra dagen efter justeringen, KL 8 kap. 12 §)` }];
  }
  return [];
}

/** R-BOARD-2: throws a validation error when the announcement is dated outside what the law allows. */
export function checkPostingDate(adjustedOn: string, postedOn: string): void {
  const errors = postingDateErrors(adjustedOn, postedOn);
  if (errors.length) throw new AppError('validation', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
}

/** R-APPEAL-1: errors when a posting is taken down on `today` though it must stay up until `removableFrom`. */
export function removalErrors(removableFromDay: string, today: string): FieldError[] {
  if (today >= removableFromDay) return [];
  return [{ field: 'removedOn', message: `anslaget får tas ned tidigast ${removableFromDay} (överklagandetiden har inte gått ut)` }];
}
