/**
 * A co-financing application's project budget: cost lines and financing lines per year (like the NSSO
 * application's "Sammanställning av projektbudget"), grouped in sections with subtotals, and its totals.
 *
 * A budget whose years do not add up — a year's costs differ from its financing, or a typed total differs from
 * the sum of its amounts — is not refused: it is what the applicant sent. It is answered with warnings that the
 * screens and the compilation show.
 */
import { formatAmount, type AmountUnit } from './amounts.ts';
import { checkAmountKr, checkYear } from './grants.ts';
import { checkText } from './text.ts';
import type { FieldError } from './errors.ts';

export interface BudgetLine {
  /** The section the line belongs to, e.g. "Nationell offentlig finansiering - kontanta medel"; '' for none. */
  section: string;
  label: string;
  /** Whole kronor per year, aligned with `ProjectBudget.years`. Costs may be negative (income that reduces them). */
  amounts: number[];
  /** The line's total as the applicant typed it, when given (checked against the sum). */
  statedTotal: number | null;
}

export interface ProjectBudget {
  years: number[];
  costs: BudgetLine[];
  financing: BudgetLine[];
  /** The totals as typed ("SUMMA PROJEKTKOSTNAD", "SUMMA PROJEKTFINANSIERING"), when given. */
  statedCostTotal: number | null;
  statedFinancingTotal: number | null;
}

export interface SectionTotal { section: string; amounts: number[]; total: number }
export interface BudgetTotals {
  costByYear: number[];
  financingByYear: number[];
  costTotal: number;
  financingTotal: number;
  costSections: SectionTotal[];
  financingSections: SectionTotal[];
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

function checkLines(raw: unknown, field: 'costs' | 'financing', years: number[], unit: AmountUnit, errors: FieldError[]): BudgetLine[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) { errors.push({ field, message: 'måste vara en lista' }); return []; }
  return raw.map((line: { section?: unknown; label?: unknown; amounts?: unknown; statedTotal?: unknown }, i) => {
    const f = `${field}[${i}]`;
    const label = checkText(line?.label, { field: `${f}.label`, required: true, max: 300 }, errors);
    const section = checkText(line?.section, { field: `${f}.section`, max: 300 }, errors);
    const rawAmounts = Array.isArray(line?.amounts) ? line.amounts : [];
    if (!Array.isArray(line?.amounts)) errors.push({ field: `${f}.amounts`, message: 'måste vara belopp per år' });
    else if (rawAmounts.length !== years.length) errors.push({ field: `${f}.amounts`, message: `ska ha ett belopp per år (${years.length})` });
    const amounts = years.map((y, j) => {
      const v = rawAmounts[j];
      if (v === undefined || v === null || v === '') return 0; // an empty cell is zero, as in the applicant's sheet
      return checkAmountKr(v, `${f}.amounts.${y}`, unit, errors, { allowNegative: field === 'costs' }) ?? 0;
    });
    const statedTotal = checkAmountKr(line?.statedTotal, `${f}.statedTotal`, unit, errors, { required: false, allowNegative: field === 'costs' });
    return { section, label, amounts, statedTotal };
  });
}

/** Validates a budget (amounts in kronor, or Swedish text read in `unit`); every error names its cell. */
export function checkProjectBudget(raw: unknown, errors: FieldError[], unit: AmountUnit = 'kr'): ProjectBudget | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'object' || Array.isArray(raw)) { errors.push({ field: 'projectBudget', message: 'måste vara en budget' }); return null; }
  const r = raw as Record<string, unknown>;
  const yearsRaw = Array.isArray(r.years) ? r.years : [];
  if (yearsRaw.length === 0 || yearsRaw.length > 10) errors.push({ field: 'projectBudget.years', message: 'ange 1–10 år' });
  const years = yearsRaw.map((y, i) => checkYear(y, `projectBudget.years[${i}]`, errors) ?? 0);
  if (years.some((y, i) => i > 0 && y <= years[i - 1]!)) errors.push({ field: 'projectBudget.years', message: 'åren ska stå i stigande ordning, vart och ett en gång' });
  const sub: FieldError[] = [];
  const costs = checkLines(r.costs, 'costs', years, unit, sub);
  const financing = checkLines(r.financing, 'financing', years, unit, sub);
  const statedCostTotal = checkAmountKr(r.statedCostTotal, 'statedCostTotal', unit, sub, { required: false, allowNegative: true });
  const statedFinancingTotal = checkAmountKr(r.statedFinancingTotal, 'statedFinancingTotal', unit, sub, { required: false });
  errors.push(...sub.map((e) => ({ ...e, field: `projectBudget.${e.field}` })));
  if (costs.length === 0) errors.push({ field: 'projectBudget.costs', message: 'ange minst en kostnadsrad' });
  return { years, costs, financing, statedCostTotal, statedFinancingTotal };
}

function sections(lines: BudgetLine[], years: number[]): SectionTotal[] {
  const out: SectionTotal[] = [];
  for (const line of lines) {
    let s = out.find((x) => x.section === line.section);
    if (!s) { s = { section: line.section, amounts: years.map(() => 0), total: 0 }; out.push(s); }
    line.amounts.forEach((a, j) => { s!.amounts[j]! += a; });
    s.total += sum(line.amounts);
  }
  return out;
}

export function budgetTotals(b: ProjectBudget): BudgetTotals {
  const byYear = (lines: BudgetLine[]) => b.years.map((_, j) => sum(lines.map((l) => l.amounts[j] ?? 0)));
  const costByYear = byYear(b.costs);
  const financingByYear = byYear(b.financing);
  return {
    costByYear, financingByYear, costTotal: sum(costByYear), financingTotal: sum(financingByYear),
    costSections: sections(b.costs, b.years), financingSections: sections(b.financing, b.years),
  };
}

const kr = (n: number): string => `${formatAmount(n)} kr`;

/** Where the budget does not add up, in Swedish; empty when it does. */
export function budgetWarnings(b: ProjectBudget): string[] {
  const t = budgetTotals(b);
  const warnings: string[] = [];
  b.years.forEach((y, j) => {
    if (t.costByYear[j] !== t.financingByYear[j]) warnings.push(`${y}: kostnaderna (${kr(t.costByYear[j]!)}) och finansieringen (${kr(t.financingByYear[j]!)}) går inte jämnt ut.`);
  });
  const lineCheck = (lines: BudgetLine[], what: string) => lines.forEach((l) => {
    if (l.statedTotal !== null && l.statedTotal !== sum(l.amounts)) warnings.push(`${what} "${l.label}": angiven summa ${kr(l.statedTotal)} men åren ger ${kr(sum(l.amounts))}.`);
  });
  lineCheck(b.costs, 'Kostnadsraden');
  lineCheck(b.financing, 'Finansieringsraden');
  if (b.statedCostTotal !== null && b.statedCostTotal !== t.costTotal) warnings.push(`Angiven total projektkostnad ${kr(b.statedCostTotal)} men raderna ger ${kr(t.costTotal)}.`);
  if (b.statedFinancingTotal !== null && b.statedFinancingTotal !== t.financingTotal) warnings.push(`Angiven total finansiering ${kr(b.statedFinancingTotal)} men raderna ger ${kr(t.financingTotal)}.`);
  return warnings;
}

/** A financier's amounts per year (e.g. the municipality's share), matched by label; null when absent. */
export function financierShare(b: ProjectBudget, label: string): { year: number; kr: number }[] | null {
  const line = b.financing.find((l) => l.label.trim().toLowerCase() === label.trim().toLowerCase());
  return line ? b.years.map((year, j) => ({ year, kr: line.amounts[j] ?? 0 })).filter((x) => x.kr !== 0) : null;
}
