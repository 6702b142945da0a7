// "Tabeller från registren": the official report's "Kvarvarande medel" tables. A case officer picks the
// appropriation, the years and the date (empty: the report's date) and whether the case's own proposals are
// subtracted; the preview shows live values, and finalising freezes them (shown read-only in the final report).
import { useState } from 'react';
import { CheckboxField, DateField, SelectField, TextField } from '../../components/fields.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { useLoad } from '../../lib/useLoad.ts';
import type { RegisterTable } from '../../reportTypes.ts';
import { listAppropriations, tkr } from '../registers/appropriations/api.ts';

interface Props { tables: RegisterTable[]; onTables: (tables: RegisterTable[]) => void; errors: Record<string, string> }

const yearsText = (years: number[]) => years.join(', ');
const parseYears = (text: string) => [...new Set(text.split(/[\s,;]+/).filter(Boolean).map(Number).filter((n) => Number.isInteger(n)))];

export function RegisterTables({ tables, onTables, errors }: Props) {
  const t = useT();
  const appropriations = useLoad((signal) => listAppropriations('', signal), []);
  const options = (appropriations.data?.items ?? []).map((a) => ({ value: a.id, label: `${a.name} (${a.organCode})` }));
  const setTable = (i: number, patch: Partial<RegisterTable>) => onTables(tables.map((x, j) => (j === i ? { ...x, ...patch, frozen: undefined } : x)));
  const choose = (i: number, appropriationId: string) => {
    const a = appropriations.data?.items.find((x) => x.id === appropriationId);
    setTable(i, { appropriationId, ...(a ? { title: t('reportTables.defaultTitle', { name: a.name.replace(/^./, (c) => c.toLowerCase()) }), years: a.years.map((y) => y.year) } : {}) });
  };
  return (
    <fieldset className="group register-tables">
      <legend>{t('reportTables.legend')}</legend>
      <p className="hint">{t('reportTables.hint')}</p>
      {tables.map((table, i) => (
        <div key={i} className="register-table-row">
          <h3 className="row-heading">{t('reportTables.table', { n: i + 1 })}</h3>
          <SelectField name={`registerTables.${i}.appropriationId`} label={t('reportTables.appropriation')} value={table.appropriationId} onValue={(v) => choose(i, v)}
            placeholder={t('common.choose')} options={options} error={errors[`registerTables.${i}.appropriationId`]} required />
          <TextField name={`registerTables.${i}.title`} label={t('reportTables.title')} hint={t('reportTables.titleHint')} value={table.title} onValue={(v) => setTable(i, { title: v })}
            error={errors[`registerTables.${i}.title`]} required />
          <div className="field-row">
            <YearsField name={`registerTables.${i}.years`} years={table.years} onYears={(years) => setTable(i, { years })} error={errors[`registerTables.${i}.years`]} />
            <DateField name={`registerTables.${i}.asOf`} label={t('reportTables.asOf')} hint={t('reportTables.asOfHint')} value={table.asOf ?? ''}
              onValue={(v) => setTable(i, { asOf: v || null })} error={errors[`registerTables.${i}.asOf`]} />
          </div>
          <CheckboxField name={`registerTables.${i}.afterProposal`} label={t('reportTables.afterProposal')} checked={table.afterProposal} onChecked={(v) => setTable(i, { afterProposal: v })} />
          <button type="button" onClick={() => onTables(tables.filter((_, j) => j !== i))}>{t('reportTables.remove', { n: i + 1 })}</button>
        </div>
      ))}
      <button type="button" onClick={() => onTables([...tables, { kind: 'remaining_funds', appropriationId: '', title: '', asOf: null, years: [], afterProposal: true }])}>
        {t('reportTables.add')}
      </button>
    </fieldset>
  );
}

/** The years as typed ("2024, 2025"); the list follows the text, the text is kept while typing. */
function YearsField({ name, years, onYears, error }: { name: string; years: number[]; onYears: (years: number[]) => void; error?: string }) {
  const t = useT();
  const [text, setText] = useState(yearsText(years));
  const shown = yearsText(parseYears(text)) === yearsText(years) ? text : yearsText(years);
  return (
    <TextField name={name} label={t('reportTables.years')} hint={t('reportTables.yearsHint')} value={shown} error={error}
      onValue={(v) => { setText(v); onYears(parseYears(v)); }} />
  );
}

/** The values a finalised report froze, as the PDF prints them. */
export function FrozenRegisterTables({ tables }: { tables: RegisterTable[] }) {
  const t = useT();
  return (
    <>
      {tables.filter((x) => x.frozen).map((x, i) => (
        <table key={i} className="register-table">
          <caption>{`${x.title} (${x.frozen!.asOf})`}</caption>
          <thead><tr><th scope="col">{t('reportTables.year')}</th><th scope="col">{t('reportTables.remaining')}</th></tr></thead>
          <tbody>{x.frozen!.rows.map((r) => <tr key={r.year}><th scope="row">{r.year}</th><td>{tkr(r.remainingKr)} tkr</td></tr>)}</tbody>
        </table>
      ))}
    </>
  );
}
