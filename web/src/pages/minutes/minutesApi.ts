// Typed calls to the minutes routes: the view, generation, signing, rejection, dispatch and file links.
import { api, apiUrl } from '../../api.ts';

export type MinutesState = 'none' | 'draft' | 'signing' | 'adjusted';
export type DeadlineLevel = 'ok' | 'soon' | 'overdue' | 'adjusted' | 'adjusted_late';

export interface MinutesView {
  meetingId: string; organId: string; organName: string; meetingDate: string; meetingState: string;
  state: MinutesState; version: number; sha256: string | null; pages: number | null; updatedAt: string | null; adjustedAt: string | null;
  document: { id: string; number: string } | null; publicCopy: 'unadjusted' | 'adjusted';
  publication: { published: boolean; until: string | null; days: number | null };
  deadline: { deadline: string; daysLeft: number | null; level: DeadlineLevel; message: string };
  signers: { personId: string; name: string; role: 'chair' | 'adjuster'; signedAt: string | null }[];
  pending: string[];
  history: { version: number; name: string; role: string; decision: 'signed' | 'rejected'; comment: string | null; provider: string; at: string }[];
  extracts: { itemId: string; paragraph: number; title: string; kind: 'adjusted' | 'immediate'; documentNumber: string | null; sentAt: string | null; delivered: string | null }[];
  posting: { id: string; postedOn: string; lastAppealDay: string | null; removableFrom: string } | null;
  me: { personId: string | null; signer: 'chair' | 'adjuster' | null; mayManage: boolean; signedCurrent: boolean };
  warnings?: string[];
}

export interface DispatchResult { sent: { paragraph: number; documentNumber: string | null; recipients: string[]; delivered: string }[]; withoutRecipients: number[] }

const enc = encodeURIComponent;
const base = (meetingId: string) => `/meetings/${enc(meetingId)}/minutes`;

export const getMinutes = (meetingId: string, signal?: AbortSignal) => api.get<MinutesView>(base(meetingId), undefined, signal);
export const generateMinutes = (meetingId: string) => api.post<MinutesView>(`${base(meetingId)}/generate`);
export const sendMinutes = (meetingId: string) => api.post<MinutesView>(`${base(meetingId)}/send`);
export const signMinutes = (meetingId: string, body: { sha256: string; password: string; totp?: string }) => api.post<MinutesView>(`${base(meetingId)}/sign`, body);
export const rejectMinutes = (meetingId: string, body: { sha256: string; comment: string }) => api.post<MinutesView>(`${base(meetingId)}/reject`, body);
export const dispatchMinutes = (meetingId: string) => api.post<DispatchResult>(`${base(meetingId)}/dispatch`);

export const minutesPdfUrl = (meetingId: string) => apiUrl(`/meetings/${enc(meetingId)}/minutes.pdf`);
export const minutesHtmlUrl = (meetingId: string) => apiUrl(`/meetings/${enc(meetingId)}/minutes.html`);
export const publicPdfUrl = (meetingId: string) => apiUrl(`${base(meetingId)}/public.pdf`);
export const publicHtmlUrl = (meetingId: string) => apiUrl(`${base(meetingId)}/public.html`);
export const extractUrl = (itemId: string, kind: 'adjusted' | 'immediate') => apiUrl(`/agenda-items/${enc(itemId)}/extract.pdf`, { kind });

/** Fetches the current PDF and its SHA-256 as computed here, so a signature binds to the bytes the signer read. */
export async function fetchPdfWithHash(meetingId: string, signal?: AbortSignal): Promise<{ url: string; sha256: string }> {
  const res = await fetch(minutesPdfUrl(meetingId), { credentials: 'same-origin', signal });
  if (!res.ok) throw new Error(`PDF ${res.status}`);
  const bytes = await res.arrayBuffer();
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { url: URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' })), sha256 };
}
