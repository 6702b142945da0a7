// One follow-up: the economy report's tables and deviation picture, the staff key figures (and their editor), the import of
// amounts and the report to the committee.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useReturnFocus } from '../../../components/Dialog.tsx';
import { ErrorAlert } from '../../../components/Errors.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { Loading } from '../../../components/Status.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { useLoad } from '../../../lib/useLoad.ts';
import { getFollowUp } from './api.ts';
import { DeviationChart } from './DeviationChart.tsx';
import { KpiTable, MnkrTable } from './FinanceTables.tsx';
import { ImportForm } from './ImportForm.tsx';
import { KpiEditor } from './KpiEditor.tsx';
import { ProseForm } from './ProseForm.tsx';
import { ReportForm } from './ReportForm.tsx';

export function FollowUpPage() {
  const t = useT();
  const { id = '' } = useParams();
  const followUp = useLoad((signal) => getFollowUp(id, signal), [id]);
  const f = followUp.data;
  const [editingKpis, setEditingKpis] = useState(false);
  const returnFocus = useReturnFocus();
  const closeKpis = () => {
    setEditingKpis(false);
    returnFocus('finance-kpi-edit');
  };
  const reload = async () => {
    const fresh = await getFollowUp(id);
    followUp.setData(fresh);
    return fresh;
  };
  return (
    <>
      <p className="breadcrumb"><Link to="/registers/finance">{t('finance.back')}</Link></p>
      <PageHeading title={f?.title ?? t('registers.finance')} />
      <ErrorAlert error={followUp.error} />
      {followUp.loading && !f && <Loading />}
      {f && (
        <>
          <p className="lead">{f.organName} · {f.period} ({f.tertial})</p>
          {!f.canEdit && <p className="hint">{t('finance.readOnly')}</p>}
          <h2>{t('finance.economyHeading')}</h2>
          {f.deviations.length === 0 && <p className="empty">{t('finance.noFigures')}</p>}
          <MnkrTable table={f.tables.operating} caption={t('finance.operatingCaption', { period: f.period })} id="finance-operating-caption" />
          <MnkrTable table={f.tables.investments} caption={t('finance.investmentsCaption', { period: f.period })} id="finance-investments-caption" />
          <p className="hint">{t('finance.netComputed')}</p>
          <DeviationChart followUp={f} />
          <h2>{t('finance.staffHeading')}</h2>
          <KpiTable followUp={f} />
          {f.canEdit && !editingKpis && (
            <div className="actions">
              <button id="finance-kpi-edit" type="button" className="button" onClick={() => setEditingKpis(true)}>{t('finance.kpiEdit')}</button>
            </div>
          )}
          {f.canEdit && editingKpis && (
            <KpiEditor followUp={f} onReload={reload} onCancel={closeKpis} onDone={(next) => { followUp.setData(next); closeKpis(); }} />
          )}
          {f.canEdit && <ImportForm followUp={f} onDone={followUp.setData} />}
          {f.canEdit && <ProseForm followUp={f} onDone={followUp.setData} />}
          <ReportForm followUp={f} />
        </>
      )}
    </>
  );
}
