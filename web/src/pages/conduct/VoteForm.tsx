// A vote on the next proposition (R-MEET-5): an open roll-call — yes, no or abstain for every serving member,
// one radio group each, with the tally as it stands — or a secret ballot's tally (elections and appointments)
// with the lot drawn in the room for a tie. A tie in an open vote is settled by the chair's vote, as the server
// counts it.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { FormErrors } from '../../components/Errors.tsx';
import { recordVote } from '../../conductEndpoints.ts';
import type { BallotVote, Proposition, Result, VoteInput } from '../../conductTypes.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { ItemProps } from './ItemPanel.tsx';
import { BALLOT_KEY } from './labels.ts';
import { withParty } from './people.ts';
import { scopedError } from './useConduct.ts';

interface Props extends ItemProps {
  proposition: Proposition;
  yesLabel: string;
  noLabel: string;
  onDone: () => void;
  onCancel: () => void;
}

const VOTES: BallotVote[] = ['yes', 'no', 'abstain'];

export function VoteForm({ view, item, actions, proposition, yesLabel, noLabel, onDone, onCancel }: Props) {
  const t = useT();
  const scope = `vote:${item.id}`;
  const serving = item.attendance!.serving;
  const [kind, setKind] = useState<'open' | 'secret'>('open');
  const [ballots, setBallots] = useState<Record<string, BallotVote>>({});
  const [secret, setSecret] = useState({ yes: '', no: '', abstain: '' });
  const [lot, setLot] = useState<'' | Result>('');
  const failure = actions.failure?.scope === scope ? actions.failure.error : null;
  const error = scopedError(failure, 'vote');
  const errors = fieldErrors(error);
  const chair = view.conduct?.chairPersonId;
  const count = (v: BallotVote) => Object.values(ballots).filter((b) => b === v).length;
  const missing = serving.length - Object.keys(ballots).length;
  const tie = kind === 'open' && missing === 0 && count('yes') === count('no');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body: VoteInput =
      kind === 'open'
        ? { kind, ballots: serving.filter((s) => ballots[s.personId]).map((s) => ({ personId: s.personId, vote: ballots[s.personId]! })) }
        : { kind, tally: { yes: Number(secret.yes || 0), no: Number(secret.no || 0), abstain: Number(secret.abstain || 0) }, ...(lot ? { lot } : {}) };
    const ok = await actions.run(
      scope,
      (version) => recordVote(view.meeting.id, item.id, version, body),
      (next) => {
        const v = next.items.find((i) => i.id === item.id)?.votes.at(-1);
        const result = t(v?.result === 'yes' ? 'conduct.vote.yes' : 'conduct.vote.no');
        return t('conduct.voteDone', { result, tally: v?.tally ? t('conduct.tally', v.tally) : '' });
      },
      [`next-${item.id}`, `procedure-heading-${item.id}`],
    );
    if (ok) onDone();
  }

  const labels: Record<string, string> = { 'vote.ballots': t('conduct.rollCall'), 'vote.tally': t('conduct.secretTally'), 'vote.lot': t('conduct.lot') };
  serving.forEach((s, i) => {
    labels[`vote.ballots.${i}.personId`] = s.name;
    labels[`vote.ballots.${i}.vote`] = s.name;
  });

  return (
    <form className="panel conduct-vote" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`vote-heading-${item.id}`}>
      <h4 id={`vote-heading-${item.id}`}>{t('conduct.voteHeading')}</h4>
      <p className="vote-question">{proposition.question}</p>
      <p className="hint">{t('conduct.voteSides', { yes: yesLabel, no: noLabel })}</p>
      <FormErrors error={error} labels={labels} />
      <fieldset className="radio-group inline">
        <legend>{t('conduct.voteKind')}</legend>
        {(['open', 'secret'] as const).map((k) => (
          <div className="radio" key={k}>
            <input type="radio" id={`vote-kind-${k}`} name={`vote-kind-${item.id}`} checked={kind === k} onChange={() => setKind(k)} />
            <label htmlFor={`vote-kind-${k}`}>{t(k === 'open' ? 'conduct.voteOpen' : 'conduct.voteSecret')}</label>
          </div>
        ))}
      </fieldset>
      {kind === 'open' ? (
        <>
          <div className="vote-table" role="group" aria-labelledby={`rollcall-${item.id}`} id="f-vote-ballots" tabIndex={-1}>
            <p className="vote-table-title" id={`rollcall-${item.id}`}>
              {t('conduct.rollCall')}
            </p>
            {serving.map((s, i) => (
              <fieldset key={s.personId} className="vote-row" id={i === 0 ? 'f-vote-ballots-0-personId' : undefined}>
                <legend>
                  <span className="vote-name">{withParty(s)}</span>
                  {s.personId === chair && <span className="sub">{t('conduct.role.chair')}</span>}
                  {s.forName && <span className="sub">{t('conduct.servingFor', { name: s.forName })}</span>}
                </legend>
                {VOTES.map((v) => (
                  <label key={v} className={`vote-choice vote-${v}`}>
                    <input
                      type="radio"
                      name={`ballot-${item.id}-${s.personId}`}
                      checked={ballots[s.personId] === v}
                      onChange={() => setBallots((b) => ({ ...b, [s.personId]: v }))}
                    />
                    {t(BALLOT_KEY[v])}
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
          <p className="vote-tally" aria-live="polite">
            {t('conduct.tallyLive', { yes: count('yes'), no: count('no'), abstain: count('abstain'), missing })}
            {tie && <strong> {t('conduct.tieChairHint')}</strong>}
          </p>
          {errors['vote.ballots'] && <p className="field-error">{errors['vote.ballots']}</p>}
        </>
      ) : (
        <>
          <fieldset className="vote-secret" id="f-vote-tally">
            <legend>{t('conduct.secretTally')}</legend>
            <p className="hint">{t('conduct.secretHint', { count: serving.length })}</p>
            {errors['vote.tally'] && <p className="field-error">{errors['vote.tally']}</p>}
            <div className="vote-secret-fields">
              {VOTES.map((v) => (
                <div className="field field-short" key={v}>
                  <label htmlFor={`secret-${v}`}>{t(v === 'abstain' ? 'conduct.vote.blank' : BALLOT_KEY[v])}</label>
                  <input
                    id={`secret-${v}`}
                    type="number"
                    min={0}
                    max={serving.length}
                    inputMode="numeric"
                    value={secret[v]}
                    onChange={(e) => setSecret((x) => ({ ...x, [v]: e.target.value }))}
                  />
                </div>
              ))}
            </div>
          </fieldset>
          <fieldset className="radio-group inline">
            <legend>{t('conduct.lot')}</legend>
            <p className="hint">{t('conduct.lotHint')}</p>
            {(['', 'yes', 'no'] as const).map((l) => (
              <div className="radio" key={l || 'system'}>
                <input type="radio" id={`lot-${l || 'system'}`} name={`lot-${item.id}`} checked={lot === l} onChange={() => setLot(l)} />
                <label htmlFor={`lot-${l || 'system'}`}>{t(l === '' ? 'conduct.lotSystem' : l === 'yes' ? 'conduct.lotYes' : 'conduct.lotNo')}</label>
              </div>
            ))}
          </fieldset>
        </>
      )}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={actions.busy}>
          {t('conduct.voteSubmit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
