// Open a new case (nytt ärende) in a registry; the number is allocated by the server.
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, fieldErrors } from '../api.ts';
import { CaseOfficerField } from '../components/CaseOfficerField.tsx';
import { FormErrors } from '../components/Errors.tsx';
import { SelectField, TextField } from '../components/fields.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { createCase, listRegistries } from '../endpoints.ts';
import { useT } from '../i18n/i18n.tsx';
import { sortBy } from '../lib/format.ts';
import { useLoad } from '../lib/useLoad.ts';
import type { CaseFlash } from './CasePage.tsx';

export function NewCasePage() {
  const t = useT();
  const navigate = useNavigate();
  const registries = useLoad((signal) => listRegistries(signal), []);
  const [registryId, setRegistryId] = useState('');
  const [title, setTitle] = useState('');
  const [publicTitle, setPublicTitle] = useState('');
  const [classificationCode, setClassificationCode] = useState('');
  const [caseOfficerId, setCaseOfficerId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const items = registries.data?.items ?? [];
    const only = items.length === 1 ? items[0] : undefined;
    if (only) setRegistryId((prev) => prev || only.id);
  }, [registries.data]);

  useEffect(() => {
    if (registries.error) setError(registries.error);
  }, [registries.error]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const required = t('form.fieldRequired');
    const missing = [
      !registryId && { field: 'registryId', message: required },
      !title.trim() && { field: 'title', message: required },
    ].filter((e): e is { field: string; message: string } => !!e);
    if (missing.length) {
      setError(new ApiError(400, 'validation', t('form.fixErrors'), missing));
      return;
    }
    setBusy(true);
    try {
      const created = await createCase({
        registryId,
        title: title.trim(),
        publicTitle: publicTitle.trim() || undefined,
        classificationCode: classificationCode.trim() || undefined,
        caseOfficerId: caseOfficerId || undefined,
      });
      const state: CaseFlash = { createdNumber: created.number };
      navigate(`/cases/${created.id}`, { state });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const errors = fieldErrors(error);
  return (
    <>
      <PageHeading title={t('newCase.title')} />
      <p className="lead">{t('newCase.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="form-narrow">
        <FormErrors
          error={error}
          labels={{
            registryId: t('case.registry'),
            title: t('case.title'),
            publicTitle: t('case.publicTitle'),
            classificationCode: t('case.classification'),
            caseOfficerId: t('case.officer'),
          }}
        />
        <fieldset className="group">
          <legend>{t('newCase.legend')}</legend>
          <SelectField
            name="registryId"
            label={t('case.registry')}
            value={registryId}
            onValue={setRegistryId}
            placeholder={t('common.choose')}
            options={sortBy(registries.data?.items ?? [], (r) => r.name).map((r) => ({
              value: r.id,
              label: `${r.name} (${r.code})`,
            }))}
            error={errors.registryId}
            required
          />
          <TextField name="title" label={t('case.title')} value={title} onValue={setTitle} error={errors.title} required />
          <TextField
            name="publicTitle"
            label={t('case.publicTitle')}
            hint={t('case.publicTitleHint')}
            value={publicTitle}
            onValue={setPublicTitle}
            error={errors.publicTitle}
          />
          <TextField
            name="classificationCode"
            label={t('case.classification')}
            hint={t('case.classificationHint')}
            value={classificationCode}
            onValue={setClassificationCode}
            error={errors.classificationCode}
            className="field-short"
          />
          <CaseOfficerField value={caseOfficerId} onValue={setCaseOfficerId} error={errors.caseOfficerId} />
        </fieldset>
        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t('common.saving') : t('newCase.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
