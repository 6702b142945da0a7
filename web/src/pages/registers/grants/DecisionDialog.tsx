// "Registrera beslut": what the organ actually decided on one application of a round it decides — needed when a
// member's counter-proposal won and the applications went back to "recommended". Granted (amount per year, in the
// round's unit) or rejected, the decision's reference and date, and the motivation the applicant is sent. The
// granted amounts are committed against the round's appropriation (beyond the remaining funds too: the decision
// is recorded as an override) and the applicant is told at once when an e-mail address is known.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../api.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { FormErrors } from '../../../components/Errors.tsx';
import { DateField, RadioGroup, TextArea, TextField } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { todayIso } from '../../../lib/format.ts';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { DialogActions } from '../../admin/DialogActions.tsx';
import { GrantedAmountsField } from './GrantedAmountsField.tsx';
import { recordDecision, typed, type Application, type Round } from './api.ts';

interface Props { round: Round; application: Application; onClose: (message?: string) => void }

export function DecisionDialog({ round, application: a, onClose }: Props) {
  const t = useT();
  const u = round.unit;
  const [v, setV] = useState({
    outcome: (a.outcome ?? (a.recommendation === 'reject' ? 'rejected' : 'granted')) as 'granted' | 'rejected',
    decisionRef: a.decisionRef ?? `${round.organCode} § `, decidedOn: a.decidedOn ?? todayIso(), motivation: a.motivation,
  });
  const [granted, setGranted] = useState<Record<string, string>>(Object.fromEntries(a.years.map((y) => [String(y.year), typed(y.grantedKr, u)])));
  const set = (key: keyof typeof v) => (value: string) => setV((prev) => ({ ...prev, [key]: value }));
  const submit = useSubmit(async () => {
    await recordDecision(a.id, { version: a.version, ...v, granted: v.outcome === 'granted' ? granted : {} });
    onClose(t('grants.decisionRecorded', { title: a.projectTitle }));
  });
  const errors = fieldErrors(submit.error);
  const labels: Record<string, string> = {
    outcome: t('grants.outcomeLabel'), granted: t('grants.grantedPerYear', { unit: u }), decisionRef: t('grants.decisionRef'), decidedOn: t('grants.decidedOn'), motivation: t('grants.motivation'),
  };
  a.years.forEach((y) => { labels[`granted.${y.year}`] = t('grants.grantedYear', { year: y.year }); });
  const onSubmit = (event: FormEvent) => { event.preventDefault(); void submit.run(); };
  return (
    <Dialog title={t('grants.recordDecisionTitle')} description={`${a.projectTitle} · ${a.applicantName}`} onClose={() => onClose()}>
      <form onSubmit={onSubmit} noValidate>
        <FormErrors error={submit.error} labels={labels} />
        <p className="hint">{t('grants.recordDecisionHint')}</p>
        <RadioGroup name="outcome" legend={labels.outcome!} value={v.outcome} onValue={set('outcome')} error={errors.outcome} required inline
          options={[{ value: 'granted', label: t('grants.outcomeGranted') }, { value: 'rejected', label: t('grants.outcomeRejected') }]} />
        {v.outcome === 'granted' && <GrantedAmountsField application={a} unit={u} legend={labels.granted!} values={granted} onValues={setGranted} errors={errors} />}
        <div className="field-row">
          <TextField name="decisionRef" label={labels.decisionRef!} hint={t('grants.decisionRefHint')} value={v.decisionRef} onValue={set('decisionRef')} error={errors.decisionRef} maxLength={200} required />
          <DateField name="decidedOn" label={labels.decidedOn!} value={v.decidedOn} onValue={set('decidedOn')} error={errors.decidedOn} required />
        </div>
        <TextArea name="motivation" label={labels.motivation!} hint={t('grants.decisionMotivationHint')} value={v.motivation} onValue={set('motivation')} error={errors.motivation} rows={3} />
        <DialogActions busy={submit.busy} onCancel={() => onClose()} submitLabel={t('grants.recordDecisionSubmit')} />
      </form>
    </Dialog>
  );
}
