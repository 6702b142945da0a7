/**
 * What a posting on the notice board holds (R-BOARD-1). The body is structured data, rendered by the portal and
 * the staff app; it holds only public facts (organ, dates, public titles, where documents are kept).
 */
export const POSTING_KINDS = ['meeting_announcement', 'adjusted_minutes', 'delegated_decision', 'other'] as const;
export type PostingKind = (typeof POSTING_KINDS)[number];

export interface PostingBody {
  organName?: string;
  /** Meeting announcement: the meeting and the matters to be handled (public titles). */
  meetingDate?: string;
  startTime?: string;
  place?: string;
  matters?: string[];
  /** The announcement replaces an earlier one for the same meeting (the agenda changed). */
  renewed?: boolean;
  /** Adjusted minutes: when the minutes were adjusted and where they are kept. */
  adjustedOn?: string;
  keptAt?: string;
  /** Delegated decision (R-DEL-1). */
  decisionTitle?: string;
  decisionDate?: string;
  delegate?: string;
  caseNumber?: string;
}

export interface PostingEventView { kind: string; at: string; actor: string | null; details: Record<string, unknown> }

export interface PostingView {
  id: string;
  kind: PostingKind;
  title: string;
  organId: string | null;
  organName: string | null;
  meetingId: string | null;
  minutesId: string | null;
  body: PostingBody;
  postedOn: string;
  lastAppealDay: string | null;
  removableFrom: string;
  removedOn: string | null;
  /** Whether it may be taken down today (R-APPEAL-1). */
  removable: boolean;
  createdBy: string | null;
  createdAt: string;
  events: PostingEventView[];
}

/** Swedish names of the kinds, for the portal and messages. */
export const POSTING_KIND_LABELS: Record<PostingKind, string> = {
  meeting_announcement: 'Kungörelse om sammanträde',
  adjusted_minutes: 'Justerat protokoll',
  delegated_decision: 'Delegationsbeslut',
  other: 'Tillkännagivande',
};
