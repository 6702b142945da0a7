// "Anslag": every appropriation per organ with its amount and remaining funds per year as of today.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../../components/Errors.tsx';
import { SelectField } from '../../../components/fields.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { Loading } from '../../../components/Status.tsx';
import { listOrgans } from '../../../endpoints.ts';
import { useT } from '../../../i18n/i18n.tsx';
import { useLoad } from '../../../lib/useLoad.ts';
import { AppropriationDialog } from './AppropriationDialog.tsx';
import { listAppropriations, tkr } from './api.ts';

export function AppropriationsPage() {
  const t = useT();
  const navigate = useNavigate();
  const [organId, setOrganId] = useState('');
  const [creating, setCreating] = useState(false);
  const organs = useLoad((signal) => listOrgans(signal), []);
  const list = useLoad((signal) => listAppropriations(organId, signal), [organId]);
  const rows = list.data?.items ?? [];
  return (
    <>
      <PageHeading title={t('registers.appropriations')} />
      <p className="lead">{t('appropriations.intro')}</p>
      <div className="toolbar">
        <SelectField name="organId" label={t('appropriations.organ')} value={organId} onValue={setOrganId} placeholder={t('appropriations.allOrgans')}
          options={(organs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))} />
        <button type="button" className="button-primary" onClick={() => setCreating(true)}>{t('appropriations.new')}</button>
      </div>
      <ErrorAlert error={list.error} />
      {list.loading && !list.data && <Loading />}
      {list.data && (rows.length === 0 ? <p className="empty">{t('appropriations.none')}</p> : (
        <div className="table-wrap" role="region" aria-labelledby="appropriations-caption" tabIndex={0}>
          <table>
            <caption id="appropriations-caption">{t('appropriations.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('appropriations.name')}</th>
                <th scope="col">{t('appropriations.organ')}</th>
                <th scope="col">{t('appropriations.yearsRemaining')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id}>
                  <th scope="row"><Link to={a.id}>{a.name}</Link></th>
                  <td>{a.organName}</td>
                  <td>
                    <ul className="plain year-list">
                      {a.remaining.map((r) => <li key={r.year}>{t('appropriations.yearLine', { year: r.year, remaining: tkr(r.remainingKr), amount: tkr(r.amountKr) })}</li>)}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {creating && (
        <AppropriationDialog appropriation={null} organs={organs.data?.items ?? []} defaultOrganId={organId}
          onClose={() => setCreating(false)} onSaved={(a) => { setCreating(false); navigate(a.id); }} />
      )}
    </>
  );
}
