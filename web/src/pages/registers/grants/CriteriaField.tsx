// The round's criteria as an editable list: one text field per criterion, each removable and movable, and a
// button adding one more. Focus follows the change (the new field, or the neighbour of a removed one).
import { useEffect, useRef } from 'react';
import { fieldId, TextField } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';

interface Props { criteria: string[]; onChange: (criteria: string[]) => void; errors: Record<string, string> }

export function CriteriaField({ criteria, onChange, errors }: Props) {
  const t = useT();
  const focusNext = useRef<number | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    const index = focusNext.current;
    focusNext.current = null;
    document.getElementById(index < 0 ? 'grant-criteria-add' : fieldId(`criteria.${index}`))?.focus();
  }, [criteria]);
  const change = (next: string[], focus: number) => { focusNext.current = focus; onChange(next); };
  const move = (i: number, by: number) => {
    const next = [...criteria];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    change(next, i + by);
  };
  return (
    <fieldset className="group grant-criteria" aria-describedby="grant-criteria-hint">
      <legend>{t('grants.criteria')}</legend>
      <p id="grant-criteria-hint" className="hint">{t('grants.criteriaHint')}</p>
      {errors.criteria && <p className="field-error">{errors.criteria}</p>}
      {criteria.length === 0 && <p className="empty">{t('grants.noCriteria')}</p>}
      <ol className="plain criteria-list">
        {criteria.map((c, i) => (
          <li key={i}>
            <TextField name={`criteria.${i}`} label={t('grants.criterionLabel', { n: i + 1 })} value={c} maxLength={1000}
              onValue={(value) => onChange(criteria.map((x, j) => (j === i ? value : x)))} error={errors[`criteria.${i}`]} />
            <div className="row-actions">
              <button type="button" className="button-small" disabled={i === 0} onClick={() => move(i, -1)}>
                {t('grants.criterionUp')}<span className="visually-hidden"> {t('grants.criterionLabel', { n: i + 1 })}</span>
              </button>
              <button type="button" className="button-small" disabled={i === criteria.length - 1} onClick={() => move(i, 1)}>
                {t('grants.criterionDown')}<span className="visually-hidden"> {t('grants.criterionLabel', { n: i + 1 })}</span>
              </button>
              <button type="button" className="button-small" onClick={() => change(criteria.filter((_, j) => j !== i), criteria.length > 1 ? Math.min(i, criteria.length - 2) : -1)}>
                {t('grants.criterionRemove')}<span className="visually-hidden"> {t('grants.criterionLabel', { n: i + 1 })}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" id="grant-criteria-add" className="button-small" onClick={() => change([...criteria, ''], criteria.length)}>{t('grants.criterionAdd')}</button>
    </fieldset>
  );
}
