// Register a document (registrera handling): case, metadata, counterparty, optional secrecy mark
// and file, sent as multipart/form-data (`metadata` JSON + `file`). The parts live in ./register/.
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, fieldErrors } from '../api.ts';
import { FormErrors, useErrorText } from '../components/Errors.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { getCase, listOrgans, listRegistries, registerDocument } from '../endpoints.ts';
import { useT } from '../i18n/i18n.tsx';
import { useLoad } from '../lib/useLoad.ts';
import type { Case } from '../types.ts';
import type { CaseFlash } from './CasePage.tsx';
import { CasePicker, type CaseMode } from './register/CasePicker.tsx';
import { CounterpartyFields, emptyCounterparty, type CounterpartyInput } from './register/CounterpartyFields.tsx';
import { DocumentFields, emptyDocument, type DocumentInput } from './register/DocumentFields.tsx';
import { FileField } from './register/FileField.tsx';
import { emptyNewCase, type NewCaseInput } from './register/NewCaseFields.tsx';
import { registrationLabels, toMetadata, validateRegistration } from './register/registration.ts';
import { noSecrecy, SecrecyFields, type SecrecyInput } from './register/SecrecyFields.tsx';
import { DetailsFields, emptyDetails, type DetailsInput } from './register/DetailsFields.tsx';
import { WebPublicationFields, type WebPublicationInput } from './register/WebPublicationFields.tsx';

export function RegisterDocumentPage() {
  const t = useT();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const presetCaseId = params.get('caseId');
  const registries = useLoad((signal) => listRegistries(signal), []);
  const organs = useLoad((signal) => listOrgans(signal), []);

  const [mode, setMode] = useState<CaseMode>('existing');
  const [selected, setSelected] = useState<Case | null>(null);
  const [newCase, setNewCase] = useState<NewCaseInput>(emptyNewCase);
  const [documentInput, setDocumentInput] = useState<DocumentInput>(emptyDocument);
  const [counterparty, setCounterparty] = useState<CounterpartyInput>(emptyCounterparty);
  const [secrecy, setSecrecy] = useState<SecrecyInput>(noSecrecy);
  const [details, setDetails] = useState<DetailsInput>(emptyDetails);
  const [file, setFile] = useState<File | null>(null);
  const [webPublication, setWebPublication] = useState<WebPublicationInput>('default');
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

  const suggestedOrganId =
    mode === 'existing'
      ? (selected?.organId ?? '')
      : (registries.data?.items.find((r) => r.id === newCase.registryId)?.organId ?? '');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const registration = { mode, selected, newCase, document: documentInput, counterparty, secrecy, details, webPublication };
    const missing = validateRegistration(registration, t);
    if (missing.length) {
      setError(new ApiError(400, 'validation', t('form.fixErrors'), missing));
      return;
    }
    setBusy(true);
    try {
      const doc = await registerDocument(toMetadata(registration), file);
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

  return (
    <>
      <PageHeading title={t('register.title')} />
      <p className="lead">{t('register.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="form-wide">
        <FormErrors error={error} labels={registrationLabels(t)} />
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
        <DocumentFields value={documentInput} onChange={setDocumentInput} errors={errors} />
        <DetailsFields kind={documentInput.kind} value={details} onChange={setDetails} errors={errors} />
        <CounterpartyFields value={counterparty} onChange={setCounterparty} errors={errors} />
        <SecrecyFields
          value={secrecy}
          onChange={setSecrecy}
          organs={organs.data?.items ?? []}
          suggestedOrganId={suggestedOrganId}
          errors={errors}
        />
        <FileField onFile={setFile} error={errors.file} />
        <WebPublicationFields
          value={webPublication}
          onChange={setWebPublication}
          document={documentInput}
          counterparty={counterparty}
          secrecy={secrecy}
          error={errors.webPublication}
        />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t('register.submitting') : t('register.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
