// Generating the annual cycle's documents: "Viktiga datum" (a table per audience) or the årshjul (picture and list),
// previewed as a PDF or registered as the next document of a case the user names.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { fieldErrors } from '../../../api.ts';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { FormErrors } from '../../../components/Errors.tsx';
import { CheckboxField, SelectField, TextField } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/sv.ts';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { AUDIENCES, documentPreviewUrl, registerDocument, type Audience } from './api.ts';

export function DocumentsPanel({ year }: { year: number }) {
  const t = useT();
  const announce = useAnnounce();
  const [kind, setKind] = useState('dates');
  const [audiences, setAudiences] = useState<Audience[]>(['committees', 'companies']);
  const [caseNumber, setCaseNumber] = useState('');
  const [annex, setAnnex] = useState('');
  const [registered, setRegistered] = useState<{ number: string; caseId: string } | null>(null);
  const submit = useSubmit(async () => {
    const doc = await registerDocument({ kind, year, audiences, caseNumber: caseNumber.trim(), annex: annex.trim() });
    setRegistered({ number: doc.number, caseId: doc.caseId });
    announce(t('annualCycle.registered', { number: doc.number }));
  });
  const errors = fieldErrors(submit.error);
  const labels = { kind: t('annualCycle.documentKind'), audiences: t('annualCycle.documentAudiences'), caseNumber: t('annualCycle.caseNumber'), annex: t('annualCycle.annex') };
  const toggle = (a: Audience) => (on: boolean) => setAudiences((prev) => (on ? AUDIENCES.filter((x) => x === a || prev.includes(x)) : prev.filter((x) => x !== a)));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run();
  };
  return (
    <section aria-labelledby="annual-documents-heading" className="annual-documents">
      <h2 id="annual-documents-heading">{t('annualCycle.documents')}</h2>
      <p>{t('annualCycle.documentsIntro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <FormErrors error={submit.error} labels={labels} />
        <SelectField name="kind" label={labels.kind} value={kind} onValue={setKind} error={errors.kind}
          options={[{ value: 'dates', label: t('annualCycle.kind.dates') }, { value: 'wheel', label: t('annualCycle.kind.wheel') }]} />
        <fieldset id="f-audiences" tabIndex={-1}>
          <legend>{labels.audiences}</legend>
          {errors.audiences && <p className="field-error">{errors.audiences}</p>}
          {AUDIENCES.map((a) => (
            <CheckboxField key={a} name={`audience-${a}`} label={t(`annualCycle.audience.${a}` as MessageKey)} checked={audiences.includes(a)} onChecked={toggle(a)} />
          ))}
        </fieldset>
        <div className="field-row">
          <TextField name="caseNumber" label={labels.caseNumber} required value={caseNumber} onValue={setCaseNumber} error={errors.caseNumber} placeholder="KS-2023/00651" />
          <TextField name="annex" label={labels.annex} hint={t('annualCycle.annexHint')} value={annex} onValue={setAnnex} error={errors.annex} />
        </div>
        <div className="actions">
          <a href={documentPreviewUrl(kind, String(year), audiences)} target="_blank" rel="noreferrer">{t('annualCycle.preview')}</a>
          <button type="submit" className="button-primary" disabled={submit.busy}>{submit.busy ? t('common.saving') : t('annualCycle.register')}</button>
        </div>
        {registered && (
          <p role="status">
            <Link to={`/cases/${registered.caseId}`}>{t('annualCycle.registered', { number: registered.number })}</Link>
          </p>
        )}
      </form>
    </section>
  );
}
