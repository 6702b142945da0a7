// "Registrera ansökan" / "Ändra ansökan": the applicant (kind, name, contact), the project, its total cost and
// the amount applied for per year, typed the Swedish way in the round's unit ("153", "20 024", "1 478,2").
// The server reads the amounts and names any field it cannot accept; a new application becomes the next
// document of the round's case.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../api.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { FormErrors } from '../../../components/Errors.tsx';
import { SelectField, TextArea, TextField } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { DialogActions } from '../../admin/DialogActions.tsx';
import { APPLICANT_KINDS, registerApplication, typed, updateApplication, type Application, type Round } from './api.ts';

interface Props { round: Round; application: Application | null; onClose: (message?: string) => void }

export function ApplicationDialog({ round, application: a, onClose }: Props) {
  const t = useT();
  const u = round.unit;
  const thisYear = new Date().getFullYear();
  const years = a ? a.years.map((y) => y.year) : round.years.length ? round.years : [thisYear, thisYear + 1, thisYear + 2];
  const [v, setV] = useState({
    applicantKind: a?.applicantKind ?? (round.layout === 'associations' ? 'association' : 'internal_unit'), applicantName: a?.applicantName ?? '',
    applicantEmail: a?.applicantEmail ?? '', applicantPhone: a?.applicantPhone ?? '', applicantAddress: a?.applicantAddress ?? '', externalRef: a?.externalRef ?? '',
    projectTitle: a?.projectTitle ?? '', projectDescription: a?.projectDescription ?? '', totalCost: typed(a?.totalCostKr, u),
  });
  const [applied, setApplied] = useState<Record<string, string>>(Object.fromEntries(years.map((y) => [String(y), typed(a?.years.find((x) => x.year === y)?.appliedKr, u)])));
  const set = (key: keyof typeof v) => (value: string) => setV((prev) => ({ ...prev, [key]: value }));
  const submit = useSubmit(async () => {
    const body = { ...v, applied };
    if (a) await updateApplication(a.id, { ...body, version: a.version });
    else {
      const res = await registerApplication(round.id, body);
      onClose(t('grants.registered', { number: res.application.documentNumber ?? '' }));
      return;
    }
    onClose();
  });
  const errors = fieldErrors(submit.error);
  const labels: Record<string, string> = {
    applicantKind: t('grants.applicantKind'), applicantName: t('grants.applicantName'), applicantEmail: t('grants.applicantEmail'), applicantPhone: t('grants.applicantPhone'),
    applicantAddress: t('grants.applicantAddress'), externalRef: t('grants.externalRef'), projectTitle: t('grants.projectTitle'), projectDescription: t('grants.projectDescription'),
    totalCost: t('grants.totalCost', { unit: u }), applied: t('grants.appliedPerYear', { unit: u }),
  };
  years.forEach((y) => { labels[`applied.${y}`] = t('grants.appliedYear', { year: y }); });
  const onSubmit = (event: FormEvent) => { event.preventDefault(); void submit.run(); };
  return (
    <Dialog title={a ? t('grants.editApplication') : t('grants.register')} description={round.name} onClose={() => onClose()}>
      <form onSubmit={onSubmit} noValidate>
        <FormErrors error={submit.error} labels={labels} />
        <SelectField name="applicantKind" label={labels.applicantKind!} value={v.applicantKind} onValue={set('applicantKind')} error={errors.applicantKind} required
          options={APPLICANT_KINDS.map((k) => ({ value: k, label: t(`grants.kind.${k}`) }))} hint={v.applicantKind === 'private_individual' ? t('grants.privateHint') : undefined} />
        <TextField name="applicantName" label={labels.applicantName!} value={v.applicantName} onValue={set('applicantName')} error={errors.applicantName} maxLength={300} required />
        <div className="field-row">
          <TextField name="applicantEmail" type="email" label={labels.applicantEmail!} hint={t('grants.emailHint')} value={v.applicantEmail} onValue={set('applicantEmail')} error={errors.applicantEmail} maxLength={200} autoComplete="off" />
          <TextField name="applicantPhone" label={labels.applicantPhone!} value={v.applicantPhone} onValue={set('applicantPhone')} error={errors.applicantPhone} maxLength={50} autoComplete="off" />
        </div>
        <TextArea name="applicantAddress" label={labels.applicantAddress!} value={v.applicantAddress} onValue={set('applicantAddress')} error={errors.applicantAddress} rows={2} />
        <TextField name="externalRef" label={labels.externalRef!} hint={t('grants.externalRefHint')} value={v.externalRef} onValue={set('externalRef')} error={errors.externalRef} maxLength={100} />
        <TextField name="projectTitle" label={labels.projectTitle!} value={v.projectTitle} onValue={set('projectTitle')} error={errors.projectTitle} maxLength={300} required />
        <TextArea name="projectDescription" label={labels.projectDescription!} value={v.projectDescription} onValue={set('projectDescription')} error={errors.projectDescription} rows={4} />
        <TextField name="totalCost" label={labels.totalCost!} hint={t('grants.amountHint', { unit: u })} value={v.totalCost} onValue={set('totalCost')} error={errors.totalCost} inputMode="decimal" />
        <fieldset className="group" aria-describedby={errors.applied ? 'f-applied' : undefined}>
          <legend>{labels.applied}</legend>
          <p className="hint">{t('grants.amountHint', { unit: u })}</p>
          {errors.applied && <p id="f-applied" className="field-error" tabIndex={-1}>{errors.applied}</p>}
          <div className="amount-grid">
            {years.map((y) => (
              <TextField key={y} name={`applied.${y}`} label={String(y)} value={applied[String(y)] ?? ''} inputMode="decimal"
                onValue={(value) => setApplied((prev) => ({ ...prev, [String(y)]: value }))} error={errors[`applied.${y}`]} />
            ))}
          </div>
        </fieldset>
        <DialogActions busy={submit.busy} onCancel={() => onClose()} submitLabel={a ? undefined : t('grants.registerSubmit')} />
      </form>
    </Dialog>
  );
}
