/**
 * Dissent (reservation) and protocol notes (protokollsanteckning), R-MEET-7: a dissent is announced before the
 * meeting ends by someone who took part in the decision and did not vote for it; its written motivation may
 * follow until the minutes go to signing. A protocol note needs the chair's permission.
 */
import type { FieldError } from './errors.ts';

export type ReservationKind = 'dissent' | 'note';
export const RESERVATION_KINDS: readonly ReservationKind[] = ['dissent', 'note'];

export interface ReservationFacts {
  kind: ReservationKind;
  personIds: readonly string[];
  /** Who served on the item (computeAttendance). */
  serving: readonly string[];
  /** Present on the item without serving (may make a note with the chair's permission, not a dissent). */
  presentNotServing: readonly string[];
  /** Who voted for the winning side in a recorded open vote on the item's decision. */
  votedForWinner: readonly string[];
  /** When the meeting was closed; null while it runs. */
  closedAt: Date | null;
  now: Date;
  /** For a note: the chair allowed it. */
  chairPermits: boolean;
  /** A name for each person id, for the messages. */
  nameOf: (personId: string) => string;
}

/** R-MEET-7: the problems with announcing a dissent or a note, in Swedish (empty when allowed). */
export function reservationProblems(f: ReservationFacts): FieldError[] {
  const errors: FieldError[] = [];
  if (!RESERVATION_KINDS.includes(f.kind)) return [{ field: 'kind', message: 'måste vara dissent eller note' }];
  if (f.closedAt && f.now.getTime() >= f.closedAt.getTime()) {
    const what = f.kind === 'dissent' ? 'Reservation' : 'Protokollsanteckning';
    errors.push({ field: 'kind', message: `${what} måste anmälas innan sammanträdet avslutas (KL 4 kap. 27 §); sammanträdet är avslutat` });
    return errors;
  }
  if (f.personIds.length === 0) errors.push({ field: 'personIds', message: 'ange minst en ledamot' });
  if (new Set(f.personIds).size !== f.personIds.length) errors.push({ field: 'personIds', message: 'samma person är angiven två gånger' });
  const serving = new Set(f.serving);
  const present = new Set([...f.serving, ...f.presentNotServing]);
  const winners = new Set(f.votedForWinner);
  f.personIds.forEach((p, i) => {
    const field = `personIds[${i}]`;
    if (f.kind === 'dissent') {
      if (!serving.has(p)) errors.push({ field, message: `${f.nameOf(p)} tjänstgjorde inte på ärendet och kan inte reservera sig` });
      else if (winners.has(p)) errors.push({ field, message: `${f.nameOf(p)} röstade för det vinnande förslaget och kan inte reservera sig` });
    } else if (!present.has(p)) {
      errors.push({ field, message: `${f.nameOf(p)} var inte närvarande på ärendet` });
    }
  });
  if (f.kind === 'note' && !f.chairPermits) errors.push({ field: 'chairPermits', message: 'en protokollsanteckning kräver ordförandens medgivande' });
  return errors;
}

/** R-MEET-7: the written motivation may be added or changed until the minutes go to signing. */
export function reservationTextProblem(minutesState: string | null): string | null {
  if (minutesState === 'signing' || minutesState === 'adjusted') {
    return 'Protokollet har gått till justering; reservationens text kan inte längre ändras.';
  }
  return null;
}
