// Form for adding a membership (uppdrag) in an organ: person, role, substitute order and period.
import { useState, type FormEvent } from 'react';
import { ApiError, fieldErrors } from '../../api.ts';
import { FormErrors } from '../../components/Errors.tsx';
import { DateField, SelectField, TextField } from '../../components/fields.tsx';
import { createMembership } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/format.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { isIsoDate, requireFields } from '../../lib/validate.ts';
import { MEMBERSHIP_ROLES, type MembershipRole, type Person, type Term } from '../../types.ts';

interface Props {
  organId: string;
  organName: string;
  /** People to choose from, already sorted. */
  people: Person[];
  terms: Term[];
  onCreated: (personId: string) => void;
}

export function NewMembershipForm({ organId, organName, people, terms, onCreated }: Props) {
  const t = useT();
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<MembershipRole>('member');
  const [substituteOrder, setSubstituteOrder] = useState('');
  const [termId, setTermId] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const submit = useSubmit(createMembership);
  const errors = fieldErrors(submit.error);

  function chooseTerm(id: string) {
    setTermId(id);
    const term = terms.find((x) => x.id === id);
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
      onCreated(personId);
      setPersonId('');
      setSubstituteOrder('');
    }
  }

  return (
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
        options={people.map((p) => ({ value: p.id, label: `${p.familyName}, ${p.givenName}` }))}
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
      {terms.length > 0 && (
        <SelectField
          name="termId"
          label={t('membership.term')}
          hint={t('membership.termHint')}
          value={termId}
          onValue={chooseTerm}
          placeholder={t('common.choose')}
          options={terms.map((x) => ({ value: x.id, label: x.name }))}
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
  );
}
