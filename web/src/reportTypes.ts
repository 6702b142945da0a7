// Shapes of official reports (tjänsteskrivelser) in the staff API (docs/api.md).

export type DecisionMode = 'decides' | 'proposes' | 'information';
export const DECISION_MODES: readonly DecisionMode[] = ['decides', 'proposes', 'information'];

export interface ReportPerson {
  name: string;
  title: string;
}

export interface BasisEntry {
  documentId: string | null;
  text: string;
}

/** A "Kvarvarande medel" table computed from the appropriations register; `frozen` holds a finalised report's values. */
export interface RegisterTable {
  kind: 'remaining_funds';
  appropriationId: string;
  title: string;
  /** null: the report's date. */
  asOf: string | null;
  years: number[];
  afterProposal: boolean;
  frozen?: { asOf: string; rows: { year: number; remainingKr: number }[] };
}

export interface ReportContent {
  date: string;
  title: string;
  decision: DecisionMode;
  proposesTo: string | null;
  /** The att-clauses, without the leading "att". */
  clauses: string[];
  /** Sanitised HTML (headings, paragraphs, lists, tables, emphasis). */
  description: string;
  basis: BasisEntry[];
  preparedBy: ReportPerson[];
  distribution: string[];
  signatories: ReportPerson[];
  registerTables?: RegisterTable[];
}

export interface ReportVersion {
  version: number;
  savedAt: string;
  savedBy: string | null;
}

export interface Report {
  id: string;
  caseId: string;
  caseNumber: string;
  organId: string;
  organName: string;
  state: 'draft' | 'final';
  version: number;
  documentId: string | null;
  documentNumber: string | null;
  content: ReportContent;
  savedAt: string;
  versions: ReportVersion[];
}

/** A row of `GET /cases/:id/reports`. */
export interface ReportSummary {
  id: string;
  state: 'draft' | 'final';
  version: number;
  organId: string;
  organName: string;
  documentId: string | null;
  documentNumber: string | null;
  createdAt: string;
  savedAt: string;
  title: string;
  date: string;
}
