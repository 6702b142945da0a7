// The item's decision: clauses prefilled from the suggestion (the official report and the procedure), editable;
// outcome (the organ's own decision, sent on to another organ, or noted); immediate adjustment (R-JUST-2); the
// distribution list (R-MIN-3). Recording is blocked without a quorum or with propositions left.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { FormErrors } from '../../components/Errors.tsx';
import { TextArea } from '../../components/fields.tsx';
import { decideItem } from '../../conductEndpoints.ts';
import { listOrgans } from '../../endpoints.ts';
import { OUTCOMES, type Outcome } from '../../conductTypes.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useLoad } from '../../lib/useLoad.ts';
import type { ItemProps } from './ItemPanel.tsx';
import { OUTCOME_KEY } from './labels.ts';
import { scopedError } from './useConduct.ts';

interface Row {
  name: string;
  email: string;
}

export function DecisionSection({ view, item, actions, manage }: ItemProps) {
  const t = useT();
  const scope = `decision:${item.id}`;
  const d = item.decision;
  const s = item.suggestedDecision;
  const [editing, setEditing] = useState(false);
  // Until the secretary edits them, the clauses and outcome follow the suggestion as the procedure moves on.
  const [clausesEdit, setClauses] = useState<string | null>(null);
  const [outcomeEdit, setOutcome] = useState<Outcome | null>(null);
  const clauses = clausesEdit ?? (d?.clauses ?? s?.clauses ?? []).join('\n');
  const outcome = outcomeEdit ?? d?.outcome ?? s?.outcome ?? 'final';
  const organs = useLoad((signal) => listOrgans(signal), []);
  const parentId = organs.data?.items.find((o) => o.id === view.meeting.organId)?.parentId ?? null;
  const toOrganId = d?.toOrganId ?? s?.toOrganId ?? parentId;
  const toOrganName = organs.data?.items.find((o) => o.id === toOrganId)?.name ?? d?.toOrganName ?? null;
  const [immediate, setImmediate] = useState(d?.immediateAdjustment ?? false);
  const [rows, setRows] = useState<Row[]>(() => (d?.distribution ?? []).map((r) => ({ name: r.name, email: r.email ?? '' })));
  const failure = actions.failure?.scope === scope ? actions.failure.error : null;
  const error = scopedError(failure, 'decision');
  const errors = fieldErrors(error);
  const quorum = item.attendance!.quorum;
  const pending = item.procedure.next;
  const showForm = manage && (!d || editing);
  const prefix = `decision-${item.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await actions.run(
      scope,
      (version) =>
        decideItem(view.meeting.id, item.id, version, {
          clauses: clauses.split('\n').map((c) => c.trim()).filter(Boolean),
          outcome,
          ...(outcome === 'to_organ' && toOrganId ? { toOrganId } : {}),
          immediateAdjustment: immediate,
          distribution: rows.filter((r) => r.name.trim()).map((r) => ({ name: r.name.trim(), ...(r.email.trim() ? { email: r.email.trim() } : {}) })),
          ...(d ? { decisionVersion: d.version } : {}),
        }),
      () => t('conduct.decided', { paragraph: item.paragraphLabel }),
      [`${prefix}-heading`],
    );
    if (ok) {
      setEditing(false);
      setClauses(null);
      setOutcome(null);
    }
  }

  const labels: Record<string, string> = {
    'decision.clauses': t('conduct.clauses'),
    'decision.outcome': t('conduct.outcome'),
    'decision.toOrganId': t('conduct.outcome'),
    'decision.distribution': t('conduct.distribution'),
  };
  rows.forEach((_, i) => {
    labels[`decision.distribution.${i}.name`] = `${t('conduct.recipientName')} ${i + 1}`;
    labels[`decision.distribution.${i}.email`] = `${t('conduct.recipientEmail')} ${i + 1}`;
  });
  const outcomeLabel = (o: Outcome) => (o === 'to_organ' ? t('conduct.outcome.to_organ_named', { organ: toOrganName ?? t('conduct.parentOrgan') }) : t(OUTCOME_KEY[o]));

  return (
    <section aria-labelledby={`${prefix}-heading`} className="conduct-block">
      <h3 id={`${prefix}-heading`} tabIndex={-1}>
        {t('conduct.decisionHeading')}
      </h3>
      {d && !editing && (
        <div className="conduct-decision">
          <p className="muted">{t('conduct.decidedAt', { at: formatDateTime(d.decidedAt), outcome: outcomeLabel(d.outcome) })}</p>
          <ul className="clauses">
            {d.clauses.map((c, i) => (
              <li key={i}>att {c}</li>
            ))}
          </ul>
          {d.immediateAdjustment && <p className="conduct-tag">{t('conduct.immediate')}</p>}
          {d.distribution.length > 0 && (
            <p>
              {t('conduct.distribution')}: {d.distribution.map((r) => (r.email ? `${r.name} <${r.email}>` : r.name)).join(', ')}
            </p>
          )}
          {manage && (
            <button type="button" onClick={() => setEditing(true)}>
              {t('conduct.changeDecision')}
            </button>
          )}
        </div>
      )}
      {showForm && (!quorum.ok || pending) && (
        <p className={quorum.ok ? 'hint conduct-blocked' : 'field-error'} id={`${prefix}-blocked`}>
          {!quorum.ok ? t('conduct.decisionNoQuorum', { reason: quorum.reason ?? '' }) : t('conduct.decisionPending', { question: pending!.question })}
        </p>
      )}
      {showForm && (
        <form onSubmit={(e) => void submit(e)} noValidate className="conduct-inline-form">
          <FormErrors error={error} labels={labels} />
          <TextArea
            name="decision.clauses"
            label={t('conduct.clauses')}
            hint={t('conduct.clausesHint')}
            value={clauses}
            onValue={setClauses}
            error={errors['decision.clauses']}
            rows={Math.max(3, clauses.split('\n').length + 1)}
          />
          <fieldset className="radio-group inline" id="f-decision-outcome">
            <legend>{t('conduct.outcome')}</legend>
            {errors['decision.outcome'] && <p className="field-error">{errors['decision.outcome']}</p>}
            {OUTCOMES.map((o) => (
              <div className="radio" key={o}>
                <input type="radio" id={`${prefix}-outcome-${o}`} name={`${prefix}-outcome`} checked={outcome === o} onChange={() => setOutcome(o)} />
                <label htmlFor={`${prefix}-outcome-${o}`}>{outcomeLabel(o)}</label>
              </div>
            ))}
          </fieldset>
          <div className="checkbox">
            <input type="checkbox" id={`${prefix}-immediate`} checked={immediate} onChange={(e) => setImmediate(e.target.checked)} />
            <label htmlFor={`${prefix}-immediate`}>{t('conduct.immediate')}</label>
          </div>
          <fieldset className="group conduct-distribution" id="f-decision-distribution">
            <legend>{t('conduct.distribution')}</legend>
            {rows.map((r, i) => (
              <div className="distribution-row" key={i}>
                <div className="field">
                  <label htmlFor={`f-decision-distribution-${i}-name`}>
                    {t('conduct.recipientName')} {i + 1}
                  </label>
                  <input
                    id={`f-decision-distribution-${i}-name`}
                    type="text"
                    value={r.name}
                    onChange={(e) => setRows((x) => x.map((y, j) => (j === i ? { ...y, name: e.target.value } : y)))}
                  />
                  {errors[`decision.distribution.${i}.name`] && <p className="field-error">{errors[`decision.distribution.${i}.name`]}</p>}
                </div>
                <div className="field">
                  <label htmlFor={`f-decision-distribution-${i}-email`}>
                    {t('conduct.recipientEmail')} {i + 1}
                  </label>
                  <input
                    id={`f-decision-distribution-${i}-email`}
                    type="email"
                    value={r.email}
                    onChange={(e) => setRows((x) => x.map((y, j) => (j === i ? { ...y, email: e.target.value } : y)))}
                  />
                  {errors[`decision.distribution.${i}.email`] && <p className="field-error">{errors[`decision.distribution.${i}.email`]}</p>}
                </div>
                <button
                  type="button"
                  className="button-link"
                  onClick={() => {
                    setRows((x) => x.filter((_, j) => j !== i));
                    window.setTimeout(() => document.getElementById(`${prefix}-add-recipient`)?.focus(), 0);
                  }}
                >
                  {t('conduct.removeRecipient', { n: i + 1 })}
                </button>
              </div>
            ))}
            <button
              type="button"
              className="button-small"
              id={`${prefix}-add-recipient`}
              onClick={() => {
                setRows((x) => [...x, { name: '', email: '' }]);
                window.setTimeout(() => document.getElementById(`f-decision-distribution-${rows.length}-name`)?.focus(), 0);
              }}
            >
              {t('conduct.addRecipient')}
            </button>
          </fieldset>
          <div className="actions">
            <button type="submit" className="button-primary" disabled={actions.busy || !quorum.ok || !!pending} aria-describedby={!quorum.ok || pending ? `${prefix}-blocked` : undefined}>
              {d ? t('conduct.saveDecision') : t('conduct.decide')}
            </button>
            {d && (
              <button type="button" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </button>
            )}
          </div>
        </form>
      )}
      {!d && !manage && <p className="muted">{t('conduct.notDecided')}</p>}
    </section>
  );
}
