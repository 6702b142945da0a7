// Elected representatives (förtroendevalda): list, create with party, and edit.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { useAnnounce } from '../../components/Announcer.tsx';
import { ErrorAlert, FormErrors } from '../../components/Errors.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading, SuccessNotice } from '../../components/Status.tsx';
import { createPerson, listParties, listPeople } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { personName, sortBy } from '../../lib/format.ts';
import { useLoad } from '../../lib/useLoad.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { requireFields } from '../../lib/validate.ts';
import type { Person } from '../../types.ts';
import { AdminTable, useAdminEditing } from './AdminTable.tsx';
import { EditPersonDialog } from './EditPersonDialog.tsx';

export function PeopleAdmin() {
  const t = useT();
  const announce = useAnnounce();
  const people = useLoad((signal) => listPeople(signal), []);
  const parties = useLoad((signal) => listParties(signal), []);
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [partyId, setPartyId] = useState('');
  const [email, setEmail] = useState('');
  const submit = useSubmit(createPerson);
  const errors = fieldErrors(submit.error);
  const items = sortBy(people.data?.items ?? [], (p) => `${p.familyName} ${p.givenName}`);
  const partyItems = sortBy(parties.data?.items ?? [], (p) => p.name);
  const partyOf = (id: string | null) => partyItems.find((p) => p.id === id);
  const edit = useAdminEditing<Person>('people', personName, people.reload);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = requireFields({ givenName, familyName }, t('form.fieldRequired'), t('form.fixErrors'));
    if (missing) return submit.setError(missing);
    const body = {
      givenName: givenName.trim(),
      familyName: familyName.trim(),
      partyId: partyId || undefined,
      email: email.trim() || undefined,
    };
    if (await submit.run(body)) {
      announce(t('admin.created', { name: personName(body) }));
      setGivenName('');
      setFamilyName('');
      setPartyId('');
      setEmail('');
      await people.reload();
    }
  }

  return (
    <>
      <PageHeading title={t('admin.people')} />
      <ErrorAlert error={people.error} />
      {edit.saved && <SuccessNotice onDismiss={edit.dismissSaved}>{edit.saved}</SuccessNotice>}
      {people.loading && !people.data ? (
        <Loading />
      ) : (
        <AdminTable
          id="people"
          caption={t('admin.peopleCaption', { count: items.length })}
          rows={items}
          nameOf={personName}
          onEdit={edit.start}
          columns={[
            { header: t('person.name'), cell: (p) => `${p.familyName}, ${p.givenName}`, rowHeader: true },
            { header: t('person.party'), cell: (p) => partyOf(p.partyId)?.code ?? <span className="muted">–</span> },
            { header: t('person.email'), cell: (p) => p.email ?? <span className="muted">–</span> },
          ]}
        />
      )}
      {edit.editing && (
        <EditPersonDialog person={edit.editing} parties={partyItems} onSaved={edit.onSaved} onClose={() => edit.close(edit.editing!.id)} />
      )}

      <form onSubmit={onSubmit} noValidate className="panel form-narrow">
        <h2>{t('admin.newPerson')}</h2>
        <FormErrors
          error={submit.error}
          labels={{
            givenName: t('person.givenName'),
            familyName: t('person.familyName'),
            partyId: t('person.party'),
            email: t('person.email'),
          }}
        />
        <div className="field-row">
          <TextField name="givenName" label={t('person.givenName')} value={givenName} onValue={setGivenName} error={errors.givenName} autoComplete="off" required />
          <TextField name="familyName" label={t('person.familyName')} value={familyName} onValue={setFamilyName} error={errors.familyName} autoComplete="off" required />
        </div>
        <SelectField
          name="partyId"
          label={t('person.party')}
          value={partyId}
          onValue={setPartyId}
          placeholder={t('person.noParty')}
          options={partyItems.map((p) => ({ value: p.id, label: `${p.name} (${p.code})` }))}
          error={errors.partyId}
        />
        <TextField name="email" type="email" label={t('person.email')} value={email} onValue={setEmail} error={errors.email} autoComplete="off" />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={submit.busy}>
            {submit.busy ? t('common.saving') : t('admin.createPerson')}
          </button>
        </div>
      </form>
    </>
  );
}
