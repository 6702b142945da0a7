// The control plan's row for a risk: kontrollmoment, kontrollmetod, ansvarig and the tertials it is followed up in.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../api.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { FormErrors } from '../../../components/Errors.tsx';
import { CheckboxField, TextArea, TextField } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { DialogActions } from '../../admin/DialogActions.tsx';
import { saveControl, type Risk, type RiskAnalysis } from './riskApi.ts';

interface Props { risk: Risk; onClose: () => void; onSaved: (view: RiskAnalysis) => void }

export function ControlDialog({ risk, onClose, onSaved }: Props) {
  const t = useT();
  const c = risk.control;
  const [v, setV] = useState({ control: c?.control ?? '', method: c?.method ?? '', responsible: c?.responsible ?? '' });
  const [tertials, setTertials] = useState<number[]>(c?.tertials ?? []);
  const set = (key: keyof typeof v) => (value: string) => setV((prev) => ({ ...prev, [key]: value }));
  const toggle = (n: number) => (on: boolean) => setTertials((prev) => (on ? [...prev, n].sort() : prev.filter((x) => x !== n)));
  const submit = useSubmit(async () => onSaved(await saveControl(risk.id, { ...v, tertials, ...(c ? { version: c.version } : {}) })));
  const errors = fieldErrors(submit.error);
  const labels = { control: t('risks.control'), method: t('risks.method'), responsible: t('risks.responsible'), tertials: t('risks.frequency') };
  const onSubmit = (event: FormEvent) => { event.preventDefault(); void submit.run(); };
  return (
    <Dialog title={t('risks.controlFor', { number: risk.number })} description={`${risk.handlingLabel}: ${risk.description}`} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <FormErrors error={submit.error} labels={labels} />
        <TextArea name="control" label={labels.control} value={v.control} onValue={set('control')} error={errors.control} rows={3} required />
        <TextArea name="method" label={labels.method} value={v.method} onValue={set('method')} error={errors.method} rows={3} required />
        <TextField name="responsible" label={labels.responsible} value={v.responsible} onValue={set('responsible')} error={errors.responsible} maxLength={120} required />
        <fieldset id="f-tertials" tabIndex={-1} className={`risk-tertials${errors.tertials ? ' has-error' : ''}`} aria-describedby={errors.tertials ? 'f-tertials-error' : undefined}>
          <legend>{labels.tertials} <span className="required">{t('form.required')}</span></legend>
          {errors.tertials && <p id="f-tertials-error" className="field-error">{errors.tertials}</p>}
          {[1, 2, 3].map((n) => <CheckboxField key={n} name={`tertial-${n}`} label={t(`risks.tertial${n}` as 'risks.tertial1')} checked={tertials.includes(n)} onChecked={toggle(n)} />)}
        </fieldset>
        <DialogActions busy={submit.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
