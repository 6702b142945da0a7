// Typed calls to the annual cycle's routes of the staff API.
import { api, apiUrl, request } from '../../../api.ts';
import type { MeetingState } from '../../../meetingTypes.ts';

export type Audience = 'committees' | 'companies' | 'council';
export const AUDIENCES: Audience[] = ['committees', 'companies', 'council'];

export interface Deadline {
  id: string;
  date: string;
  endDate: string | null;
  /** "27 jan", "31 mar – 8 apr". */
  label: string;
  heading: string;
  text: string;
  audience: Audience;
  organId: string | null;
  organCode: string | null;
  organName: string | null;
  deliverer: string;
  reminderDays: number[];
  reminderEmails: string[];
  remindOrganStaff: boolean;
  version: number;
}

export interface CycleMeeting { id: string; organId: string; organCode: string; organName: string; organKind: string; date: string; startTime: string; state: MeetingState }

export interface YearView {
  year: number;
  bodyName: string;
  deadlines: Deadline[];
  meetings: CycleMeeting[];
  organs: { id: string; code: string; name: string }[];
  canEdit: boolean;
}

export interface DeadlineInput {
  date: string;
  endDate: string;
  heading: string;
  text: string;
  audience: string;
  organId: string;
  deliverer: string;
  /** "14, 3". */
  reminderDays: string;
  /** One address per line (or separated by commas). */
  reminderEmails: string;
  remindOrganStaff: boolean;
}

export const getYear = (year: string, filter: { audience?: string; organId?: string }, signal?: AbortSignal) =>
  api.get<YearView>('/annual-cycle', { year, audience: filter.audience, organId: filter.organId }, signal);
export const getDeadline = (id: string, signal?: AbortSignal) => api.get<Deadline>(`/annual-cycle/deadlines/${encodeURIComponent(id)}`, undefined, signal);
export const createDeadline = (body: DeadlineInput) => api.post<Deadline>('/annual-cycle/deadlines', body);
export const updateDeadline = (id: string, body: DeadlineInput & { version: number }) =>
  api.put<Deadline>(`/annual-cycle/deadlines/${encodeURIComponent(id)}`, body);
export const deleteDeadline = (id: string) => request<void>('DELETE', `/annual-cycle/deadlines/${encodeURIComponent(id)}`);
export const copyYear = (fromYear: number) => api.post<{ fromYear: number; toYear: number; copied: number; skipped: number }>('/annual-cycle/copy', { fromYear });
export const registerDocument = (body: { kind: string; year: number; audiences: Audience[]; caseNumber: string; annex: string }) =>
  api.post<{ documentId: string; number: string; caseId: string; caseNumber: string }>('/annual-cycle/documents', body);
export const documentPreviewUrl = (kind: string, year: string, audiences: Audience[]) =>
  apiUrl('/annual-cycle/document.pdf', { kind, year, audiences: audiences.join(',') });

/** The public iCalendar feeds (outside the API). */
export const feedUrl = (slug?: string) => (slug ? `/arshjul/${slug}.ics` : '/arshjul.ics');
