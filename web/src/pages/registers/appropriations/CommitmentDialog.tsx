// "Lägg till åtagande" / "Ändra åtagande": recipient, purpose, case, decision reference and date, conditions,
// status and the amount per year of the appropriation. When the amounts exceed the remaining funds the server
// says by how much; only then is a reason for taking the funds anyway asked for.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../api.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { FormErrors } from '../../../components/Errors.tsx';
import { DateField, SelectField, TextArea, TextField } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { DialogActions } from '../../admin/DialogActions.tsx';
import { addCommitment, EDITABLE_STATUSES, kr, updateCommitment, type Appropriation, type Commitment } from './api.ts';

interface Props { appropriation: Appropriation; commitment: Commitment | null; onClose: () => void; onSaved: (a: Appropriation) => void }

export function CommitmentDialog({ appropriation, commitment, onClose, onSaved }: Props) {
  const t = useT();
  const amountOf = (year: number) => commitment?.amounts.find((a) => a.year === year)?.amountKr;
  const [v, setV] = useState({
    recipient: commitment?.recipient ?? '', purpose: commitment?.purpose ?? '', caseNumber: commitment?.caseNumber ?? '', reference: commitment?.reference ?? '',
    status: commitment?.status ?? 'firm', decidedOn: commitment?.decidedOn ?? '', conditions: commitment?.conditions ?? '', overrideReason: commitment?.overrideReason ?? '',
  });
  const [amounts, setAmounts] = useState(appropriation.years.map((y) => ({ year: y.year, amountKr: amountOf(y.year) !== undefined ? kr(amountOf(y.year)!) : '' })));
  const set = (key: keyof typeof v) => (value: string) => setV((prev) => ({ ...prev, [key]: value }));
  const submit = useSubmit(async () => {
    const body = { ...v, amounts, overrideReason: v.overrideReason.trim() || undefined };
    onSaved(commitment ? await updateCommitment(appropriation.id, commitment.id, { ...body, version: commitment.version }) : await addCommitment(appropriation.id, body));
  });
  const errors = fieldErrors(submit.error);
  const overdrawn = Boolean(errors.amounts?.includes('överskrider'));
  const labels: Record<string, string> = {
    recipient: t('appropriations.recipient'), purpose: t('appropriations.purpose'), caseNumber: t('appropriations.caseNumber'), reference: t('appropriations.reference'),
    status: t('appropriations.status'), decidedOn: t('appropriations.decidedOn'), conditions: t('appropriations.conditions'), amounts: t('appropriations.amountsPerYear'),
    overrideReason: t('appropriations.overrideReason'),
  };
  amounts.forEach((a, i) => { labels[`amounts.${i}.amountKr`] = t('appropriations.amountFor', { year: a.year }); labels[`amounts.${i}.year`] = t('appropriations.amountFor', { year: a.year }); });
  const onSubmit = (event: FormEvent) => { event.preventDefault(); void submit.run(); };
  return (
    <Dialog title={commitment ? t('appropriations.editCommitment') : t('appropriations.addCommitment')} description={appropriation.name} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <FormErrors error={submit.error} labels={labels} />
        <TextField name="recipient" label={labels.recipient!} value={v.recipient} onValue={set('recipient')} error={errors.recipient} maxLength={300} required />
        <TextArea name="purpose" label={labels.purpose!} value={v.purpose} onValue={set('purpose')} error={errors.purpose} rows={2} />
        <div className="field-row">
          <TextField name="caseNumber" label={labels.caseNumber!} hint={t('appropriations.caseNumberHint')} value={v.caseNumber} onValue={set('caseNumber')} error={errors.caseNumber} maxLength={40} />
          <TextField name="reference" label={labels.reference!} hint={t('appropriations.referenceHint')} value={v.reference} onValue={set('reference')} error={errors.reference} maxLength={200} />
        </div>
        <div className="field-row">
          <SelectField name="status" label={labels.status!} value={v.status} onValue={set('status')} error={errors.status} required
            options={EDITABLE_STATUSES.map((s) => ({ value: s, label: t(`appropriations.status.${s}`) }))} />
          {v.status !== 'proposed' && <DateField name="decidedOn" label={labels.decidedOn!} value={v.decidedOn} onValue={set('decidedOn')} error={errors.decidedOn} required />}
        </div>
        <TextArea name="conditions" label={labels.conditions!} hint={t('appropriations.conditionsHint')} value={v.conditions} onValue={set('conditions')} error={errors.conditions} rows={2} />
        <fieldset className="group" aria-describedby={errors.amounts ? 'f-amounts' : undefined}>
          <legend>{labels.amounts}</legend>
          <p className="hint">{t('appropriations.amountHint')}</p>
          {errors.amounts && <p id="f-amounts" className="field-error" tabIndex={-1}>{errors.amounts}</p>}
          <div className="amount-grid">
            {amounts.map((a, i) => (
              <TextField key={a.year} name={`amounts.${i}.amountKr`} label={String(a.year)} value={a.amountKr} inputMode="numeric"
                onValue={(value) => setAmounts((prev) => prev.map((x, j) => (j === i ? { ...x, amountKr: value } : x)))} error={errors[`amounts.${i}.amountKr`]} />
            ))}
          </div>
        </fieldset>
        {(overdrawn || v.overrideReason) && (
          <TextArea name="overrideReason" label={labels.overrideReason!} hint={t('appropriations.overrideHint')} value={v.overrideReason} onValue={set('overrideReason')} error={errors.overrideReason} required />
        )}
        <DialogActions busy={submit.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
