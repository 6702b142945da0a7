/**
 * Agenda rules: default sections, item kinds, and when a case may be put on a meeting.
 */
export const DEFAULT_SECTIONS = ['Planeringsdirektiv', 'Beslutsärenden', 'Till KS/KF', 'Information'] as const;

export const ITEM_KINDS = ['decision', 'information', 'to_council'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const MEETING_STATES = ['planned', 'called', 'held', 'adjusted', 'cancelled'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

/** The organ decides the item itself only for decision items (R-PREP-1: consultation `authoritative`). */
export const isAuthoritative = (kind: ItemKind): boolean => kind === 'decision';

export interface OtherPlacement { meetingDate: string; meetingState: MeetingState; paragraph: string | null }

/**
 * A case may stand on only one coming meeting of the same organ; once that meeting is held (or cancelled), the
 * case may come back (e.g. after tabling). Returns a Swedish problem or null.
 */
export function placementProblem(caseNumber: string, others: readonly OtherPlacement[], today: string): string | null {
  // A meeting whose day has passed is over, even if its state was not moved on.
  const pending = others.find((o) => (o.meetingState === 'planned' || o.meetingState === 'called') && o.meetingDate >= today);
  return pending ? `Ärendet ${caseNumber} står redan på organets sammanträde ${pending.meetingDate}${pending.paragraph ? ` (§ ${pending.paragraph})` : ''}.` : null;
}

/** Agenda edits after the notice was sent are allowed only as logged changes with a new notice (R-CALL-2). */
export const agendaChangeNeedsNewNotice = (state: MeetingState): boolean => state === 'called';

export function assertAgendaEditable(state: MeetingState): string | null {
  if (state === 'held' || state === 'adjusted') return 'Sammanträdet är redan hållet; dagordningen kan inte ändras.';
  if (state === 'cancelled') return 'Sammanträdet är inställt.';
  return null;
}
