// Political parties: list, create, and change a party's name.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { useAnnounce } from '../../components/Announcer.tsx';
import { useReturnFocus } from '../../components/Dialog.tsx';
import { ErrorAlert, FormErrors } from '../../components/Errors.tsx';
import { TextField } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading, SuccessNotice } from '../../components/Status.tsx';
import { createParty, listParties } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { sortBy } from '../../lib/format.ts';
import { useLoad } from '../../lib/useLoad.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { requireFields } from '../../lib/validate.ts';
import type { Party } from '../../types.ts';
import { EditPartyDialog } from './EditPartyDialog.tsx';

const editButtonId = (id: string) => `edit-party-${id}`;

export function PartiesAdmin() {
  const t = useT();
  const announce = useAnnounce();
  const returnFocus = useReturnFocus();
  const parties = useLoad((signal) => listParties(signal), []);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const submit = useSubmit(createParty);
  const errors = fieldErrors(submit.error);
  const items = sortBy(parties.data?.items ?? [], (p) => p.name);
  const [editing, setEditing] = useState<Party | null>(null);
  const [saved, setSaved] = useState('');

  function closeEdit(id: string) {
    setEditing(null);
    returnFocus(editButtonId(id));
  }

  async function onSaved(party: Party) {
    const message = t('admin.saved', { name: party.name });
    announce(message);
    setSaved(message);
    closeEdit(party.id);
    await parties.reload();
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = requireFields({ code, name }, t('form.fieldRequired'), t('form.fixErrors'));
    if (missing) return submit.setError(missing);
    if (await submit.run({ code: code.trim(), name: name.trim() })) {
      announce(t('admin.created', { name: name.trim() }));
      setCode('');
      setName('');
      await parties.reload();
    }
  }

  return (
    <>
      <PageHeading title={t('admin.parties')} />
      <ErrorAlert error={parties.error} />
      {saved && <SuccessNotice onDismiss={() => setSaved('')}>{saved}</SuccessNotice>}
      {parties.loading && !parties.data ? (
        <Loading />
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="parties-caption" tabIndex={0}>
          <table>
            <caption id="parties-caption">{t('admin.partiesCaption', { count: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('party.code')}</th>
                <th scope="col">{t('party.name')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td>{p.code}</td>
                  <th scope="row">{p.name}</th>
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
                      {t('common.edit')} <span className="visually-hidden">{p.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && <EditPartyDialog party={editing} onSaved={onSaved} onClose={() => closeEdit(editing.id)} />}

      <form onSubmit={onSubmit} noValidate className="panel form-narrow">
        <h2>{t('admin.newParty')}</h2>
        <FormErrors error={submit.error} labels={{ code: t('party.code'), name: t('party.name') }} />
        <TextField name="code" label={t('party.code')} hint={t('party.codeHint')} value={code} onValue={setCode} error={errors.code} className="field-short" required />
        <TextField name="name" label={t('party.name')} value={name} onValue={setName} error={errors.name} required />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={submit.busy}>
            {submit.busy ? t('common.saving') : t('admin.createParty')}
          </button>
        </div>
      </form>
    </>
  );
}
