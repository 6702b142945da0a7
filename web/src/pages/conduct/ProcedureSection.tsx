// The decision procedure (R-MEET-4): formal proposals first, then the alternatives (main and counter-proposal
// rounds), then additions. Each proposition is settled by the chair's finding or by a vote (R-MEET-5/6).
import { useState } from 'react';
import { ErrorAlert } from '../../components/Errors.tsx';
import { putProposition, undoProposition } from '../../conductEndpoints.ts';
import type { Proposition, Result, Vote } from '../../conductTypes.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { ItemProps } from './ItemPanel.tsx';
import { VoteForm } from './VoteForm.tsx';

export function ProcedureSection(props: ItemProps) {
  const { view, item, actions, manage } = props;
  const t = useT();
  const scope = `procedure:${item.id}`;
  const [voting, setVoting] = useState(false);
  const failure = actions.failure?.scope === scope ? actions.failure : null;
  const { steps, next } = item.procedure;
  const quorumOk = item.attendance!.quorum.ok;
  const editable = manage && !item.decision;
  const label = (id: string | null) => item.proposals.find((p) => p.id === id)?.label ?? '';
  const focusNext = [`next-${item.id}`, `procedure-heading-${item.id}`];

  const noSide = (p: Proposition) =>
    p.no ? label(p.no) : p.stage === 'formal' ? t('conduct.noSide.today') : item.proposals.find((x) => x.id === p.yes)?.kind === 'add' ? t('conduct.noSide.without') : t('conduct.noSide.reject');

  async function find(result: Result) {
    await actions.run(
      scope,
      (version) => putProposition(view.meeting.id, item.id, version, result),
      () => t('conduct.findingDone', { result: t(result === 'yes' ? 'conduct.vote.yes' : 'conduct.vote.no') }),
      focusNext,
    );
  }

  async function undo() {
    await actions.run(scope, (version) => undoProposition(view.meeting.id, item.id, version), () => t('conduct.undoDone'), focusNext);
  }

  const how = (v: Vote | undefined) => {
    if (!v || v.kind === 'acclamation') return t('conduct.how.finding');
    const tally = v.tally ? t('conduct.tally', { yes: v.tally.yes, no: v.tally.no, abstain: v.tally.abstain }) : '';
    const tie = v.tieBreak === 'chair' ? ` ${t('conduct.tie.chair')}` : v.tieBreak === 'lottery' ? ` ${t('conduct.tie.lottery')}` : '';
    return `${t(v.kind === 'open' ? 'conduct.how.open' : 'conduct.how.secret')}: ${tally}.${tie}`;
  };

  return (
    <section aria-labelledby={`procedure-heading-${item.id}`} className="conduct-block">
      <h3 id={`procedure-heading-${item.id}`} tabIndex={-1}>
        {t('conduct.procedureHeading')}
      </h3>
      {steps.length > 0 && (
        <ol className="conduct-steps">
          {steps.map((s, i) => (
            <li key={i}>
              <span className="step-question">{s.question}</span>
              <span className="step-result">
                <strong>{t(s.result === 'yes' ? 'conduct.vote.yes' : 'conduct.vote.no')}</strong> – {how(item.votes[i])}
              </span>
              {item.votes[i]?.kind === 'open' && (
                <details className="step-ballots">
                  <summary>{t('conduct.ballotsSummary')}</summary>
                  <ul>
                    {item.votes[i]!.ballots.map((b) => (
                      <li key={b.personId}>
                        {b.name}: {t(b.vote === 'yes' ? 'conduct.vote.yes' : b.vote === 'no' ? 'conduct.vote.no' : 'conduct.vote.abstain')}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
      {failure && <ErrorAlert key={failure.key} error={failure.error} />}
      {!next && item.proposals.every((p) => p.withdrawn) && <p className="muted">{t('conduct.noPropositions')}</p>}
      {!next && steps.length > 0 && !item.decision && <p>{t('conduct.procedureComplete')}</p>}
      {next && (
        <div className="conduct-next" id={`next-${item.id}`} tabIndex={-1}>
          <p className="next-label">{t(steps.length ? 'conduct.nextProposition' : 'conduct.firstProposition')}</p>
          <p className="next-question">{next.question}</p>
          <dl className="next-sides">
            <dt>{t('conduct.vote.yes')}</dt>
            <dd>{label(next.yes)}</dd>
            <dt>{t('conduct.vote.no')}</dt>
            <dd>{noSide(next)}</dd>
          </dl>
          {editable && !quorumOk && <p className="field-error">{t('conduct.procedureNoQuorum')}</p>}
          {editable && quorumOk && !voting && (
            <div className="actions">
              <button type="button" className="button-primary" disabled={actions.busy} onClick={() => void find('yes')}>
                {t('conduct.findYes')}
              </button>
              <button type="button" disabled={actions.busy} onClick={() => void find('no')}>
                {t('conduct.findNo')}
              </button>
              <button type="button" id={`vote-open-${item.id}`} disabled={actions.busy} onClick={() => setVoting(true)}>
                {t('conduct.requestVote')}
              </button>
            </div>
          )}
        </div>
      )}
      {next && editable && quorumOk && voting && (
        <VoteForm
          {...props}
          proposition={next}
          yesLabel={label(next.yes)}
          noLabel={noSide(next)}
          onDone={() => setVoting(false)}
          onCancel={() => {
            setVoting(false);
            window.setTimeout(() => document.getElementById(`vote-open-${item.id}`)?.focus(), 0);
          }}
        />
      )}
      {editable && steps.length > 0 && (
        <p>
          <button type="button" className="button-link" disabled={actions.busy} onClick={() => void undo()}>
            {t('conduct.undo')}
          </button>
        </p>
      )}
    </section>
  );
}
