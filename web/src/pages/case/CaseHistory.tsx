// The case's history (who did what, when) from /cases/:id/history.
import { ErrorAlert } from '../../components/Errors.tsx';
import { Loading } from '../../components/Status.tsx';
import { caseHistory } from '../../endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { actorName, detailsText, formatDateTime } from '../../lib/format.ts';
import { useLoad } from '../../lib/useLoad.ts';

export function CaseHistory({ caseId, refreshKey }: { caseId: string; refreshKey: number }) {
  const { t, tMaybe } = useI18n();
  const history = useLoad((signal) => caseHistory(caseId, signal), [caseId, refreshKey]);

  return (
    <section aria-labelledby="history-heading" className="section">
      <h2 id="history-heading">{t('history.title')}</h2>
      <ErrorAlert error={history.error} />
      {history.loading && !history.data ? (
        <Loading />
      ) : history.data && history.data.items.length === 0 ? (
        <p className="empty">{t('history.none')}</p>
      ) : history.data ? (
        <div className="table-wrap" role="region" aria-labelledby="history-caption" tabIndex={0}>
          <table>
            <caption id="history-caption" className="visually-hidden">
              {t('history.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('history.at')}</th>
                <th scope="col">{t('history.actor')}</th>
                <th scope="col">{t('history.action')}</th>
                <th scope="col">{t('history.details')}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.items.map((entry, index) => (
                <tr key={`${entry.at}-${index}`}>
                  <td className="nowrap">{formatDateTime(entry.at)}</td>
                  <td>{actorName(entry.actor)}</td>
                  <td>{tMaybe(`action.${entry.action}`, entry.action)}</td>
                  <td className="details">{detailsText(entry.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
