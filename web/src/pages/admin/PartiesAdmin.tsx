// Political parties: list, create, and change a party's name.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { useAnnounce } from '../../components/Announcer.tsx';
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
import { AdminTable, useAdminEditing } from './AdminTable.tsx';
import { EditPartyDialog } from './EditPartyDialog.tsx';

export function PartiesAdmin() {
  const t = useT();
  const announce = useAnnounce();
  const parties = useLoad((signal) => listParties(signal), []);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const submit = useSubmit(createParty);
  const errors = fieldErrors(submit.error);
  const items = sortBy(parties.data?.items ?? [], (p) => p.name);
  const edit = useAdminEditing<Party>('parties', (p) => p.name, parties.reload);

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
      {edit.saved && <SuccessNotice onDismiss={edit.dismissSaved}>{edit.saved}</SuccessNotice>}
      {parties.loading && !parties.data ? (
        <Loading />
      ) : (
        <AdminTable
          id="parties"
          caption={t('admin.partiesCaption', { count: items.length })}
          rows={items}
          nameOf={(p) => p.name}
          onEdit={edit.start}
          columns={[
            { header: t('party.code'), cell: (p) => p.code },
            { header: t('party.name'), cell: (p) => p.name, rowHeader: true },
          ]}
        />
      )}
      {edit.editing && <EditPartyDialog party={edit.editing} onSaved={edit.onSaved} onClose={() => edit.close(edit.editing!.id)} />}

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
