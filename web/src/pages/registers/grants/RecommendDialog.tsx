// "Rekommendation": grant (amount per year, in the round's unit, with any conditions) or reject, and the
// motivation. In a round drawing on an appropriation the proposal is checked against the remaining funds; when
// it would overdraw them the server says by how much, and only then is a reason for proposing it anyway asked for.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../api.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { FormErrors } from '../../../components/Errors.tsx';
import { RadioGroup, TextArea, TextField } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { DialogActions } from '../../admin/DialogActions.tsx';
import { GrantedAmountsField } from './GrantedAmountsField.tsx';
import { recommend, typed, type Application, type Round } from './api.ts';

interface Props { round: Round; application: Application; onClose: (message?: string) => void }

export function RecommendDialog({ round, application: a, onClose }: Props) {
  const t = useT();
  const u = round.unit;
  const [v, setV] = useState({ recommendation: a.recommendation ?? 'grant', motivation: a.motivation, conditions: a.conditions ?? '', overrideReason: '' });
  const [granted, setGranted] = useState<Record<string, string>>(Object.fromEntries(a.years.map((y) => [String(y.year), typed(y.grantedKr ?? (a.recommendation ? null : y.appliedKr), u)])));
  const set = (key: keyof typeof v) => (value: string) => setV((prev) => ({ ...prev, [key]: value }));
  const submit = useSubmit(async () => {
    const res = await recommend(a.id, { version: a.version, ...v, granted: v.recommendation === 'grant' ? granted : {}, overrideReason: v.overrideReason.trim() || undefined });
    onClose(res.warnings.length ? res.warnings.join(' ') : t('grants.recommended'));
  });
  const errors = fieldErrors(submit.error);
  const overdrawn = Boolean(errors.overrideReason) || v.overrideReason !== '';
  const labels: Record<string, string> = {
    recommendation: t('grants.recommendationLabel'), motivation: t('grants.motivation'), conditions: t('grants.conditions'),
    granted: t('grants.grantedPerYear', { unit: u }), overrideReason: t('grants.overrideReason'),
  };
  a.years.forEach((y) => { labels[`granted.${y.year}`] = t('grants.grantedYear', { year: y.year }); });
  const onSubmit = (event: FormEvent) => { event.preventDefault(); void submit.run(); };
  return (
    <Dialog title={t('grants.recommendTitle')} description={`${a.projectTitle} · ${a.applicantName}`} onClose={() => onClose()}>
      <form onSubmit={onSubmit} noValidate>
        <FormErrors error={submit.error} labels={labels} />
        <RadioGroup name="recommendation" legend={labels.recommendation!} value={v.recommendation} onValue={set('recommendation')} error={errors.recommendation} required inline
          options={[{ value: 'grant', label: t('grants.grantOption') }, { value: 'reject', label: t('grants.rejectOption') }]} />
        {v.recommendation === 'grant' && <GrantedAmountsField application={a} unit={u} legend={labels.granted!} values={granted} onValues={setGranted} errors={errors} />}
        <TextArea name="motivation" label={labels.motivation!} hint={v.recommendation === 'reject' ? t('grants.motivationRequired') : undefined} value={v.motivation} onValue={set('motivation')} error={errors.motivation} rows={3} required={v.recommendation === 'reject'} />
        {v.recommendation === 'grant' && (
          <TextField name="conditions" label={labels.conditions!} hint={t('grants.conditionsHint')} value={v.conditions} onValue={set('conditions')} error={errors.conditions} maxLength={1000} />
        )}
        {overdrawn && (
          <TextArea name="overrideReason" label={labels.overrideReason!} hint={t('grants.overrideHint')} value={v.overrideReason} onValue={set('overrideReason')} error={errors.overrideReason} rows={2} required />
        )}
        <DialogActions busy={submit.busy} onCancel={() => onClose()} />
      </form>
    </Dialog>
  );
}
