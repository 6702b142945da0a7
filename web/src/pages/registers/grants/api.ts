// Typed calls to /api/v1/grant-rounds and /api/v1/grant-applications used by the grant rounds' screens.
import { api, apiUrl } from '../../../api.ts';
import type { Items } from '../../../types.ts';

export type Unit = 'kr' | 'tkr';
export type ApplicantKind = 'association' | 'internal_unit' | 'project_owner' | 'private_individual';
export const APPLICANT_KINDS: ApplicantKind[] = ['association', 'internal_unit', 'project_owner', 'private_individual'];

export interface BudgetLine { section: string; label: string; amounts: number[]; statedTotal: number | null }
export interface ProjectBudget { years: number[]; costs: BudgetLine[]; financing: BudgetLine[]; statedCostTotal: number | null; statedFinancingTotal: number | null }
export interface SectionTotal { section: string; amounts: number[]; total: number }
export interface BudgetTotals { costByYear: number[]; financingByYear: number[]; costTotal: number; financingTotal: number; costSections: SectionTotal[]; financingSections: SectionTotal[] }

export interface Application {
  id: string; version: number; position: number; caseId: string; caseNumber: string; documentId: string | null; documentNumber: string | null;
  externalRef: string | null; applicantKind: ApplicantKind; applicantName: string; applicantEmail: string | null; applicantPhone: string | null; applicantAddress: string | null;
  projectTitle: string; projectDescription: string; totalCostKr: number | null; years: { year: number; appliedKr: number; grantedKr: number | null }[];
  recommendation: 'grant' | 'reject' | null; motivation: string; conditions: string | null; state: 'registered' | 'recommended' | 'decided';
  outcome: 'granted' | 'rejected' | null; decidedOn: string | null; decisionRef: string | null; decidedEarlier: boolean;
  projectBudget: ProjectBudget | null; budgetTotals: BudgetTotals | null; budgetWarnings: string[]; warnings: string[];
  notification: { channel: 'email' | 'letter'; sentAt: string | null; delivered: string | null } | null;
}
export interface RemainingRow { year: number; amountKr: number; committedKr: number; proposedKr: number; remainingKr: number }
export interface RoundSummary {
  id: string; version: number; name: string; organId: string; organCode: string; organName: string; caseId: string; caseNumber: string;
  appropriationId: string | null; appropriationName: string | null; opensOn: string | null; closesOn: string | null;
  decidedBy: 'organ' | 'delegation'; layout: 'projects' | 'associations'; unit: Unit; applications: number; grantedKr: number;
}
export interface Round extends RoundSummary {
  intro: string; criteria: string[]; documentOwner: string; delegateName: string | null; delegationDecidedOn: string | null;
  appropriation: { id: string; name: string; asOf: string; remaining: RemainingRow[] } | null;
  items: Application[]; years: number[]; sums: { year: number; kr: number }[];
  compilations: { documentId: string; number: string; registeredDate: string }[];
  notifications: { emailPending: number; emailSent: number; letters: number };
  canEdit: boolean;
}
export interface ApplicationAnswer { application: Application; warnings: string[] }
export interface SendResult { sent: number; failed: number; letters: { applicationId: string; applicantName: string; projectTitle: string; documentNumber: string | null }[] }

/** Amounts as typed: the server reads Swedish formats ("20 024", "153 tkr") in the round's unit. */
export type TypedAmounts = Record<string, string>;
export interface ApplicationInput {
  version?: number; applicantKind: string; applicantName: string; applicantEmail: string; applicantPhone: string; applicantAddress: string;
  externalRef: string; projectTitle: string; projectDescription: string; totalCost: string; applied: TypedAmounts;
}
export interface RecommendationInput { version: number; recommendation: string; granted: TypedAmounts; motivation: string; conditions: string; overrideReason?: string }
export interface BudgetInput {
  version: number;
  projectBudget: { years: number[]; costs: { section: string; label: string; amounts: string[] }[]; financing: { section: string; label: string; amounts: string[] }[] } | null;
}

export type DecidedBy = 'organ' | 'delegation';
export type Layout = 'projects' | 'associations';
/** A round as its dialog sends it; organ and case only when it is opened (they stay afterwards). */
export interface RoundInput {
  version?: number; organId?: string; caseId?: string; appropriationId: string | null; name: string; intro: string; criteria: string[];
  opensOn: string | null; closesOn: string | null; decidedBy: DecidedBy; layout: Layout; documentOwner: string;
}
export interface DecisionInput { version: number; outcome: 'granted' | 'rejected'; granted: TypedAmounts; decisionRef: string; decidedOn: string; motivation: string }

const round = (id: string) => `/grant-rounds/${encodeURIComponent(id)}`;
const application = (id: string) => `/grant-applications/${encodeURIComponent(id)}`;

export const listRounds = (signal?: AbortSignal) => api.get<Items<RoundSummary>>('/grant-rounds', undefined, signal);
export const getRound = (id: string, signal?: AbortSignal) => api.get<Round>(round(id), undefined, signal);
export const createRound = (body: RoundInput) => api.post<Round>('/grant-rounds', body);
export const updateRound = (id: string, body: RoundInput) => api.patch<Round>(round(id), body);
export const registerApplication = (roundId: string, body: ApplicationInput) => api.post<ApplicationAnswer>(`${round(roundId)}/applications`, body);
export const updateApplication = (id: string, body: ApplicationInput) => api.patch<ApplicationAnswer>(application(id), body);
export const recommend = (id: string, body: RecommendationInput) => api.put<ApplicationAnswer>(`${application(id)}/recommendation`, body);
export const recordDecision = (id: string, body: DecisionInput) => api.put<ApplicationAnswer>(`${application(id)}/decision`, body);
export const saveBudget = (id: string, body: BudgetInput) => api.put<ApplicationAnswer>(`${application(id)}/budget`, body);
export const generateCompilation = (roundId: string, version: number) => api.post<{ documentId: string; number: string }>(`${round(roundId)}/compilation`, { version });
export const recordDelegation = (roundId: string, body: { version: number; delegateName: string; decidedOn: string }) =>
  api.post<{ round: Round; notifications: SendResult }>(`${round(roundId)}/delegation-decision`, body);
export const sendNotifications = (roundId: string) => api.post<SendResult>(`${round(roundId)}/notifications`);
export const compilationUrl = (roundId: string, variant: 'internal' | 'public') => apiUrl(`${round(roundId)}/compilation.pdf`, { variant });

const grouped = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** "20 024" in kr; "153" or "1 478,2" in tkr — as the round's compilation writes its amounts. */
export function inUnit(kronor: number, unit: Unit): string {
  const value = unit === 'tkr' ? kronor / 1000 : kronor;
  const negative = value < 0;
  const abs = Math.abs(value);
  const whole = Number.isInteger(abs);
  const [int, frac] = (whole ? abs.toFixed(0) : abs.toFixed(1)).split('.');
  return `${negative ? '-' : ''}${grouped(int!)}${frac ? `,${frac}` : ''}`;
}

/** An amount as the form shows it for editing, in the round's unit. */
export const typed = (kronor: number | null | undefined, unit: Unit): string => (kronor === null || kronor === undefined ? '' : inUnit(kronor, unit));
