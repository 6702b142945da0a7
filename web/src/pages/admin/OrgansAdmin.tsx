// Organs (KF, KS, nämnder, utskott): list, create with kind and parent organ, edit name and kind.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { useAnnounce } from '../../components/Announcer.tsx';
import { ErrorAlert, FormErrors } from '../../components/Errors.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading, SuccessNotice } from '../../components/Status.tsx';
import { createOrgan, listOrgans } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { sortBy } from '../../lib/format.ts';
import { useLoad } from '../../lib/useLoad.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { requireFields } from '../../lib/validate.ts';
import { ORGAN_KINDS, type Organ, type OrganKind } from '../../types.ts';
import { AdminTable, useAdminEditing } from './AdminTable.tsx';
import { EditOrganDialog } from './EditOrganDialog.tsx';

export function OrgansAdmin() {
  const t = useT();
  const announce = useAnnounce();
  const organs = useLoad((signal) => listOrgans(signal), []);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganKind>('committee');
  const [parentId, setParentId] = useState('');
  const submit = useSubmit(createOrgan);
  const errors = fieldErrors(submit.error);
  const items = sortBy(organs.data?.items ?? [], (o) => o.name);
  const nameOf = (id: string | null) => items.find((o) => o.id === id)?.name ?? '';
  const edit = useAdminEditing<Organ>('organs', (o) => o.name, organs.reload);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = requireFields({ code, name }, t('form.fieldRequired'), t('form.fixErrors'));
    if (missing) return submit.setError(missing);
    const ok = await submit.run({ code: code.trim(), name: name.trim(), kind, parentId: parentId || undefined });
    if (ok) {
      announce(t('admin.created', { name: name.trim() }));
      setCode('');
      setName('');
      setParentId('');
      await organs.reload();
    }
  }

  return (
    <>
      <PageHeading title={t('admin.organs')} />
      <ErrorAlert error={organs.error} />
      {edit.saved && <SuccessNotice onDismiss={edit.dismissSaved}>{edit.saved}</SuccessNotice>}
      {organs.loading && !organs.data ? (
        <Loading />
      ) : (
        <AdminTable
          id="organs"
          caption={t('admin.organsCaption', { count: items.length })}
          rows={items}
          nameOf={(o) => o.name}
          onEdit={edit.start}
          columns={[
            { header: t('organ.code'), cell: (o) => o.code },
            { header: t('organ.name'), cell: (o) => o.name, rowHeader: true },
            { header: t('organ.kind'), cell: (o) => t(`organKind.${o.kind}`) },
            { header: t('organ.parent'), cell: (o) => nameOf(o.parentId) || <span className="muted">–</span> },
          ]}
        />
      )}
      {edit.editing && <EditOrganDialog organ={edit.editing} onSaved={edit.onSaved} onClose={() => edit.close(edit.editing!.id)} />}

      <form onSubmit={onSubmit} noValidate className="panel form-narrow">
        <h2>{t('admin.newOrgan')}</h2>
        <FormErrors
          error={submit.error}
          labels={{ code: t('organ.code'), name: t('organ.name'), kind: t('organ.kind'), parentId: t('organ.parent') }}
        />
        <TextField name="code" label={t('organ.code')} hint={t('organ.codeHint')} value={code} onValue={setCode} error={errors.code} className="field-short" required />
        <TextField name="name" label={t('organ.name')} value={name} onValue={setName} error={errors.name} required />
        <SelectField
          name="kind"
          label={t('organ.kind')}
          value={kind}
          onValue={(v) => setKind(v as OrganKind)}
          options={ORGAN_KINDS.map((k) => ({ value: k, label: t(`organKind.${k}`) }))}
          error={errors.kind}
          required
        />
        <SelectField
          name="parentId"
          label={t('organ.parent')}
          hint={t('organ.parentHint')}
          value={parentId}
          onValue={setParentId}
          placeholder={t('organ.noParent')}
          options={items.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
          error={errors.parentId}
        />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={submit.busy}>
            {submit.busy ? t('common.saving') : t('admin.createOrgan')}
          </button>
        </div>
      </form>
    </>
  );
}
