// Attendance (R-MEET-2): each seat with where it stands from a chosen item on, arrivals and departures between
// items, which substitute serves for whom — with the calling order's suggestion and the secretary's own choice —
// and the attendance problems the rules find.
import { useState } from 'react';
import { ErrorAlert } from '../../components/Errors.tsx';
import { recordAttendance } from '../../conductEndpoints.ts';
import type { Conduct } from '../../conductTypes.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { roleLabel } from './labels.ts';
import { handledItems, ids, nameOf, paragraphOf, presenceOn, withParty } from './people.ts';
import { SubstituteForm } from './SubstituteForm.tsx';
import type { ConductActions } from './useConduct.ts';

interface Props {
  view: Conduct;
  actions: ConductActions;
  manage: boolean;
}

export function AttendanceView({ view, actions, manage }: Props) {
  const t = useT();
  const items = handledItems(view);
  const [fromItemId, setFromItemId] = useState('');
  const ref = items.find((i) => i.id === fromItemId) ?? items[0];
  const from = fromItemId ? t('conduct.fromParagraph', { paragraph: paragraphOf(view, fromItemId) ?? '' }) : t('conduct.fromStart');
  const failure = actions.failure?.scope.startsWith('seat:') ? actions.failure : null;
  const closed = !!view.conduct?.closedAt;

  function status(personId: string) {
    if (!ref) return '';
    const presence = presenceOn(ref, personId);
    if (presence === 'serving') {
      const s = ref.attendance!.serving.find((x) => x.personId === personId)!;
      if (!s.forPersonId) return t('conduct.presence.serving');
      return t(s.suggested ? 'conduct.presence.servingForSuggested' : 'conduct.presence.servingFor', { name: s.forName ?? '' });
    }
    if (presence === 'disqualified') return t('conduct.presence.disqualified');
    if (presence === 'present') return t('conduct.presence.present');
    return t('conduct.presence.absent');
  }

  async function change(personId: string, kind: 'arrived' | 'left') {
    const name = nameOf(view, personId);
    await actions.run(
      `seat:${personId}`,
      (version) => recordAttendance(view.meeting.id, version, { personId, kind, fromItemId: fromItemId || null }),
      () => t(kind === 'arrived' ? 'conduct.arrivedDone' : 'conduct.leftDone', { name, from }),
      [ids.seatAction(personId)],
    );
  }

  return (
    <section className="section conduct-attendance" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{t('conduct.attendanceHeading')}</h2>
      <p className="help">{t('conduct.attendanceHelp')}</p>
      {view.problems.length > 0 && (
        <div className="alert alert-error conduct-problems">
          <h3 className="alert-title">{t('conduct.problemsTitle')}</h3>
          <ul>
            {view.problems.map((p) => (
              <li key={`${p.itemId}:${p.personId}:${p.message}`}>
                {p.itemId ? `§ ${paragraphOf(view, p.itemId)}: ` : ''}
                {p.name}: <span lang="sv">{p.message}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="field field-short conduct-from">
        <label htmlFor="attendance-from">{t('conduct.changesFrom')}</label>
        <p className="hint" id="attendance-from-hint">
          {t('conduct.changesFromHint')}
        </p>
        <select id="attendance-from" aria-describedby="attendance-from-hint" value={fromItemId} onChange={(e) => setFromItemId(e.target.value)}>
          <option value="">{t('conduct.fromStart')}</option>
          {items.map((i) => (
            <option key={i.id} value={i.id}>
              {t('conduct.fromParagraph', { paragraph: i.paragraphLabel })} {i.title.length > 40 ? `${i.title.slice(0, 40)}…` : i.title}
            </option>
          ))}
        </select>
      </div>
      {failure && <ErrorAlert key={failure.key} error={failure.error} />}
      <div className="table-wrap">
        <table className="conduct-seats">
          <caption>{t('conduct.seatsCaption', { from })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conduct.name')}</th>
              <th scope="col">{t('conduct.seat')}</th>
              <th scope="col">{t('conduct.status')}</th>
              {manage && !closed && <th scope="col">{t('conduct.change')}</th>}
            </tr>
          </thead>
          <tbody>
            {view.seats.map((s) => {
              const here = ref ? presenceOn(ref, s.personId) !== 'absent' : false;
              return (
                <tr key={s.personId} className={here ? undefined : 'is-absent'}>
                  <th scope="row">{withParty(s)}</th>
                  <td>{roleLabel(t, s)}</td>
                  <td>{status(s.personId)}</td>
                  {manage && !closed && (
                    <td>
                      <button
                        type="button"
                        id={ids.seatAction(s.personId)}
                        className="button-small"
                        disabled={actions.busy}
                        onClick={() => void change(s.personId, here ? 'left' : 'arrived')}
                      >
                        {here ? t('conduct.leaves', { from }) : t('conduct.arrives', { from })}
                        <span className="visually-hidden"> – {s.name}</span>
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {manage && !closed && ref && <SubstituteForm view={view} actions={actions} fromItemId={fromItemId || null} refItem={ref} from={from} />}
      <h3>{t('conduct.eventsHeading')}</h3>
      {view.events.length === 0 && view.substituteChoices.length === 0 ? (
        <p className="empty">{t('conduct.noEvents')}</p>
      ) : (
        <ol className="conduct-events">
          {view.events.map((e) => (
            <li key={e.id}>
              <span className="muted">{formatDateTime(e.recordedAt)}</span>{' '}
              {t(e.kind === 'arrived' ? 'conduct.event.arrived' : 'conduct.event.left', {
                name: nameOf(view, e.personId),
                from: e.fromItemId ? t('conduct.fromParagraph', { paragraph: paragraphOf(view, e.fromItemId) ?? '' }) : t('conduct.fromStart'),
              })}
              {e.note ? ` (${e.note})` : ''}
            </li>
          ))}
          {view.substituteChoices.map((c) => (
            <li key={c.id}>
              <span className="muted">{formatDateTime(c.recordedAt)}</span>{' '}
              {t('conduct.event.substitute', {
                name: nameOf(view, c.substitutePersonId),
                for: nameOf(view, c.forPersonId),
                from: c.fromItemId ? t('conduct.fromParagraph', { paragraph: paragraphOf(view, c.fromItemId) ?? '' }) : t('conduct.fromStart'),
              })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
