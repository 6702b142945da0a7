// Shapes of the staff HTTP API v1 (see docs/api.md) as seen by the web app.

/** `member`: an elected member who reads the meeting books of the organs they have access to. */
export type Role = 'registrar' | 'case_officer' | 'secretary' | 'admin' | 'auditor' | 'member';
export const ROLES: readonly Role[] = ['registrar', 'case_officer', 'secretary', 'admin', 'auditor', 'member'];

export interface OrganAccess {
  organId: string;
  secret: boolean;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  protectedDataAccess: boolean;
  organAccess: OrganAccess[];
  totpEnabled: boolean;
  /** Present in the admin user list; not part of the documented session user. */
  active?: boolean;
}

/** A staff member as offered in case-officer pickers (`GET /staff`). */
export interface StaffMember {
  id: string;
  displayName: string;
  roles: Role[];
}

/** Answer of `POST /auth/totp/setup`. */
export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
}

export interface Session {
  user: User;
  csrfToken: string;
}

export type OrganKind = 'council' | 'executive_board' | 'committee' | 'sub_committee' | 'drafting_committee';
export const ORGAN_KINDS: readonly OrganKind[] = [
  'council',
  'executive_board',
  'committee',
  'sub_committee',
  'drafting_committee',
];

export interface Organ {
  id: string;
  code: string;
  name: string;
  kind: OrganKind;
  parentId: string | null;
  /** Days adjusted minutes stay on the public site (R-PUB-1); null: without end. */
  minutesPublicationDays?: number | null;
}

export interface Party {
  id: string;
  code: string;
  name: string;
}

export interface Term {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface Person {
  id: string;
  givenName: string;
  familyName: string;
  partyId: string | null;
  email: string | null;
}

export type MembershipRole = 'chair' | 'vice_chair' | 'member' | 'substitute';
export const MEMBERSHIP_ROLES: readonly MembershipRole[] = ['chair', 'vice_chair', 'member', 'substitute'];

export interface Membership {
  id: string;
  personId: string;
  organId: string;
  role: MembershipRole;
  substituteOrder: number | null;
  startsOn: string;
  endsOn: string | null;
}

export interface Registry {
  id: string;
  code: string;
  name: string;
  organId: string;
  caseNumberFormat: string;
  documentNumberFormat: string;
}

export type CaseStatus = 'open' | 'closed';
export const CASE_STATUSES: readonly CaseStatus[] = ['open', 'closed'];

export interface Case {
  id: string;
  number: string;
  title: string;
  publicTitle: string;
  status: CaseStatus;
  classificationCode: string | null;
  organId: string | null;
  caseOfficer: { id: string; displayName: string } | null;
  openedAt: string;
  closedAt: string | null;
  version: number;
  documentCount: number;
}

export type DocumentKind =
  | 'letter'
  | 'official_report'
  | 'motion'
  | 'audit_report'
  | 'statement'
  | 'annex'
  | 'decision'
  | 'minutes_extract'
  | 'other';
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'letter',
  'official_report',
  'motion',
  'audit_report',
  'statement',
  'annex',
  'decision',
  'minutes_extract',
  'other',
];

export type Direction = 'incoming' | 'outgoing' | 'internal';
export const DIRECTIONS: readonly Direction[] = ['incoming', 'outgoing', 'internal'];

export interface Counterparty {
  name: string;
  organisation: string | null;
  address: string | null;
  email: string | null;
  protectedIdentity: boolean;
}

export interface SecrecyMark {
  legalGround: string;
  organId: string;
  markedAt: string;
  markedBy: string | { id: string; displayName: string } | null;
}

export interface StoredFile {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** A registered document (handling). Named to avoid a clash with the DOM `Document`. */
export interface CaseDocument {
  id: string;
  caseId: string;
  caseNumber: string;
  number: string;
  kind: DocumentKind;
  direction: Direction;
  registeredDate: string;
  description: string;
  publicDescription: string | null;
  counterparty: Counterparty | null;
  /** Kind-specific fields (motion, statement, audit report); empty for other kinds. */
  details?: Record<string, unknown>;
  secrecy: SecrecyMark | null;
  files: StoredFile[];
  /** Set when the files are withheld from this reader: they may hold protected personal data. */
  filesWithheld?: 'protected' | null;
  createdAt: string;
}

export type CaseWithDocuments = Case & { documents: CaseDocument[] };

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Items<T> {
  items: T[];
}

export interface HistoryEntry {
  at: string;
  actor: string | { id: string; displayName: string } | null;
  action: string;
  details: unknown;
}

export interface AuditEvent {
  id: string;
  at: string;
  actor: { id: string; displayName: string } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  caseNumber: string | null;
  documentNumber?: string | null;
  /** True for reads of secret or protected data. */
  secretAccess?: boolean;
  details: unknown;
}

/** Audit actions written by the server, offered as a filter. */
export const AUDIT_ACTIONS = [
  'document.read',
  'file.read',
  'case.read_sensitive_entries',
  'document.register',
  'document.mark_secret',
  'document.release_secret',
  'case.create',
  'case.update',
  'case.import',
  'user.login',
  'user.logout',
  'user.create',
  'user.update',
  'user.totp_enable',
  'organ.create',
  'organ.update',
  'party.create',
  'party.update',
  'person.create',
  'person.update',
  'membership.create',
  'membership.end',
  'audit.export',
  'demo.load',
] as const;

/** The `metadata` part of `POST /documents`. */
export interface DocumentMetadata {
  caseId?: string;
  newCase?: { registryId: string; title: string; publicTitle?: string; caseOfficerId?: string };
  kind: DocumentKind;
  direction: Direction;
  registeredDate: string;
  description: string;
  publicDescription?: string;
  counterparty?: {
    name: string;
    organisation?: string;
    address?: string;
    email?: string;
    protectedIdentity: boolean;
  };
  secrecy?: { legalGround: string; organId: string };
  /** Kind-specific fields (motion, statement, audit report). */
  details?: Record<string, unknown>;
}
