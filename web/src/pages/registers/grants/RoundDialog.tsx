// "Ny omgång" / "Ändra omgång": the organ, the name, the round's diarium case (searched by number or title), the
// appropriation it draws on (optional: the organ's own or an organ's above it), the application period, the criteria, who decides it
// (the organ, or by delegation) and the compilation's layout. Organ and case are chosen when the round is opened
// and stay. The server names every field it cannot accept; someone else's newer version (409) is said plainly,
// with a way to read the round again.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, fieldErrors } from '../../../api.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { FormErrors } from '../../../components/Errors.tsx';
import { DateField, RadioGroup, SelectField, TextArea, TextField } from '../../../components/fields.tsx';
import { listOrgans } from '../../../endpoints.ts';
import { useT } from '../../../i18n/i18n.tsx';
import { useLoad } from '../../../lib/useLoad.ts';
import { useSubmit } from '../../../lib/useSubmit.ts';
import type { Case, Organ } from '../../../types.ts';
import { DialogActions } from '../../admin/DialogActions.tsx';
import { CaseCombobox } from '../../register/CaseCombobox.tsx';
import { listAppropriations } from '../appropriations/api.ts';
import { createRound, updateRound, type DecidedBy, type Layout, type Round } from './api.ts';
import { CriteriaField } from './CriteriaField.tsx';

interface Props {
  round: Round | null;
  onClose: () => void;
  onSaved: (round: Round) => void;
  /** After a 409: close and read the round again. */
  onReload?: () => void;
}

export function RoundDialog({ round, onClose, onSaved, onReload }: Props) {
  const t = useT();
  const [v, setV] = useState({
    organId: round?.organId ?? '', name: round?.name ?? '', appropriationId: round?.appropriationId ?? '', opensOn: round?.opensOn ?? '', closesOn: round?.closesOn ?? '',
    decidedBy: (round?.decidedBy ?? 'organ') as DecidedBy, layout: (round?.layout ?? 'projects') as Layout, intro: round?.intro ?? '', documentOwner: round?.documentOwner ?? '',
  });
  const [criteria, setCriteria] = useState<string[]>(round?.criteria ?? []);
  const [picked, setPicked] = useState<Pick<Case, 'id' | 'number' | 'title'> | null>(null);
  const organs = useLoad((signal) => listOrgans(signal), []);
  const appropriations = useLoad((signal) => listAppropriations('', signal), []);
  const set = <K extends keyof typeof v>(key: K) => (value: string) => setV((prev) => ({ ...prev, [key]: value }));
  const submit = useSubmit(async () => {
    const body = {
      name: v.name, intro: v.intro, criteria, opensOn: v.opensOn || null, closesOn: v.closesOn || null, decidedBy: v.decidedBy, layout: v.layout,
      documentOwner: v.documentOwner, appropriationId: v.appropriationId || null,
    };
    onSaved(round ? await updateRound(round.id, { ...body, version: round.version }) : await createRound({ ...body, organId: v.organId, caseId: picked?.id ?? '' }));
  });
  const conflict = submit.error instanceof ApiError && submit.error.code === 'conflict';
  const conflictRef = useRef<HTMLDivElement>(null);
  // The alert is at the top of a long form: it takes focus, so it is seen and read out.
  useEffect(() => { if (conflict) conflictRef.current?.focus(); }, [conflict, submit.error]);
  const errors = fieldErrors(submit.error);
  const labels: Record<string, string> = {
    organId: t('grants.organ'), name: t('grants.roundName'), caseId: t('grants.case'), appropriationId: t('grants.appropriation'), opensOn: t('grants.opensOn'),
    closesOn: t('grants.closesOn'), decidedBy: t('grants.decidedBy'), layout: t('grants.layout'), intro: t('grants.introLabel'), documentOwner: t('grants.documentOwner'),
    criteria: t('grants.criteria'),
  };
  criteria.forEach((_, i) => { labels[`criteria.${i}`] = t('grants.criterionLabel', { n: i + 1 }); });
  const onSubmit = (event: FormEvent) => { event.preventDefault(); void submit.run(); };
  const organList = organs.data?.items ?? [];
  const organ = organList.find((o) => o.id === v.organId);
  // The organ's own appropriations and those of the organs above it (an arbetsutskott draws on its board's funds).
  const chain: Organ[] = [];
  for (let o = organ; o && !chain.includes(o); o = organList.find((x) => x.id === o!.parentId)) chain.push(o);
  const appropriationGroups = chain.map((o) => ({
    label: o.name, options: (appropriations.data?.items ?? []).filter((a) => a.organId === o.id).map((a) => ({ value: a.id, label: a.name })),
  }));
  return (
    <Dialog title={round ? t('grants.editRound') : t('grants.newRound')} description={round ? round.name : t('grants.newRoundDescription')} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        {conflict ? (
          <div ref={conflictRef} className="alert alert-error" role="alert" tabIndex={-1}>
            <p>{t('grants.roundConflict')}</p>
            <button type="button" onClick={onReload ?? onClose}>{t('grants.roundReload')}</button>
          </div>
        ) : <FormErrors error={submit.error} labels={labels} />}
        {round ? (
          <dl className="facts">
            <dt>{t('grants.organ')}</dt><dd>{round.organName}</dd>
            <dt>{t('grants.case')}</dt><dd>{round.caseNumber}</dd>
          </dl>
        ) : (
          <>
            <SelectField name="organId" label={labels.organId!} value={v.organId} required error={errors.organId} placeholder={t('grants.chooseOrgan')}
              onValue={(value) => setV((prev) => ({ ...prev, organId: value, appropriationId: '' }))}
              options={(organs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))} />
            {picked ? (
              <div className="picked">
                <p><span className="label">{t('grants.case')}:</span> <strong>{picked.number}</strong> {picked.title}</p>
                <button type="button" onClick={() => setPicked(null)}>{t('picker.change')}</button>
              </div>
            ) : <CaseCombobox onSelect={setPicked} error={errors.caseId} />}
          </>
        )}
        <TextField name="name" label={labels.name!} value={v.name} onValue={set('name')} error={errors.name} maxLength={300} required />
        <SelectField name="appropriationId" label={labels.appropriationId!} value={v.appropriationId} onValue={set('appropriationId')} error={errors.appropriationId}
          placeholder={t('grants.noAppropriation')} hint={organ ? t('grants.appropriationHint') : t('grants.appropriationChooseOrgan')}
          options={[]} groups={appropriationGroups} />
        <div className="field-row">
          <DateField name="opensOn" label={labels.opensOn!} value={v.opensOn} onValue={set('opensOn')} error={errors.opensOn} />
          <DateField name="closesOn" label={labels.closesOn!} hint={t('grants.closesOnHint')} value={v.closesOn} onValue={set('closesOn')} error={errors.closesOn} />
        </div>
        <CriteriaField criteria={criteria} onChange={setCriteria} errors={errors} />
        <RadioGroup name="decidedBy" legend={labels.decidedBy!} value={v.decidedBy} onValue={set('decidedBy')} error={errors.decidedBy} required
          options={[{ value: 'organ', label: t('grants.decidedByOrganOption') }, { value: 'delegation', label: t('grants.decidedByDelegationOption') }]} />
        <RadioGroup name="layout" legend={labels.layout!} value={v.layout} onValue={set('layout')} error={errors.layout} required
          options={[{ value: 'projects', label: t('grants.layout.projects') }, { value: 'associations', label: t('grants.layout.associations') }]} />
        <TextArea name="intro" label={labels.intro!} hint={t('grants.introHint')} value={v.intro} onValue={set('intro')} error={errors.intro} rows={3} />
        <TextField name="documentOwner" label={labels.documentOwner!} value={v.documentOwner} onValue={set('documentOwner')} error={errors.documentOwner} maxLength={300} />
        <DialogActions busy={submit.busy} onCancel={onClose} submitLabel={round ? undefined : t('grants.createRound')} />
      </form>
    </Dialog>
  );
}
