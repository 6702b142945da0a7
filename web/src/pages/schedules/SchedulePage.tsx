// "Sammanträdesplan": an organ's planned meetings for a year. The secretary sets the default time, place and
// notice period and writes the dates one per line (a date may carry its own time or place); saving plans a
// meeting for every new date. Existing meetings are listed and never moved by the plan.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { fieldErrors } from '../../api.ts';
import { useAuth } from '../../auth.tsx';
import { useAnnounce } from '../../components/Announcer.tsx';
import { MeetingStateBadge } from '../../components/badges.tsx';
import { ErrorAlert, FormErrors } from '../../components/Errors.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/Status.tsx';
import { SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { listOrgans } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatDate, sortBy } from '../../lib/format.ts';
import { canManageMeeting } from '../../lib/meetingAccess.ts';
import { useLoad } from '../../lib/useLoad.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { getSchedule, saveSchedule, type ScheduleView } from '../../scheduleEndpoints.ts';

/** The plan's dates as the text the secretary edits: the date, then time and place where they differ. */
function linesOf(view: ScheduleView): string {
  const d = view.schedule;
  return view.meetings
    .map((m) => [m.date, d && m.startTime !== d.defaultStartTime ? m.startTime : '', d && m.place !== d.defaultPlace ? m.place : ''].filter(Boolean).join(' '))
    .join('\n');
}

export function SchedulePage() {
  const t = useT();
  const announce = useAnnounce();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const organs = useLoad((signal) => listOrgans(signal), []);
  const choices = sortBy(organs.data?.items ?? [], (o) => o.name).filter((o) => canManageMeeting(user, o.id));
  const organId = params.get('organ') ?? '';
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - 2 + i));
  const year = params.get('year') ?? String(new Date().getFullYear() + 1);
  const schedule = useLoad((signal) => (organId ? getSchedule(organId, year, signal) : Promise.resolve(null)), [organId, year]);
  const [v, setV] = useState({ defaultStartTime: '', defaultPlace: '', noticeDays: '5', datesText: '' });
  const set = (key: keyof typeof v) => (value: string) => setV((prev) => ({ ...prev, [key]: value }));

  useEffect(() => {
    const view = schedule.data;
    if (!view) return;
    setV({
      defaultStartTime: view.schedule?.defaultStartTime ?? '',
      defaultPlace: view.schedule?.defaultPlace ?? '',
      noticeDays: String(view.schedule?.noticeDays ?? 5),
      datesText: linesOf(view),
    });
  }, [schedule.data]);

  const submit = useSubmit(async () => {
    const saved = await saveSchedule({ organId, year: Number(year), defaultStartTime: v.defaultStartTime.trim(), defaultPlace: v.defaultPlace.trim(), noticeDays: Number(v.noticeDays), datesText: v.datesText });
    const before = schedule.data?.meetings.length ?? 0;
    schedule.reload();
    announce(t('schedule.saved', { count: saved.meetings.length - before }));
  });
  const errors = fieldErrors(submit.error);
  const labels = {
    defaultStartTime: t('schedule.defaultStartTime'),
    defaultPlace: t('schedule.defaultPlace'),
    noticeDays: t('schedule.noticeDays'),
    datesText: t('schedule.dates'),
    year: t('schedule.year'),
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run();
  };
  const choose = (key: 'organ' | 'year') => (value: string) => setParams((prev) => {
    const next = new URLSearchParams(prev);
    next.set(key, value);
    if (key === 'organ' && !next.get('year')) next.set('year', year);
    return next;
  });

  return (
    <>
      <PageHeading title={t('schedule.title')} />
      <p className="lead">{t('schedule.intro')}</p>
      <div className="field-row">
        <SelectField name="organ" label={t('meeting.organ')} value={organId} onValue={choose('organ')} placeholder={t('common.choose')}
          options={choices.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))} />
        <SelectField name="year" label={labels.year} value={year} onValue={choose('year')} options={years.map((y) => ({ value: y, label: y }))} />
      </div>
      <ErrorAlert error={schedule.error} />
      {schedule.loading && !schedule.data && organId && <Loading />}
      {schedule.data && (
        <>
          <h2>{t('schedule.meetingsHeading', { organ: schedule.data.organCode, year: schedule.data.year })}</h2>
          {schedule.data.meetings.length === 0 ? (
            <p className="empty">{t('schedule.none')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('schedule.meetingsHeading', { organ: schedule.data.organCode, year: schedule.data.year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('meeting.date')}</th>
                    <th scope="col">{t('meeting.startTime')}</th>
                    <th scope="col">{t('meeting.place')}</th>
                    <th scope="col">{t('meeting.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {schedule.data.meetings.map((m) => (
                    <tr key={m.id}>
                      <th scope="row"><Link to={`/meetings/${m.id}`}>{formatDate(m.date)}</Link></th>
                      <td>{m.startTime}</td>
                      <td>{m.place}</td>
                      <td><MeetingStateBadge state={m.state} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h2>{t('schedule.editHeading')}</h2>
          <form onSubmit={onSubmit} noValidate className="form-narrow">
            <FormErrors error={submit.error} labels={labels} />
            <div className="field-row">
              <TextField name="defaultStartTime" label={labels.defaultStartTime} hint={t('meeting.timeHint')} value={v.defaultStartTime} onValue={set('defaultStartTime')} error={errors.defaultStartTime} inputMode="numeric" maxLength={5} className="field-short" required />
              <TextField name="noticeDays" label={labels.noticeDays} hint={t('schedule.noticeDaysHint')} value={v.noticeDays} onValue={set('noticeDays')} error={errors.noticeDays} inputMode="numeric" maxLength={2} className="field-short" required />
            </div>
            <TextField name="defaultPlace" label={labels.defaultPlace} value={v.defaultPlace} onValue={set('defaultPlace')} error={errors.defaultPlace} required />
            <TextArea name="datesText" label={labels.datesText} hint={t('schedule.datesHint')} value={v.datesText} onValue={set('datesText')} error={errors.datesText} rows={10} />
            <div className="actions">
              <button type="submit" className="button-primary" disabled={submit.busy}>{submit.busy ? t('common.saving') : t('schedule.save')}</button>
            </div>
          </form>
        </>
      )}
    </>
  );
}
