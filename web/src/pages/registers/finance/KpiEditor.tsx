// Editing the staff key figures: one group of fields per measure (name, decimals, target value, women/men/total
// this period and the same period last year), typed the Swedish way ("5,5", "77"). The server parses and checks
// them and its errors appear next to the fields; a stale version (someone else saved first) is a conflict.
import { useState, type FormEvent } from 'react';
import { ApiError, fieldErrors } from '../../../api.ts';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { FormErrors } from '../../../components/Errors.tsx';
import { SelectField, TextField } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { saveStaffKpis, type FollowUp, type KpiValue } from './api.ts';

type Row = { key: number; measure: string; decimals: '0' | '1' } & Record<KpiValue, string>;

const CURRENT = ['women', 'men', 'total'] as const;
const PREVIOUS = ['previousWomen', 'previousMen', 'previousTotal'] as const;
const SEX_KEY = { women: 'finance.kpiWomen', men: 'finance.kpiMen', total: 'finance.kpiTotal', previousWomen: 'finance.kpiWomen', previousMen: 'finance.kpiMen', previousTotal: 'finance.kpiTotal' } as const;

let nextKey = 1;
const rowsOf = (f: FollowUp): Row[] => f.kpis.map((k) => ({ key: nextKey++, measure: k.measure, decimals: k.decimals === 1 ? '1' : '0', ...k.text }));
const emptyRow = (): Row => ({ key: nextKey++, measure: '', decimals: '0', target: '', women: '', men: '', total: '', previousWomen: '', previousMen: '', previousTotal: '' });

interface Props { followUp: FollowUp; onDone: (next: FollowUp) => void; onCancel: () => void; onReload: () => Promise<FollowUp> }

export function KpiEditor({ followUp, onDone, onCancel, onReload }: Props) {
  const t = useT();
  const announce = useAnnounce();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(followUp));
  const previousPeriod = followUp.period.replace(String(followUp.year), String(followUp.year - 1));
  const submit = useSubmit(async () => {
    const items = rows.map(({ key: _key, decimals, ...values }) => ({ ...values, decimals: Number(decimals) }));
    const next = await saveStaffKpis(followUp.id, { version: followUp.version, items });
    announce(t('finance.kpisSaved'));
    onDone(next);
  });
  const errors = fieldErrors(submit.error);
  const conflict = submit.error instanceof ApiError && submit.error.code === 'conflict';

  const label = (v: KpiValue | 'measure' | 'decimals'): string => {
    if (v === 'measure') return t('finance.kpiMeasure');
    if (v === 'decimals') return t('finance.kpiDecimals');
    if (v === 'target') return t('finance.kpiTarget', { year: followUp.year });
    return t(SEX_KEY[v]);
  };
  const summaryLabels: Record<string, string> = { items: t('finance.kpiCaption') };
  rows.forEach((r, i) => {
    const name = r.measure.trim() || t('finance.kpiNumber', { number: i + 1 });
    for (const v of ['measure', 'decimals', 'target'] as const) summaryLabels[`items.${i}.${v}`] = `${name}: ${label(v).toLowerCase()}`;
    for (const v of CURRENT) summaryLabels[`items.${i}.${v}`] = `${name}: ${label(v).toLowerCase()} ${followUp.period}`;
    for (const v of PREVIOUS) summaryLabels[`items.${i}.${v}`] = `${name}: ${label(v).toLowerCase()} ${previousPeriod}`;
  });

  const set = (i: number, key: keyof Omit<Row, 'key'>) => (value: string) => setRows((prev) => prev.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const move = (i: number, by: -1 | 1) => setRows((prev) => {
    const next = [...prev];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    return next;
  });
  // After a conflict: the stored figures replace what was typed, so the change is made again on the current ones.
  const reload = async () => {
    try {
      setRows(rowsOf(await onReload()));
      submit.setError(null);
    } catch (error) {
      submit.setError(error);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run();
  };
  const valueField = (i: number, r: Row, v: KpiValue) => (
    <TextField key={v} name={`items.${i}.${v}`} label={label(v)} value={r[v]} onValue={set(i, v)} error={errors[`items.${i}.${v}`]}
      inputMode="decimal" autoComplete="off" maxLength={12} className="field-short" />
  );

  return (
    <form onSubmit={onSubmit} noValidate className="finance-kpi-editor" aria-labelledby="finance-kpi-editor-heading">
      <h3 id="finance-kpi-editor-heading">{t('finance.kpiEditHeading')}</h3>
      <p className="hint">{t('finance.kpiEditHint')}</p>
      <FormErrors error={submit.error} labels={summaryLabels} />
      {conflict && (
        <p><button type="button" className="button" onClick={() => void reload()}>{t('finance.kpiReload')}</button></p>
      )}
      {errors.items && <p className="field-error">{errors.items}</p>}
      {rows.length === 0 && <p className="empty">{t('finance.noKpis')}</p>}
      {rows.map((r, i) => {
        const name = r.measure.trim() || t('finance.kpiNumber', { number: i + 1 });
        return (
          <fieldset key={r.key} className="finance-kpi-row">
            <legend>{t('finance.kpiNumber', { number: i + 1 })}</legend>
            <div className="finance-kpi-head">
              <TextField name={`items.${i}.measure`} label={label('measure')} value={r.measure} onValue={set(i, 'measure')} error={errors[`items.${i}.measure`]} maxLength={300} required />
              <SelectField name={`items.${i}.decimals`} label={label('decimals')} value={r.decimals} onValue={set(i, 'decimals')} error={errors[`items.${i}.decimals`]}
                options={[{ value: '0', label: t('finance.kpiDecimals0') }, { value: '1', label: t('finance.kpiDecimals1') }]} />
              {valueField(i, r, 'target')}
            </div>
            <div className="finance-kpi-periods">
              <fieldset>
                <legend>{t('finance.kpiOutcome', { period: followUp.period })}</legend>
                <div className="finance-kpi-values">{CURRENT.map((v) => valueField(i, r, v))}</div>
              </fieldset>
              <fieldset>
                <legend>{t('finance.kpiOutcome', { period: previousPeriod })}</legend>
                <div className="finance-kpi-values">{PREVIOUS.map((v) => valueField(i, r, v))}</div>
              </fieldset>
            </div>
            <div className="actions">
              <button type="button" className="button button-small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('finance.kpiMoveUp', { name })}>{t('finance.moveUp')}</button>
              <button type="button" className="button button-small" disabled={i === rows.length - 1} onClick={() => move(i, 1)} aria-label={t('finance.kpiMoveDown', { name })}>{t('finance.moveDown')}</button>
              <button type="button" className="button button-small" onClick={() => setRows((prev) => prev.filter((_, j) => j !== i))} aria-label={t('finance.kpiRemove', { name })}>{t('finance.remove')}</button>
            </div>
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="button" className="button" onClick={() => setRows((prev) => [...prev, emptyRow()])}>{t('finance.kpiAdd')}</button>
      </div>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={submit.busy}>{submit.busy ? t('common.saving') : t('finance.kpiSave')}</button>
        <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
