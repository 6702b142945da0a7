// Typed calls to /api/v1/appropriations used by the appropriations register's screens.
import { api } from '../../../api.ts';
import type { Items } from '../../../types.ts';

export type CommitmentStatus = 'proposed' | 'conditional' | 'firm' | 'released';
export const EDITABLE_STATUSES: CommitmentStatus[] = ['proposed', 'conditional', 'firm'];

export interface YearAmount { year: number; amountKr: number }
export interface RemainingRow { year: number; amountKr: number; committedKr: number; proposedKr: number; remainingKr: number }
export interface Commitment {
  id: string; caseId: string | null; caseNumber: string | null; recipient: string; purpose: string | null; reference: string | null;
  decidedOn: string | null; conditions: string | null; status: CommitmentStatus; releasedOn: string | null;
  sourceKind: 'manual' | 'grant_application'; overrideReason: string | null; version: number; amounts: YearAmount[];
}
export interface AppropriationSummary { id: string; organId: string; organCode: string; organName: string; name: string; years: YearAmount[]; remaining: RemainingRow[] }
export interface Appropriation extends AppropriationSummary { description: string; version: number; commitments: Commitment[]; asOf: string; canEdit: boolean }

/** A commitment as the form sends it: amounts as typed (Swedish format is read by the server). */
export interface CommitmentInput {
  version?: number; recipient: string; purpose: string; caseNumber: string; reference: string; status: string; decidedOn: string; conditions: string;
  amounts: { year: number; amountKr: string }[]; overrideReason?: string;
}
export interface AppropriationInput { version?: number; organId?: string; name: string; description: string; years: { year: number; amountKr: string }[]; overrideReason?: string }

const base = (id: string) => `/appropriations/${encodeURIComponent(id)}`;
export const listAppropriations = (organId: string, signal?: AbortSignal) =>
  api.get<Items<AppropriationSummary>>('/appropriations', organId ? { organId } : undefined, signal);
export const getAppropriation = (id: string, asOf: string, signal?: AbortSignal) => api.get<Appropriation>(base(id), asOf ? { asOf } : undefined, signal);
export const createAppropriation = (body: AppropriationInput) => api.post<Appropriation>('/appropriations', body);
export const updateAppropriation = (id: string, body: AppropriationInput) => api.put<Appropriation>(base(id), body);
export const addCommitment = (id: string, body: CommitmentInput) => api.post<Appropriation>(`${base(id)}/commitments`, body);
export const updateCommitment = (id: string, commitmentId: string, body: CommitmentInput) =>
  api.put<Appropriation>(`${base(id)}/commitments/${encodeURIComponent(commitmentId)}`, body);
export const releaseCommitment = (id: string, commitmentId: string, body: { version: number; releasedOn: string }) =>
  api.post<Appropriation>(`${base(id)}/commitments/${encodeURIComponent(commitmentId)}/release`, body);
export const confirmCommitment = (id: string, commitmentId: string, body: { version: number }) =>
  api.post<Appropriation>(`${base(id)}/commitments/${encodeURIComponent(commitmentId)}/confirm`, body);

/** "3 000 000" — whole kronor with a space between thousands, as Swedish documents write them. */
export const kr = (value: number): string => `${value < 0 ? '-' : ''}${String(Math.abs(Math.round(value))).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}`;
/** "1 478,2" — thousands of kronor with one decimal. */
export const tkr = (value: number): string => {
  const r = Math.round(Math.abs(value) / 100) / 10;
  const [int, frac] = r.toFixed(1).split('.');
  return `${value < 0 && r !== 0 ? '-' : ''}${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${frac}`;
};
