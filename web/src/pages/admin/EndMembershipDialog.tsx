// Dialog for ending a membership (PATCH /memberships/:id { endsOn }): the seat's last day; the row is kept.
import { useState, type FormEvent } from 'react';
import { ApiError, fieldErrors } from '../../api.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { FormErrors } from '../../components/Errors.tsx';
import { DateField } from '../../components/fields.tsx';
import { endMembership } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatDate, todayIso } from '../../lib/format.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { isIsoDate, withFieldPrefix } from '../../lib/validate.ts';
import type { Membership } from '../../types.ts';
import { DialogActions } from './DialogActions.tsx';

interface Props {
  membership: Membership;
  personName: string;
  organName: string;
  onSaved: (membership: Membership) => void;
  onClose: () => void;
}

export function EndMembershipDialog({ membership, personName, organName, onSaved, onClose }: Props) {
  const t = useT();
  const startsOn = formatDate(membership.startsOn);
  // Today, unless the seat has not started yet: it cannot end before its first day.
  const [endsOn, setEndsOn] = useState(todayIso() < startsOn ? startsOn : todayIso());
  const submit = useSubmit(async () => {
    try {
      onSaved(await endMembership(membership.id, endsOn));
    } catch (err) {
      throw withFieldPrefix(err, 'end');
    }
  });
  const errors = fieldErrors(submit.error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = !endsOn.trim()
      ? t('form.fieldRequired')
      : !isIsoDate(endsOn)
        ? t('form.invalidDate')
        : endsOn < startsOn
          ? t('membership.endBeforeStart', { date: startsOn })
          : '';
    if (problem) return submit.setError(new ApiError(400, 'validation', '', [{ field: 'end.endsOn', message: problem }]));
    await submit.run();
  }

  return (
    <Dialog
      title={t('membership.endTitle', { name: personName })}
      description={t('membership.endIntro', {
        role: t(`membershipRole.${membership.role}`),
        organ: organName,
        startsOn,
      })}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <FormErrors error={submit.error} labels={{ 'end.endsOn': t('membership.lastDay') }} />
        <DateField
          name="end.endsOn"
          label={t('membership.lastDay')}
          hint={t('membership.lastDayHint')}
          value={endsOn}
          onValue={setEndsOn}
          error={errors['end.endsOn']}
          required
        />
        <DialogActions busy={submit.busy} onCancel={onClose} submitLabel={t('membership.endSubmit')} />
      </form>
    </Dialog>
  );
}
