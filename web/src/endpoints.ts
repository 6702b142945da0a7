// Typed calls to the staff API, one function per route used by the web app.
import { api, apiUrl, setCsrfToken, type Query } from './api.ts';
import type {
  AuditEvent,
  Case,
  CaseDocument,
  CaseStatus,
  CaseWithDocuments,
  DocumentMetadata,
  HistoryEntry,
  Items,
  Membership,
  MembershipRole,
  Organ,
  OrganAccess,
  OrganKind,
  Page,
  Party,
  Person,
  Registry,
  Role,
  Session,
  StaffMember,
  Term,
  TotpSetup,
  User,
} from './types.ts';
import type { SearchQuery, SearchResult } from './searchTypes.ts';

// Sessions
export const login = (username: string, password: string, totp?: string) =>
  api.post<Session>('/auth/login', { username, password, ...(totp ? { totp } : {}) });
export const me = (signal?: AbortSignal) => api.get<Session>('/auth/me', undefined, signal);
export const logout = async () => {
  await api.post<void>('/auth/logout');
  setCsrfToken(null);
};
export const setupTotp = () => api.post<TotpSetup>('/auth/totp/setup');
export const enableTotp = (code: string) => api.post<{ enabled: true }>('/auth/totp/enable', { code });

// Reference data
export const listOrgans = (signal?: AbortSignal) => api.get<Items<Organ>>('/organs', undefined, signal);
export const createOrgan = (body: { code: string; name: string; kind: OrganKind; parentId?: string }) =>
  api.post<Organ>('/organs', body);
export const updateOrgan = (id: string, body: { name?: string; kind?: OrganKind; minutesPublicationDays?: number | null }) =>
  api.patch<Organ>(`/organs/${encodeURIComponent(id)}`, body);
export const listParties = (signal?: AbortSignal) => api.get<Items<Party>>('/parties', undefined, signal);
export const createParty = (body: { code: string; name: string }) => api.post<Party>('/parties', body);
export const updateParty = (id: string, body: { name: string }) =>
  api.patch<Party>(`/parties/${encodeURIComponent(id)}`, body);
export const listTerms = (signal?: AbortSignal) => api.get<Items<Term>>('/terms', undefined, signal);
export const listPeople = (signal?: AbortSignal) => api.get<Items<Person>>('/people', undefined, signal);
export const createPerson = (body: { givenName: string; familyName: string; partyId?: string; email?: string }) =>
  api.post<Person>('/people', body);
/** An empty `partyId` or `email` clears it. */
export const updatePerson = (
  id: string,
  body: { givenName?: string; familyName?: string; partyId?: string; email?: string },
) => api.patch<Person>(`/people/${encodeURIComponent(id)}`, body);
export const listMemberships = (organId: string, signal?: AbortSignal) =>
  api.get<Items<Membership>>('/memberships', { organId }, signal);
export const createMembership = (body: {
  personId: string;
  organId: string;
  role: MembershipRole;
  substituteOrder?: number;
  startsOn: string;
  endsOn?: string;
}) => api.post<Membership>('/memberships', body);
/** Ends a seat on `endsOn` (its last day); the membership is kept as history. */
export const endMembership = (id: string, endsOn: string) =>
  api.patch<Membership>(`/memberships/${encodeURIComponent(id)}`, { endsOn });
/** Active staff, for case-officer pickers (any signed-in user). */
export const listStaff = (signal?: AbortSignal) => api.get<Items<StaffMember>>('/staff', undefined, signal);
export const listUsers = (signal?: AbortSignal) => api.get<Items<User>>('/users', undefined, signal);

export interface UserInput {
  displayName: string;
  email?: string;
  password?: string;
  roles: Role[];
  organAccess: OrganAccess[];
  protectedDataAccess: boolean;
}
export const createUser = (body: UserInput & { username: string; password: string }) =>
  api.post<User>('/users', body);
export const updateUser = (id: string, body: Partial<UserInput> & { active?: boolean }) =>
  api.patch<User>(`/users/${encodeURIComponent(id)}`, body);
export const listRegistries = (signal?: AbortSignal) => api.get<Items<Registry>>('/registries', undefined, signal);

// Registry
export const listCases = (query: { q?: string; status?: CaseStatus | ''; limit?: number; cursor?: string | null }, signal?: AbortSignal) =>
  api.get<Page<Case>>('/cases', query, signal);
export const createCase = (body: {
  registryId: string;
  title: string;
  publicTitle?: string;
  classificationCode?: string;
  caseOfficerId?: string;
  organId?: string;
}) => api.post<Case>('/cases', body);
export const getCase = (id: string, signal?: AbortSignal) =>
  api.get<CaseWithDocuments>(`/cases/${encodeURIComponent(id)}`, undefined, signal);
export const updateCase = (
  id: string,
  body: {
    version: number;
    title?: string;
    publicTitle?: string;
    status?: CaseStatus;
    /** null removes the case officer. */
    caseOfficerId?: string | null;
  },
) => api.patch<Case>(`/cases/${encodeURIComponent(id)}`, body);
export const caseHistory = (id: string, signal?: AbortSignal) =>
  api.get<Items<HistoryEntry>>(`/cases/${encodeURIComponent(id)}/history`, undefined, signal);

export function registerDocument(metadata: DocumentMetadata, file: File | null) {
  const form = new FormData();
  form.append('metadata', JSON.stringify(metadata));
  if (file) form.append('file', file, file.name);
  return api.postForm<CaseDocument>('/documents', form);
}
export const getDocument = (id: string, signal?: AbortSignal) =>
  api.get<CaseDocument>(`/documents/${encodeURIComponent(id)}`, undefined, signal);
export const markSecret = (id: string, body: { legalGround: string; organId: string }) =>
  api.post<CaseDocument>(`/documents/${encodeURIComponent(id)}/secrecy`, body);
export const releaseSecrecy = (id: string, reason: string) =>
  api.post<CaseDocument>(`/documents/${encodeURIComponent(id)}/secrecy/release`, { reason });
/** A file's address; `purpose` is required for secret or protected documents and logged with the read (R-REG-8). */
export const fileUrl = (id: string, purpose?: string) =>
  apiUrl(`/files/${encodeURIComponent(id)}${purpose ? `?purpose=${encodeURIComponent(purpose)}` : ''}`);

// Audit
export interface AuditFilter extends Query {
  from?: string;
  to?: string;
  action?: string;
  secretOnly?: boolean;
}
export const listAudit = (filter: AuditFilter, cursor: string | null, signal?: AbortSignal) =>
  api.get<Page<AuditEvent>>('/audit', { ...filter, cursor, limit: 50 }, signal);
export const auditCsvUrl = (filter: AuditFilter) => apiUrl('/audit.csv', filter);

// Motions (R-PREP-2)
export interface MotionRow {
  documentId: string;
  documentNumber: string;
  caseId: string;
  caseNumber: string;
  caseTitle: string;
  caseStatus: string;
  motionNumber: string;
  authors: string[];
  party: string | null;
  submittedOn: string;
  requests: string[];
  dueBy: string;
  daysLeft: number;
  status: 'ok' | 'soon' | 'overdue' | 'decided';
}
export const listMotions = (openOnly: boolean, signal?: AbortSignal) =>
  api.get<Items<MotionRow>>('/motions', openOnly ? { open: 'true' } : undefined, signal);

// Search (staff): what the user may read, ranked, with snippets
export const searchRegistry = (query: SearchQuery, signal?: AbortSignal) => api.get<Page<SearchResult>>('/search', { ...query } as Query, signal);
