// The official report (tjänsteskrivelse) editor: structured fields saved as versions (409 on a stale version
// reloads with a clear message), PDF preview, and "Färdigställ", which registers the PDF as the case's next
// document; a final report is read-only.
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, fieldErrors } from '../api.ts';
import { REGISTERING_ROLES, useAuth } from '../auth.tsx';
import { useAnnounce } from '../components/Announcer.tsx';
import { ErrorAlert, FormErrors } from '../components/Errors.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { Loading } from '../components/Status.tsx';
import { getCase } from '../endpoints.ts';
import { useT } from '../i18n/i18n.tsx';
import { useLoad } from '../lib/useLoad.ts';
import { getReport } from '../reportEndpoints.ts';
import type { ReportContent } from '../reportTypes.ts';
import { reportErrorLabels } from './reports/errorLabels.ts';
import { ReportActions } from './reports/ReportActions.tsx';
import { ReportForm } from './reports/ReportForm.tsx';
import { ReportHeader } from './reports/ReportHeader.tsx';
import { ReportVersions } from './reports/ReportVersions.tsx';
import { ReportView } from './reports/ReportView.tsx';

export function ReportPage() {
  const t = useT();
  const announce = useAnnounce();
  const { id = '' } = useParams();
  const { hasRole } = useAuth();
  const loaded = useLoad((signal) => getReport(id, signal), [id]);
  const report = loaded.data;
  const caseData = useLoad(async (signal) => (report ? getCase(report.caseId, signal) : null), [report?.caseId]);
  const [content, setContent] = useState<ReportContent | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [finalised, setFinalised] = useState(false);
  const conflictRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!loaded.data) return;
    setContent(loaded.data.content);
    setResetKey((k) => k + 1);
    setDirty(false);
  }, [loaded.data]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  function onConflict() {
    setConflict(true);
    setError(null);
    announce(t('report.conflict'), 'error');
    void loaded.reload();
  }

  const notFound = loaded.error instanceof ApiError && loaded.error.code === 'not_found';
  const canEdit = !!report && report.state === 'draft' && hasRole(...REGISTERING_ROLES);
  const documents = caseData.data?.documents ?? [];
  const errors = fieldErrors(error);

  return (
    <>
      <p className="breadcrumb">
        {report ? (
          <Link to={`/cases/${report.caseId}`}>{t('report.backToCase', { number: report.caseNumber })}</Link>
        ) : (
          <Link to="/cases">{t('case.backToList')}</Link>
        )}
      </p>
      <PageHeading title={report ? `${t('report.eyebrow')}: ${report.content.title}` : notFound ? t('report.notFound') : t('report.loading')}>
        {report ? (
          <>
            <span className="case-number">
              {t('report.eyebrow')} · {report.caseNumber}
            </span>{' '}
            {report.content.title}
          </>
        ) : undefined}
      </PageHeading>
      {notFound ? <p>{t('report.notFoundText')}</p> : <ErrorAlert error={loaded.error} />}
      {!report && loaded.loading && <Loading />}

      {report && (
        <>
          <ReportHeader report={report} focusNotice={finalised} />
          {conflict && (
            <div ref={conflictRef} tabIndex={-1} className="alert alert-warning" role="alert">
              <p>{t('report.conflict')}</p>
            </div>
          )}
          {canEdit && content ? (
            <form
              className="report-form form-wide"
              noValidate
              onSubmit={(event) => event.preventDefault()}
              aria-labelledby="report-form-heading"
            >
              <h2 id="report-form-heading" className="visually-hidden">
                {t('report.formHeading')}
              </h2>
              <FormErrors error={error} labels={reportErrorLabels(error, t)} />
              <ReportForm
                content={content}
                onContent={(next) => {
                  setContent(next);
                  setDirty(true);
                }}
                errors={errors}
                organName={report.organName}
                documents={documents}
                resetKey={resetKey}
              />
              <ReportActions
                report={report}
                content={content}
                dirty={dirty}
                onSaved={(saved) => {
                  setConflict(false);
                  loaded.setData(saved);
                }}
                onFinalised={(final) => {
                  setFinalised(true);
                  setConflict(false);
                  setError(null);
                  loaded.setData(final);
                }}
                onError={setError}
                onConflict={onConflict}
              />
            </form>
          ) : (
            <ReportView report={report} documents={documents} />
          )}
          <ReportVersions versions={report.versions} />
        </>
      )}
    </>
  );
}
