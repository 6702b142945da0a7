// "Nytt anslag" / "Ändra anslag": organ, name, description and the amount per year (typed in kronor, Swedish
// format allowed). Lowering a year below what is already committed asks for a reason.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../api.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { FormErrors } from '../../../components/Errors.tsx';
import { SelectField, TextArea, TextField } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { useSubmit } from '../../../lib/useSubmit.ts';
import type { Organ } from '../../../types.ts';
import { DialogActions } from '../../admin/DialogActions.tsx';
import { createAppropriation, kr, updateAppropriation, type Appropriation } from './api.ts';

interface Props { appropriation: Appropriation | null; organs: Organ[]; defaultOrganId?: string; onClose: () => void; onSaved: (a: Appropriation) => void }

export function AppropriationDialog({ appropriation, organs, defaultOrganId, onClose, onSaved }: Props) {
  const t = useT();
  const thisYear = new Date().getFullYear();
  const [organId, setOrganId] = useState(appropriation?.organId ?? defaultOrganId ?? '');
  const [name, setName] = useState(appropriation?.name ?? '');
  const [description, setDescription] = useState(appropriation?.description ?? '');
  const [years, setYears] = useState(appropriation ? appropriation.years.map((y) => ({ year: y.year, amountKr: kr(y.amountKr) })) : [0, 1, 2].map((i) => ({ year: thisYear + i, amountKr: '' })));
  const [overrideReason, setOverrideReason] = useState('');
  const submit = useSubmit(async () => {
    const body = { name, description, years, ...(overrideReason.trim() ? { overrideReason } : {}) };
    onSaved(appropriation ? await updateAppropriation(appropriation.id, { ...body, version: appropriation.version }) : await createAppropriation({ ...body, organId }));
  });
  const errors = fieldErrors(submit.error);
  const needsReason = Boolean(errors.years?.includes('ange ett skäl')) || overrideReason !== '';
  const labels: Record<string, string> = { organId: t('appropriations.organ'), name: t('appropriations.name'), description: t('appropriations.description'), years: t('appropriations.amountsPerYear'), overrideReason: t('appropriations.overrideReason') };
  years.forEach((y, i) => { labels[`years.${i}.amountKr`] = t('appropriations.amountFor', { year: y.year }); labels[`years.${i}.year`] = t('appropriations.year'); });
  const onSubmit = (event: FormEvent) => { event.preventDefault(); void submit.run(); };
  const setYear = (i: number, patch: Partial<{ year: number; amountKr: string }>) => setYears((prev) => prev.map((y, j) => (j === i ? { ...y, ...patch } : y)));
  return (
    <Dialog title={appropriation ? t('appropriations.edit') : t('appropriations.new')} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <FormErrors error={submit.error} labels={labels} />
        {!appropriation && (
          <SelectField name="organId" label={labels.organId!} value={organId} onValue={setOrganId} placeholder={t('common.choose')}
            options={organs.map((o) => ({ value: o.id, label: o.name }))} error={errors.organId} required />
        )}
        <TextField name="name" label={labels.name!} value={name} onValue={setName} error={errors.name} maxLength={200} required />
        <TextArea name="description" label={labels.description!} value={description} onValue={setDescription} error={errors.description} />
        <fieldset className="group" aria-describedby={errors.years ? 'f-years' : undefined}>
          <legend>{labels.years}</legend>
          {errors.years && <p id="f-years" className="field-error" tabIndex={-1}>{errors.years}</p>}
          {years.map((y, i) => (
            <div className="field-row" key={i}>
              <TextField name={`years.${i}.year`} label={t('appropriations.year')} value={String(y.year)} onValue={(v) => setYear(i, { year: Number(v) })} error={errors[`years.${i}.year`]} inputMode="numeric" maxLength={4} className="field-short" />
              <TextField name={`years.${i}.amountKr`} label={t('appropriations.amountKr')} hint={t('appropriations.amountHint')} value={y.amountKr} onValue={(v) => setYear(i, { amountKr: v })} error={errors[`years.${i}.amountKr`]} />
            </div>
          ))}
          <button type="button" onClick={() => setYears((prev) => [...prev, { year: (prev.at(-1)?.year ?? thisYear - 1) + 1, amountKr: '' }])}>{t('appropriations.addYear')}</button>
        </fieldset>
        {needsReason && <TextArea name="overrideReason" label={labels.overrideReason!} hint={t('appropriations.overrideHint')} value={overrideReason} onValue={setOverrideReason} error={errors.overrideReason} required />}
        <DialogActions busy={submit.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
