// "Uppföljning per tertial": the chosen tertial's comment for every control. Controls followed up in that tertial
// come first; another control's comment is an extra (unscheduled) follow-up and is marked as such.
import { useEffect, useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../api.ts';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { ErrorAlert } from '../../../components/Errors.tsx';
import { CheckboxField, SelectField, TextArea } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { saveFollowUp, type Risk, type RiskAnalysis } from './riskApi.ts';

interface RowProps { risk: Risk; tertial: number; editable: boolean; onSaved: (view: RiskAnalysis) => void }

function FollowUpRow({ risk, tertial, editable, onSaved }: RowProps) {
  const t = useT();
  const announce = useAnnounce();
  const control = risk.control!;
  const current = control.followUps.find((f) => f.tertial === tertial);
  const scheduled = control.tertials.includes(tertial);
  const [comment, setComment] = useState(current?.comment ?? '');
  const [extra, setExtra] = useState(current?.unscheduled ?? false);
  useEffect(() => { setComment(current?.comment ?? ''); setExtra(current?.unscheduled ?? false); }, [current?.version, current?.comment, current?.unscheduled]);
  const submit = useSubmit(async () => {
    onSaved(await saveFollowUp(control.id, { tertial, comment, unscheduled: !scheduled && extra, ...(current ? { version: current.version } : {}) }));
    announce(t('risks.followUpSaved', { number: risk.number, tertial }));
  });
  const errors = fieldErrors(submit.error);
  const name = `followUp-${risk.number}`;
  const onSubmit = (event: FormEvent) => { event.preventDefault(); void submit.run(); };
  const hint = [
    scheduled ? t('risks.followedUpIn', { frequency: control.frequency }) : t('risks.notScheduled', { frequency: control.frequency, tertial }),
    current?.recordedBy ? t('risks.lastSaved', { who: current.recordedBy, when: formatDateTime(current.recordedAt) }) : '',
  ].filter(Boolean).join(' ');
  return (
    <li className="risk-follow-up">
      <form onSubmit={onSubmit} noValidate aria-label={t('risks.followUpFor', { number: risk.number, tertial })}>
        <TextArea name={name} label={`${risk.number} – ${control.control}`} hint={hint} value={comment} onValue={setComment}
          error={errors.comment ?? errors.tertial ?? errors.version} rows={2} disabled={!editable} />
        {!scheduled && editable && <CheckboxField name={`${name}-extra`} label={t('risks.unscheduled')} checked={extra} onChecked={setExtra} />}
        {submit.error && !errors.comment && !errors.tertial && !errors.version ? <ErrorAlert error={submit.error} /> : null}
        {editable && <button type="submit" className="button-small" disabled={submit.busy}>{submit.busy ? t('common.saving') : t('risks.saveComment', { number: risk.number })}</button>}
      </form>
    </li>
  );
}

export function FollowUps({ analysis, editable, onSaved }: { analysis: RiskAnalysis; editable: boolean; onSaved: (view: RiskAnalysis) => void }) {
  const t = useT();
  const [tertial, setTertial] = useState('1');
  const n = Number(tertial);
  const withControl = analysis.risks.filter((r) => r.control);
  const scheduled = withControl.filter((r) => r.control!.tertials.includes(n) || r.control!.followUps.some((f) => f.tertial === n));
  const others = withControl.filter((r) => !scheduled.includes(r));
  return (
    <>
      <SelectField name="followUpTertial" label={t('risks.tertial')} value={tertial} onValue={setTertial}
        options={[1, 2, 3].map((x) => ({ value: String(x), label: t(`risks.tertial${x}` as 'risks.tertial1') }))} />
      {scheduled.length === 0 && <p className="empty">{t('risks.noneScheduled')}</p>}
      <ul className="risk-follow-ups">
        {scheduled.map((r) => <FollowUpRow key={`${r.id}-${n}`} risk={r} tertial={n} editable={editable} onSaved={onSaved} />)}
      </ul>
      {others.length > 0 && editable && (
        <details className="risk-unscheduled">
          <summary>{t('risks.otherControls', { count: others.length })}</summary>
          <ul className="risk-follow-ups">
            {others.map((r) => <FollowUpRow key={`${r.id}-${n}`} risk={r} tertial={n} editable={editable} onSaved={onSaved} />)}
          </ul>
        </details>
      )}
    </>
  );
}
