// "Tjänsteskrivelser" on the case page: the case's official reports (draft or final, with title and registered
// number) and "Ny tjänsteskrivelse", which creates a draft for the case's organ and opens the editor.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { REGISTERING_ROLES, useAuth } from '../../auth.tsx';
import { ErrorAlert } from '../../components/Errors.tsx';
import { SelectField } from '../../components/fields.tsx';
import { Loading } from '../../components/Status.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/format.ts';
import { useLoad } from '../../lib/useLoad.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { createReport, listCaseReports } from '../../reportEndpoints.ts';
import type { Case, Organ } from '../../types.ts';

export function CaseReports({ c, organs }: { c: Case; organs: Organ[] }) {
  const t = useT();
  const navigate = useNavigate();
  const { hasRole } = useAuth();
  const reports = useLoad(async (signal) => (await listCaseReports(c.id, signal)).items, [c.id]);
  const [organId, setOrganId] = useState(c.organId ?? '');
  const create = useSubmit(async () => {
    const report = await createReport({ caseId: c.id, organId });
    navigate(`/reports/${report.id}`);
  });
  const canCreate = hasRole(...REGISTERING_ROLES);
  const items = reports.data ?? [];

  return (
    <section aria-labelledby="reports-heading" className="section">
      <h2 id="reports-heading">{t('reports.title')}</h2>
      <ErrorAlert error={reports.error} />
      {reports.loading && !reports.data && <Loading />}
      {reports.data && items.length === 0 && <p className="empty">{t('reports.none')}</p>}
      {items.length > 0 && (
        <ul className="report-list">
          {items.map((r) => (
            <li key={r.id}>
              <Link to={`/reports/${r.id}`}>{r.title}</Link>{' '}
              <span className={`badge ${r.state === 'final' ? 'badge-report-final' : 'badge-report-draft'}`}>
                {r.state === 'final' ? t('report.stateFinal') : t('report.stateDraft')}
              </span>{' '}
              <span className="muted">
                {r.state === 'final' && r.documentNumber
                  ? t('reports.finalLine', { number: r.documentNumber, date: r.date })
                  : t('reports.draftLine', { version: r.version, date: formatDate(r.savedAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canCreate && (
        <form
          className="report-create"
          onSubmit={(event) => {
            event.preventDefault();
            if (organId) void create.run();
          }}
        >
          {!c.organId && (
            <SelectField
              name="reportOrganId"
              label={t('reports.organ')}
              hint={t('reports.organHint')}
              value={organId}
              onValue={setOrganId}
              placeholder={t('common.choose')}
              options={organs.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
              required
            />
          )}
          <ErrorAlert error={create.error} />
          <button type="submit" className="button-primary" disabled={create.busy || !organId}>
            {create.busy ? t('reports.creating') : t('reports.new')}
          </button>
        </form>
      )}
    </section>
  );
}
