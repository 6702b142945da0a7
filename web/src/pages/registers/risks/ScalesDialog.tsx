// "Skalornas benämningar": the labels and definitions of probability and consequence 1–4 of this analysis
// (the heat map, the risk dialog and the generated document use them). The server names a wrong step.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../api.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { FormErrors } from '../../../components/Errors.tsx';
import { TextArea, TextField } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { DialogActions } from '../../admin/DialogActions.tsx';
import { updateRiskAnalysis, type RiskAnalysis, type ScaleStep } from './riskApi.ts';

type ScaleName = 'probabilityScale' | 'consequenceScale';
const SCALES: ScaleName[] = ['probabilityScale', 'consequenceScale'];

interface Props { analysis: RiskAnalysis; onClose: () => void; onSaved: (view: RiskAnalysis) => void }

export function ScalesDialog({ analysis, onClose, onSaved }: Props) {
  const t = useT();
  const [scales, setScales] = useState<Record<ScaleName, ScaleStep[]>>({ probabilityScale: analysis.probabilityScale, consequenceScale: analysis.consequenceScale });
  const set = (scale: ScaleName, i: number, key: 'label' | 'definition') => (value: string) =>
    setScales((prev) => ({ ...prev, [scale]: prev[scale].map((s, j) => (j === i ? { ...s, [key]: value } : s)) }));
  const submit = useSubmit(async () => {
    onSaved(await updateRiskAnalysis(analysis.id, { version: analysis.version, ...scales }));
  });
  const errors = fieldErrors(submit.error);
  const title = (scale: ScaleName) => (scale === 'probabilityScale' ? t('risks.probability') : t('risks.consequence'));
  const fieldLabel = (key: 'label' | 'definition', value: number) => t(key === 'label' ? 'risks.stepLabel' : 'risks.stepDefinition', { value });
  // The error summary names the scale as well as the step.
  const labels: Record<string, string> = { probabilityScale: title('probabilityScale'), consequenceScale: title('consequenceScale') };
  for (const scale of SCALES) {
    for (const [i, s] of analysis[scale].entries()) {
      for (const key of ['label', 'definition'] as const) labels[`${scale}.${i}.${key}`] = `${title(scale)}, ${fieldLabel(key, s.value).toLowerCase()}`;
    }
  }
  const onSubmit = (event: FormEvent) => { event.preventDefault(); void submit.run(); };
  return (
    <Dialog title={t('risks.scalesTitle')} description={t('risks.scalesDescription')} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="risk-scales">
        <FormErrors error={submit.error} labels={labels} />
        {SCALES.map((scale) => (
          <fieldset key={scale} id={`f-${scale}`} tabIndex={-1}>
            <legend>{title(scale)}</legend>
            {errors[scale] && <p className="field-error">{errors[scale]}</p>}
            {scales[scale].map((s, i) => (
              <div className="risk-scale-step" key={s.value}>
                <TextField name={`${scale}.${i}.label`} label={fieldLabel('label', s.value)} value={s.label} onValue={set(scale, i, 'label')}
                  error={errors[`${scale}.${i}.label`]} maxLength={60} required />
                <TextArea name={`${scale}.${i}.definition`} label={fieldLabel('definition', s.value)} value={s.definition} onValue={set(scale, i, 'definition')}
                  error={errors[`${scale}.${i}.definition`]} rows={2} maxLength={400} />
              </div>
            ))}
          </fieldset>
        ))}
        <DialogActions busy={submit.busy} onCancel={onClose} submitLabel={t('risks.saveScales')} />
      </form>
    </Dialog>
  );
}

/** The scales as they stand: a value, its label and definition per step, both scales side by side. */
export function ScaleSummary({ analysis }: { analysis: RiskAnalysis }) {
  const t = useT();
  return (
    <div className="table-wrap">
      <table className="risk-scale-table">
        <caption>{t('risks.scalesCaption', { organ: analysis.organName, year: analysis.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('risks.stepValue')}</th>
            <th scope="col">{t('risks.probability')}</th>
            <th scope="col">{t('risks.consequence')}</th>
          </tr>
        </thead>
        <tbody>
          {analysis.probabilityScale.map((p, i) => {
            const c = analysis.consequenceScale[i]!;
            return (
              <tr key={p.value}>
                <th scope="row" className="num">{p.value}</th>
                <td><strong>{p.label}</strong>{p.definition && <span className="sub">{p.definition}</span>}</td>
                <td><strong>{c.label}</strong>{c.definition && <span className="sub">{c.definition}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
