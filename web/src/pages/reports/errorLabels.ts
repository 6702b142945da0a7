// Readable names for the report's error paths (`clauses.0`, `preparedBy.1.name`, …) in the error summary.
import { ApiError, normaliseField } from '../../api.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';

const FIELDS: Record<string, MessageKey> = {
  date: 'report.date',
  title: 'report.title',
  decision: 'report.decision',
  proposesTo: 'report.proposesTo',
  description: 'report.description',
  clauses: 'report.clauses',
  basis: 'report.basis',
  preparedBy: 'report.preparedBy',
  distribution: 'report.distribution',
  signatories: 'report.signatories',
  registerTables: 'reportTables.legend',
};

const ROWS: Record<string, MessageKey> = {
  clauses: 'report.clause',
  basis: 'report.basisRow',
  preparedBy: 'report.preparer',
  distribution: 'report.distributionRow',
  signatories: 'report.signatory',
  registerTables: 'reportTables.table',
};

const PARTS: Record<string, MessageKey> = {
  name: 'report.personName',
  title: 'report.personTitle',
  text: 'report.basisText',
  documentId: 'report.basisDocument',
  appropriationId: 'reportTables.appropriation',
  asOf: 'reportTables.asOf',
  years: 'reportTables.years',
};

export function reportErrorLabels(error: unknown, t: Translate): Record<string, string> {
  const labels: Record<string, string> = {};
  if (!(error instanceof ApiError)) return labels;
  for (const e of error.errors) {
    const name = normaliseField(e.field);
    const [list = '', index, part] = name.split('.');
    const field = FIELDS[list];
    const row = ROWS[list];
    if (index === undefined && field) labels[name] = t(field);
    else if (row && index !== undefined) {
      const rowLabel = t(row, { n: Number(index) + 1 });
      const partKey = part ? (list === 'registerTables' && part === 'title' ? 'reportTables.title' : PARTS[part]) : undefined;
      labels[name] = partKey ? `${rowLabel}, ${t(partKey).toLowerCase()}` : rowLabel;
    }
  }
  return labels;
}
