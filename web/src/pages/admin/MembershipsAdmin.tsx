// Memberships per organ: who sits in the organ, in which role, substitute order and period.
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError, fieldErrors } from '../../api.ts';
import { useAnnounce } from '../../components/Announcer.tsx';
import { ErrorAlert, FormErrors } from '../../components/Errors.tsx';
import { DateField, SelectField, TextField } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/Status.tsx';
import { createMembership, listMemberships, listOrgans, listPeople, listTerms } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatDate, sortBy } from '../../lib/format.ts';
import { useLoad } from '../../lib/useLoad.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { isIsoDate, requireFields } from '../../lib/validate.ts';
import { MEMBERSHIP_ROLES, type Membership, type MembershipRole } from '../../types.ts';

const ROLE_ORDER: Record<MembershipRole, number> = { chair: 0, vice_chair: 1, member: 2, substitute: 3 };

export function MembershipsAdmin() {
  const t = useT();
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  const organId = params.get('organId') ?? '';
  const organs = useLoad((signal) => listOrgans(signal), []);
  const people = useLoad((signal) => listPeople(signal), []);
  const terms = useLoad((signal) => listTerms(signal), []);
  const memberships = useLoad(
    (signal) => (organId ? listMemberships(organId, signal) : Promise.resolve({ items: [] as Membership[] })),
    [organId],
  );

  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<MembershipRole>('member');
  const [substituteOrder, setSubstituteOrder] = useState('');
  const [termId, setTermId] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const submit = useSubmit(createMembership);
  const errors = fieldErrors(submit.error);

  const organItems = sortBy(organs.data?.items ?? [], (o) => o.name);
  const peopleItems = sortBy(people.data?.items ?? [], (p) => `${p.familyName} ${p.givenName}`);
  const nameOf = (id: string) => {
    const p = peopleItems.find((x) => x.id === id);
    return p ? `${p.familyName}, ${p.givenName}` : id;
  };
  const rows = [...(memberships.data?.items ?? [])].sort(
    (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || (a.substituteOrder ?? 0) - (b.substituteOrder ?? 0),
  );
  const organName = organItems.find((o) => o.id === organId)?.name ?? '';

  function chooseTerm(id: string) {
    setTermId(id);
    const term = terms.data?.items.find((x) => x.id === id);
    if (term) {
      setStartsOn(formatDate(term.startsOn));
      setEndsOn(formatDate(term.endsOn));
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = requireFields({ personId, startsOn }, t('form.fieldRequired'), t('form.fixErrors'));
    if (missing) return submit.setError(missing);
    const badDates = [
      !isIsoDate(startsOn) && { field: 'startsOn', message: t('form.invalidDate') },
      endsOn && !isIsoDate(endsOn) && { field: 'endsOn', message: t('form.invalidDate') },
    ].filter((e): e is { field: string; message: string } => !!e);
    if (badDates.length) return submit.setError(new ApiError(400, 'validation', '', badDates));
    const order = Number.parseInt(substituteOrder, 10);
    const ok = await submit.run({
      personId,
      organId,
      role,
      substituteOrder: role === 'substitute' && Number.isFinite(order) ? order : undefined,
      startsOn,
      endsOn: endsOn || undefined,
    });
    if (ok) {
      announce(t('admin.membershipCreated', { name: nameOf(personId), organ: organName }));
      setPersonId('');
      setSubstituteOrder('');
      await memberships.reload();
    }
  }

  return (
    <>
      <PageHeading title={t('admin.memberships')} />
      <ErrorAlert error={organs.error ?? memberships.error} />
      <div className="filter-bar">
        <SelectField
          name="organFilter"
          label={t('membership.organ')}
          value={organId}
          onValue={(v) => setParams(v ? { organId: v } : {})}
          placeholder={t('common.choose')}
          options={organItems.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
        />
      </div>

      {!organId ? (
        <p className="empty">{t('membership.chooseOrgan')}</p>
      ) : memberships.loading && !memberships.data ? (
        <Loading />
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="memberships-caption" tabIndex={0}>
          <table>
            <caption id="memberships-caption">{t('membership.caption', { organ: organName, count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('membership.person')}</th>
                <th scope="col">{t('membership.role')}</th>
                <th scope="col" className="num">{t('membership.substituteOrder')}</th>
                <th scope="col">{t('membership.startsOn')}</th>
                <th scope="col">{t('membership.endsOn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{nameOf(m.personId)}</th>
                  <td>{t(`membershipRole.${m.role}`)}</td>
                  <td className="num">{m.substituteOrder ?? ''}</td>
                  <td className="nowrap">{formatDate(m.startsOn)}</td>
                  <td className="nowrap">{formatDate(m.endsOn) || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {organId && (
        <form onSubmit={onSubmit} noValidate className="panel form-narrow">
          <h2>{t('admin.newMembership', { organ: organName })}</h2>
          <FormErrors
            error={submit.error}
            labels={{
              personId: t('membership.person'),
              role: t('membership.role'),
              substituteOrder: t('membership.substituteOrder'),
              startsOn: t('membership.startsOn'),
              endsOn: t('membership.endsOn'),
            }}
          />
          <SelectField
            name="personId"
            label={t('membership.person')}
            value={personId}
            onValue={setPersonId}
            placeholder={t('common.choose')}
            options={peopleItems.map((p) => ({ value: p.id, label: `${p.familyName}, ${p.givenName}` }))}
            error={errors.personId}
            required
          />
          <div className="field-row">
            <SelectField
              name="role"
              label={t('membership.role')}
              value={role}
              onValue={(v) => setRole(v as MembershipRole)}
              options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: t(`membershipRole.${r}`) }))}
              error={errors.role}
              required
            />
            {role === 'substitute' && (
              <TextField
                name="substituteOrder"
                type="number"
                min={1}
                label={t('membership.substituteOrder')}
                value={substituteOrder}
                onValue={setSubstituteOrder}
                error={errors.substituteOrder}
                className="field-short"
              />
            )}
          </div>
          {(terms.data?.items.length ?? 0) > 0 && (
            <SelectField
              name="termId"
              label={t('membership.term')}
              hint={t('membership.termHint')}
              value={termId}
              onValue={chooseTerm}
              placeholder={t('common.choose')}
              options={(terms.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
            />
          )}
          <div className="field-row">
            <DateField name="startsOn" label={t('membership.startsOn')} value={startsOn} onValue={setStartsOn} error={errors.startsOn} required />
            <DateField name="endsOn" label={t('membership.endsOn')} value={endsOn} onValue={setEndsOn} error={errors.endsOn} />
          </div>
          <div className="actions">
            <button type="submit" className="button-primary" disabled={submit.busy}>
              {submit.busy ? t('common.saving') : t('admin.createMembership')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
