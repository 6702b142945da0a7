// "Motioner": every motion with its authors, the date it was submitted and the date it should be decided by
// (within a year, R-PREP-2). Overdue and soon-due motions are marked; decided ones follow the open ones.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/Errors.tsx';
import { CheckboxField } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/Status.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/format.ts';
import { useLoad } from '../../lib/useLoad.ts';
import { listMotions, type MotionRow } from '../../endpoints.ts';

function StatusBadge({ row }: { row: MotionRow }) {
  const t = useT();
  const label =
    row.status === 'overdue' ? t('motions.overdue', { days: -row.daysLeft })
      : row.status === 'soon' ? t('motions.soon', { days: row.daysLeft })
        : t(`motions.status.${row.status}`);
  return <span className={`badge badge-motion-${row.status}`}>{label}</span>;
}

export function MotionsPage() {
  const t = useT();
  const [openOnly, setOpenOnly] = useState(true);
  const motions = useLoad((signal) => listMotions(openOnly, signal), [openOnly]);
  const rows = motions.data?.items ?? [];
  const overdue = rows.filter((r) => r.status === 'overdue').length;
  return (
    <>
      <PageHeading title={t('motions.title')} />
      <p className="lead">{t('motions.intro')}</p>
      <CheckboxField name="openOnly" label={t('motions.openOnly')} checked={openOnly} onChecked={setOpenOnly} />
      <ErrorAlert error={motions.error} />
      {motions.loading && !motions.data && <Loading />}
      {motions.data && (
        <>
          <p role="status">{overdue ? t('motions.overdueCount', { count: overdue }) : t('motions.count', { count: rows.length })}</p>
          {rows.length === 0 ? (
            <p className="empty">{t('motions.none')}</p>
          ) : (
            <div className="table-wrap" role="region" aria-labelledby="motions-caption" tabIndex={0}>
              <table>
                <caption id="motions-caption" className="visually-hidden">{t('motions.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('details.motionNumber')}</th>
                    <th scope="col">{t('motions.case')}</th>
                    <th scope="col">{t('details.authors')}</th>
                    <th scope="col">{t('details.submittedOn')}</th>
                    <th scope="col">{t('motions.dueBy')}</th>
                    <th scope="col">{t('motions.statusHeading')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.documentId}>
                      <th scope="row" className="nowrap">{r.motionNumber}</th>
                      <td>
                        <Link to={`/cases/${r.caseId}`}>{r.caseNumber}</Link>
                        <span className="sub">{r.caseTitle}</span>
                      </td>
                      <td>{r.authors.join(', ')}{r.party ? ` (${r.party})` : ''}</td>
                      <td className="nowrap">{formatDate(r.submittedOn)}</td>
                      <td className="nowrap">{formatDate(r.dueBy)}</td>
                      <td><StatusBadge row={r} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
