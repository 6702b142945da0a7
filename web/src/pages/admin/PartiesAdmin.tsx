// Political parties: list and create.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { useAnnounce } from '../../components/Announcer.tsx';
import { ErrorAlert, FormErrors } from '../../components/Errors.tsx';
import { TextField } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/Status.tsx';
import { createParty, listParties } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { sortBy } from '../../lib/format.ts';
import { useLoad } from '../../lib/useLoad.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { requireFields } from '../../lib/validate.ts';

export function PartiesAdmin() {
  const t = useT();
  const announce = useAnnounce();
  const parties = useLoad((signal) => listParties(signal), []);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const submit = useSubmit(createParty);
  const errors = fieldErrors(submit.error);
  const items = sortBy(parties.data?.items ?? [], (p) => p.name);

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
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td>{p.code}</td>
                  <th scope="row">{p.name}</th>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

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
