// The report to the committee: preview it as a PDF, or create it and register it in a case given by number.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { fieldErrors } from '../../../api.ts';
import { FormErrors } from '../../../components/Errors.tsx';
import { TextField } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { registerReport, reportPdfUrl, type FollowUp } from './api.ts';

export function ReportForm({ followUp }: { followUp: FollowUp }) {
  const t = useT();
  const [caseNumber, setCaseNumber] = useState('');
  const [description, setDescription] = useState('');
  const [registered, setRegistered] = useState<{ number: string; caseId: string } | null>(null);
  const submit = useSubmit(async () => {
    setRegistered(null);
    const doc = await registerReport(followUp.id, { version: followUp.version, caseNumber, ...(description ? { description } : {}) });
    setRegistered({ number: doc.number, caseId: doc.caseId });
  });
  const errors = fieldErrors(submit.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit.run();
  };
  return (
    <section aria-labelledby="finance-report-heading">
      <h2 id="finance-report-heading">{t('finance.documentHeading')}</h2>
      <p>{t('finance.documentIntro')}</p>
      <p><a href={reportPdfUrl(followUp.id)} target="_blank" rel="noreferrer">{t('finance.preview')}</a></p>
      {followUp.canEdit && (
        <form onSubmit={onSubmit} noValidate className="form-narrow">
          <FormErrors error={submit.error} labels={{ caseNumber: t('finance.caseNumber'), description: t('finance.description') }} />
          <TextField name="caseNumber" label={t('finance.caseNumber')} hint={t('finance.caseNumberHint')} required value={caseNumber} onValue={setCaseNumber} error={errors.caseNumber} />
          <TextField name="description" label={t('finance.description')} value={description} onValue={setDescription} placeholder={followUp.title} error={errors.description} />
          <div className="actions">
            <button type="submit" className="button-primary" disabled={submit.busy}>{submit.busy ? t('finance.registering') : t('finance.register')}</button>
          </div>
          {registered && (
            <p className="alert alert-success" role="status">
              <Link to={`/cases/${registered.caseId}`}>{t('finance.registered', { number: registered.number })}</Link>
            </p>
          )}
        </form>
      )}
    </section>
  );
}
