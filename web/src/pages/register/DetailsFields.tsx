// Kind-specific fields of the register form: a motion's number, authors, party, date and requests; a
// statement's requester and due date; an audit report's auditor, audited organ and recommendations.
import { DateField, TextArea, TextField } from '../../components/fields.tsx';
import { useT } from '../../i18n/i18n.tsx';
import type { DocumentKind } from '../../types.ts';

export interface DetailsInput {
  motionNumber: string;
  authors: string;
  party: string;
  submittedOn: string;
  requests: string;
  requestedBy: string;
  dueDate: string;
  auditor: string;
  auditedOrgan: string;
  recommendations: string;
}

export const emptyDetails: DetailsInput = {
  motionNumber: '', authors: '', party: '', submittedOn: '', requests: '', requestedBy: '', dueDate: '', auditor: '', auditedOrgan: '', recommendations: '',
};

export const KINDS_WITH_DETAILS: readonly DocumentKind[] = ['motion', 'statement', 'audit_report'];

const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

/** The `details` sent with the registration for the chosen kind (none for other kinds). */
export function detailsFor(kind: DocumentKind, d: DetailsInput): Record<string, unknown> | undefined {
  if (kind === 'motion') return { motionNumber: d.motionNumber.trim(), authors: lines(d.authors), party: d.party.trim() || undefined, submittedOn: d.submittedOn.trim(), requests: lines(d.requests) };
  if (kind === 'statement') return { requestedBy: d.requestedBy.trim(), dueDate: d.dueDate.trim() || undefined };
  if (kind === 'audit_report') return { auditor: d.auditor.trim(), auditedOrgan: d.auditedOrgan.trim() || undefined, recommendations: lines(d.recommendations) };
  return undefined;
}

interface Props {
  kind: DocumentKind;
  value: DetailsInput;
  onChange: (value: DetailsInput) => void;
  errors: Record<string, string>;
}

export function DetailsFields({ kind, value, onChange, errors }: Props) {
  const t = useT();
  if (!KINDS_WITH_DETAILS.includes(kind)) return null;
  const set = (key: keyof DetailsInput) => (v: string) => onChange({ ...value, [key]: v });
  const e = (key: string) => errors[`details.${key}`];
  return (
    <fieldset className="group">
      <legend>{t(`details.legend.${kind as 'motion' | 'statement' | 'audit_report'}`)}</legend>
      {kind === 'motion' && (
        <>
          <div className="field-row">
            <TextField name="details.motionNumber" label={t('details.motionNumber')} hint={t('details.motionNumberHint')} value={value.motionNumber} onValue={set('motionNumber')} error={e('motionNumber')} className="field-short" required />
            <DateField name="details.submittedOn" label={t('details.submittedOn')} value={value.submittedOn} onValue={set('submittedOn')} error={e('submittedOn')} required />
            <TextField name="details.party" label={t('details.party')} value={value.party} onValue={set('party')} error={e('party')} className="field-short" />
          </div>
          <TextArea name="details.authors" label={t('details.authors')} hint={t('details.onePerLine')} value={value.authors} onValue={set('authors')} error={e('authors')} required />
          <TextArea name="details.requests" label={t('details.requests')} hint={t('details.requestsHint')} value={value.requests} onValue={set('requests')} error={e('requests')} rows={4} required />
        </>
      )}
      {kind === 'statement' && (
        <div className="field-row">
          <TextField name="details.requestedBy" label={t('details.requestedBy')} value={value.requestedBy} onValue={set('requestedBy')} error={e('requestedBy')} required />
          <DateField name="details.dueDate" label={t('details.dueDate')} value={value.dueDate} onValue={set('dueDate')} error={e('dueDate')} />
        </div>
      )}
      {kind === 'audit_report' && (
        <>
          <div className="field-row">
            <TextField name="details.auditor" label={t('details.auditor')} value={value.auditor} onValue={set('auditor')} error={e('auditor')} required />
            <TextField name="details.auditedOrgan" label={t('details.auditedOrgan')} value={value.auditedOrgan} onValue={set('auditedOrgan')} error={e('auditedOrgan')} />
          </div>
          <TextArea name="details.recommendations" label={t('details.recommendations')} hint={t('details.onePerLine')} value={value.recommendations} onValue={set('recommendations')} error={e('recommendations')} rows={4} />
        </>
      )}
    </fieldset>
  );
}

/** One line summarising a document's details in lists: "Motion 2/2024 · Veronica Kerr (KD) · inlämnad 2024-02-06". */
export function DetailsLine({ kind, details }: { kind: DocumentKind; details: Record<string, unknown> | undefined }) {
  const t = useT();
  if (!details || Object.keys(details).length === 0) return null;
  const d = details as Record<string, string | string[] | null>;
  const text =
    kind === 'motion'
      ? t('details.motionLine', { number: String(d.motionNumber ?? ''), authors: ((d.authors as string[]) ?? []).join(', '), party: d.party ? ` (${d.party})` : '', date: String(d.submittedOn ?? '') })
      : kind === 'statement'
        ? t('details.statementLine', { by: String(d.requestedBy ?? ''), due: d.dueDate ? t('details.dueLine', { date: String(d.dueDate) }) : '' })
        : kind === 'audit_report'
          ? t('details.auditLine', { auditor: String(d.auditor ?? ''), organ: d.auditedOrgan ? ` · ${d.auditedOrgan}` : '' })
          : '';
  return text ? <span className="sub">{text}</span> : null;
}
