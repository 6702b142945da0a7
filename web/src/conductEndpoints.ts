// Typed calls to the live meeting routes (`/meetings/:id/conduct…`). Every write answers the whole live meeting.
import { api, request } from './api.ts';
import type { Conduct, DecisionInput, OpeningInput, ProposalKind, Result, VoteInput } from './conductTypes.ts';

const enc = encodeURIComponent;
const base = (meetingId: string) => `/meetings/${enc(meetingId)}/conduct`;
const item = (meetingId: string, itemId: string) => `${base(meetingId)}/items/${enc(itemId)}`;

export const getConduct = (meetingId: string, signal?: AbortSignal) => api.get<Conduct>(base(meetingId), undefined, signal);
export const openMeeting = (meetingId: string, body: OpeningInput) => api.post<Conduct>(base(meetingId), body);
export const updateHeader = (meetingId: string, version: number, body: Omit<OpeningInput, 'present'>) =>
  api.patch<Conduct>(base(meetingId), { ...body, version });
export const closeMeeting = (meetingId: string, version: number) => api.post<Conduct>(`${base(meetingId)}/close`, { version });

export const recordAttendance = (
  meetingId: string,
  version: number,
  body: { personId: string; kind: 'arrived' | 'left'; fromItemId: string | null; note?: string },
) => api.post<Conduct>(`${base(meetingId)}/attendance`, { ...body, version });

export interface SubstituteAnswer {
  suggestion: { personId: string; name: string } | null;
  chosen: { personId: string; name: string };
  conduct: Conduct;
}
export const chooseSubstitute = (
  meetingId: string,
  version: number,
  body: { substitutePersonId: string; forPersonId: string; fromItemId: string | null },
) => api.post<SubstituteAnswer>(`${base(meetingId)}/substitutes`, { ...body, version });

export const declareDisqualification = (meetingId: string, itemId: string, version: number, body: { personId: string; note?: string }) =>
  api.post<Conduct>(`${item(meetingId, itemId)}/disqualifications`, { ...body, version });
export const removeDisqualification = (meetingId: string, itemId: string, personId: string) =>
  request<Conduct>('DELETE', `${item(meetingId, itemId)}/disqualifications/${enc(personId)}`);

export const addProposal = (
  meetingId: string,
  itemId: string,
  version: number,
  body: { kind: ProposalKind; text: string; personId?: string; supporterIds?: string[] },
) => api.post<Conduct>(`${item(meetingId, itemId)}/proposals`, { ...body, version });
export const withdrawProposal = (meetingId: string, itemId: string, proposalId: string, version: number) =>
  api.post<Conduct>(`${item(meetingId, itemId)}/proposals/${enc(proposalId)}/withdraw`, { version });

export const putProposition = (meetingId: string, itemId: string, version: number, result: Result) =>
  api.post<Conduct>(`${item(meetingId, itemId)}/propositions`, { version, result });
export const recordVote = (meetingId: string, itemId: string, version: number, body: VoteInput) =>
  api.post<Conduct>(`${item(meetingId, itemId)}/votes`, { ...body, version });
export const undoProposition = (meetingId: string, itemId: string, version: number) =>
  api.post<Conduct>(`${item(meetingId, itemId)}/propositions/undo`, { version });

export const decideItem = (meetingId: string, itemId: string, version: number, body: DecisionInput) =>
  api.put<Conduct>(`${item(meetingId, itemId)}/decision`, { ...body, version });

export const announceReservation = (
  meetingId: string,
  itemId: string,
  version: number,
  body: { kind: 'dissent' | 'note'; personIds: string[]; text?: string; chairPermits?: boolean },
) => api.post<Conduct>(`${item(meetingId, itemId)}/reservations`, { ...body, version });
export const updateReservationText = (meetingId: string, reservationId: string, version: number, text: string) =>
  api.patch<Conduct>(`${base(meetingId)}/reservations/${enc(reservationId)}`, { text, version });
