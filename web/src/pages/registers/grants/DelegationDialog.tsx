// "Registrera delegationsbeslut": who decided under the delegation rules and when. Every recommended application
// is then decided as recommended, and applicants with an e-mail address are told at once; the others are listed
// to be told by letter.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../api.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { FormErrors } from '../../../components/Errors.tsx';
import { DateField, TextField } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { todayIso } from '../../../lib/format.ts';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { DialogActions } from '../../admin/DialogActions.tsx';
import { recordDelegation, type Round } from './api.ts';

export function DelegationDialog({ round, onClose }: { round: Round; onClose: (message?: string) => void }) {
  const t = useT();
  const [v, setV] = useState({ delegateName: round.delegateName ?? '', decidedOn: round.delegationDecidedOn ?? todayIso() });
  const set = (key: keyof typeof v) => (value: string) => setV((prev) => ({ ...prev, [key]: value }));
  const submit = useSubmit(async () => {
    const res = await recordDelegation(round.id, { version: round.version, ...v });
    onClose(t('grants.notificationsSent', { sent: res.notifications.sent, letters: res.notifications.letters.length }));
  });
  const errors = fieldErrors(submit.error);
  const labels = { delegateName: t('grants.delegateName'), decidedOn: t('grants.decidedOn') };
  const onSubmit = (event: FormEvent) => { event.preventDefault(); void submit.run(); };
  return (
    <Dialog title={t('grants.recordDelegation')} description={round.name} onClose={() => onClose()}>
      <form onSubmit={onSubmit} noValidate>
        <FormErrors error={submit.error} labels={labels} />
        <TextField name="delegateName" label={labels.delegateName} hint={t('grants.delegateHint')} value={v.delegateName} onValue={set('delegateName')} error={errors.delegateName} maxLength={300} required />
        <DateField name="decidedOn" label={labels.decidedOn} value={v.decidedOn} onValue={set('decidedOn')} error={errors.decidedOn} required />
        <p className="hint">{t('grants.delegationEffect')}</p>
        <DialogActions busy={submit.busy} onCancel={() => onClose()} submitLabel={t('grants.recordDelegationSubmit')} />
      </form>
    </Dialog>
  );
}
