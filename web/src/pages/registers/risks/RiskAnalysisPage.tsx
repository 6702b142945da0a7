// One risk analysis: the risk matrix, the risks (add/change/remove), the internal control plan, the follow-up per
// tertial, the settings (bands and established date) and the generated document.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useAuth } from '../../../auth.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { useReturnFocus } from '../../../components/Dialog.tsx';
import { ErrorAlert } from '../../../components/Errors.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { Loading } from '../../../components/Status.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { useLoad } from '../../../lib/useLoad.ts';
import { canEditRegister } from './access.ts';
import { ControlDialog } from './ControlDialog.tsx';
import { CopyDialog } from './CopyDialog.tsx';
import { FollowUps } from './FollowUps.tsx';
import { GenerateDocument } from './GenerateDocument.tsx';
import { RiskDialog } from './RiskDialog.tsx';
import { RiskMatrix } from './RiskMatrix.tsx';
import { RiskTable, ControlPlanTable } from './RiskTables.tsx';
import { ScalesDialog, ScaleSummary } from './ScalesDialog.tsx';
import { Settings } from './Settings.tsx';
import { deleteRisk, getRiskAnalysis, type Risk, type RiskAnalysis } from './riskApi.ts';

type Editing = { kind: 'risk'; risk: Risk | null; returnTo: string } | { kind: 'control'; risk: Risk; returnTo: string } | { kind: 'scales' | 'copy'; returnTo: string } | null;

export function RiskAnalysisPage() {
  const t = useT();
  const announce = useAnnounce();
  const returnFocus = useReturnFocus();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { user } = useAuth();
  const loaded = useLoad((signal) => getRiskAnalysis(id, signal), [id]);
  const [editing, setEditing] = useState<Editing>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const a = loaded.data;
  if (!a) return <>{loaded.error ? <ErrorAlert error={loaded.error} /> : <Loading />}</>;
  const editable = canEditRegister(user, a.organId);
  const title = t('risks.analysisTitle', { organ: a.organName, year: a.year });
  const saved = (view: RiskAnalysis) => { loaded.setData(view); setActionError(null); };
  const close = () => { if (editing) returnFocus(editing.returnTo, 'add-risk'); setEditing(null); };
  const remove = async (risk: Risk) => {
    if (!window.confirm(t('risks.confirmRemove', { number: risk.number }))) return;
    try {
      saved(await deleteRisk(risk.id, risk.version));
      announce(t('risks.removed', { number: risk.number }));
      returnFocus('add-risk');
    } catch (error) { setActionError(error); }
  };
  return (
    <>
      <PageHeading title={title} />
      <p className="lead">
        <Link to="/registers/risks">{t('registers.risks')}</Link> · {t('risks.establishedOn')}: {a.establishedOn} · {t('risks.riskCount', { count: a.riskCount })}
      </p>
      {editable && (
        <div className="actions">
          <button id="copy-analysis" type="button" className="button" onClick={() => setEditing({ kind: 'copy', returnTo: 'copy-analysis' })}>{t('risks.copy', { year: a.year + 1 })}</button>
        </div>
      )}
      <ErrorAlert error={actionError} />

      <h2 id="risk-matrix-heading">{t('risks.matrixHeading')}</h2>
      <RiskMatrix cells={a.matrix.cells} summary={a.matrix.summary} probability={a.probabilityScale} consequence={a.consequenceScale} title={t('risks.matrixTitle', { organ: a.organName, year: a.year })} />

      <h2>{t('risks.risksHeading')}</h2>
      {a.warnings.length > 0 && (
        <div className="alert alert-warning" role="status">
          <p>{t('risks.warningsTitle')}</p>
          <ul>{a.warnings.map((w) => <li key={w.riskNumber + w.message}>{w.message}</li>)}</ul>
        </div>
      )}
      <RiskTable analysis={a} editable={editable} onEdit={(risk, returnTo) => setEditing({ kind: 'risk', risk, returnTo })} onRemove={(risk) => void remove(risk)} />
      {editable && <div className="actions"><button id="add-risk" type="button" onClick={() => setEditing({ kind: 'risk', risk: null, returnTo: 'add-risk' })}>{t('risks.addRisk')}</button></div>}

      <h2>{t('risks.planHeading')}</h2>
      <ControlPlanTable analysis={a} editable={editable} onEdit={(risk, returnTo) => setEditing({ kind: 'control', risk, returnTo })} />

      <h2>{t('risks.followUpHeading')}</h2>
      <FollowUps analysis={a} editable={editable} onSaved={saved} />

      {editable && (
        <>
          <h2>{t('risks.settingsHeading')}</h2>
          <Settings analysis={a} onSaved={saved} />
          <h3>{t('risks.scalesHeading')}</h3>
          <ScaleSummary analysis={a} />
          <div className="actions">
            <button id="edit-scales" type="button" className="button" onClick={() => setEditing({ kind: 'scales', returnTo: 'edit-scales' })}>{t('risks.editScales')}</button>
          </div>
        </>
      )}

      <h2>{t('risks.documentHeading')}</h2>
      <GenerateDocument analysis={a} editable={editable} />

      {editing?.kind === 'risk' && <RiskDialog analysis={a} risk={editing.risk} onClose={close} onSaved={(view) => { saved(view); announce(t('risks.saved')); close(); }} />}
      {editing?.kind === 'scales' && <ScalesDialog analysis={a} onClose={close} onSaved={(view) => { saved(view); announce(t('risks.scalesSaved')); close(); }} />}
      {editing?.kind === 'copy' && (
        <CopyDialog analysis={a} onClose={close} onCopied={(copy) => {
          setEditing(null);
          saved(copy);
          announce(t('risks.copied', { year: copy.year }));
          navigate(`/registers/risks/${copy.id}`);
        }} />
      )}
      {editing?.kind === 'control' && <ControlDialog risk={editing.risk} onClose={close} onSaved={(view) => { saved(view); announce(t('risks.saved')); close(); }} />}
    </>
  );
}
