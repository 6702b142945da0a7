// "Lägg till risk" / "Ändra risk": number, control area, the identified risk, and probability and consequence
// chosen by their labels; the risk value and handling follow from the analysis's bands once saved.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../api.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { FormErrors } from '../../../components/Errors.tsx';
import { SelectField, TextArea, TextField } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { DialogActions } from '../../admin/DialogActions.tsx';
import { addRisk, updateRisk, type Risk, type RiskAnalysis, type ScaleStep } from './riskApi.ts';

interface Props { analysis: RiskAnalysis; risk: Risk | null; onClose: () => void; onSaved: (view: RiskAnalysis) => void }

const nextNumber = (a: RiskAnalysis) => `R${a.risks.reduce((n, r) => Math.max(n, Number(r.number.slice(1)) || 0), 0) + 1}`;
const options = (scale: ScaleStep[]) => scale.map((s) => ({ value: String(s.value), label: `${s.label} (${s.value})` }));

export function RiskDialog({ analysis, risk, onClose, onSaved }: Props) {
  const t = useT();
  const [v, setV] = useState({
    number: risk?.number ?? nextNumber(analysis), controlArea: risk?.controlArea ?? '', description: risk?.description ?? '',
    probability: risk ? String(risk.probability) : '', consequence: risk ? String(risk.consequence) : '',
  });
  const set = (key: keyof typeof v) => (value: string) => setV((prev) => ({ ...prev, [key]: value }));
  const submit = useSubmit(async () => {
    const body = { number: v.number.trim(), controlArea: v.controlArea, description: v.description, probability: Number(v.probability) || 0, consequence: Number(v.consequence) || 0 };
    onSaved(risk ? await updateRisk(risk.id, { ...body, version: risk.version }) : await addRisk(analysis.id, body));
  });
  const errors = fieldErrors(submit.error);
  const labels = { number: t('risks.number'), controlArea: t('risks.controlArea'), description: t('risks.description'), probability: t('risks.probability'), consequence: t('risks.consequence') };
  const onSubmit = (event: FormEvent) => { event.preventDefault(); void submit.run(); };
  const hint = (scale: ScaleStep[], value: string) => scale.find((s) => String(s.value) === value)?.definition;
  return (
    <Dialog title={risk ? t('risks.editRisk', { number: risk.number }) : t('risks.addRisk')} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <FormErrors error={submit.error} labels={labels} />
        <TextField name="number" label={labels.number} hint={t('risks.numberHint')} value={v.number} onValue={set('number')} error={errors.number} maxLength={5} className="field-short" required />
        <TextField name="controlArea" label={labels.controlArea} value={v.controlArea} onValue={set('controlArea')} error={errors.controlArea} maxLength={200} required />
        <TextArea name="description" label={labels.description} value={v.description} onValue={set('description')} error={errors.description} rows={4} required />
        <div className="field-row">
          <SelectField name="probability" label={labels.probability} value={v.probability} onValue={set('probability')} placeholder={t('common.choose')}
            options={options(analysis.probabilityScale)} hint={hint(analysis.probabilityScale, v.probability)} error={errors.probability} required />
          <SelectField name="consequence" label={labels.consequence} value={v.consequence} onValue={set('consequence')} placeholder={t('common.choose')}
            options={options(analysis.consequenceScale)} hint={hint(analysis.consequenceScale, v.consequence)} error={errors.consequence} required />
        </div>
        <DialogActions busy={submit.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
