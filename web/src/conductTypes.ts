// Shapes of the live meeting (sammanträdet) part of the staff API: `GET /meetings/:id/conduct` and its writes
// (docs/api.md, "The live meeting").
import type { ItemKind, MeetingState } from './meetingTypes.ts';

export type SeatRole = 'chair' | 'vice_chair' | 'member' | 'substitute';
export type ProposalKind = 'approve' | 'reject' | 'amend' | 'add' | 'refer_back' | 'table' | 'other';
export const PROPOSAL_KINDS: readonly ProposalKind[] = ['approve', 'reject', 'amend', 'add', 'refer_back', 'table', 'other'];
export type Stage = 'formal' | 'main_counter' | 'decision';
export type Result = 'yes' | 'no';
export type BallotVote = 'yes' | 'no' | 'abstain';
export type Outcome = 'final' | 'to_organ' | 'noted';
export const OUTCOMES: readonly Outcome[] = ['final', 'to_organ', 'noted'];

export interface ConductSeat {
  personId: string;
  name: string;
  partyCode: string | null;
  role: SeatRole;
  substituteOrder: number | null;
}

export interface ConductHeader {
  chairPersonId: string | null;
  secretaryName: string | null;
  adjusterPersonIds: string[];
  adjustmentPlace: string | null;
  adjustmentDate: string | null;
  adjustmentTime: string | null;
  othersPresent: string[];
  openedAt: string | null;
  closedAt: string | null;
  version: number;
  updatedAt: string;
}

export interface ServingPerson {
  personId: string;
  name: string;
  partyCode: string | null;
  /** The member a substitute serves for; null for a member in their own seat. */
  forPersonId: string | null;
  forName: string | null;
  /** Placed by the calling order, not chosen by the secretary. */
  suggested?: boolean;
}

export interface Quorum {
  seats: number;
  serving: number;
  required: number;
  ok: boolean;
  /** Swedish explanation when not ok. */
  reason: string | null;
}

export interface ItemAttendance {
  serving: ServingPerson[];
  presentNotServing: string[];
  disqualified: string[];
  vacantSeats: string[];
  quorum: Quorum;
}

export interface Proposal {
  id: string;
  position: number;
  kind: ProposalKind;
  /** The mover; null = the official report's own proposal. */
  personId: string | null;
  moverName: string | null;
  supporterIds: string[];
  text: string;
  withdrawn: boolean;
  /** Swedish, used mid-sentence: "Moa Selins (MP) yrkande om avslag". */
  label: string;
}

export interface Proposition {
  stage: Stage;
  yes: string;
  no: string | null;
  question: string;
}

export interface Step extends Proposition {
  result: Result;
  winner: string | null;
}

export interface Procedure {
  steps: Step[];
  next: Proposition | null;
  formal: string | null;
  adopted: string | null;
  additions: string[];
}

export interface Vote {
  id: string;
  position: number;
  kind: 'acclamation' | 'open' | 'secret';
  stage: Stage;
  yesProposalId: string;
  noProposalId: string | null;
  ballots: { personId: string; name: string; vote: BallotVote }[];
  tally: { yes: number; no: number; abstain: number } | null;
  tieBreak: 'chair' | 'lottery' | null;
  result: Result;
  winnerProposalId: string | null;
  recordedAt: string;
}

export interface Recipient {
  name: string;
  email: string | null;
}

export interface Decision {
  clauses: string[];
  procedure: { stage: Stage; question: string; result: Result; text: string }[];
  summary: string | null;
  outcome: Outcome;
  toOrganId: string | null;
  toOrganName: string | null;
  immediateAdjustment: boolean;
  distribution: Recipient[];
  winnerProposalId: string | null;
  decidedAt: string;
  version: number;
}

export interface Reservation {
  id: string;
  kind: 'dissent' | 'note';
  personIds: string[];
  names: string[];
  text: string | null;
  announcedAt: string;
  textUpdatedAt: string | null;
}

export interface ConductItem {
  id: string;
  sectionHeading: string;
  paragraph: number;
  paragraphLabel: string;
  title: string;
  caseId: string | null;
  caseNumber: string | null;
  kind: ItemKind;
  public: boolean;
  withdrawn: boolean;
  /** Null for a withdrawn item. */
  attendance: ItemAttendance | null;
  disqualifications: { personId: string; name: string; note: string | null }[];
  proposals: Proposal[];
  procedure: Procedure;
  votes: Vote[];
  decision: Decision | null;
  suggestedDecision: { clauses: string[]; outcome: Outcome; toOrganId: string | null } | null;
  reservations: Reservation[];
  formalUsedBefore: boolean;
}

export interface AttendanceEvent {
  id: string;
  personId: string;
  name: string;
  kind: 'arrived' | 'left';
  fromItemId: string | null;
  note: string | null;
  recordedAt: string;
}

export interface SubstituteChoice {
  id: string;
  substitutePersonId: string;
  forPersonId: string;
  fromItemId: string | null;
  recordedAt: string;
}

export interface Conduct {
  meeting: {
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
    noticeSentAt: string | null;
  };
  /** Null until the meeting is opened. */
  conduct: ConductHeader | null;
  minutes: { id: string; state: string; version: number } | null;
  /** The minutes went to signing or are adjusted: nothing can change (R-JUST-3). */
  locked: boolean;
  seats: ConductSeat[];
  events: AttendanceEvent[];
  substituteChoices: SubstituteChoice[];
  problems: { itemId: string | null; personId: string; name: string; message: string }[];
  items: ConductItem[];
}

export interface OpeningInput {
  present?: string[];
  chairPersonId?: string;
  secretaryName?: string | null;
  adjusterPersonIds?: string[];
  adjustmentPlace?: string | null;
  adjustmentDate?: string | null;
  adjustmentTime?: string | null;
  othersPresent?: string[];
}

export interface DecisionInput {
  clauses: string[];
  outcome: Outcome;
  toOrganId?: string | null;
  immediateAdjustment: boolean;
  distribution: { name: string; email?: string }[];
  summary?: string | null;
  decisionVersion?: number;
}

export type VoteInput =
  | { kind: 'open'; ballots: { personId: string; vote: BallotVote }[] }
  | { kind: 'secret'; tally: { yes: number; no: number; abstain: number }; lot?: Result };
