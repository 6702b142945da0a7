// "Ekonomisk uppföljning": the follow-ups per organ and period, and a form to start a new one.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { fieldErrors } from '../../../api.ts';
import { useAuth } from '../../../auth.tsx';
import { ErrorAlert, FormErrors } from '../../../components/Errors.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { Loading } from '../../../components/Status.tsx';
import { SelectField } from '../../../components/fields.tsx';
import { listOrgans } from '../../../endpoints.ts';
import { useT } from '../../../i18n/i18n.tsx';
import { formatDateTime, sortBy } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/useLoad.ts';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { canKeepFollowUp } from './access.ts';
import { createFollowUp, listFollowUps } from './api.ts';

export function FollowUpList() {
  const t = useT();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const organId = params.get('organ') ?? '';
  const organs = useLoad((signal) => listOrgans(signal), []);
  const list = useLoad((signal) => listFollowUps(organId, signal), [organId]);
  const sorted = sortBy(organs.data?.items ?? [], (o) => o.name);
  const editable = sorted.filter((o) => canKeepFollowUp(user, o.id));
  const thisYear = new Date().getFullYear();
  const [form, setForm] = useState({ organId: '', year: String(thisYear), tertial: 'T1' });
  const submit = useSubmit(async () => {
    const created = await createFollowUp({ organId: form.organId, year: Number(form.year), tertial: form.tertial });
    navigate(`/registers/finance/${created.id}`);
  });
  const errors = fieldErrors(submit.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit.run();
  };
  const rows = list.data?.items ?? [];

  return (
    <>
      <PageHeading title={t('registers.finance')} />
      <p className="lead">{t('finance.intro')}</p>
      <div className="finance-filter">
        <SelectField name="organFilter" label={t('finance.organ')} value={organId} placeholder={t('finance.allOrgans')}
          options={sorted.map((o) => ({ value: o.id, label: o.name }))}
          onValue={(v) => setParams(v ? { organ: v } : {}, { replace: true })} />
      </div>
      <h2 id="finance-list-heading">{t('finance.listHeading')}</h2>
      <ErrorAlert error={list.error} />
      {list.loading && !list.data && <Loading />}
      {list.data && (rows.length === 0 ? <p className="empty">{t('finance.none')}</p> : (
        <div className="table-wrap" role="region" aria-labelledby="finance-list-heading" tabIndex={0}>
          <table>
            <caption className="visually-hidden">{t('finance.listHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('finance.titleColumn')}</th>
                <th scope="col">{t('finance.organ')}</th>
                <th scope="col">{t('finance.period')}</th>
                <th scope="col">{t('finance.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row"><Link to={`/registers/finance/${r.id}`}>{r.title}</Link></th>
                  <td>{r.organName}</td>
                  <td className="nowrap">{r.period} ({r.tertial})</td>
                  <td className="nowrap">{formatDateTime(r.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {editable.length > 0 && (
        <>
          <h2>{t('finance.newHeading')}</h2>
          <form onSubmit={onSubmit} noValidate className="form-narrow">
            <FormErrors error={submit.error} labels={{ organId: t('finance.organ'), year: t('finance.year'), tertial: t('finance.tertial') }} />
            <SelectField name="organId" label={t('finance.organ')} required value={form.organId} placeholder="" error={errors.organId}
              options={editable.map((o) => ({ value: o.id, label: o.name }))} onValue={(v) => setForm({ ...form, organId: v })} />
            <div className="field-row">
              <SelectField name="year" label={t('finance.year')} required value={form.year} error={errors.year}
                options={[-1, 0, 1].map((d) => ({ value: String(thisYear + d), label: String(thisYear + d) }))} onValue={(v) => setForm({ ...form, year: v })} />
              <SelectField name="tertial" label={t('finance.tertial')} required value={form.tertial} error={errors.tertial}
                options={(['T1', 'T2', 'T3'] as const).map((v) => ({ value: v, label: t(`finance.tertial.${v}`) }))} onValue={(v) => setForm({ ...form, tertial: v })} />
            </div>
            <div className="actions">
              <button type="submit" className="button-primary" disabled={submit.busy}>{t('finance.create')}</button>
            </div>
          </form>
        </>
      )}
    </>
  );
}
