// Typed calls to the meeting, agenda, notice, meeting-book and member-note routes of the staff API.
import { api, apiUrl, request } from './api.ts';
import type { Items } from './types.ts';
import type {
  AgendaItemInput,
  BookVariant,
  Meeting,
  MeetingInput,
  MeetingSummary,
  MemberNote,
  NoticeResult,
} from './meetingTypes.ts';

const enc = encodeURIComponent;

export const listMeetings = (query: { organId?: string; from?: string; to?: string } = {}, signal?: AbortSignal) =>
  api.get<Items<MeetingSummary>>('/meetings', query, signal);
export const createMeeting = (body: MeetingInput) => api.post<Meeting>('/meetings', body);
export const getMeeting = (id: string, signal?: AbortSignal) =>
  api.get<Meeting>(`/meetings/${enc(id)}`, undefined, signal);

// Agenda changes answer with the whole meeting (without `deadlines`).
export const addAgendaItem = (meetingId: string, body: AgendaItemInput) =>
  api.post<Meeting>(`/meetings/${enc(meetingId)}/items`, body);
export const updateAgendaItem = (itemId: string, body: Omit<AgendaItemInput, 'sectionId' | 'caseId'>) =>
  api.patch<Meeting>(`/agenda-items/${enc(itemId)}`, body);
/** `position` is 0-based within the (new) section. */
export const moveAgendaItem = (itemId: string, body: { sectionId?: string; position: number }) =>
  api.post<Meeting>(`/agenda-items/${enc(itemId)}/move`, body);
/** Before the notice the item is removed; after it, the item is struck ("utgår") and keeps its number. */
export const removeAgendaItem = (itemId: string) => request<Meeting>('DELETE', `/agenda-items/${enc(itemId)}`);

export const sendNotice = (meetingId: string) => api.post<NoticeResult>(`/meetings/${enc(meetingId)}/notice`);
export const bookUrl = (meetingId: string, variant: BookVariant) =>
  apiUrl(`/meetings/${enc(meetingId)}/book.pdf`, { variant });

// Members' notes on book documents: my own note and my party group's shared notes.
export const listNotes = (documentId: string, signal?: AbortSignal) =>
  api.get<Items<MemberNote>>(`/documents/${enc(documentId)}/notes`, undefined, signal);
/** Empty text deletes my note. */
export const saveNote = (documentId: string, body: { text: string; sharedWithParty: boolean }) =>
  request<Items<MemberNote>>('PUT', `/documents/${enc(documentId)}/note`, { body });
