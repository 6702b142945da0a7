// The saved versions of a report: number, when and by whom.
import { useT } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import type { ReportVersion } from '../../reportTypes.ts';

export function ReportVersions({ versions }: { versions: ReportVersion[] }) {
  const t = useT();
  return (
    <section className="section" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('report.versions')}</h2>
      <div className="table-wrap" role="region" aria-labelledby="versions-caption" tabIndex={0}>
        <table>
          <caption id="versions-caption">{t('report.versionsCaption', { count: versions.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.version')}</th>
              <th scope="col">{t('report.savedAt')}</th>
              <th scope="col">{t('report.savedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <th scope="row">{v.version}</th>
                <td className="nowrap">{formatDateTime(v.savedAt)}</td>
                <td>{v.savedBy ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
