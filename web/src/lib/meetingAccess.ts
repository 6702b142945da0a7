// Client-side mirror of the server's meeting rules (src/policies/meetings.ts, src/domain/agenda.ts), used only to
// decide which controls to offer; the server decides.
import type { Meeting, MeetingState } from '../meetingTypes.ts';
import type { User } from '../types.ts';

/** Secretaries with access to the organ, and admins, plan meetings and build agendas. */
export function canManageMeeting(user: User | null, organId: string): boolean {
  if (!user) return false;
  if (user.roles.includes('admin')) return true;
  return user.roles.includes('secretary') && user.organAccess.some((a) => a.organId === organId);
}

/** Whether the user may plan a meeting for some organ. */
export const canPlanMeetings = (user: User | null): boolean =>
  !!user && (user.roles.includes('admin') || user.roles.includes('secretary'));

/** Users whose only role is `member` (elected members): their start page is "Mina sammanträden". */
export const isMemberOnly = (user: User | null): boolean =>
  !!user && user.roles.length > 0 && user.roles.every((role) => role === 'member');

/** The agenda can change until the meeting is held (after the notice, changes call for a new notice). */
export const agendaEditable = (state: MeetingState): boolean => state === 'planned' || state === 'called';

/** Whether a (first or renewed) notice can be sent now. */
export const canSendNotice = (meeting: Meeting): boolean =>
  meeting.state === 'planned' || (meeting.state === 'called' && meeting.needsNewNotice);

/** Time span such as `13:15–16:00`, or just the start time. */
export const timeSpan = (m: { startTime: string; endTime?: string | null }): string =>
  m.endTime ? `${m.startTime}–${m.endTime}` : m.startTime;
