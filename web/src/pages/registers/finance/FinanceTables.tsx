// The follow-up's tables as the report prints them: the operating and the investment table (mnkr with one
// decimal, line names as row headers) and the staff key figures by sex (two header rows).
import { useT } from '../../../i18n/i18n.tsx';
import { COLUMNS, type FinanceTable, type FollowUp, type KpiValue } from './api.ts';

export function MnkrTable({ table, caption, id }: { table: FinanceTable; caption: string; id: string }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="finance-table">
        <caption id={id}>{caption} <span className="finance-unit">{table.unitHeading}</span></caption>
        <thead>
          <tr>
            <td />
            {COLUMNS.map((c) => <th key={c} scope="col">{table.headings[c]}</th>)}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.line} className={r.line === 'net' ? 'finance-net' : undefined}>
              <th scope="row">{r.label}</th>
              {COLUMNS.map((c) => <td key={c} className="num">{r.mnkr[c]}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const CURRENT: KpiValue[] = ['women', 'men', 'total'];
const PREVIOUS: KpiValue[] = ['previousWomen', 'previousMen', 'previousTotal'];

export function KpiTable({ followUp }: { followUp: FollowUp }) {
  const t = useT();
  const sexes = [t('finance.women'), t('finance.men'), t('finance.total')];
  if (followUp.kpis.length === 0) return <p className="empty">{t('finance.noKpis')}</p>;
  return (
    <div className="table-wrap" role="region" aria-labelledby="finance-kpi-caption" tabIndex={0}>
      <table className="finance-table">
        <caption id="finance-kpi-caption">{t('finance.kpiCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>{t('finance.kpiMeasure')}</th>
            <th scope="col" rowSpan={2}>{t('finance.kpiTarget', { year: followUp.year })}</th>
            <th scope="colgroup" colSpan={3}>{t('finance.kpiOutcome', { period: followUp.period })}</th>
            <th scope="colgroup" colSpan={3}>{t('finance.kpiOutcome', { period: followUp.period.replace(String(followUp.year), String(followUp.year - 1)) })}</th>
          </tr>
          <tr>
            {[...sexes, ...sexes].map((s, i) => <th key={i} scope="col">{s}</th>)}
          </tr>
        </thead>
        <tbody>
          {followUp.kpis.map((k) => (
            <tr key={k.measure}>
              <th scope="row">{k.measure}</th>
              <td className="num">{k.text.target}</td>
              {[...CURRENT, ...PREVIOUS].map((v) => <td key={v} className="num">{k.text[v]}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
