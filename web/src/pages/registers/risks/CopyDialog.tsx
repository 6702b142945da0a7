// "Kopiera till <år+1>": next year's analysis for the same organ from this one — scales, bands, risks and control
// plan, without the follow-up comments. Asks for the new analysis's established date (today by default); when the
// year already has an analysis the server refuses (409) and the dialog says so.
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, fieldErrors } from '../../../api.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { ErrorAlert } from '../../../components/Errors.tsx';
import { DateField, fieldId } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { DialogActions } from '../../admin/DialogActions.tsx';
import { copyRiskAnalysis, type RiskAnalysis } from './riskApi.ts';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

interface Props { analysis: RiskAnalysis; onClose: () => void; onCopied: (copy: RiskAnalysis) => void }

export function CopyDialog({ analysis, onClose, onCopied }: Props) {
  const t = useT();
  const [establishedOn, setEstablishedOn] = useState(today);
  const next = analysis.year + 1;
  const submit = useSubmit(async () => {
    onCopied(await copyRiskAnalysis(analysis.id, { establishedOn: establishedOn.trim() }));
  });
  const errors = fieldErrors(submit.error);
  // The page's settings form has a field of the same API name, so this one has its own id; its only possible field
  // error is shown at it (and focused) instead of in a summary.
  const fieldError = errors.establishedOn;
  useEffect(() => {
    if (fieldError) document.getElementById(fieldId('copy.establishedOn'))?.focus();
  }, [submit.error, fieldError]);
  const otherError = submit.error && !(submit.error instanceof ApiError && fieldError) ? submit.error : null;
  const onSubmit = (event: FormEvent) => { event.preventDefault(); void submit.run(); };
  return (
    <Dialog title={t('risks.copyTitle', { year: next, fromYear: analysis.year })} description={t('risks.copyDescription', { year: analysis.year })} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <ErrorAlert error={otherError} />
        <DateField name="copy.establishedOn" label={t('risks.copyEstablishedOn', { year: next })} value={establishedOn} onValue={setEstablishedOn} error={fieldError} required />
        <DialogActions busy={submit.busy} onCancel={onClose} submitLabel={t('risks.copy', { year: next })} />
      </form>
    </Dialog>
  );
}
