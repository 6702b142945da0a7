// Shapes of the meeting, agenda, member-note and official-report parts of the staff API (docs/api.md).

export type MeetingState = 'planned' | 'called' | 'held' | 'adjusted' | 'cancelled';
export const MEETING_STATES: readonly MeetingState[] = ['planned', 'called', 'held', 'adjusted', 'cancelled'];

export type ItemKind = 'decision' | 'information' | 'to_council';
export const ITEM_KINDS: readonly ItemKind[] = ['decision', 'information', 'to_council'];

/** A row of `GET /meetings`. */
export interface MeetingSummary {
  id: string;
  organId: string;
  organCode: string;
  organName: string;
  date: string;
  startTime: string;
  place: string;
  state: MeetingState;
}

/**
 * A document chosen for the meeting book, as the reader may see it. Its files carry no id; `GET /documents/:id`
 * gives them. A document the reader may not read is `withheld`: only its legal ground is given.
 */
export interface AgendaDocument {
  id: string;
  number: string;
  description: string;
  withheld: boolean;
  /** The reader may read its content (files). */
  readable: boolean;
  secrecyGround: string | null;
  protectedPersonalData: boolean;
  files: { name: string; mediaType: string; sha256: string }[];
}

export interface AgendaItem {
  id: string;
  sectionId: string;
  position: number;
  caseId: string | null;
  caseNumber: string | null;
  title: string;
  kind: ItemKind;
  public: boolean;
  presenter: string | null;
  withdrawn: boolean;
  paragraph: number;
  paragraphFixed: boolean;
  /** `177/24`. */
  paragraphLabel: string;
  documents: AgendaDocument[];
}

export interface AgendaSection {
  id: string;
  heading: string;
  position: number;
  items: AgendaItem[];
}

export interface NoticeDeadlines {
  callMembersBy: string;
  announceBy: string | null;
  urgentMattersBy: string | null;
  warnings: string[];
}

export interface Meeting {
  id: string;
  organId: string;
  organCode: string;
  organName: string;
  organKind: string;
  date: string;
  startTime: string;
  endTime: string | null;
  place: string;
  state: MeetingState;
  comment: string | null;
  noticeSentAt: string | null;
  needsNewNotice: boolean;
  version: number;
  sections: AgendaSection[];
  /** Only in the answer of `GET /meetings/:id`; agenda changes answer without it. */
  deadlines?: NoticeDeadlines;
}

export interface MeetingInput {
  organId: string;
  date: string;
  startTime: string;
  endTime?: string;
  place: string;
  comment?: string;
}

export interface AgendaItemInput {
  sectionId?: string;
  caseId?: string;
  title?: string;
  kind?: ItemKind;
  public?: boolean;
  presenter?: string;
  documentIds?: string[];
}

export interface NoticeResult {
  meeting: Meeting;
  recipients: { name: string; email: string; role: string }[];
  withheldDocuments: boolean;
  delivered: string;
}

export type BookVariant = 'members' | 'public';

export interface MemberNote {
  id: string;
  text: string;
  sharedWithParty: boolean;
  author: string;
  mine: boolean;
  updatedAt: string;
}
