// "Nytt sammanträde": organ, date, start and end time, place and comment (POST /meetings). The meeting gets the
// default agenda sections; the agenda is built on the meeting page.
import { useState, type FormEvent } from 'react';
import { ApiError, fieldErrors } from '../../api.ts';
import { useAuth } from '../../auth.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { FormErrors } from '../../components/Errors.tsx';
import { DateField, SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { listOrgans } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { sortBy } from '../../lib/format.ts';
import { canManageMeeting } from '../../lib/meetingAccess.ts';
import { useLoad } from '../../lib/useLoad.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { isIsoDate, requireFields } from '../../lib/validate.ts';
import { createMeeting } from '../../meetingEndpoints.ts';
import type { Meeting } from '../../meetingTypes.ts';
import { DialogActions } from '../admin/DialogActions.tsx';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

interface Props {
  onClose: () => void;
  onCreated: (meeting: Meeting) => void;
}

export function NewMeetingDialog({ onClose, onCreated }: Props) {
  const t = useT();
  const { user } = useAuth();
  const organs = useLoad((signal) => listOrgans(signal), []);
  const choices = sortBy(organs.data?.items ?? [], (o) => o.name).filter((o) => canManageMeeting(user, o.id));
  const [v, setV] = useState({ organId: '', date: '', startTime: '', endTime: '', place: '', comment: '' });
  const set = (key: keyof typeof v) => (value: string) => setV((prev) => ({ ...prev, [key]: value }));
  const submit = useSubmit(async () => {
    onCreated(
      await createMeeting({
        organId: v.organId,
        date: v.date.trim(),
        startTime: v.startTime.trim(),
        endTime: v.endTime.trim() || undefined,
        place: v.place.trim(),
        comment: v.comment.trim() || undefined,
      }),
    );
  });
  const errors = fieldErrors(submit.error);
  const labels = {
    organId: t('meeting.organ'),
    date: t('meeting.date'),
    startTime: t('meeting.startTime'),
    endTime: t('meeting.endTime'),
    place: t('meeting.place'),
    comment: t('meeting.comment'),
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const { organId, date, startTime, place } = v;
    const missing = requireFields({ organId, date, startTime, place }, t('form.fieldRequired'), t('form.fixErrors'));
    if (missing) return submit.setError(missing);
    const invalid = [
      !isIsoDate(date.trim()) && { field: 'date', message: t('form.invalidDate') },
      !TIME.test(startTime.trim()) && { field: 'startTime', message: t('meeting.invalidTime') },
      v.endTime.trim() && !TIME.test(v.endTime.trim()) && { field: 'endTime', message: t('meeting.invalidTime') },
    ].filter((e): e is { field: string; message: string } => !!e);
    if (invalid.length) return submit.setError(new ApiError(400, 'validation', '', invalid));
    await submit.run();
  }

  return (
    <Dialog title={t('meetings.new')} description={t('meetings.newIntro')} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <FormErrors error={submit.error} labels={labels} />
        <SelectField
          name="organId"
          label={labels.organId}
          value={v.organId}
          onValue={set('organId')}
          placeholder={t('common.choose')}
          options={choices.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
          error={errors.organId}
          required
        />
        <DateField name="date" label={labels.date} value={v.date} onValue={set('date')} error={errors.date} required />
        <div className="field-row">
          <TextField
            name="startTime"
            label={labels.startTime}
            hint={t('meeting.timeHint')}
            value={v.startTime}
            onValue={set('startTime')}
            error={errors.startTime}
            inputMode="numeric"
            maxLength={5}
            autoComplete="off"
            className="field-short"
            required
          />
          <TextField
            name="endTime"
            label={labels.endTime}
            hint={t('meeting.timeHint')}
            value={v.endTime}
            onValue={set('endTime')}
            error={errors.endTime}
            inputMode="numeric"
            maxLength={5}
            autoComplete="off"
            className="field-short"
          />
        </div>
        <TextField name="place" label={labels.place} value={v.place} onValue={set('place')} error={errors.place} required />
        <TextArea name="comment" label={labels.comment} value={v.comment} onValue={set('comment')} error={errors.comment} />
        <DialogActions busy={submit.busy} onCancel={onClose} submitLabel={t('meetings.create')} />
      </form>
    </Dialog>
  );
}
