// Types and typed calls of the notice board routes of the staff API (/board/…).
import { api } from '../../api.ts';
import type { Items } from '../../types.ts';

export type PostingKind = 'meeting_announcement' | 'adjusted_minutes' | 'delegated_decision' | 'other';
export type PostingState = 'current' | 'removed' | 'all';

export interface Posting {
  id: string;
  kind: PostingKind;
  title: string;
  organId: string | null;
  organName: string | null;
  meetingId: string | null;
  minutesId: string | null;
  body: { meetingDate?: string; adjustedOn?: string; keptAt?: string; decisionDate?: string; delegate?: string; caseNumber?: string };
  postedOn: string;
  lastAppealDay: string | null;
  removableFrom: string;
  removedOn: string | null;
  removable: boolean;
  createdBy: string | null;
  createdAt: string;
  events: { kind: string; at: string; actor: string | null; details: { reason?: string | null } }[];
}

export interface DelegatedDecisionInput {
  organId: string;
  decisionTitle: string;
  decisionDate: string;
  delegate: string;
  keptAt: string;
  caseNumber?: string;
}

const enc = encodeURIComponent;

export const listPostings = (state: PostingState, signal?: AbortSignal) =>
  api.get<Items<Posting>>('/board/postings', { state }, signal);
export const postDelegatedDecision = (body: DelegatedDecisionInput) => api.post<Posting>('/board/delegated-decisions', body);
export const removePosting = (id: string, reason?: string) =>
  api.post<Posting>(`/board/postings/${enc(id)}/remove`, reason ? { reason } : {});
