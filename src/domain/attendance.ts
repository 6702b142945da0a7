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

export interface Serving {
  personId: string;
  /** The member a substitute serves for; null for a member in their own seat. */
  forPersonId: string | null;
  /** A substitute placed by the calling order (not chosen by the secretary). */
  suggested?: boolean;
}

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

const MEMBER_ROLES = new Set(['chair', 'vice_chair', 'member']);

/** More than half of the seats (KL 5:45, 6:27). */
export function quorumRequired(seats: number): number {
  return Math.floor(seats / 2) + 1;
}

export function computeAttendance(facts: AttendanceFacts): AttendanceResult {
  const index = new Map(facts.itemIds.map((id, i) => [id, i]));
  const problems: AttendanceProblem[] = [];
  const problem = (itemId: string | null, personId: string, message: string) => {
    if (!problems.some((p) => p.itemId === itemId && p.personId === personId && p.message === message)) problems.push({ itemId, personId, message });
  };
  const seatOf = new Map(facts.seats.map((s) => [s.personId, s]));
  const memberSeats = facts.seats.filter((s) => MEMBER_ROLES.has(s.role));
  const substitutes = facts.seats.filter((s) => s.role === 'substitute')
    .sort((a, b) => (a.substituteOrder ?? Infinity) - (b.substituteOrder ?? Infinity));

  const effectIndex = (itemId: string | null, personId: string): number | null => {
    if (itemId === null) return 0;
    const i = index.get(itemId);
    if (i === undefined) problem(itemId, personId, 'ärendet finns inte på dagordningen');
    return i ?? null;
  };

  // Presence per person: the last event taking effect at or before the item decides.
  const timeline = new Map<string, { at: number; kind: AttendanceEvent['kind'] }[]>();
  for (const e of facts.events) {
    if (!seatOf.has(e.personId)) { problem(e.fromItemId, e.personId, 'personen är inte ledamot eller ersättare i organet'); continue; }
    const at = effectIndex(e.fromItemId, e.personId);
    if (at === null) continue;
    const list = timeline.get(e.personId) ?? [];
    list.push({ at, kind: e.kind });
    timeline.set(e.personId, list);
  }
  for (const list of timeline.values()) list.sort((a, b) => a.at - b.at);
  const presentAt = (personId: string, i: number): boolean => {
    let present = false;
    for (const e of timeline.get(personId) ?? []) if (e.at <= i) present = e.kind === 'arrived';
    return present;
  };

  // The secretary's choices, per seat, ordered by when they take effect.
  const choices: { sub: string; seat: string; at: number }[] = [];
  for (const c of facts.choices) {
    const sub = seatOf.get(c.substitutePersonId);
    const seat = seatOf.get(c.forPersonId);
    if (!sub || sub.role !== 'substitute') { problem(c.fromItemId, c.substitutePersonId, 'endast en ersättare kan tjänstgöra för en ledamot'); continue; }
    if (!seat || !MEMBER_ROLES.has(seat.role)) { problem(c.fromItemId, c.forPersonId, 'en ersättare kan bara tjänstgöra för en ledamot'); continue; }
    const at = effectIndex(c.fromItemId, c.substitutePersonId);
    if (at === null) continue;
    const clash = choices.find((o) => o.seat === c.forPersonId && o.at === at && o.sub !== c.substitutePersonId);
    if (clash) { problem(facts.itemIds[at] ?? null, c.forPersonId, 'två ersättare kan inte tjänstgöra för samma ledamot'); continue; }
    choices.push({ sub: c.substitutePersonId, seat: c.forPersonId, at });
  }
  const choiceFor = (seat: string, i: number) => choices.filter((c) => c.seat === seat && c.at <= i).sort((a, b) => b.at - a.at)[0];

  const served = new Set<string>();
  const barred = new Set<string>();
  let previous = new Map<string, string>(); // seat → substitute serving there on the previous item
  const items: ItemAttendance[] = [];

  facts.itemIds.forEach((itemId, i) => {
    const disqualified = [...(facts.disqualified.get(itemId) ?? [])];
    const dq = new Set(disqualified);
    // R-MEET-2: someone who served and then left (for another reason than jäv) may not serve again that day.
    for (const p of served) if (!presentAt(p, i)) barred.add(p);
    const eligible = (p: string) => presentAt(p, i) && !dq.has(p) && !barred.has(p);

    const bySeat = new Map<string, Serving>();
    const used = new Set<string>();
    const vacant: Seat[] = [];
    for (const seat of memberSeats) {
      if (eligible(seat.personId)) { bySeat.set(seat.personId, { personId: seat.personId, forPersonId: null }); used.add(seat.personId); }
      else vacant.push(seat);
    }
    const place = (seat: Seat, sub: string, suggested: boolean) => {
      bySeat.set(seat.personId, suggested ? { personId: sub, forPersonId: seat.personId, suggested } : { personId: sub, forPersonId: seat.personId });
      used.add(sub);
    };
    // 1. The secretary's choices in effect.
    for (const seat of vacant) {
      const c = choiceFor(seat.personId, i);
      if (!c) continue;
      if (!eligible(c.sub)) continue;
      if (used.has(c.sub)) { problem(itemId, c.sub, 'ersättaren tjänstgör redan för en annan ledamot'); continue; }
      place(seat, c.sub, false);
    }
    for (const c of choices) {
      if (c.at !== i) continue;
      if (!presentAt(c.sub, i)) problem(itemId, c.sub, 'ersättaren är inte närvarande');
      if (eligible(c.seat)) problem(itemId, c.seat, 'ledamoten är närvarande och tjänstgör själv');
    }
    // 2. A substitute who has started serving keeps the seat while it stays vacant.
    for (const seat of vacant) {
      if (bySeat.has(seat.personId)) continue;
      const sub = previous.get(seat.personId);
      if (sub && eligible(sub) && !used.has(sub)) place(seat, sub, true);
    }
    // 3. Remaining seats by the calling order: same party first, then the others.
    for (const seat of vacant) {
      if (bySeat.has(seat.personId)) continue;
      const free = substitutes.filter((s) => eligible(s.personId) && !used.has(s.personId));
      const pick = free.find((s) => s.partyId !== null && s.partyId === seat.partyId) ?? free[0];
      if (pick) place(seat, pick.personId, true);
    }

    const serving = memberSeats.flatMap((seat) => bySeat.get(seat.personId) ?? []);
    for (const s of serving) served.add(s.personId);
    previous = new Map(serving.filter((s) => s.forPersonId !== null).map((s) => [s.forPersonId!, s.personId]));
    const presentNotServing = facts.seats.map((s) => s.personId).filter((p) => presentAt(p, i) && !used.has(p) && !dq.has(p));
    const vacantSeats = memberSeats.map((s) => s.personId).filter((p) => !bySeat.has(p));
    items.push({ itemId, serving, presentNotServing, disqualified, vacantSeats, quorum: quorum(facts.organKind, memberSeats.length, serving.length, vacantSeats, dq, (p) => presentAt(p, i)) });
  });
  return { items, problems };
}

/**
 * R-MEET-1: more than half of the seats must serve. In the council, a quorum lost only through jäv does not stop
 * the item (KL 5:46): seats left empty by present members or substitutes with jäv count towards it.
 */
function quorum(kind: OrganKind, seats: number, serving: number, vacantSeats: string[], dq: Set<string>, present: (p: string) => boolean): ItemAttendance['quorum'] {
  const required = quorumRequired(seats);
  const law = kind === 'council' ? 'KL 5 kap. 45 §' : 'KL 6 kap. 27 §';
  if (serving >= required) return { seats, serving, required, ok: true, reason: null };
  if (kind === 'council') {
    const lostToJav = Math.min(vacantSeats.length, [...dq].filter(present).length);
    if (serving + lostToJav >= required) return { seats, serving, required, ok: true, reason: null };
  }
  const reason = `Organet är inte beslutsfört: ${serving} av ${seats} ledamöter tjänstgör, minst ${required} krävs (${law}).`;
  return { seats, serving, required, ok: false, reason };
}
