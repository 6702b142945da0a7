// Typed calls to the official-report (tjänsteskrivelse) routes of the staff API.
import { api, apiUrl, request } from './api.ts';
import type { Items } from './types.ts';
import type { Report, ReportContent, ReportSummary } from './reportTypes.ts';

const enc = encodeURIComponent;

export const listCaseReports = (caseId: string, signal?: AbortSignal) =>
  api.get<Items<ReportSummary>>(`/cases/${enc(caseId)}/reports`, undefined, signal);
export const createReport = (body: { caseId: string; organId: string }) => api.post<Report>('/reports', body);
export const getReport = (id: string, signal?: AbortSignal) => api.get<Report>(`/reports/${enc(id)}`, undefined, signal);
/** Saves a new version; 409 when `version` is stale or the report is final. */
export const saveReport = (id: string, body: { version: number; content: ReportContent }) =>
  request<Report>('PUT', `/reports/${enc(id)}`, { body });
/** Renders the PDF and registers it as the case's next document. */
export const finaliseReport = (id: string, version: number) =>
  api.post<Report>(`/reports/${enc(id)}/finalise`, { version });
export const reportPreviewUrl = (id: string) => apiUrl(`/reports/${enc(id)}/preview.pdf`);
