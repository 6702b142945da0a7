// "Bidragsomgångar": every grant round with its organ, case, the appropriation it draws on, how it is decided,
// its number of applications and what is granted or proposed; "Ny omgång" opens a round.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../../components/Errors.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { Loading } from '../../../components/Status.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/useLoad.ts';
import { inUnit, listRounds } from './api.ts';
import { RoundDialog } from './RoundDialog.tsx';

export function RoundsPage() {
  const t = useT();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const list = useLoad((signal) => listRounds(signal), []);
  const rows = list.data?.items ?? [];
  return (
    <>
      <PageHeading title={t('registers.grants')} />
      <p className="lead">{t('grants.intro')}</p>
      <div className="actions">
        <button type="button" className="button-primary" onClick={() => setCreating(true)}>{t('grants.newRound')}</button>
      </div>
      <ErrorAlert error={list.error} />
      {list.loading && !list.data && <Loading />}
      {list.data && (rows.length === 0 ? <p className="empty">{t('grants.none')}</p> : (
        <div className="table-wrap" role="region" aria-labelledby="rounds-caption" tabIndex={0}>
          <table className="grant-rounds">
            <caption id="rounds-caption">{t('grants.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('grants.round')}</th>
                <th scope="col">{t('grants.organ')}</th>
                <th scope="col">{t('grants.case')}</th>
                <th scope="col">{t('grants.appropriation')}</th>
                <th scope="col">{t('grants.period')}</th>
                <th scope="col">{t('grants.decidedBy')}</th>
                <th scope="col" className="num">{t('grants.applicationCount')}</th>
                <th scope="col" className="num">{t('grants.grantedSum')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row"><Link to={r.id}>{r.name}</Link></th>
                  <td>{r.organCode}</td>
                  <td className="nowrap">{r.caseNumber}</td>
                  <td>{r.appropriationName ?? t('grants.noAppropriation')}</td>
                  <td className="nowrap">{r.closesOn ? `${formatDate(r.opensOn)} – ${formatDate(r.closesOn)}` : t('grants.continuous')}</td>
                  <td>{t(`grants.decidedBy.${r.decidedBy}`)}</td>
                  <td className="num">{r.applications}</td>
                  <td className="num">{inUnit(r.grantedKr, r.unit)} {r.unit}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {creating && <RoundDialog round={null} onClose={() => setCreating(false)} onSaved={(r) => { setCreating(false); navigate(r.id); }} />}
    </>
  );
}
