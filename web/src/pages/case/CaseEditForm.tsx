// Edit form for a case's title, public title, case officer and status, sent with the case `version`.
import { useState, type FormEvent } from 'react';
import { ApiError, fieldErrors } from '../../api.ts';
import { CaseOfficerField } from '../../components/CaseOfficerField.tsx';
import { FormErrors } from '../../components/Errors.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { updateCase } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { CASE_STATUSES, type Case, type CaseStatus } from '../../types.ts';

interface Props {
  value: Case;
  onSaved: (updated: Case) => void;
  /** Called on 409: somebody else changed the case; the parent reloads it. */
  onConflict: () => void;
  onCancel: () => void;
}

export function CaseEditForm({ value, onSaved, onConflict, onCancel }: Props) {
  const t = useT();
  const [title, setTitle] = useState(value.title);
  const [publicTitle, setPublicTitle] = useState(value.publicTitle);
  const [status, setStatus] = useState<CaseStatus>(value.status);
  const [caseOfficerId, setCaseOfficerId] = useState(value.caseOfficer?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!title.trim()) {
      setError(new ApiError(400, 'validation', '', [{ field: 'title', message: t('form.fieldRequired') }]));
      return;
    }
    setBusy(true);
    // The officer is sent only when changed, so that the case history names the fields really changed.
    const officerChanged = caseOfficerId !== (value.caseOfficer?.id ?? '');
    try {
      const updated = await updateCase(value.id, {
        version: value.version,
        title: title.trim(),
        publicTitle: publicTitle.trim() || title.trim(),
        status,
        ...(officerChanged ? { caseOfficerId: caseOfficerId || null } : {}),
      });
      onSaved(updated);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'conflict') onConflict();
      else setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="panel">
      <FormErrors
        error={error}
        labels={{
          title: t('case.title'),
          publicTitle: t('case.publicTitle'),
          caseOfficerId: t('case.officer'),
          status: t('case.status'),
        }}
      />
      <fieldset>
        <legend>{t('caseEdit.legend', { number: value.number })}</legend>
        <TextField name="title" label={t('case.title')} value={title} onValue={setTitle} error={errors.title} required />
        <TextField
          name="publicTitle"
          label={t('case.publicTitle')}
          hint={t('case.publicTitleHint')}
          value={publicTitle}
          onValue={setPublicTitle}
          error={errors.publicTitle}
        />
        <CaseOfficerField
          value={caseOfficerId}
          onValue={setCaseOfficerId}
          current={value.caseOfficer}
          error={errors.caseOfficerId}
        />
        <SelectField
          name="status"
          label={t('case.status')}
          value={status}
          onValue={(v) => setStatus(v as CaseStatus)}
          options={CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          error={errors.status}
        />
      </fieldset>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
