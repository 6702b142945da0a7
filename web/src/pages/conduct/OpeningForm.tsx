// Opening the meeting (R-MIN-2): who is present from the start (only at opening), chair, secretary, adjusters
// among the serving members, place, date and time of adjustment, others present. After opening the same form
// keeps the header up to date.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { FormErrors } from '../../components/Errors.tsx';
import { DateField, SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { openMeeting, updateHeader } from '../../conductEndpoints.ts';
import type { Conduct } from '../../conductTypes.ts';
import { useT } from '../../i18n/i18n.tsx';
import { roleLabel } from './labels.ts';
import { isMemberSeat, withParty } from './people.ts';
import type { ConductActions } from './useConduct.ts';

interface Props {
  view: Conduct;
  actions: ConductActions;
  manage: boolean;
  onOpened: () => void;
}

const SCOPE = 'opening';

export function OpeningForm({ view, actions, manage, onOpened }: Props) {
  const t = useT();
  const c = view.conduct;
  const opening = !c;
  const members = view.seats.filter(isMemberSeat);
  const [present, setPresent] = useState<string[]>(() => members.map((s) => s.personId));
  const [chair, setChair] = useState(c?.chairPersonId ?? view.seats.find((s) => s.role === 'chair')?.personId ?? '');
  const [secretary, setSecretary] = useState(c?.secretaryName ?? '');
  const [adjusters, setAdjusters] = useState<string[]>(c?.adjusterPersonIds ?? []);
  const [place, setPlace] = useState(c?.adjustmentPlace ?? '');
  const [date, setDate] = useState(c?.adjustmentDate ?? '');
  const [time, setTime] = useState(c?.adjustmentTime ?? '');
  const [others, setOthers] = useState((c?.othersPresent ?? []).join('\n'));
  const failure = actions.failure?.scope === SCOPE ? actions.failure.error : null;
  const errors = fieldErrors(failure);

  // Adjusters serve: at opening those marked present, afterwards those serving on the first item.
  const firstItem = view.items.find((i) => i.attendance);
  const serving = opening ? present : (firstItem?.attendance?.serving.map((s) => s.personId) ?? []);
  const adjusterChoices = view.seats.filter((s) => serving.includes(s.personId) && s.personId !== chair);
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const header = {
      chairPersonId: chair || undefined,
      secretaryName: secretary.trim() || null,
      adjusterPersonIds: adjusters.filter((a) => adjusterChoices.some((s) => s.personId === a)),
      adjustmentPlace: place.trim() || null,
      adjustmentDate: date.trim() || null,
      adjustmentTime: time.trim() || null,
      othersPresent: others.split('\n').map((o) => o.trim()).filter(Boolean),
    };
    const ok = await actions.run(
      SCOPE,
      (version) => (opening ? openMeeting(view.meeting.id, { ...header, present }) : updateHeader(view.meeting.id, version, header)),
      () => (opening ? t('conduct.opened') : t('conduct.headerSaved')),
    );
    if (ok && opening) onOpened();
  }

  const labels = {
    present: t('conduct.presentFromStart'),
    chairPersonId: t('conduct.chair'),
    secretaryName: t('conduct.secretary'),
    adjusterPersonIds: t('conduct.adjusters'),
    adjustmentPlace: t('conduct.adjustmentPlace'),
    adjustmentDate: t('conduct.adjustmentDate'),
    adjustmentTime: t('conduct.adjustmentTime'),
    othersPresent: t('conduct.othersPresent'),
  };

  return (
    <section className="section conduct-opening" aria-labelledby="opening-heading">
      <h2 id="opening-heading">{opening ? t('conduct.openHeading') : t('conduct.headerHeading')}</h2>
      {opening && <p className="help">{t('conduct.openHelp')}</p>}
      {opening && !view.meeting.noticeSentAt && (
        <div className="alert alert-warning">
          <p>{t('conduct.noNotice')}</p>
        </div>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate className="form-wide">
        <FormErrors error={failure} labels={labels} />
        {opening && (
          <fieldset className="group" id="f-present">
            <legend>{t('conduct.presentFromStart')}</legend>
            <p className="hint">{t('conduct.presentHint')}</p>
            <div className="checkbox-grid">
              {view.seats.map((s) => (
                <div className="checkbox" key={s.personId}>
                  <input
                    type="checkbox"
                    id={`present-${s.personId}`}
                    checked={present.includes(s.personId)}
                    disabled={!manage}
                    onChange={(e) => setPresent((p) => toggle(p, s.personId, e.target.checked))}
                  />
                  <label htmlFor={`present-${s.personId}`}>
                    {withParty(s)}
                    <span className="sub">{roleLabel(t, s)}</span>
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        )}
        <div className="field-row">
          <SelectField
            name="chairPersonId"
            label={t('conduct.chair')}
            value={chair}
            onValue={setChair}
            options={members.map((s) => ({ value: s.personId, label: withParty(s) }))}
            error={errors.chairPersonId}
            disabled={!manage}
          />
          <TextField name="secretaryName" label={t('conduct.secretary')} value={secretary} onValue={setSecretary} error={errors.secretaryName} disabled={!manage} autoComplete="name" />
        </div>
        <fieldset className="group" id="f-adjusterPersonIds">
          <legend>{t('conduct.adjusters')}</legend>
          <p className="hint">{t('conduct.adjustersHint')}</p>
          {errors.adjusterPersonIds && <p className="field-error">{errors.adjusterPersonIds}</p>}
          <div className="checkbox-grid">
            {adjusterChoices.map((s, i) => (
              <div className="checkbox" key={s.personId}>
                <input
                  type="checkbox"
                  id={i === 0 ? 'f-adjusterPersonIds-0' : `adjuster-${s.personId}`}
                  checked={adjusters.includes(s.personId)}
                  disabled={!manage}
                  onChange={(e) => setAdjusters((a) => toggle(a, s.personId, e.target.checked))}
                />
                <label htmlFor={i === 0 ? 'f-adjusterPersonIds-0' : `adjuster-${s.personId}`}>{withParty(s)}</label>
              </div>
            ))}
          </div>
          {adjusterChoices.length === 0 && <p className="empty">{t('conduct.noAdjusterChoices')}</p>}
        </fieldset>
        <div className="conduct-adjustment">
          <TextField name="adjustmentPlace" label={t('conduct.adjustmentPlace')} value={place} onValue={setPlace} error={errors.adjustmentPlace} disabled={!manage} />
          <DateField name="adjustmentDate" label={t('conduct.adjustmentDate')} value={date} onValue={setDate} error={errors.adjustmentDate} disabled={!manage} />
            <TextField
              name="adjustmentTime"
              label={t('conduct.adjustmentTime')}
              hint={t('conduct.timeFormat')}
              value={time}
              onValue={setTime}
              error={errors.adjustmentTime}
              disabled={!manage}
              inputMode="numeric"
              maxLength={5}
              className="field-short"
            />
        </div>
        <TextArea name="othersPresent" label={t('conduct.othersPresent')} hint={t('conduct.othersPresentHint')} value={others} onValue={setOthers} error={errors.othersPresent} disabled={!manage} />
        {manage && (
          <div className="actions">
            <button type="submit" className="button-primary" disabled={actions.busy}>
              {opening ? t('conduct.open') : t('conduct.saveHeader')}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
