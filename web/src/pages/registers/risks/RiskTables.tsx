// The risks table (the reference's Del 1 columns) and the internal control plan (Del 2 without the comments).
import { useT } from '../../../i18n/i18n.tsx';
import type { Risk, RiskAnalysis, ScaleStep } from './riskApi.ts';

const labelOf = (scale: ScaleStep[], value: number) => scale.find((s) => s.value === value)?.label ?? String(value);

interface Props { analysis: RiskAnalysis; editable: boolean; onEdit: (risk: Risk, returnTo: string) => void }

export function RiskTable({ analysis, editable, onEdit, onRemove }: Props & { onRemove: (risk: Risk) => void }) {
  const t = useT();
  if (analysis.risks.length === 0) return <p className="empty">{t('risks.noRisks')}</p>;
  return (
    <div className="table-wrap" role="region" aria-labelledby="risks-caption" tabIndex={0}>
      <table className="risk-table">
        <caption id="risks-caption">{t('risks.risksCaption', { organ: analysis.organName, year: analysis.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('risks.number')}</th>
            <th scope="col">{t('risks.controlArea')}</th>
            <th scope="col">{t('risks.description')}</th>
            <th scope="col">{t('risks.probability')}</th>
            <th scope="col">{t('risks.consequence')}</th>
            <th scope="col">{t('risks.value')}</th>
            <th scope="col">{t('risks.handling')}</th>
            {editable && <th scope="col">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {analysis.risks.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.number}</th>
              <td>{r.controlArea}</td>
              <td>{r.description}</td>
              <td>{labelOf(analysis.probabilityScale, r.probability)} ({r.probability})</td>
              <td>{labelOf(analysis.consequenceScale, r.consequence)} ({r.consequence})</td>
              <td className="num">{r.value}</td>
              <td><span className={`risk-handling risk-handling-${r.handling}`}>{r.handlingLabel}</span></td>
              {editable && (
                <td className="nowrap">
                  <button id={`edit-risk-${r.id}`} type="button" className="button-small" onClick={() => onEdit(r, `edit-risk-${r.id}`)} aria-label={t('risks.editRisk', { number: r.number })}>{t('common.edit')}</button>{' '}
                  <button type="button" className="button-small" onClick={() => onRemove(r)} aria-label={t('risks.removeRisk', { number: r.number })}>{t('risks.remove')}</button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ControlPlanTable({ analysis, editable, onEdit }: Props) {
  const t = useT();
  if (analysis.risks.length === 0) return <p className="empty">{t('risks.noRisks')}</p>;
  return (
    <div className="table-wrap" role="region" aria-labelledby="plan-caption" tabIndex={0}>
      <table className="risk-table">
        <caption id="plan-caption">{t('risks.planCaption', { organ: analysis.organName, year: analysis.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('risks.number')}</th>
            <th scope="col">{t('risks.direction')}</th>
            <th scope="col">{t('risks.control')}</th>
            <th scope="col">{t('risks.method')}</th>
            <th scope="col">{t('risks.responsible')}</th>
            <th scope="col">{t('risks.frequency')}</th>
            {editable && <th scope="col">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {analysis.risks.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.number}</th>
              <td><span className={`risk-handling risk-handling-${r.handling}`}>{r.handlingLabel}</span></td>
              {r.control ? (
                <>
                  <td>{r.control.control}</td>
                  <td>{r.control.method}</td>
                  <td>{r.control.responsible}</td>
                  <td className="nowrap">{r.control.frequency}</td>
                </>
              ) : <td colSpan={4} className="empty">{r.handling === 'accept' ? t('risks.noControlNeeded') : t('risks.noControl')}</td>}
              {editable && (
                <td>
                  <button id={`edit-control-${r.id}`} type="button" className="button-small" onClick={() => onEdit(r, `edit-control-${r.id}`)}
                    aria-label={r.control ? t('risks.editControl', { number: r.number }) : t('risks.addControl', { number: r.number })}>
                    {r.control ? t('common.edit') : t('risks.add')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
