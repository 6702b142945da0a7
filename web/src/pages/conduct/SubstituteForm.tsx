// Choosing which substitute serves for a member's seat (R-MEET-2): the calling order's suggestion is shown, the
// secretary may choose another present substitute; the answer names whom the calling order would have placed.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { FormErrors } from '../../components/Errors.tsx';
import { SelectField } from '../../components/fields.tsx';
import { chooseSubstitute } from '../../conductEndpoints.ts';
import type { Conduct, ConductItem } from '../../conductTypes.ts';
import { useT } from '../../i18n/i18n.tsx';
import { isMemberSeat, nameOf, presenceOn, withParty } from './people.ts';
import type { ConductActions } from './useConduct.ts';

interface Props {
  view: Conduct;
  actions: ConductActions;
  fromItemId: string | null;
  refItem: ConductItem;
  from: string;
}

const SCOPE = 'substitute';

export function SubstituteForm({ view, actions, fromItemId, refItem, from }: Props) {
  const t = useT();
  const att = refItem.attendance!;
  const members = view.seats.filter(isMemberSeat);
  const substitutes = view.seats.filter((s) => s.role === 'substitute');
  const firstVacant = att.vacantSeats[0] ?? members.find((m) => presenceOn(refItem, m.personId) !== 'serving')?.personId ?? '';
  const [seat, setSeat] = useState(firstVacant);
  const [sub, setSub] = useState('');
  const failure = actions.failure?.scope === SCOPE ? actions.failure.error : null;
  const errors = fieldErrors(failure);
  const onSeat = att.serving.find((s) => s.forPersonId === seat);
  const presentLabel = (id: string) => (presenceOn(refItem, id) === 'absent' ? t('conduct.absentShort') : t('conduct.presentShort'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    let suggestion: string | null = null;
    await actions.run(
      SCOPE,
      async (version) => {
        const answer = await chooseSubstitute(view.meeting.id, version, { substitutePersonId: sub, forPersonId: seat, fromItemId });
        suggestion = answer.suggestion?.name ?? null;
        return answer;
      },
      () => {
        const done = t('conduct.substituteDone', { name: nameOf(view, sub), for: nameOf(view, seat), from });
        return suggestion ? `${done} ${t('conduct.substituteSuggested', { name: suggestion })}` : done;
      },
      ['f-substitutePersonId'],
    );
  }

  return (
    <form className="panel conduct-substitute" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('conduct.substituteHeading', { from })}</h3>
      <FormErrors error={failure} labels={{ substitutePersonId: t('conduct.substitute'), forPersonId: t('conduct.forMember'), fromItemId: t('conduct.changesFrom') }} />
      <div className="field-row">
        <SelectField
          name="forPersonId"
          label={t('conduct.forMember')}
          value={seat}
          onValue={setSeat}
          placeholder={t('conduct.chooseMember')}
          options={members.map((m) => ({
            value: m.personId,
            label: `${withParty(m)}${att.vacantSeats.includes(m.personId) ? ` – ${t('conduct.vacant')}` : ''}`,
          }))}
          error={errors.forPersonId}
        />
        <SelectField
          name="substitutePersonId"
          label={t('conduct.substitute')}
          value={sub}
          onValue={setSub}
          placeholder={t('conduct.chooseSubstitute')}
          options={substitutes.map((s) => ({ value: s.personId, label: `${s.substituteOrder ?? '–'}. ${withParty(s)} – ${presentLabel(s.personId)}` }))}
          error={errors.substitutePersonId}
        />
      </div>
      {seat && (
        <p className="conduct-suggestion">
          {onSeat
            ? t(onSeat.suggested ? 'conduct.seatSuggested' : 'conduct.seatChosen', { name: withParty(onSeat) })
            : att.vacantSeats.includes(seat)
              ? t('conduct.seatVacant')
              : t('conduct.seatOwn')}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={actions.busy || !seat || !sub}>
          {t('conduct.substituteSubmit')}
        </button>
      </div>
    </form>
  );
}
