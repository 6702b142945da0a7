// Register a document (registrera handling): case, metadata, counterparty, optional secrecy mark
// and file, sent as multipart/form-data (`metadata` JSON + `file`).
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, fieldErrors } from '../api.ts';
import { FormErrors, useErrorText } from '../components/Errors.tsx';
import { CheckboxField, DateField, RadioGroup, SelectField, TextArea, TextField } from '../components/fields.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { getCase, listOrgans, listRegistries, registerDocument } from '../endpoints.ts';
import { useT } from '../i18n/i18n.tsx';
import { sortBy, todayIso } from '../lib/format.ts';
import { useLoad } from '../lib/useLoad.ts';
import { isIsoDate } from '../lib/validate.ts';
import { DIRECTIONS, DOCUMENT_KINDS, type Case, type Direction, type DocumentKind, type DocumentMetadata } from '../types.ts';
import { LEGAL_GROUND_SUGGESTIONS } from './case/SecrecyPanel.tsx';
import type { CaseFlash } from './CasePage.tsx';
import { CasePicker, type NewCaseInput } from './register/CasePicker.tsx';
import { CounterpartyFields, emptyCounterparty, type CounterpartyInput } from './register/CounterpartyFields.tsx';

const DEFAULT_LEGAL_GROUND = 'OSL 19 kap. 3 §';

export function RegisterDocumentPage() {
  const t = useT();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const presetCaseId = params.get('caseId');
  const registries = useLoad((signal) => listRegistries(signal), []);
  const organs = useLoad((signal) => listOrgans(signal), []);

  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [selected, setSelected] = useState<Case | null>(null);
  const [newCase, setNewCase] = useState<NewCaseInput>({ registryId: '', title: '', publicTitle: '' });
  const [kind, setKind] = useState<DocumentKind>('letter');
  const [direction, setDirection] = useState<Direction>('incoming');
  const [registeredDate, setRegisteredDate] = useState(todayIso());
  const [description, setDescription] = useState('');
  const [publicDescription, setPublicDescription] = useState('');
  const [counterparty, setCounterparty] = useState<CounterpartyInput>(emptyCounterparty);
  const [secret, setSecret] = useState(false);
  const [legalGround, setLegalGround] = useState('');
  const [secrecyOrganId, setSecrecyOrganId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!presetCaseId) return;
    const controller = new AbortController();
    getCase(presetCaseId, controller.signal)
      .then((c) => setSelected(c))
      .catch(() => undefined);
    return () => controller.abort();
  }, [presetCaseId]);

  useEffect(() => {
    const only = registries.data?.items.length === 1 ? registries.data.items[0] : undefined;
    if (only) setNewCase((prev) => (prev.registryId ? prev : { ...prev, registryId: only.id }));
  }, [registries.data]);

  function suggestedOrganId(): string {
    if (mode === 'existing') return selected?.organId ?? '';
    return registries.data?.items.find((r) => r.id === newCase.registryId)?.organId ?? '';
  }

  function onSecretChange(checked: boolean) {
    setSecret(checked);
    if (checked && !legalGround) setLegalGround(DEFAULT_LEGAL_GROUND);
    if (checked && !secrecyOrganId) setSecrecyOrganId(suggestedOrganId());
  }

  function validate(): { field: string; message: string }[] {
    const required = t('form.fieldRequired');
    const missing: { field: string; message: string }[] = [];
    if (mode === 'existing' && !selected) missing.push({ field: 'caseId', message: t('register.chooseCase') });
    if (mode === 'new' && !newCase.registryId) missing.push({ field: 'newCase.registryId', message: required });
    if (mode === 'new' && !newCase.title.trim()) missing.push({ field: 'newCase.title', message: required });
    if (!registeredDate) missing.push({ field: 'registeredDate', message: required });
    else if (!isIsoDate(registeredDate)) missing.push({ field: 'registeredDate', message: t('form.invalidDate') });
    else if (registeredDate > todayIso()) missing.push({ field: 'registeredDate', message: t('register.futureDate') });
    if (!description.trim()) missing.push({ field: 'description', message: required });
    const anyCounterparty = counterparty.organisation || counterparty.address || counterparty.email;
    if (anyCounterparty && !counterparty.name.trim()) missing.push({ field: 'counterparty.name', message: required });
    if (secret && !legalGround.trim()) missing.push({ field: 'secrecy.legalGround', message: required });
    if (secret && !secrecyOrganId) missing.push({ field: 'secrecy.organId', message: required });
    return missing;
  }

  function metadata(): DocumentMetadata {
    const trim = (s: string) => s.trim() || undefined;
    return {
      ...(mode === 'existing' && selected
        ? { caseId: selected.id }
        : { newCase: { registryId: newCase.registryId, title: newCase.title.trim(), publicTitle: trim(newCase.publicTitle) } }),
      kind,
      direction,
      registeredDate,
      description: description.trim(),
      publicDescription: trim(publicDescription),
      counterparty: counterparty.name.trim()
        ? {
            name: counterparty.name.trim(),
            organisation: trim(counterparty.organisation),
            address: trim(counterparty.address),
            email: trim(counterparty.email),
            protectedIdentity: counterparty.protectedIdentity,
          }
        : undefined,
      secrecy: secret ? { legalGround: legalGround.trim(), organId: secrecyOrganId } : undefined,
    };
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const missing = validate();
    if (missing.length) {
      setError(new ApiError(400, 'validation', t('form.fixErrors'), missing));
      return;
    }
    setBusy(true);
    try {
      const doc = await registerDocument(metadata(), file);
      const state: CaseFlash = { registeredNumber: doc.number };
      navigate(`/cases/${doc.caseId}`, { state });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const errors = fieldErrors(error);
  if (error instanceof ApiError && (error.code === 'payload_too_large' || error.code === 'unsupported_media_type')) {
    const { generic, detail } = errorText(error);
    errors.file = detail || generic;
  }
  const labels: Record<string, string> = {
    caseId: t('picker.search'),
    'newCase.registryId': t('case.registry'),
    'newCase.title': t('case.title'),
    'newCase.publicTitle': t('case.publicTitle'),
    kind: t('document.kind'),
    direction: t('document.direction'),
    registeredDate: t('document.registeredDateLabel'),
    description: t('document.description'),
    publicDescription: t('document.publicDescription'),
    'counterparty.name': t('counterparty.name'),
    'counterparty.organisation': t('counterparty.organisation'),
    'counterparty.address': t('counterparty.address'),
    'counterparty.email': t('counterparty.email'),
    'secrecy.legalGround': t('secrecy.legalGround'),
    'secrecy.organId': t('secrecy.organ'),
    file: t('document.file'),
  };

  return (
    <>
      <PageHeading title={t('register.title')} />
      <p className="lead">{t('register.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="form-wide">
        <FormErrors error={error} labels={labels} />
        <CasePicker
          mode={mode}
          onMode={setMode}
          selected={selected}
          onSelect={setSelected}
          newCase={newCase}
          onNewCase={setNewCase}
          registries={registries.data?.items ?? []}
          errors={errors}
        />

        <fieldset className="group">
          <legend>{t('register.documentLegend')}</legend>
          <div className="field-row">
            <SelectField
              name="kind"
              label={t('document.kind')}
              value={kind}
              onValue={(v) => setKind(v as DocumentKind)}
              options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
              error={errors.kind}
              required
            />
            <DateField
              name="registeredDate"
              label={t('document.registeredDateLabel')}
              hint={t('document.registeredDateHint')}
              value={registeredDate}
              onValue={setRegisteredDate}
              error={errors.registeredDate}
              required
            />
          </div>
          <RadioGroup
            name="direction"
            legend={t('document.direction')}
            value={direction}
            onValue={(v) => setDirection(v as Direction)}
            options={DIRECTIONS.map((d) => ({ value: d, label: t(`direction.${d}`) }))}
            error={errors.direction}
            inline
            required
          />
          <TextArea
            name="description"
            label={t('document.description')}
            value={description}
            onValue={setDescription}
            error={errors.description}
            required
          />
          <TextArea
            name="publicDescription"
            label={t('document.publicDescription')}
            hint={t('document.publicDescriptionHint')}
            value={publicDescription}
            onValue={setPublicDescription}
            error={errors.publicDescription}
          />
        </fieldset>

        <CounterpartyFields value={counterparty} onChange={setCounterparty} errors={errors} />

        <fieldset className="group">
          <legend>{t('secrecy.legend')}</legend>
          <CheckboxField
            name="secrecy"
            label={t('secrecy.markCheckbox')}
            hint={t('secrecy.markCheckboxHint')}
            checked={secret}
            onChecked={onSecretChange}
          />
          {secret && (
            <div className="field-row">
              <TextField
                name="secrecy.legalGround"
                label={t('secrecy.legalGround')}
                hint={t('secrecy.legalGroundHint')}
                value={legalGround}
                onValue={setLegalGround}
                list="register-legal-grounds"
                error={errors['secrecy.legalGround']}
                required
              />
              <datalist id="register-legal-grounds">
                {LEGAL_GROUND_SUGGESTIONS.map((g) => (
                  <option key={g} value={g} />
                ))}
              </datalist>
              <SelectField
                name="secrecy.organId"
                label={t('secrecy.organ')}
                hint={t('secrecy.organHint')}
                value={secrecyOrganId}
                onValue={setSecrecyOrganId}
                placeholder={t('common.choose')}
                options={sortBy(organs.data?.items ?? [], (o) => o.name).map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
                error={errors['secrecy.organId']}
                required
              />
            </div>
          )}
        </fieldset>

        <fieldset className="group">
          <legend>{t('document.fileLegend')}</legend>
          <div className={`field${errors.file ? ' has-error' : ''}`}>
            <label htmlFor="f-file">{t('document.file')}</label>
            <p id="f-file-hint" className="hint">
              {t('document.fileHint')}
            </p>
            {errors.file && (
              <p id="f-file-error" className="field-error">
                {errors.file}
              </p>
            )}
            <input
              id="f-file"
              name="file"
              type="file"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              aria-invalid={errors.file ? true : undefined}
              aria-describedby={errors.file ? 'f-file-hint f-file-error' : 'f-file-hint'}
            />
          </div>
        </fieldset>

        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t('register.submitting') : t('register.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
