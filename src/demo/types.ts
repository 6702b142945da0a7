/**
 * Shapes of the demo data set. Plain data only: the seeding code maps these onto the database.
 * Dates are ISO `YYYY-MM-DD` strings.
 */

export type OrganKind = 'council' | 'executive_board' | 'committee' | 'sub_committee' | 'drafting_committee';

export interface DemoOrgan {
  code: string;
  name: string;
  kind: OrganKind;
  parentCode?: string;
}

export interface DemoParty {
  code: string;
  name: string;
}

export interface DemoPerson {
  key: string;
  givenName: string;
  familyName: string;
  partyCode: string;
  email: string;
}

export interface DemoMembership {
  personKey: string;
  organCode: string;
  role: 'chair' | 'vice_chair' | 'member' | 'substitute';
  substituteOrder?: number;
  startsOn: string;
  endsOn: string;
}

export interface DemoUser {
  username: string;
  displayName: string;
  email: string;
  roles: ('registrar' | 'case_officer' | 'secretary' | 'admin' | 'auditor' | 'member')[];
  organAccess: { organCode: string; secret: boolean }[];
  protectedDataAccess?: boolean;
  /** For elected members' accounts: the person (DemoPerson.key) the account belongs to. */
  personKey?: string;
}

export interface DemoDocument {
  kind: 'letter' | 'official_report' | 'motion' | 'audit_report' | 'statement' | 'annex' | 'decision' | 'other';
  direction: 'incoming' | 'outgoing' | 'internal';
  registeredDate: string;
  description: string;
  publicDescription?: string;
  counterparty?: { name: string; organisation?: string; address?: string; email?: string; protectedIdentity?: boolean };
  secrecy?: { legalGround: string; organCode: string };
  /** Kind-specific fields (a motion's number, authors, date and requests), as registration takes them. */
  details?: Record<string, unknown>;
  /** A few paragraphs of text content for this document, used to generate a PDF. */
  fileText?: string;
}

export interface DemoCase {
  /** Exact diarienummer, e.g. "KS-2024/00361". */
  number: string;
  title: string;
  publicTitle?: string;
  classificationCode?: string;
  organCode: string;
  /** Username of the responsible case officer. */
  caseOfficer?: string;
  openedOn: string;
  status: 'open' | 'closed';
  /** In registration order: the first document gets number `{case}-1`, and so on. */
  documents: DemoDocument[];
}

export interface DemoBody {
  code: string;
  name: string;
  orgNumber: string;
}

export interface DemoTerm {
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface DemoRegistry {
  code: string;
  name: string;
  organCode: string;
  caseNumberFormat: string;
  documentNumberFormat: string;
}
