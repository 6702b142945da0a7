// The granted amount per year of one application, typed in the round's unit, with what was applied for as a
// hint; used when recommending and when recording a decision.
import { TextField } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { typed, type Application, type Unit } from './api.ts';

interface Props {
  application: Application;
  unit: Unit;
  legend: string;
  values: Record<string, string>;
  onValues: (update: (previous: Record<string, string>) => Record<string, string>) => void;
  errors: Record<string, string>;
}

export function GrantedAmountsField({ application: a, unit, legend, values, onValues, errors }: Props) {
  const t = useT();
  return (
    <fieldset className="group" aria-describedby={errors.granted ? 'f-granted' : undefined}>
      <legend>{legend}</legend>
      <p className="hint">{t('grants.appliedWas', { amounts: a.years.map((y) => `${typed(y.appliedKr, unit)} (${y.year})`).join(', ') })}</p>
      {errors.granted && <p id="f-granted" className="field-error" tabIndex={-1}>{errors.granted}</p>}
      <div className="amount-grid">
        {a.years.map((y) => (
          <TextField key={y.year} name={`granted.${y.year}`} label={String(y.year)} value={values[String(y.year)] ?? ''} inputMode="decimal"
            onValue={(value) => onValues((prev) => ({ ...prev, [String(y.year)]: value }))} error={errors[`granted.${y.year}`]} />
        ))}
      </div>
    </fieldset>
  );
}
