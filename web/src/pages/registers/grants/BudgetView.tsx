// A co-financing application's project budget: costs and financing per year with section sums and totals
// (kronor, as the applicant's sheet), and the check whether each year's costs equal its financing.
import { useT } from '../../../i18n/i18n.tsx';
import { inUnit, type Application, type BudgetLine } from './api.ts';

const kr = (n: number) => inUnit(n, 'kr');
const total = (l: BudgetLine) => l.amounts.reduce((s, x) => s + x, 0);

export function BudgetView({ application: a }: { application: Application }) {
  const t = useT();
  const b = a.projectBudget!;
  const tot = a.budgetTotals!;
  const head = (caption: string, id: string, first: string) => (
    <>
      <caption id={id}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          {b.years.map((y) => <th key={y} scope="col" className="num">{y}</th>)}
          <th scope="col" className="num">{t('grants.budgetTotal')}</th>
        </tr>
      </thead>
    </>
  );
  const row = (l: BudgetLine, i: number) => (
    <tr key={`${l.label}-${i}`}>
      <th scope="row">{l.label}</th>
      {l.amounts.map((x, j) => <td key={j} className="num">{kr(x)}</td>)}
      <td className="num">{kr(total(l))}</td>
    </tr>
  );
  return (
    <div className="grant-budget">
      {a.budgetWarnings.length > 0 ? (
        <div className="alert alert-warning" role="note">
          <p><strong>{t('grants.budgetWarningsTitle')}</strong></p>
          <ul>{a.budgetWarnings.map((w) => <li key={w}>{w}</li>)}</ul>
        </div>
      ) : <p className="budget-ok">{t('grants.budgetOk')}</p>}
      <div className="table-wrap" role="region" aria-labelledby={`costs-${a.id}`} tabIndex={0}>
        <table className="numbers">
          {head(t('grants.budgetCosts'), `costs-${a.id}`, t('grants.budgetCostLine'))}
          <tbody>{b.costs.map(row)}</tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('grants.budgetCostSum')}</th>
              {tot.costByYear.map((x, j) => <td key={j} className="num"><strong>{kr(x)}</strong></td>)}
              <td className="num"><strong>{kr(tot.costTotal)}</strong></td>
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="table-wrap" role="region" aria-labelledby={`financing-${a.id}`} tabIndex={0}>
        <table className="numbers">
          {head(t('grants.budgetFinancing'), `financing-${a.id}`, t('grants.budgetFinancier'))}
          {tot.financingSections.map((s) => (
            <tbody key={s.section}>
              {s.section && <tr><th scope="colgroup" colSpan={b.years.length + 2} className="section">{s.section}</th></tr>}
              {b.financing.filter((l) => l.section === s.section).map(row)}
              <tr className="subtotal">
                <th scope="row">{t('grants.budgetSectionSum')}</th>
                {s.amounts.map((x, j) => <td key={j} className="num">{kr(x)}</td>)}
                <td className="num">{kr(s.total)}</td>
              </tr>
            </tbody>
          ))}
          <tfoot>
            <tr>
              <th scope="row">{t('grants.budgetFinancingSum')}</th>
              {tot.financingByYear.map((x, j) => <td key={j} className="num"><strong>{kr(x)}</strong></td>)}
              <td className="num"><strong>{kr(tot.financingTotal)}</strong></td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
