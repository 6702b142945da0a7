// Dissents (reservation) and protocol notes (R-MEET-7): announced during the meeting by those who may; the
// written motivation can follow until the minutes go to signing. After the meeting is closed no new ones.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { ErrorAlert, FormErrors } from '../../components/Errors.tsx';
import { TextArea } from '../../components/fields.tsx';
import { announceReservation, updateReservationText } from '../../conductEndpoints.ts';
import type { Reservation } from '../../conductTypes.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import type { ItemProps } from './ItemPanel.tsx';
import { nameOf } from './people.ts';
import { scopedError } from './useConduct.ts';

export function ReservationsSection(props: ItemProps) {
  const { view, item, actions, manage } = props;
  const t = useT();
  const scope = `reservation:${item.id}`;
  const [kind, setKind] = useState<'dissent' | 'note'>('dissent');
  const [people, setPeople] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [permits, setPermits] = useState(false);
  const failure = actions.failure?.scope === scope ? actions.failure.error : null;
  const error = scopedError(failure, 'reservation');
  const errors = fieldErrors(error);
  const closed = !!view.conduct?.closedAt;
  const att = item.attendance!;
  const choices = kind === 'dissent' ? att.serving.map((s) => s.personId) : [...att.serving.map((s) => s.personId), ...att.presentNotServing];
  const prefix = `reservation-${item.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await actions.run(
      scope,
      (version) =>
        announceReservation(view.meeting.id, item.id, version, {
          kind,
          personIds: people.filter((p) => choices.includes(p)),
          ...(text.trim() ? { text: text.trim() } : {}),
          ...(kind === 'note' ? { chairPermits: permits } : {}),
        }),
      () => t(kind === 'dissent' ? 'conduct.dissentDone' : 'conduct.noteDone', { names: people.map((p) => nameOf(view, p)).join(', ') }),
      [`${prefix}-list`],
    );
    if (ok) {
      setPeople([]);
      setText('');
      setPermits(false);
    }
  }

  const labels: Record<string, string> = {
    'reservation.kind': t('conduct.reservationKind'),
    'reservation.personIds': t('conduct.reservationPeople'),
    'reservation.text': t('conduct.reservationText'),
    'reservation.chairPermits': t('conduct.chairPermits'),
  };
  people.forEach((p, i) => (labels[`reservation.personIds.${i}`] = nameOf(view, p)));

  return (
    <section aria-labelledby={`${prefix}-heading`} className="conduct-block">
      <h3 id={`${prefix}-heading`}>{t('conduct.reservationsHeading')}</h3>
      {item.reservations.length === 0 ? (
        <p className="muted" id={`${prefix}-list`} tabIndex={-1}>
          {t('conduct.noReservations')}
        </p>
      ) : (
        <ul className="conduct-list" id={`${prefix}-list`} tabIndex={-1}>
          {item.reservations.map((r) => (
            <ReservationRow key={r.id} reservation={r} {...props} />
          ))}
        </ul>
      )}
      {closed && <p className="alert alert-warning conduct-closed-note">{t('conduct.reservationsClosed')}</p>}
      {failure && !Object.keys(errors).length ? <ErrorAlert error={failure} /> : null}
      {manage && !closed && (
        <form onSubmit={(e) => void submit(e)} noValidate className="conduct-inline-form">
          {Object.keys(errors).length > 0 && <FormErrors error={error} labels={labels} />}
          <fieldset className="radio-group inline" id="f-reservation-kind">
            <legend>{t('conduct.reservationKind')}</legend>
            {(['dissent', 'note'] as const).map((k) => (
              <div className="radio" key={k}>
                <input type="radio" id={`${prefix}-kind-${k}`} name={`${prefix}-kind`} checked={kind === k} onChange={() => setKind(k)} />
                <label htmlFor={`${prefix}-kind-${k}`}>{t(k === 'dissent' ? 'conduct.dissent' : 'conduct.note')}</label>
              </div>
            ))}
          </fieldset>
          <fieldset className="group" id="f-reservation-personIds">
            <legend>{t('conduct.reservationPeople')}</legend>
            {errors['reservation.personIds'] && <p className="field-error">{errors['reservation.personIds']}</p>}
            <div className="checkbox-grid">
              {choices.map((p, i) => (
                <div className="checkbox" key={p}>
                  <input
                    type="checkbox"
                    id={i === 0 ? 'f-reservation-personIds-0' : `${prefix}-person-${p}`}
                    checked={people.includes(p)}
                    onChange={(e) => setPeople((x) => (e.target.checked ? [...x, p] : x.filter((y) => y !== p)))}
                  />
                  <label htmlFor={i === 0 ? 'f-reservation-personIds-0' : `${prefix}-person-${p}`}>{nameOf(view, p)}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <TextArea name="reservation.text" label={t('conduct.reservationText')} hint={t('conduct.reservationTextHint')} value={text} onValue={setText} error={errors['reservation.text']} rows={2} />
          {kind === 'note' && (
            <div className="checkbox">
              <input type="checkbox" id="f-reservation-chairPermits" checked={permits} onChange={(e) => setPermits(e.target.checked)} />
              <label htmlFor="f-reservation-chairPermits">{t('conduct.chairPermits')}</label>
            </div>
          )}
          <button type="submit" disabled={actions.busy}>
            {t(kind === 'dissent' ? 'conduct.dissentSubmit' : 'conduct.noteSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}

function ReservationRow({ reservation: r, view, item, actions, manage }: ItemProps & { reservation: Reservation }) {
  const t = useT();
  const scope = `reservation-text:${r.id}`;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(r.text ?? '');
  const failure = actions.failure?.scope === scope ? actions.failure.error : null;
  const errors = fieldErrors(scopedError(failure, `rt-${r.id}`));

  async function save(event: FormEvent) {
    event.preventDefault();
    const ok = await actions.run(
      scope,
      (version) => updateReservationText(view.meeting.id, r.id, version, text.trim()),
      () => t('conduct.motivationSaved'),
      [`rt-edit-${r.id}`],
    );
    if (ok) setEditing(false);
  }

  return (
    <li>
      <strong>{t(r.kind === 'dissent' ? 'conduct.dissent' : 'conduct.note')}</strong>: {r.names.join(', ')}{' '}
      <span className="muted">({formatDateTime(r.announcedAt)})</span>
      {r.text ? <span className="sub pre-line">{r.text}</span> : <span className="sub">{t('conduct.motivationMissing')}</span>}
      {manage && !editing && (
        <button type="button" className="button-link" id={`rt-edit-${r.id}`} onClick={() => setEditing(true)}>
          {r.text ? t('conduct.motivationEdit') : t('conduct.motivationWrite')}
          <span className="visually-hidden"> – {r.names.join(', ')}, § {item.paragraphLabel}</span>
        </button>
      )}
      {editing && (
        <form onSubmit={(e) => void save(e)} noValidate className="conduct-inline-form">
          {failure && !Object.keys(errors).length ? <ErrorAlert error={failure} /> : null}
          <TextArea name={`rt-${r.id}.text`} label={t('conduct.motivation')} value={text} onValue={setText} error={errors[`rt-${r.id}.text`]} autoFocus />
          <div className="actions">
            <button type="submit" className="button-primary" disabled={actions.busy}>
              {t('conduct.motivationSave')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
