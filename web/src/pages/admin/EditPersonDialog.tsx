// Dialog for changing an elected representative's names, party and email (PATCH /people/:id).
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { FormErrors } from '../../components/Errors.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { updatePerson } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { personName } from '../../lib/format.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { requireFields, withFieldPrefix } from '../../lib/validate.ts';
import type { Party, Person } from '../../types.ts';
import { DialogActions } from './DialogActions.tsx';

interface Props {
  person: Person;
  /** Parties to choose from, already sorted. */
  parties: Party[];
  onSaved: (person: Person) => void;
  onClose: () => void;
}

export function EditPersonDialog({ person, parties, onSaved, onClose }: Props) {
  const t = useT();
  const [givenName, setGivenName] = useState(person.givenName);
  const [familyName, setFamilyName] = useState(person.familyName);
  const [partyId, setPartyId] = useState(person.partyId ?? '');
  const [email, setEmail] = useState(person.email ?? '');
  const submit = useSubmit(async () => {
    try {
      // An empty party or email clears it on the server.
      const body = { givenName: givenName.trim(), familyName: familyName.trim(), partyId, email: email.trim() };
      onSaved(await updatePerson(person.id, body));
    } catch (err) {
      throw withFieldPrefix(err, 'edit');
    }
  });
  const errors = fieldErrors(submit.error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = requireFields(
      { 'edit.givenName': givenName, 'edit.familyName': familyName },
      t('form.fieldRequired'),
      t('form.fixErrors'),
    );
    if (missing) return submit.setError(missing);
    await submit.run();
  }

  return (
    <Dialog title={t('admin.editTitle', { name: personName(person) })} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <FormErrors
          error={submit.error}
          labels={{
            'edit.givenName': t('person.givenName'),
            'edit.familyName': t('person.familyName'),
            'edit.partyId': t('person.party'),
            'edit.email': t('person.email'),
          }}
        />
        <div className="field-row">
          <TextField name="edit.givenName" label={t('person.givenName')} value={givenName} onValue={setGivenName} error={errors['edit.givenName']} autoComplete="off" required />
          <TextField name="edit.familyName" label={t('person.familyName')} value={familyName} onValue={setFamilyName} error={errors['edit.familyName']} autoComplete="off" required />
        </div>
        <SelectField
          name="edit.partyId"
          label={t('person.party')}
          value={partyId}
          onValue={setPartyId}
          placeholder={t('person.noParty')}
          options={parties.map((p) => ({ value: p.id, label: `${p.name} (${p.code})` }))}
          error={errors['edit.partyId']}
        />
        <TextField
          name="edit.email"
          type="email"
          label={t('person.email')}
          hint={person.email ? t('person.emailHint') : undefined}
          value={email}
          onValue={setEmail}
          error={errors['edit.email']}
          autoComplete="off"
        />
        <DialogActions busy={submit.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
