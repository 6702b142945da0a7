// Dialog for changing an organ's name, kind and how long its adjusted minutes stay on the public site
// (PATCH /organs/:id); the code is fixed.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { FormErrors } from '../../components/Errors.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { updateOrgan } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useSubmit } from '../../lib/useSubmit.ts';
import { requireFields, withFieldPrefix } from '../../lib/validate.ts';
import { ORGAN_KINDS, type Organ, type OrganKind } from '../../types.ts';
import { DialogActions } from './DialogActions.tsx';

interface Props {
  organ: Organ;
  onSaved: (organ: Organ) => void;
  onClose: () => void;
}

export function EditOrganDialog({ organ, onSaved, onClose }: Props) {
  const t = useT();
  const [name, setName] = useState(organ.name);
  const [kind, setKind] = useState<OrganKind>(organ.kind);
  const [days, setDays] = useState(organ.minutesPublicationDays == null ? '' : String(organ.minutesPublicationDays));
  const submit = useSubmit(async () => {
    try {
      onSaved(await updateOrgan(organ.id, { name: name.trim(), kind, minutesPublicationDays: days.trim() === '' ? null : Number(days.trim()) }));
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
      title={t('admin.editTitle', { name: organ.name })}
      description={t('organ.codeFixed', { code: organ.code })}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <FormErrors error={submit.error} labels={{ 'edit.name': t('organ.name'), 'edit.kind': t('organ.kind'), 'edit.minutesPublicationDays': t('organ.publicationDays') }} />
        <TextField name="edit.name" label={t('organ.name')} value={name} onValue={setName} error={errors['edit.name']} autoComplete="off" required />
        <SelectField
          name="edit.kind"
          label={t('organ.kind')}
          value={kind}
          onValue={(v) => setKind(v as OrganKind)}
          options={ORGAN_KINDS.map((k) => ({ value: k, label: t(`organKind.${k}`) }))}
          error={errors['edit.kind']}
          required
        />
        <TextField
          name="edit.minutesPublicationDays"
          label={t('organ.publicationDays')}
          hint={t('organ.publicationDaysHint')}
          value={days}
          onValue={setDays}
          error={errors['edit.minutesPublicationDays']}
          inputMode="numeric"
          maxLength={4}
          className="field-short"
        />
        <DialogActions busy={submit.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
