// Jäv on the item (R-MEET-3): a member declares it and takes no part; the calling order suggests a substitute
// for the seat, which the serving list then shows.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { ErrorAlert, FormErrors } from '../../components/Errors.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { declareDisqualification, removeDisqualification } from '../../conductEndpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { ItemProps } from './ItemPanel.tsx';
import { scopedError } from './useConduct.ts';
import { nameOf, presenceOn, withParty } from './people.ts';

export function DisqualificationSection({ view, item, actions, manage }: ItemProps) {
  const t = useT();
  const scope = `jav:${item.id}`;
  const [personId, setPersonId] = useState('');
  const [note, setNote] = useState('');
  const failure = actions.failure?.scope === scope ? actions.failure : null;
  const error = scopedError(failure?.error, 'jav');
  const errors = fieldErrors(error);
  const editable = manage && !item.decision;
  const candidates = view.seats.filter((s) => presenceOn(item, s.personId) === 'serving');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const name = nameOf(view, personId);
    const ok = await actions.run(
      scope,
      (version) => declareDisqualification(view.meeting.id, item.id, version, { personId, note: note.trim() || undefined }),
      (next) => {
        const after = next.items.find((i) => i.id === item.id);
        const sub = after?.attendance?.serving.find((s) => s.forPersonId === personId);
        const done = t('conduct.javDone', { name, paragraph: item.paragraphLabel });
        return sub ? `${done} ${t('conduct.javSubstitute', { name: withParty(sub) })}` : done;
      },
      [`jav-list-${item.id}`],
    );
    if (ok) {
      setPersonId('');
      setNote('');
    }
  }

  async function remove(id: string) {
    await actions.run(
      scope,
      () => removeDisqualification(view.meeting.id, item.id, id),
      () => t('conduct.javRemoved', { name: nameOf(view, id) }),
      [`jav-heading-${item.id}`],
    );
  }

  return (
    <section aria-labelledby={`jav-heading-${item.id}`} className="conduct-block">
      <h3 id={`jav-heading-${item.id}`} tabIndex={-1}>
        {t('conduct.javHeading')}
      </h3>
      {item.disqualifications.length === 0 ? (
        <p className="muted" id={`jav-list-${item.id}`} tabIndex={-1}>
          {t('conduct.noJav')}
        </p>
      ) : (
        <ul id={`jav-list-${item.id}`} tabIndex={-1} className="conduct-list">
          {item.disqualifications.map((d) => {
            const sub = item.attendance?.serving.find((s) => s.forPersonId === d.personId);
            return (
              <li key={d.personId}>
                <strong>{nameOf(view, d.personId)}</strong> {t('conduct.javDeclared')}
                {d.note && <span className="sub">{d.note}</span>}
                <span className="sub">{sub ? t('conduct.javServes', { name: withParty(sub) }) : t('conduct.javNoSubstitute')}</span>
                {editable && (
                  <button type="button" className="button-link" disabled={actions.busy} onClick={() => void remove(d.personId)}>
                    {t('conduct.javRemove')}
                    <span className="visually-hidden"> – {d.name}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {failure && !Object.keys(errors).length && <ErrorAlert key={failure.key} error={failure.error} />}
      {editable && (
        <form onSubmit={(e) => void submit(e)} noValidate className="conduct-inline-form">
          {Object.keys(errors).length > 0 && <FormErrors error={error} labels={{ 'jav.personId': t('conduct.javPerson'), 'jav.note': t('conduct.javNote') }} />}
          <div className="field-row">
            <SelectField
              name="jav.personId"
              label={t('conduct.javPerson')}
              value={personId}
              onValue={setPersonId}
              placeholder={t('conduct.chooseMember')}
              options={candidates.map((s) => ({ value: s.personId, label: withParty(s) }))}
              error={errors['jav.personId']}
            />
            <TextField name="jav.note" label={t('conduct.javNote')} value={note} onValue={setNote} error={errors['jav.note']} />
          </div>
          <button type="submit" disabled={actions.busy || !personId}>
            {t('conduct.javSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}
