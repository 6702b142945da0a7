// The report's state: draft with its version, or final with the registered document number; and the PDF preview.
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { reportPreviewUrl } from '../../reportEndpoints.ts';
import type { Report } from '../../reportTypes.ts';

export function ReportHeader({ report, focusNotice }: { report: Report; focusNotice: boolean }) {
  const t = useT();
  const noticeRef = useRef<HTMLDivElement>(null);
  const latest = report.versions[0];
  const final = report.state === 'final';

  useEffect(() => {
    if (focusNotice && final) noticeRef.current?.focus();
  }, [focusNotice, final]);

  return (
    <>
      <p className="report-state">
        <span className={`badge ${final ? 'badge-report-final' : 'badge-report-draft'}`}>
          {final ? t('report.stateFinal') : t('report.stateDraft')}
        </span>{' '}
        {t('report.versionLine', {
          version: report.version,
          at: formatDateTime(latest?.savedAt ?? report.savedAt),
          by: latest?.savedBy ?? '–',
        })}
      </p>
      {final && (
        <div ref={noticeRef} tabIndex={-1} className="alert alert-success" role={focusNotice ? 'status' : undefined}>
          <p>
            {report.documentNumber
              ? t('report.registeredAs', { number: report.documentNumber })
              : t('report.finalNoNumber')}{' '}
            <Link to={`/cases/${report.caseId}`}>{t('report.showCase')}</Link>
          </p>
        </div>
      )}
      <p>
        <a href={reportPreviewUrl(report.id)} target="_blank" rel="noopener" aria-describedby="preview-hint">
          {t('report.preview')} <span className="muted">(PDF)</span>
          <span className="visually-hidden"> {t('common.newTab')}</span>
        </a>
        <span className="hint" id="preview-hint">
          {' '}
          {final ? t('report.previewFinalHint') : t('report.previewHint')}
        </span>
      </p>
    </>
  );
}
