/**
 * Kind-specific fields of a document (R-PREP-2 and issue-level structure): a motion's number (n/YYYY), authors,
 * party, date submitted and its requests (att-satser); a statement's (yttrande) requester and due date; an audit
 * report's auditor, audited organ and recommendations. Other kinds carry none.
 */
import { isIsoDate } from './dates.ts';
import { checkText } from './text.ts';
import type { DocumentKind } from './documents.ts';
import type { FieldError } from './errors.ts';

export interface MotionDetails { motionNumber: string; authors: string[]; party: string | null; submittedOn: string; requests: string[] }
export interface StatementDetails { requestedBy: string; dueDate: string | null }
export interface AuditReportDetails { auditor: string; auditedOrgan: string | null; recommendations: string[] }
export type DocumentDetails = MotionDetails | StatementDetails | AuditReportDetails | Record<string, never>;

const MOTION_NUMBER = /^([1-9]\d{0,3})\/(\d{4})$/;

function textList(value: unknown, field: string, max: number, errors: FieldError[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) { errors.push({ field, message: 'måste vara en lista' }); return []; }
  return value.map((v, i) => checkText(v, { field: `${field}[${i}]`, max, multiline: true }, errors)).filter(Boolean);
}

/** Checks `raw` (the `details` of a registration) for the document kind; returns the clean details. */
export function checkDocumentDetails(kind: DocumentKind, raw: unknown, errors: FieldError[]): DocumentDetails {
  const d = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (kind === 'motion') {
    const motionNumber = checkText(d.motionNumber, { field: 'details.motionNumber', required: true, max: 10 }, errors);
    if (motionNumber && !MOTION_NUMBER.test(motionNumber)) errors.push({ field: 'details.motionNumber', message: 'skriv motionens nummer som n/ÅÅÅÅ, t.ex. 12/2024' });
    const authors = textList(d.authors, 'details.authors', 200, errors);
    if (authors.length === 0) errors.push({ field: 'details.authors', message: 'ange minst en motionär' });
    const party = checkText(d.party, { field: 'details.party', max: 100 }, errors) || null;
    const submittedOn = String(d.submittedOn ?? '');
    if (!isIsoDate(submittedOn)) errors.push({ field: 'details.submittedOn', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' });
    else if (motionNumber && MOTION_NUMBER.test(motionNumber) && motionNumber.slice(-4) !== submittedOn.slice(0, 4)) {
      errors.push({ field: 'details.motionNumber', message: `årtalet ska vara det år motionen lämnades in (${submittedOn.slice(0, 4)})` });
    }
    const requests = textList(d.requests, 'details.requests', 2000, errors);
    if (requests.length === 0) errors.push({ field: 'details.requests', message: 'ange minst ett yrkande (att-sats)' });
    return { motionNumber, authors, party, submittedOn, requests };
  }
  if (kind === 'statement') {
    const requestedBy = checkText(d.requestedBy, { field: 'details.requestedBy', required: true, max: 200 }, errors);
    const due = d.dueDate ? String(d.dueDate) : null;
    if (due && !isIsoDate(due)) errors.push({ field: 'details.dueDate', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' });
    return { requestedBy, dueDate: due };
  }
  if (kind === 'audit_report') {
    const auditor = checkText(d.auditor, { field: 'details.auditor', required: true, max: 200 }, errors);
    const auditedOrgan = checkText(d.auditedOrgan, { field: 'details.auditedOrgan', max: 200 }, errors) || null;
    return { auditor, auditedOrgan, recommendations: textList(d.recommendations, 'details.recommendations', 2000, errors) };
  }
  if (raw !== undefined && raw !== null && Object.keys(d).length) errors.push({ field: 'details', message: 'handlingstypen har inga extra uppgifter' });
  return {};
}

export type MotionStatus = 'ok' | 'soon' | 'overdue';

/**
 * R-PREP-2: a motion should be decided within one year of being submitted; otherwise it is reported to the
 * council, which may write it off. `soon` from `warnDays` (default 60) before the year is up.
 */
export function motionDeadline(submittedOn: string, today: string, warnDays = 60): { dueBy: string; daysLeft: number; status: MotionStatus } {
  const [y, m, d] = submittedOn.split('-').map(Number) as [number, number, number];
  // One year later; 29 February is followed by 28 February.
  const due = new Date(Date.UTC(y + 1, m - 1, d));
  if (due.getUTCMonth() !== m - 1) due.setUTCDate(0);
  const dueBy = due.toISOString().slice(0, 10);
  const daysLeft = Math.round((due.getTime() - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  return { dueBy, daysLeft, status: daysLeft < 0 ? 'overdue' : daysLeft <= warnDays ? 'soon' : 'ok' };
}
