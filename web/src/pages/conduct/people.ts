// Reading the live meeting for display: names with party, who is present at an item, where a seat stands.
import type { Conduct, ConductItem, ConductSeat } from '../../conductTypes.ts';

export const withParty = (p: { name: string; partyCode: string | null }): string => (p.partyCode ? `${p.name} (${p.partyCode})` : p.name);

export const isMemberSeat = (s: ConductSeat): boolean => s.role !== 'substitute';

export function seatOf(view: Conduct, personId: string): ConductSeat | undefined {
  return view.seats.find((s) => s.personId === personId);
}

export function nameOf(view: Conduct, personId: string): string {
  const seat = seatOf(view, personId);
  return seat ? withParty(seat) : personId;
}

/** The handled (not withdrawn) items in order. */
export const handledItems = (view: Conduct): ConductItem[] => view.items.filter((i) => i.attendance !== null);

export type Presence = 'serving' | 'present' | 'disqualified' | 'absent';

/** How a person stands on an item: serving, present without serving, jäv, or absent. */
export function presenceOn(item: ConductItem, personId: string): Presence {
  const a = item.attendance;
  if (!a) return 'absent';
  if (a.serving.some((s) => s.personId === personId)) return 'serving';
  if (a.disqualified.includes(personId)) return 'disqualified';
  if (a.presentNotServing.includes(personId)) return 'present';
  return 'absent';
}

/** The paragraph label of an item id ("177/24"), or null for "from the start". */
export function paragraphOf(view: Conduct, itemId: string | null): string | null {
  if (!itemId) return null;
  return view.items.find((i) => i.id === itemId)?.paragraphLabel ?? null;
}

/** Element ids used to put focus back after an action. */
export const ids = {
  item: (id: string) => `conduct-item-${id}`,
  navItem: (id: string) => `conduct-nav-${id}`,
  seatAction: (personId: string) => `conduct-seat-${personId}`,
};
