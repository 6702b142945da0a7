// The report's title and prose per section (paragraphs separated by a blank line; a short line without closing
// punctuation becomes a subheading in the PDF).
import { useEffect, useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../api.ts';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { FormErrors } from '../../../components/Errors.tsx';
import { TextArea, TextField } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { updateFollowUp, type FollowUp } from './api.ts';

type Prose = Pick<FollowUp, 'title' | 'staffText' | 'economyText' | 'investmentText'>;

export function ProseForm({ followUp, onDone }: { followUp: FollowUp; onDone: (next: FollowUp) => void }) {
  const t = useT();
  const announce = useAnnounce();
  const pick = (f: FollowUp): Prose => ({ title: f.title, staffText: f.staffText, economyText: f.economyText, investmentText: f.investmentText });
  const [v, setV] = useState<Prose>(pick(followUp));
  useEffect(() => setV(pick(followUp)), [followUp.id]);
  const submit = useSubmit(async () => {
    const next = await updateFollowUp(followUp.id, { version: followUp.version, ...v });
    announce(t('finance.proseSaved'));
    onDone(next);
  });
  const errors = fieldErrors(submit.error);
  const labels = { title: t('finance.titleColumn'), staffText: t('finance.staffHeading'), economyText: t('finance.economyHeading'), investmentText: t('finance.investmentsHeading') };
  const set = (k: keyof Prose) => (value: string) => setV({ ...v, [k]: value });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit.run();
  };
  return (
    <section aria-labelledby="finance-prose-heading">
      <h2 id="finance-prose-heading">{t('finance.proseHeading')}</h2>
      <p className="hint">{t('finance.proseHint')}</p>
      <form onSubmit={onSubmit} noValidate className="form-wide">
        <FormErrors error={submit.error} labels={labels} />
        <TextField name="title" label={labels.title} required value={v.title} onValue={set('title')} error={errors.title} />
        <TextArea name="staffText" label={labels.staffText} rows={8} value={v.staffText} onValue={set('staffText')} error={errors.staffText} />
        <TextArea name="economyText" label={labels.economyText} rows={8} value={v.economyText} onValue={set('economyText')} error={errors.economyText} />
        <TextArea name="investmentText" label={labels.investmentText} rows={6} value={v.investmentText} onValue={set('investmentText')} error={errors.investmentText} />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={submit.busy}>{t('finance.proseSave')}</button>
        </div>
      </form>
    </section>
  );
}
