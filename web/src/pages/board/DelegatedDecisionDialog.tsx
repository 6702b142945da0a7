// "Nytt delegationsbeslut": posts an appealable delegated decision on the notice board (R-DEL-1); the appeal
// period runs three weeks from today (R-APPEAL-1).
import { useState, type FormEvent } from 'react';
import { ApiError, fieldErrors } from '../../api.ts';
import { useAuth } from '../../auth.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { FormErrors } from '../../components/Errors.tsx';
import { DateField, SelectField, TextField } from '../../components/fields.tsx';
import { listOrgans } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { sortBy, todayIso } from '../../lib/format.ts';
import { useLoad } from '../../lib/useLoad.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { isIsoDate, requireFields } from '../../lib/validate.ts';
import { DialogActions } from '../admin/DialogActions.tsx';
import { postDelegatedDecision, type Posting } from './boardApi.ts';

interface Props {
  onClose: () => void;
  onPosted: (posting: Posting) => void;
}

export function DelegatedDecisionDialog({ onClose, onPosted }: Props) {
  const t = useT();
  const { user } = useAuth();
  const organs = useLoad((signal) => listOrgans(signal), []);
  const admin = user?.roles.includes('admin') ?? false;
  const allowed = new Set(user?.organAccess.map((a) => a.organId) ?? []);
  const choices = sortBy(organs.data?.items ?? [], (o) => o.name).filter((o) => admin || allowed.has(o.id));
  const [v, setV] = useState({ organId: '', decisionTitle: '', decisionDate: todayIso(), delegate: '', keptAt: '', caseNumber: '' });
  const set = (key: keyof typeof v) => (value: string) => setV((prev) => ({ ...prev, [key]: value }));
  const submit = useSubmit(async () => {
    onPosted(
      await postDelegatedDecision({
        organId: v.organId,
        decisionTitle: v.decisionTitle.trim(),
        decisionDate: v.decisionDate.trim(),
        delegate: v.delegate.trim(),
        keptAt: v.keptAt.trim(),
        caseNumber: v.caseNumber.trim() || undefined,
      }),
    );
  });
  const errors = fieldErrors(submit.error);
  const labels = {
    organId: t('board.organ'),
    decisionTitle: t('board.decisionTitle'),
    decisionDate: t('board.decisionDate'),
    delegate: t('board.delegate'),
    keptAt: t('board.keptAtLabel'),
    caseNumber: t('board.caseNumber'),
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const { organId, decisionTitle, decisionDate, delegate, keptAt } = v;
    const missing = requireFields({ organId, decisionTitle, decisionDate, delegate, keptAt }, t('form.fieldRequired'), t('form.fixErrors'));
    if (missing) return submit.setError(missing);
    if (!isIsoDate(decisionDate.trim())) {
      return submit.setError(new ApiError(400, 'validation', '', [{ field: 'decisionDate', message: t('form.invalidDate') }]));
    }
    await submit.run();
  }

  return (
    <Dialog title={t('board.newDelegated')} description={t('board.newDelegatedIntro')} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <FormErrors error={submit.error} labels={labels} />
        <SelectField
          name="organId"
          label={labels.organId}
          value={v.organId}
          onValue={set('organId')}
          placeholder={t('common.choose')}
          options={choices.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
          error={errors.organId}
          required
        />
        <TextField
          name="decisionTitle"
          label={labels.decisionTitle}
          hint={t('board.decisionTitleHint')}
          value={v.decisionTitle}
          onValue={set('decisionTitle')}
          error={errors.decisionTitle}
          maxLength={300}
          required
        />
        <DateField name="decisionDate" label={labels.decisionDate} value={v.decisionDate} onValue={set('decisionDate')} error={errors.decisionDate} required />
        <TextField
          name="delegate"
          label={labels.delegate}
          hint={t('board.delegateHint')}
          value={v.delegate}
          onValue={set('delegate')}
          error={errors.delegate}
          maxLength={200}
          required
        />
        <TextField
          name="keptAt"
          label={labels.keptAt}
          hint={t('board.keptAtHint')}
          value={v.keptAt}
          onValue={set('keptAt')}
          error={errors.keptAt}
          maxLength={300}
          required
        />
        <TextField name="caseNumber" label={labels.caseNumber} value={v.caseNumber} onValue={set('caseNumber')} error={errors.caseNumber} maxLength={60} className="field-short" />
        <DialogActions busy={submit.busy} onCancel={onClose} submitLabel={t('board.post')} />
      </form>
    </Dialog>
  );
}
