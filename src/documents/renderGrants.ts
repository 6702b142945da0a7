/**
 * A grant round's compilation → PDF (Typst, `templates/grant-compilation.typ`): the data the template reads,
 * built from the round and its applications. The public version shows a private individual as "Privatperson"
 * wherever the name would appear.
 */
import { formatAmount, type AmountUnit } from '../domain/amounts.ts';
import { appliedTotal, compilationYears, grantedCell, grantedSums, inUnit, maskName, perYearText, recommendationText, shownApplicant, type CompiledApplication } from '../domain/grantCompilation.ts';
import { budgetTotals, budgetWarnings, type ProjectBudget } from '../domain/projectBudget.ts';
import type { RoundLayout } from '../domain/grants.ts';
import { renderPdf, type RenderResult } from './typst.ts';

export type CompilationVariant = 'internal' | 'public';

export interface CompilationRound {
  name: string; intro: string; criteria: string[]; layout: RoundLayout; unit: AmountUnit; documentOwner: string;
  /** The appropriation the round draws on and its amount per year (kronor), for the summary row. */
  appropriation: { name: string; years: { year: number; amountKr: number }[] } | null;
}

export interface CompilationApplication extends CompiledApplication { projectBudget: ProjectBudget | null }

export interface CompilationFrame {
  municipality: string;
  /** Dokumentnamn. */
  title: string;
  /** The compilation's own document number (DNR). */
  number: string;
  /** Dokumentdatum (ÅÅÅÅ-MM-DD). */
  date: string;
  /** Who decided and when, once decided ("Fritidsbyrån, Strategisk utveckling enl. delegationsordning"). */
  decidedBy: string | null;
  decisionDate: string | null;
  variant: CompilationVariant;
}

const kr = (n: number): string => formatAmount(n);

function projectTitle(a: CompilationApplication, variant: CompilationVariant): string {
  const applicant = shownApplicant(a, variant);
  const title = maskName(a.projectTitle, a, variant);
  const owner = applicant && applicant !== title ? `, ${applicant}` : '';
  return `${title}${owner}${a.externalRef ? ` (${a.externalRef})` : ''}`;
}

function budgetData(a: CompilationApplication, variant: CompilationVariant) {
  const b = a.projectBudget!;
  const tot = budgetTotals(b);
  const line = (l: ProjectBudget['costs'][number]) => ({ label: l.label, amounts: l.amounts.map(kr), total: kr(l.amounts.reduce((s, x) => s + x, 0)) });
  return {
    title: projectTitle(a, variant), years: b.years,
    costs: b.costs.map(line), costByYear: tot.costByYear.map(kr), costTotal: kr(tot.costTotal),
    financing: tot.financingSections.map((s) => ({ section: s.section, lines: b.financing.filter((l) => l.section === s.section).map(line), amounts: s.amounts.map(kr), total: kr(s.total) })),
    financingByYear: tot.financingByYear.map(kr), financingTotal: kr(tot.financingTotal),
    warnings: budgetWarnings(b),
  };
}

function summary(round: CompilationRound, apps: CompilationApplication[]) {
  if (!round.appropriation) return null;
  const sums = grantedSums(apps);
  const amounts = [...new Set(round.appropriation.years.map((y) => y.amountKr))];
  return {
    label: round.appropriation.name,
    amount: amounts.length === 1 ? `${inUnit(amounts[0]!, round.unit)} ${round.unit}` : round.appropriation.years.map((y) => `${inUnit(y.amountKr, round.unit)} (${y.year})`).join('; '),
    years: compilationYears(apps).map((year) => ({ year, sum: inUnit(sums.get(year) ?? 0, round.unit), outcome: '' })),
  };
}

export function compilationData(round: CompilationRound, apps: CompilationApplication[], frame: CompilationFrame) {
  const v = frame.variant;
  const projects = round.layout === 'projects';
  return {
    municipality: frame.municipality, title: frame.title, number: frame.number, date: frame.date,
    owner: round.documentOwner,
    decidedBy: frame.decidedBy ?? '—', decisionDate: frame.decisionDate ?? '—',
    layout: round.layout, unit: round.unit, intro: round.intro, criteria: round.criteria,
    criteriaHeading: projects ? 'Kriterier för att ansöka' : 'Villkor för stödet',
    publicNote: v === 'public' && apps.some((a) => a.applicantKind === 'private_individual') ? 'Offentlig version: privatpersoners namn och kontaktuppgifter visas inte.' : null,
    rows: apps.map((a) => projects ? {
      title: projectTitle(a, v), description: maskName(a.projectDescription, a, v),
      totalCost: a.totalCostKr === null ? '' : inUnit(a.totalCostKr, round.unit),
      applied: perYearText(a.years.map((y) => ({ year: y.year, kr: y.appliedKr })), round.unit).split('; '),
      motivation: maskName(a.motivation, a, v), recommendation: recommendationText(a),
    } : {
      ref: a.externalRef ?? '', name: shownApplicant(a, v), project: maskName(a.projectTitle, a, v),
      applied: inUnit(a.years.reduce((s, y) => s + y.appliedKr, 0), round.unit), granted: grantedCell(a, round.unit), motivation: maskName(a.motivation, a, v),
    }),
    summary: projects ? summary(round, apps) : null,
    totals: { applied: inUnit(appliedTotal(apps), round.unit), granted: inUnit([...grantedSums(apps).values()].reduce((s, x) => s + x, 0), round.unit) },
    budgets: apps.filter((a) => a.projectBudget).map((a) => budgetData(a, v)),
  };
}

export function renderCompilationPdf(round: CompilationRound, apps: CompilationApplication[], frame: CompilationFrame): Promise<RenderResult> {
  return renderPdf({ template: 'grant-compilation', data: compilationData(round, apps, frame) });
}
