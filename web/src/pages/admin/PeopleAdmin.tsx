// Elected representatives (förtroendevalda): list, create with party, and edit.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { useAnnounce } from '../../components/Announcer.tsx';
import { useReturnFocus } from '../../components/Dialog.tsx';
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
import { EditPersonDialog } from './EditPersonDialog.tsx';

const editButtonId = (id: string) => `edit-person-${id}`;

export function PeopleAdmin() {
  const t = useT();
  const announce = useAnnounce();
  const returnFocus = useReturnFocus();
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
  const [editing, setEditing] = useState<Person | null>(null);
  const [saved, setSaved] = useState('');

  function closeEdit(id: string) {
    setEditing(null);
    returnFocus(editButtonId(id));
  }

  async function onSaved(person: Person) {
    const message = t('admin.saved', { name: personName(person) });
    announce(message);
    setSaved(message);
    closeEdit(person.id);
    await people.reload();
  }

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
      {saved && <SuccessNotice onDismiss={() => setSaved('')}>{saved}</SuccessNotice>}
      {people.loading && !people.data ? (
        <Loading />
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="people-caption" tabIndex={0}>
          <table>
            <caption id="people-caption">{t('admin.peopleCaption', { count: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('person.name')}</th>
                <th scope="col">{t('person.party')}</th>
                <th scope="col">{t('person.email')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{`${p.familyName}, ${p.givenName}`}</th>
                  <td>{partyOf(p.partyId)?.code ?? <span className="muted">–</span>}</td>
                  <td>{p.email ?? <span className="muted">–</span>}</td>
                  <td>
                    <button
                      type="button"
                      id={editButtonId(p.id)}
                      className="button-small"
                      onClick={() => {
                        setSaved('');
                        setEditing(p);
                      }}
                    >
                      {t('common.edit')} <span className="visually-hidden">{personName(p)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <EditPersonDialog person={editing} parties={partyItems} onSaved={onSaved} onClose={() => closeEdit(editing.id)} />
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
