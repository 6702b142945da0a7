// Typed calls to /api/v1/risk-analyses… and the shapes they answer (mirrors src/use-cases/risks/view.ts).
import { api, apiUrl, request } from '../../../api.ts';
import type { Items } from '../../../types.ts';

export type Handling = 'minimise' | 'reduce' | 'accept';
export interface ScaleStep { value: number; label: string; definition: string }
export interface HandlingBand { handling: Handling; from: number; to: number; label: string; meaning: string }
export interface FollowUp { id: string; tertial: number; comment: string; unscheduled: boolean; recordedBy: string | null; recordedAt: string; version: number }
export interface Control { id: string; control: string; method: string; responsible: string; tertials: number[]; frequency: string; version: number; followUps: FollowUp[] }
export interface Risk {
  id: string; number: string; controlArea: string; description: string; probability: number; consequence: number;
  value: number; handling: Handling; handlingLabel: string; version: number; control: Control | null;
}
export interface MatrixCell { probability: number; consequence: number; value: number; handling: Handling; handlingLabel: string; risks: string[] }
export interface RiskAnalysisSummary { id: string; organId: string; organCode: string; organName: string; year: number; establishedOn: string; riskCount: number; version: number }
export interface RiskAnalysis extends RiskAnalysisSummary {
  probabilityScale: ScaleStep[]; consequenceScale: ScaleStep[]; thresholds: HandlingBand[];
  risks: Risk[]; matrix: { cells: MatrixCell[]; summary: string }; warnings: { riskNumber: string; message: string }[];
}
export interface RiskInput { number: string; controlArea: string; description: string; probability: number; consequence: number; version?: number }
export interface ControlInput { control: string; method: string; responsible: string; tertials: number[]; version?: number }

export const listRiskAnalyses = (signal?: AbortSignal) => api.get<Items<RiskAnalysisSummary>>('/risk-analyses', undefined, signal);
export const getRiskAnalysis = (id: string, signal?: AbortSignal) => api.get<RiskAnalysis>(`/risk-analyses/${encodeURIComponent(id)}`, undefined, signal);
export const createRiskAnalysis = (body: { organId: string; year: number; establishedOn: string }) => api.post<RiskAnalysis>('/risk-analyses', body);
export const updateRiskAnalysis = (id: string, body: { version: number; establishedOn?: string; thresholds?: HandlingBand[]; probabilityScale?: ScaleStep[]; consequenceScale?: ScaleStep[] }) =>
  api.patch<RiskAnalysis>(`/risk-analyses/${encodeURIComponent(id)}`, body);
export const copyRiskAnalysis = (id: string, body: { establishedOn?: string }) => api.post<RiskAnalysis>(`/risk-analyses/${encodeURIComponent(id)}/copy`, body);
export const addRisk = (analysisId: string, body: RiskInput) => api.post<RiskAnalysis>(`/risk-analyses/${encodeURIComponent(analysisId)}/risks`, body);
export const updateRisk = (id: string, body: RiskInput) => api.put<RiskAnalysis>(`/risks/${encodeURIComponent(id)}`, body);
export const deleteRisk = (id: string, version: number) => request<RiskAnalysis>('DELETE', `/risks/${encodeURIComponent(id)}`, { query: { version } });
export const saveControl = (riskId: string, body: ControlInput) => api.put<RiskAnalysis>(`/risks/${encodeURIComponent(riskId)}/control`, body);
export const saveFollowUp = (controlId: string, body: { tertial: number; comment: string; unscheduled?: boolean; version?: number }) =>
  api.put<RiskAnalysis>(`/internal-controls/${encodeURIComponent(controlId)}/follow-up`, body);
export const generateRiskDocument = (id: string, body: { tertial: number; caseId: string }) =>
  api.post<{ documentId: string; number: string; caseId: string; description: string }>(`/risk-analyses/${encodeURIComponent(id)}/documents`, body);
export const riskDocumentUrl = (id: string, tertial: number) => apiUrl(`/risk-analyses/${encodeURIComponent(id)}/document.pdf`, { tertial });
