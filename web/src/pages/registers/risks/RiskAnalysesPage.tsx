// "Riskanalys och internkontroll": the analyses per organ and year, and a new analysis for an organ the user keeps
// the registers of (the reference's scales and bands as defaults).
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { fieldErrors } from '../../../api.ts';
import { useAuth } from '../../../auth.tsx';
import { ErrorAlert, FormErrors } from '../../../components/Errors.tsx';
import { DateField, SelectField, TextField } from '../../../components/fields.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { Loading } from '../../../components/Status.tsx';
import { listOrgans } from '../../../endpoints.ts';
import { useT } from '../../../i18n/i18n.tsx';
import { sortBy } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/useLoad.ts';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { canEditRegister } from './access.ts';
import { createRiskAnalysis, listRiskAnalyses } from './riskApi.ts';

function NewAnalysisForm() {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useAuth();
  const organs = useLoad((signal) => listOrgans(signal), []);
  const choices = sortBy(organs.data?.items ?? [], (o) => o.name).filter((o) => canEditRegister(user, o.id));
  const [v, setV] = useState({ organId: '', year: String(new Date().getFullYear() + 1), establishedOn: '' });
  const set = (key: keyof typeof v) => (value: string) => setV((prev) => ({ ...prev, [key]: value }));
  const submit = useSubmit(async () => {
    const created = await createRiskAnalysis({ organId: v.organId, year: Number(v.year), establishedOn: v.establishedOn.trim() });
    navigate(`/registers/risks/${created.id}`);
  });
  const errors = fieldErrors(submit.error);
  const labels = { organId: t('risks.organ'), year: t('risks.year'), establishedOn: t('risks.establishedOn') };
  const onSubmit = (event: FormEvent) => { event.preventDefault(); void submit.run(); };
  if (choices.length === 0) return null;
  return (
    <>
      <h2>{t('risks.newHeading')}</h2>
      <form onSubmit={onSubmit} noValidate className="form-narrow">
        <FormErrors error={submit.error} labels={labels} />
        <SelectField name="organId" label={labels.organId} value={v.organId} onValue={set('organId')} placeholder={t('common.choose')}
          options={choices.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))} error={errors.organId} required />
        <div className="field-row">
          <TextField name="year" label={labels.year} value={v.year} onValue={set('year')} error={errors.year} inputMode="numeric" maxLength={4} className="field-short" required />
          <DateField name="establishedOn" label={labels.establishedOn} value={v.establishedOn} onValue={set('establishedOn')} error={errors.establishedOn} required />
        </div>
        <div className="actions">
          <button type="submit" className="button-primary" disabled={submit.busy}>{submit.busy ? t('common.saving') : t('risks.create')}</button>
        </div>
      </form>
    </>
  );
}

export function RiskAnalysesPage() {
  const t = useT();
  const list = useLoad((signal) => listRiskAnalyses(signal), []);
  const rows = list.data?.items ?? [];
  return (
    <>
      <PageHeading title={t('registers.risks')} />
      <p className="lead">{t('risks.intro')}</p>
      <ErrorAlert error={list.error} />
      {list.loading && !list.data && <Loading />}
      {list.data && (rows.length === 0 ? <p className="empty">{t('risks.none')}</p> : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('risks.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('risks.analysis')}</th>
                <th scope="col">{t('risks.year')}</th>
                <th scope="col">{t('risks.establishedOn')}</th>
                <th scope="col">{t('risks.riskCountHeading')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row"><Link to={`/registers/risks/${r.id}`}>{t('risks.analysisTitle', { organ: r.organName, year: r.year })}</Link></th>
                  <td>{r.year}</td>
                  <td>{r.establishedOn}</td>
                  <td className="num">{r.riskCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <NewAnalysisForm />
    </>
  );
}
