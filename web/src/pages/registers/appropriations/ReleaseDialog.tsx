// "Frigör medel": a decided commitment's money returns to the appropriation from a date.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../api.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { FormErrors } from '../../../components/Errors.tsx';
import { DateField } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { todayIso } from '../../../lib/format.ts';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { DialogActions } from '../../admin/DialogActions.tsx';
import { releaseCommitment, type Appropriation, type Commitment } from './api.ts';

export function ReleaseDialog({ appropriation, commitment, onClose, onSaved }: { appropriation: Appropriation; commitment: Commitment; onClose: () => void; onSaved: (a: Appropriation) => void }) {
  const t = useT();
  const [releasedOn, setReleasedOn] = useState(todayIso());
  const submit = useSubmit(async () => onSaved(await releaseCommitment(appropriation.id, commitment.id, { version: commitment.version, releasedOn })));
  const errors = fieldErrors(submit.error);
  const onSubmit = (event: FormEvent) => { event.preventDefault(); void submit.run(); };
  return (
    <Dialog title={t('appropriations.release')} description={t('appropriations.releaseAbout', { recipient: commitment.recipient })} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <FormErrors error={submit.error} labels={{ releasedOn: t('appropriations.releasedOn') }} />
        <DateField name="releasedOn" label={t('appropriations.releasedOn')} value={releasedOn} onValue={setReleasedOn} error={errors.releasedOn} required />
        <DialogActions busy={submit.busy} onCancel={onClose} submitLabel={t('appropriations.release')} />
      </form>
    </Dialog>
  );
}
