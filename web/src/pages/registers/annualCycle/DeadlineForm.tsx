// A deadline of the annual cycle, new or changed: date (or period), activity heading and text, audience,
// responsible organ, who delivers, and the reminder settings. The server's Swedish errors appear next to each field.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ApiError, fieldErrors } from '../../../api.ts';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { ErrorAlert, FormErrors } from '../../../components/Errors.tsx';
import { CheckboxField, DateField, SelectField, TextArea, TextField } from '../../../components/fields.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { Loading } from '../../../components/Status.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/sv.ts';
import { listOrgans } from '../../../endpoints.ts';
import { sortBy } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/useLoad.ts';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { AUDIENCES, createDeadline, getDeadline, updateDeadline, type Deadline, type DeadlineInput } from './api.ts';

const empty: DeadlineInput = { date: '', endDate: '', heading: '', text: '', audience: 'committees', organId: '', deliverer: '', reminderDays: '', reminderEmails: '', remindOrganStaff: false };

const inputOf = (d: Deadline): DeadlineInput => ({
  date: d.date, endDate: d.endDate ?? '', heading: d.heading, text: d.text, audience: d.audience, organId: d.organId ?? '', deliverer: d.deliverer,
  reminderDays: d.reminderDays.join(', '), reminderEmails: d.reminderEmails.join('\n'), remindOrganStaff: d.remindOrganStaff,
});

export function DeadlineForm() {
  const t = useT();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const { id } = useParams();
  const [params] = useSearchParams();
  const year = params.get('year') ?? String(new Date().getFullYear());
  const organs = useLoad((signal) => listOrgans(signal), []);
  const loaded = useLoad((signal) => (id ? getDeadline(id, signal) : Promise.resolve(undefined)), [id]);
  const existing = loaded.data;
  const [v, setV] = useState<DeadlineInput>(empty);
  const set = <K extends keyof DeadlineInput>(key: K) => (value: DeadlineInput[K]) => setV((prev) => ({ ...prev, [key]: value }));

  useEffect(() => {
    if (existing) setV(inputOf(existing));
  }, [existing]);

  const submit = useSubmit(async () => {
    const saved = existing ? await updateDeadline(existing.id, { ...v, version: existing.version }) : await createDeadline(v);
    announce(t('annualCycle.saved'));
    navigate(`..?year=${saved.date.slice(0, 4)}`, { relative: 'path' });
  });
  const errors = fieldErrors(submit.error);
  const labels: Record<string, string> = {
    date: t('annualCycle.startDate'), endDate: t('annualCycle.endDate'), heading: t('annualCycle.heading'), text: t('annualCycle.text'),
    audience: t('annualCycle.audience'), organId: t('annualCycle.organ'), deliverer: t('annualCycle.deliverer'),
    reminderDays: t('annualCycle.reminderDays'), reminderEmails: t('annualCycle.reminderEmails'), remindOrganStaff: t('annualCycle.remindOrganStaff'),
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run();
  };
  const title = id ? t('annualCycle.editTitle') : t('annualCycle.newTitle');

  if (id && loaded.loading && !existing) return <Loading />;
  if (id && !existing) {
    const missing = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <>
        <PageHeading title={title} />
        {missing ? <p>{t('annualCycle.notFound')}</p> : <ErrorAlert error={loaded.error} />}
        <Link to={`..?year=${year}`} relative="path">{t('annualCycle.back')}</Link>
      </>
    );
  }
  return (
    <>
      <PageHeading title={title} />
      <p><Link to={`..?year=${year}`} relative="path">{t('annualCycle.back')}</Link></p>
      <ErrorAlert error={organs.error} />
      <form onSubmit={onSubmit} noValidate className="annual-form">
        <FormErrors error={submit.error} labels={labels} />
        <div className="field-row">
          <DateField name="date" label={labels.date!} required value={v.date} onValue={set('date')} error={errors.date} />
          <DateField name="endDate" label={labels.endDate!} hint={t('annualCycle.endDateHint')} value={v.endDate} onValue={set('endDate')} error={errors.endDate} />
        </div>
        <TextField name="heading" label={labels.heading!} hint={t('annualCycle.headingHint')} required value={v.heading} onValue={set('heading')} error={errors.heading} />
        <TextArea name="text" label={labels.text!} rows={4} value={v.text} onValue={set('text')} error={errors.text} />
        <div className="field-row">
          <SelectField name="audience" label={labels.audience!} required value={v.audience} onValue={set('audience')} error={errors.audience}
            options={AUDIENCES.map((a) => ({ value: a, label: t(`annualCycle.audience.${a}` as MessageKey) }))} />
          <SelectField name="organId" label={labels.organId!} value={v.organId} onValue={set('organId')} error={errors.organId}
            options={[{ value: '', label: t('annualCycle.organNone') }, ...sortBy(organs.data?.items ?? [], (o) => o.code).map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))]} />
        </div>
        <TextField name="deliverer" label={labels.deliverer!} hint={t('annualCycle.delivererHint')} value={v.deliverer} onValue={set('deliverer')} error={errors.deliverer} />
        <fieldset>
          <legend>{t('annualCycle.reminderSettings')}</legend>
          <TextField name="reminderDays" label={labels.reminderDays!} hint={t('annualCycle.reminderDaysHint')} value={v.reminderDays} onValue={set('reminderDays')} error={errors.reminderDays} />
          <TextArea name="reminderEmails" label={labels.reminderEmails!} hint={t('annualCycle.reminderEmailsHint')} value={v.reminderEmails} onValue={set('reminderEmails')} error={errors.reminderEmails} />
          <CheckboxField name="remindOrganStaff" label={labels.remindOrganStaff!} checked={v.remindOrganStaff} onChecked={set('remindOrganStaff')} error={errors.remindOrganStaff} />
        </fieldset>
        <div className="actions">
          <button type="submit" className="button-primary" disabled={submit.busy}>{submit.busy ? t('common.saving') : t('annualCycle.save')}</button>
        </div>
      </form>
    </>
  );
}
