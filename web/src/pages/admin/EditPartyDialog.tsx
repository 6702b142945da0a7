// Dialog for changing a party's name (PATCH /parties/:id); the code is fixed.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { FormErrors } from '../../components/Errors.tsx';
import { TextField } from '../../components/fields.tsx';
import { updateParty } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useSubmit } from '../../lib/useSubmit.ts';
import { requireFields, withFieldPrefix } from '../../lib/validate.ts';
import type { Party } from '../../types.ts';
import { DialogActions } from './DialogActions.tsx';

interface Props {
  party: Party;
  onSaved: (party: Party) => void;
  onClose: () => void;
}

export function EditPartyDialog({ party, onSaved, onClose }: Props) {
  const t = useT();
  const [name, setName] = useState(party.name);
  const submit = useSubmit(async () => {
    try {
      onSaved(await updateParty(party.id, { name: name.trim() }));
    } catch (err) {
      throw withFieldPrefix(err, 'edit');
    }
  });
  const errors = fieldErrors(submit.error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = requireFields({ 'edit.name': name }, t('form.fieldRequired'), t('form.fixErrors'));
    if (missing) return submit.setError(missing);
    await submit.run();
  }

  return (
    <Dialog
      title={t('admin.editTitle', { name: party.name })}
      description={t('party.codeFixed', { code: party.code })}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <FormErrors error={submit.error} labels={{ 'edit.name': t('party.name') }} />
        <TextField name="edit.name" label={t('party.name')} value={name} onValue={setName} error={errors['edit.name']} autoComplete="off" required />
        <DialogActions busy={submit.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
