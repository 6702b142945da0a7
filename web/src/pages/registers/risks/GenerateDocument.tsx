// "Generera handling": the risk analysis with the chosen tertial's follow-up as one PDF — preview it, or register
// it as the next document of a case chosen in the case search.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { fieldErrors } from '../../../api.ts';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { FormErrors } from '../../../components/Errors.tsx';
import { SelectField } from '../../../components/fields.tsx';
import { SuccessNotice } from '../../../components/Status.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { useSubmit } from '../../../lib/useSubmit.ts';
import type { Case } from '../../../types.ts';
import { CaseCombobox } from '../../register/CaseCombobox.tsx';
import { generateRiskDocument, riskDocumentUrl, type RiskAnalysis } from './riskApi.ts';

export function GenerateDocument({ analysis, editable }: { analysis: RiskAnalysis; editable: boolean }) {
  const t = useT();
  const announce = useAnnounce();
  const [tertial, setTertial] = useState('1');
  const [chosen, setChosen] = useState<Case | null>(null);
  const [done, setDone] = useState<{ number: string; caseId: string } | null>(null);
  const submit = useSubmit(async () => {
    const doc = await generateRiskDocument(analysis.id, { tertial: Number(tertial), caseId: chosen?.id ?? '' });
    setDone({ number: doc.number, caseId: doc.caseId });
    announce(t('risks.generated', { number: doc.number }));
  });
  const errors = fieldErrors(submit.error);
  const onSubmit = (event: FormEvent) => { event.preventDefault(); setDone(null); void submit.run(); };
  return (
    <form onSubmit={onSubmit} noValidate className="risk-generate">
      <FormErrors error={submit.error} labels={{ tertial: t('risks.tertial'), caseId: t('risks.case') }} />
      <SelectField name="tertial" label={t('risks.tertial')} value={tertial} onValue={setTertial} error={errors.tertial}
        options={[1, 2, 3].map((x) => ({ value: String(x), label: t(`risks.tertial${x}` as 'risks.tertial1') }))} />
      <p><a href={riskDocumentUrl(analysis.id, Number(tertial))} target="_blank" rel="noreferrer">{t('risks.preview')}</a></p>
      {editable && (
        <>
          {chosen ? (
            <p>{t('risks.chosenCase')}: <strong>{chosen.number}</strong> {chosen.title}{' '}
              <button type="button" className="button-link" onClick={() => setChosen(null)}>{t('picker.change')}</button></p>
          ) : <CaseCombobox onSelect={setChosen} error={errors.caseId} />}
          <div className="actions">
            <button type="submit" className="button-primary" disabled={submit.busy}>{submit.busy ? t('common.saving') : t('risks.register')}</button>
          </div>
        </>
      )}
      {done && <SuccessNotice>{t('risks.generated', { number: done.number })} <Link to={`/cases/${done.caseId}`}>{t('risks.openCase')}</Link></SuccessNotice>}
    </form>
  );
}
