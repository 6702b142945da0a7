/**
 * Who serves on each item of a meeting (R-MEET-1, R-MEET-2, R-MEET-3): seats, arrivals and departures between
 * items, jäv per item and the secretary's explicit substitute choices → per item the serving members, the
 * substitutes serving and for whom, who is present without serving, and whether the organ has a quorum.
 */
import type { OrganKind } from './organisation.ts';

/** A seat holder of the organ on the meeting day. Substitutes have their fixed calling order. */
export interface Seat {
  personId: string;
  role: 'chair' | 'vice_chair' | 'member' | 'substitute';
  partyId: string | null;
  substituteOrder: number | null;
}

/** An arrival or departure taking effect from `fromItemId` (null: from the start). */
export interface AttendanceEvent { personId: string; kind: 'arrived' | 'left'; fromItemId: string | null }

/** The secretary chose `substitutePersonId` to serve for `forPersonId` from `fromItemId` on. */
export interface SubstituteChoice { substitutePersonId: string; forPersonId: string; fromItemId: string | null }

export interface AttendanceFacts {
  organKind: OrganKind;
  /** The agenda items in meeting order (withdrawn items left out). */
  itemIds: readonly string[];
  seats: readonly Seat[];
  events: readonly AttendanceEvent[];
  choices: readonly SubstituteChoice[];
  /** Jäv: person ids per item id. */
  disqualified: ReadonlyMap<string, readonly string[]>;
}

export interface Serving { personId: string; /** The member a substitute serves for; null for a member in their own seat. */ forPersonId: string | null }

export interface ItemAttendance {
  itemId: string;
  serving: Serving[];
  /** Present substitutes (and members with jäv are NOT here) who do not serve on this item. */
  presentNotServing: string[];
  disqualified: string[];
  /** Members' seats nobody fills on this item. */
  vacantSeats: string[];
  quorum: { seats: number; serving: number; required: number; ok: boolean; /** Swedish explanation when not ok. */ reason: string | null };
}

/** A fact that breaks R-MEET-2/3, in Swedish, naming the person id and item id concerned. */
export interface AttendanceProblem { itemId: string | null; personId: string; message: string }

export interface AttendanceResult { items: ItemAttendance[]; problems: AttendanceProblem[] }

export function computeAttendance(facts: AttendanceFacts): AttendanceResult {
  void facts;
  throw new Error('computeAttendance: being implemented');
}
