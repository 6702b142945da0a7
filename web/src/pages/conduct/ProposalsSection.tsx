// Proposals (yrkanden) on the item (R-MEET-4): by a serving member, of a kind (bifall, avslag, ändring, tillägg,
// återremiss, bordläggning); the official report's own proposal needs no mover. Withdrawn by the mover's word,
// both only before the chair starts putting propositions.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { ErrorAlert, FormErrors } from '../../components/Errors.tsx';
import { SelectField, TextArea } from '../../components/fields.tsx';
import { addProposal, withdrawProposal } from '../../conductEndpoints.ts';
import { PROPOSAL_KINDS, type ProposalKind } from '../../conductTypes.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { ItemProps } from './ItemPanel.tsx';
import { PROPOSAL_KIND_KEY } from './labels.ts';
import { withParty } from './people.ts';
import { scopedError } from './useConduct.ts';

const REPORT = 'report';

export function ProposalsSection({ view, item, actions, manage }: ItemProps) {
  const t = useT();
  const scope = `proposal:${item.id}`;
  const [kind, setKind] = useState<ProposalKind>('approve');
  const [mover, setMover] = useState('');
  const [text, setText] = useState('');
  const failure = actions.failure?.scope === scope ? actions.failure : null;
  const error = scopedError(failure?.error, 'proposal');
  const errors = fieldErrors(error);
  const editable = manage && !item.decision && item.votes.length === 0;
  const serving = item.attendance!.serving;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const personId = mover === REPORT ? undefined : mover || undefined;
    const ok = await actions.run(
      scope,
      (version) => addProposal(view.meeting.id, item.id, version, { kind, text: text.trim(), personId }),
      (next) => {
        const added = next.items.find((i) => i.id === item.id)?.proposals.at(-1);
        return t('conduct.proposalAdded', { label: added?.label ?? '' });
      },
      ['f-proposal-kind'],
    );
    if (ok) {
      setText('');
      setMover('');
    }
  }

  async function withdraw(id: string, label: string) {
    await actions.run(
      scope,
      (version) => withdrawProposal(view.meeting.id, item.id, id, version),
      () => t('conduct.proposalWithdrawn', { label }),
      [`proposals-${item.id}`],
    );
  }

  return (
    <section aria-labelledby={`proposals-heading-${item.id}`} className="conduct-block">
      <h3 id={`proposals-heading-${item.id}`}>{t('conduct.proposalsHeading')}</h3>
      {item.proposals.length === 0 ? (
        <p className="muted" id={`proposals-${item.id}`} tabIndex={-1}>
          {t('conduct.noProposals')}
        </p>
      ) : (
        <ol className="conduct-proposals" id={`proposals-${item.id}`} tabIndex={-1}>
          {item.proposals.map((p) => (
            <li key={p.id} className={p.withdrawn ? 'is-withdrawn' : undefined}>
              <span className="proposal-label">
                {p.label.charAt(0).toUpperCase() + p.label.slice(1)}
                <span className="conduct-tag">{t(PROPOSAL_KIND_KEY[p.kind])}</span>
                {p.withdrawn && <span className="conduct-tag">{t('conduct.withdrawn')}</span>}
              </span>
              <span className="pre-line">{p.text}</span>
              {editable && !p.withdrawn && (
                <button type="button" className="button-link" disabled={actions.busy} onClick={() => void withdraw(p.id, p.label)}>
                  {t('conduct.withdraw')}
                  <span className="visually-hidden"> – {p.label}</span>
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {failure && !Object.keys(errors).length && <ErrorAlert key={failure.key} error={failure.error} />}
      {manage && !editable && !item.decision && item.votes.length > 0 && <p className="hint">{t('conduct.proposalsLocked')}</p>}
      {editable && (
        <form onSubmit={(e) => void submit(e)} noValidate className="conduct-inline-form">
          {Object.keys(errors).length > 0 && (
            <FormErrors error={error} labels={{ 'proposal.kind': t('conduct.proposalKind'), 'proposal.personId': t('conduct.mover'), 'proposal.text': t('conduct.proposalText') }} />
          )}
          <div className="field-row">
            <SelectField
              name="proposal.kind"
              label={t('conduct.proposalKind')}
              value={kind}
              onValue={(v) => setKind(v as ProposalKind)}
              options={PROPOSAL_KINDS.map((k) => ({ value: k, label: t(PROPOSAL_KIND_KEY[k]) }))}
              error={errors['proposal.kind']}
            />
            <SelectField
              name="proposal.personId"
              label={t('conduct.mover')}
              value={mover}
              onValue={setMover}
              placeholder={t('conduct.chooseMember')}
              options={[
                ...(kind === 'approve' ? [{ value: REPORT, label: t('conduct.moverReport') }] : []),
                ...serving.map((s) => ({ value: s.personId, label: withParty(s) })),
              ]}
              error={errors['proposal.personId']}
            />
          </div>
          <TextArea name="proposal.text" label={t('conduct.proposalText')} value={text} onValue={setText} error={errors['proposal.text']} rows={2} />
          <button type="submit" disabled={actions.busy}>
            {t('conduct.proposalSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}
