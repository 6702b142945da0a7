// Typed calls to /api/v1/follow-ups used by the finance register's screens.
import { api, apiUrl } from '../../../api.ts';
import type { Items } from '../../../types.ts';

export type Tertial = 'T1' | 'T2' | 'T3';
export type Column = 'budget' | 'outcome' | 'deviation' | 'comparison' | 'budget_year' | 'forecast_year' | 'forecast_deviation';
export const COLUMNS: Column[] = ['budget', 'outcome', 'deviation', 'comparison', 'budget_year', 'forecast_year', 'forecast_deviation'];

export interface FollowUpSummary { id: string; organId: string; organCode: string; organName: string; year: number; tertial: Tertial; period: string; title: string; version: number; updatedAt: string }
export interface FinanceTable { kind: 'operating' | 'investments'; unitHeading: string; headings: Record<Column, string>; rows: { line: string; label: string; mnkr: Record<Column, string> }[] }
export type KpiValue = 'target' | 'women' | 'men' | 'total' | 'previousWomen' | 'previousMen' | 'previousTotal';
export interface FollowUp extends FollowUpSummary {
  staffText: string; economyText: string; investmentText: string; canEdit: boolean;
  tables: { operating: FinanceTable; investments: FinanceTable };
  deviations: { label: string; mnkr: number }[];
  chart: { svg: string; summary: string } | null;
  kpis: { measure: string; decimals: 0 | 1; text: Record<KpiValue, string> }[];
}

export const listFollowUps = (organId: string, signal?: AbortSignal) => api.get<Items<FollowUpSummary>>('/follow-ups', { organId }, signal);
export const getFollowUp = (id: string, signal?: AbortSignal) => api.get<FollowUp>(`/follow-ups/${encodeURIComponent(id)}`, undefined, signal);
export const createFollowUp = (body: { organId: string; year: number; tertial: string }) => api.post<FollowUp>('/follow-ups', body);
export const updateFollowUp = (id: string, body: { version: number; title?: string; staffText?: string; economyText?: string; investmentText?: string }) =>
  api.patch<FollowUp>(`/follow-ups/${encodeURIComponent(id)}`, body);
export type KpiInput = { measure: string; decimals: number } & Partial<Record<KpiValue, string>>;
export const saveStaffKpis = (id: string, body: { version: number; items: KpiInput[] }) =>
  api.put<FollowUp>(`/follow-ups/${encodeURIComponent(id)}/staff-kpis`, body);
export const importFigures = (id: string, version: number, file: File) => {
  const form = new FormData();
  form.append('version', String(version));
  form.append('file', file);
  return api.postForm<FollowUp & { imported: { lines: number; figures: number } }>(`/follow-ups/${encodeURIComponent(id)}/import`, form);
};
export const registerReport = (id: string, body: { version: number; caseNumber: string; description?: string }) =>
  api.post<{ documentId: string; number: string; caseId: string; caseNumber: string }>(`/follow-ups/${encodeURIComponent(id)}/document`, body);
export const templateUrl = () => apiUrl('/follow-ups/import-template.csv');
export const reportPdfUrl = (id: string) => apiUrl(`/follow-ups/${encodeURIComponent(id)}/report.pdf`);
