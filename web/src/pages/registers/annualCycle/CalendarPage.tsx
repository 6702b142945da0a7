// "Årshjul": a year of deadlines month by month (a heading and a table per month), with the meetings of KF, KS
// and its committees beside them; the wheel picture with the same numbers as the tables; filters by audience and
// responsible organ; copying the year to the next; the iCalendar feeds; and the generated documents.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { MeetingStateBadge } from '../../../components/badges.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { useReturnFocus } from '../../../components/Dialog.tsx';
import { ErrorAlert } from '../../../components/Errors.tsx';
import { SelectField } from '../../../components/fields.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { Loading } from '../../../components/Status.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/sv.ts';
import { useLoad } from '../../../lib/useLoad.ts';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { annualWheelSvg, wheelInput, wheelItems } from '../../../../../src/documents/charts/annualWheel.ts';
import { AUDIENCES, copyYear, deleteDeadline, feedUrl, getYear, type Deadline, type YearView } from './api.ts';
import { DocumentsPanel } from './DocumentsPanel.tsx';

const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FEED_SLUGS: Record<string, string> = { committees: 'namnder', companies: 'bolag', council: 'kommunfullmaktige' };

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function Wheel({ view }: { view: YearView }) {
  const { t } = useI18n();
  const council = view.meetings.filter((m) => m.organKind === 'council');
  const svg = annualWheelSvg({
    ...wheelInput({ municipality: view.bodyName, year: view.year }, { rows: view.deadlines, meetings: council, meetingsLabel: council[0]?.organName ?? 'Kommunfullmäktige', note: '' }),
    idPrefix: 'annual-wheel',
  });
  return (
    <section aria-labelledby="annual-wheel-heading" className="annual-wheel">
      <h2 id="annual-wheel-heading">{t('annualCycle.wheel')}</h2>
      <p className="hint">{t('annualCycle.wheelListNote')}</p>
      <div className="annual-wheel-picture" dangerouslySetInnerHTML={{ __html: svg }} />
    </section>
  );
}

export function CalendarPage() {
  const { t, lang } = useI18n();
  const announce = useAnnounce();
  const returnFocus = useReturnFocus();
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ?? String(new Date().getFullYear());
  const audience = params.get('audience') ?? '';
  const organId = params.get('organ') ?? '';
  const view = useLoad((signal) => getYear(year, { audience, organId }, signal), [year, audience, organId]);
  const [copying, setCopying] = useState(false);
  const [deleting, setDeleting] = useState<Deadline | null>(null);
  const months = lang === 'sv' ? MONTHS_SV : MONTHS_EN;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 7 }, (_, i) => String(thisYear - 2 + i));
  if (!years.includes(year)) years.push(year);

  const choose = (key: string) => (value: string) => setParams((prev) => {
    const next = new URLSearchParams(prev);
    if (value) next.set(key, value); else next.delete(key);
    return next;
  });
  const closeCopy = () => {
    setCopying(false);
    returnFocus('annual-copy');
  };
  // The delete button is gone once its deadline is deleted: focus then goes to the month's heading.
  const closeDelete = (d: Deadline) => {
    setDeleting(null);
    returnFocus(`annual-delete-${d.id}`, `annual-month-${d.date.slice(5, 7)}`);
  };
  const copy = useSubmit(async () => {
    const result = await copyYear(Number(year));
    closeCopy();
    announce(t('annualCycle.copied', { copied: result.copied, skipped: result.skipped, year: result.toYear }));
  });
  const remove = useSubmit(async () => {
    if (!deleting) return;
    await deleteDeadline(deleting.id);
    await view.reload();
    closeDelete(deleting);
    announce(t('annualCycle.deleted'));
  });

  const data = view.data;
  const numbers = new Map<string, number>();
  if (data) {
    const items = wheelItems(data.deadlines);
    for (const d of data.deadlines) {
      numbers.set(d.id, items.find((i) => i.date === d.date && i.endDate === d.endDate && i.heading === d.heading && i.text === d.text)?.number ?? 0);
    }
  }

  return (
    <>
      <PageHeading title={`${t('registers.annualCycle')} ${year}`} />
      <p className="lead">{t('annualCycle.intro')}</p>
      <div className="field-row annual-filters" role="group" aria-label={t('annualCycle.filters')}>
        <SelectField name="year" label={t('annualCycle.year')} value={year} onValue={choose('year')} options={years.sort().map((y) => ({ value: y, label: y }))} />
        <SelectField name="audience" label={t('annualCycle.audience')} value={audience} onValue={choose('audience')}
          options={[{ value: '', label: t('annualCycle.audienceAll') }, ...AUDIENCES.map((a) => ({ value: a, label: t(`annualCycle.audience.${a}` as MessageKey) }))]} />
        <SelectField name="organ" label={t('annualCycle.organ')} value={organId} onValue={choose('organ')}
          options={[{ value: '', label: t('annualCycle.organAll') }, ...(data?.organs ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))]} />
      </div>
      {data?.canEdit && (
        <div className="actions">
          <Link className="button button-primary" id="annual-new" to={`new?year=${year}`}>{t('annualCycle.new')}</Link>
          <button type="button" className="button" id="annual-copy" onClick={() => setCopying(true)}>{t('annualCycle.copy', { year: Number(year) + 1 })}</button>
        </div>
      )}
      <ErrorAlert error={view.error} />
      {view.loading && !data && <Loading />}
      {data && (
        <>
          <Wheel view={data} />
          {months.map((month, i) => {
            const mm = String(i + 1).padStart(2, '0');
            const rows = data.deadlines.filter((d) => d.date.slice(5, 7) === mm);
            const meetings = data.meetings.filter((m) => m.date.slice(5, 7) === mm);
            const headingId = `annual-month-${mm}`;
            return (
              <section key={mm} aria-labelledby={headingId} className="annual-month">
                <h2 id={headingId} tabIndex={-1}>{capital(month)}</h2>
                {rows.length === 0 ? <p className="empty">{t('annualCycle.noDeadlines', { month })}</p> : (
                  <div className="table-wrap" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
                    <table className="annual-table">
                      <caption id={`${headingId}-caption`} className="visually-hidden">{t('annualCycle.monthCaption', { month, year: data.year })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('annualCycle.number')}</th>
                          <th scope="col">{t('annualCycle.date')}</th>
                          <th scope="col">{t('annualCycle.activity')}</th>
                          <th scope="col">{t('annualCycle.audience')}</th>
                          <th scope="col">{t('annualCycle.organ')}</th>
                          <th scope="col">{t('annualCycle.reminders')}</th>
                          {data.canEdit && <th scope="col">{t('annualCycle.actions')}</th>}
                        </tr>
                      </thead>
                      <tbody>
                        {rows.map((d) => (
                          <tr key={d.id}>
                            <td>{numbers.get(d.id)}</td>
                            <th scope="row" className="nowrap">{d.label}</th>
                            <td>
                              <strong>{d.heading}</strong>
                              {d.text && <span className="sub">{d.text}</span>}
                              {d.deliverer && <span className="sub">{t('annualCycle.deliverer')}: {d.deliverer}</span>}
                            </td>
                            <td><span className={`badge annual-audience-${d.audience}`}>{t(`annualCycle.audience.${d.audience}` as MessageKey)}</span></td>
                            <td>{d.organCode ?? '–'}</td>
                            <td className="nowrap">{d.reminderDays.length ? t('annualCycle.remindersSummary', { days: d.reminderDays.join(', ') }) : t('annualCycle.noReminders')}</td>
                            {data.canEdit && (
                              <td className="nowrap">
                                <Link to={`${d.id}?year=${data.year}`} aria-label={t('annualCycle.editLabel', { heading: d.heading, date: d.label })}>{t('annualCycle.edit')}</Link>{' '}
                                <button type="button" className="button-link" id={`annual-delete-${d.id}`} aria-label={t('annualCycle.deleteLabel', { heading: d.heading, date: d.label })} onClick={() => setDeleting(d)}>{t('annualCycle.delete')}</button>
                              </td>
                            )}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
                <h3>{t('annualCycle.meetingsIn', { month })}</h3>
                {meetings.length === 0 ? <p className="empty">{t('annualCycle.noMeetings')}</p> : (
                  <ul className="annual-meetings">
                    {meetings.map((m) => (
                      <li key={m.id}>
                        <Link to={`/meetings/${m.id}`}>{m.organName} ({m.organCode}) {m.date} {m.startTime}</Link> <MeetingStateBadge state={m.state} />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
          <section aria-labelledby="annual-feeds-heading">
            <h2 id="annual-feeds-heading">{t('annualCycle.feeds')}</h2>
            <ul>
              <li><a href={feedUrl()}>{t('annualCycle.feedAll')}</a></li>
              {AUDIENCES.map((a) => <li key={a}><a href={feedUrl(FEED_SLUGS[a])}>{t('annualCycle.feedAudience', { audience: t(`annualCycle.audience.${a}` as MessageKey) })}</a></li>)}
            </ul>
          </section>
          <DocumentsPanel year={data.year} />
        </>
      )}
      {copying && (
        <ConfirmDialog title={t('annualCycle.copyTitle', { from: year, to: Number(year) + 1 })} description={t('annualCycle.copyDescription', { from: year, to: Number(year) + 1 })}
          confirmLabel={t('annualCycle.copy', { year: Number(year) + 1 })} busy={copy.busy} error={copy.error}
          onConfirm={() => void copy.run()} onCancel={closeCopy} />
      )}
      {deleting && (
        <ConfirmDialog title={t('annualCycle.deleteTitle', { heading: deleting.heading, date: deleting.label })} description={t('annualCycle.deleteDescription')}
          confirmLabel={t('annualCycle.delete')} busy={remove.busy} error={remove.error}
          onConfirm={() => void remove.run()} onCancel={() => closeDelete(deleting)} />
      )}
    </>
  );
}
