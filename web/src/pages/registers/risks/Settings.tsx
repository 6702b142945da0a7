// "Inställningar": the established date and the handling bands (from–to, name, what it means). The server checks
// that the bands cover 1–16 without a gap or an overlap and names the band that is wrong.
import { useEffect, useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../api.ts';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { FormErrors } from '../../../components/Errors.tsx';
import { DateField, TextField } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { updateRiskAnalysis, type HandlingBand, type RiskAnalysis } from './riskApi.ts';

type BandText = { from: string; to: string; label: string; meaning: string };
const asText = (b: HandlingBand): BandText => ({ from: String(b.from), to: String(b.to), label: b.label, meaning: b.meaning });

export function Settings({ analysis, onSaved }: { analysis: RiskAnalysis; onSaved: (view: RiskAnalysis) => void }) {
  const t = useT();
  const announce = useAnnounce();
  const [established, setEstablished] = useState(analysis.establishedOn);
  const [bands, setBands] = useState<BandText[]>(analysis.thresholds.map(asText));
  useEffect(() => { setEstablished(analysis.establishedOn); setBands(analysis.thresholds.map(asText)); }, [analysis.version]);
  const setBand = (i: number, key: keyof BandText) => (value: string) => setBands((prev) => prev.map((b, j) => (j === i ? { ...b, [key]: value } : b)));
  const submit = useSubmit(async () => {
    const thresholds = analysis.thresholds.map((b, i) => ({ handling: b.handling, from: Number(bands[i]!.from), to: Number(bands[i]!.to), label: bands[i]!.label, meaning: bands[i]!.meaning }));
    onSaved(await updateRiskAnalysis(analysis.id, { version: analysis.version, establishedOn: established, thresholds }));
    announce(t('risks.settingsSaved'));
  });
  const errors = fieldErrors(submit.error);
  const labels: Record<string, string> = { establishedOn: t('risks.establishedOn'), thresholds: t('risks.thresholds') };
  analysis.thresholds.forEach((b, i) => {
    labels[`thresholds.${i}.from`] = `${b.label}: ${t('risks.from').toLowerCase()}`;
    labels[`thresholds.${i}.to`] = `${b.label}: ${t('risks.to').toLowerCase()}`;
    labels[`thresholds.${i}.label`] = `${b.label}: ${t('risks.bandLabel').toLowerCase()}`;
    labels[`thresholds.${i}.meaning`] = `${b.label}: ${t('risks.meaning').toLowerCase()}`;
  });
  const onSubmit = (event: FormEvent) => { event.preventDefault(); void submit.run(); };
  return (
    <form onSubmit={onSubmit} noValidate className="risk-settings">
      <FormErrors error={submit.error} labels={labels} />
      <DateField name="establishedOn" label={labels.establishedOn!} value={established} onValue={setEstablished} error={errors.establishedOn} required />
      <fieldset id="f-thresholds" tabIndex={-1} className={errors.thresholds ? 'has-error' : undefined} aria-describedby={errors.thresholds ? 'f-thresholds-error' : undefined}>
        <legend>{labels.thresholds}</legend>
        <p className="hint">{t('risks.thresholdsHint')}</p>
        {errors.thresholds && <p id="f-thresholds-error" className="field-error">{errors.thresholds}</p>}
        {bands.map((b, i) => (
          <fieldset className="risk-band" key={analysis.thresholds[i]!.handling}>
            <legend>{analysis.thresholds[i]!.label}</legend>
            <div className="field-row">
              <TextField name={`thresholds.${i}.from`} label={t('risks.from')} value={b.from} onValue={setBand(i, 'from')} error={errors[`thresholds.${i}.from`]} inputMode="numeric" maxLength={2} className="field-short" />
              <TextField name={`thresholds.${i}.to`} label={t('risks.to')} value={b.to} onValue={setBand(i, 'to')} error={errors[`thresholds.${i}.to`]} inputMode="numeric" maxLength={2} className="field-short" />
              <TextField name={`thresholds.${i}.label`} label={t('risks.bandLabel')} value={b.label} onValue={setBand(i, 'label')} error={errors[`thresholds.${i}.label`]} maxLength={60} />
            </div>
            <TextField name={`thresholds.${i}.meaning`} label={t('risks.meaning')} value={b.meaning} onValue={setBand(i, 'meaning')} error={errors[`thresholds.${i}.meaning`]} maxLength={300} />
          </fieldset>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={submit.busy}>{submit.busy ? t('common.saving') : t('risks.saveSettings')}</button>
      </div>
    </form>
  );
}
