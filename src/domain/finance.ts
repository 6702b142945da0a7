/**
 * Financial follow-up: the lines and measures of an organ's operating and investment tables, the figures
 * derived from them, and the tables as the follow-up report prints them ("mnkr med en decimal").
 *
 * Amounts are whole kronor. Derived figures are computed from the stored kronor and rounded only when
 * written, so a printed deviation can differ by a tenth from the difference of two printed figures
 * (the reference's net deviation 8,9 next to 47,5 and -38,5): that is rounding, not an error.
 */
import { formatAmount, roundHalfAway } from './amounts.ts';

export const LINES = ['revenues', 'costs', 'investments'] as const;
export type Line = (typeof LINES)[number];
/** The computed operating line: revenues + costs. */
export type TableLine = Line | 'net';

export const MEASURES = ['budget', 'outcome', 'budget_year', 'forecast_year', 'comparison'] as const;
export type Measure = (typeof MEASURES)[number];

export const TERTIALS = ['T1', 'T2', 'T3'] as const;
export type Tertial = (typeof TERTIALS)[number];

/** What each tertial covers, as the reports name it. */
export const TERTIAL_PERIOD: Record<Tertial, { label: string; longLabel: string; endLabel: string }> = {
  T1: { label: 'jan-apr', longLabel: 'januari–april', endLabel: '30 april' },
  T2: { label: 'jan-aug', longLabel: 'januari–augusti', endLabel: '31 augusti' },
  T3: { label: 'jan-dec', longLabel: 'januari–december', endLabel: '31 december' },
};

export const LINE_LABEL: Record<TableLine, string> = {
  revenues: 'Verksamhetens intäkter',
  costs: 'Verksamhetens kostnader',
  net: 'Verksamhetens nettokostnad',
  investments: 'Verksamhetens nettoinvesteringar',
};

export type LineValues = Partial<Record<Measure, number>>;
export type FollowUpValues = Partial<Record<Line, LineValues>>;

/** deviation = outcome − budget (a positive deviation is better than budgeted, as amounts carry their sign). */
export function deviation(v: LineValues): number | null {
  return v.outcome === undefined || v.budget === undefined ? null : v.outcome - v.budget;
}

/** forecast deviation = full-year forecast − full-year budget. */
export function forecastDeviation(v: LineValues): number | null {
  return v.forecast_year === undefined || v.budget_year === undefined ? null : v.forecast_year - v.budget_year;
}

/** The net line: revenues + costs per measure (a measure missing on either line stays missing). */
export function netLine(values: FollowUpValues): LineValues {
  const out: LineValues = {};
  for (const m of MEASURES) {
    const r = values.revenues?.[m];
    const c = values.costs?.[m];
    if (r !== undefined && c !== undefined) out[m] = r + c;
  }
  return out;
}

/** The columns of a table, in print order. */
export type Column = 'budget' | 'outcome' | 'deviation' | 'comparison' | 'budget_year' | 'forecast_year' | 'forecast_deviation';
export const COLUMNS: readonly Column[] = ['budget', 'outcome', 'deviation', 'comparison', 'budget_year', 'forecast_year', 'forecast_deviation'];

export interface TableRow { line: TableLine; label: string; kr: Record<Column, number | null>; mnkr: Record<Column, string> }
export interface FinanceTable { kind: 'operating' | 'investments'; unitHeading: string; headings: Record<Column, string>; rows: TableRow[] }

export const UNIT_HEADING = '(mnkr med en decimal)';

/** Column headings as the reference prints them; the comparison column differs between the two tables. */
export function columnHeadings(kind: 'operating' | 'investments', year: number, tertial: Tertial): Record<Column, string> {
  const p = TERTIAL_PERIOD[tertial];
  const at = kind === 'operating' ? `${p.label} ${year}` : `${p.endLabel} ${year}`;
  return {
    budget: `Budget ${at}`,
    outcome: `Utfall ${at}`,
    deviation: `Budgetavvikelse ${at}`,
    comparison: kind === 'operating' ? `Budgetavvikelse ${p.label} ${year - 1}` : `Utfall helår ${year - 1}`,
    budget_year: `Budget helår ${year}`,
    forecast_year: `Prognos helår ${year}`,
    forecast_deviation: `Årsprognos budgetavvikelse ${year}`,
  };
}

/** Kronor → mnkr with one decimal, rounded half away from zero. */
export const toMnkr = (kr: number): number => roundHalfAway(kr / 1_000_000, 1);
/** Kronor written as mnkr with one decimal in Swedish form ("-1 641,3"); a missing figure is "–". */
export const formatMnkr = (kr: number | null): string => (kr === null ? '–' : formatAmount(kr / 1_000_000, 1));

function row(line: TableLine, v: LineValues): TableRow {
  const kr: Record<Column, number | null> = {
    budget: v.budget ?? null, outcome: v.outcome ?? null, deviation: deviation(v), comparison: v.comparison ?? null,
    budget_year: v.budget_year ?? null, forecast_year: v.forecast_year ?? null, forecast_deviation: forecastDeviation(v),
  };
  const mnkr = Object.fromEntries(COLUMNS.map((c) => [c, formatMnkr(kr[c])])) as Record<Column, string>;
  return { line, label: LINE_LABEL[line], kr, mnkr };
}

/** The operating table (revenues, costs, net cost) and the investment table of a follow-up. */
export function followUpTables(values: FollowUpValues, year: number, tertial: Tertial): { operating: FinanceTable; investments: FinanceTable } {
  return {
    operating: {
      kind: 'operating', unitHeading: UNIT_HEADING, headings: columnHeadings('operating', year, tertial),
      rows: [row('revenues', values.revenues ?? {}), row('costs', values.costs ?? {}), row('net', netLine(values))],
    },
    investments: {
      kind: 'investments', unitHeading: UNIT_HEADING, headings: columnHeadings('investments', year, tertial),
      rows: [row('investments', values.investments ?? {})],
    },
  };
}

/** Deviation per line for the picture: the period's deviation in mnkr (lines without one left out). */
export function deviationsForChart(values: FollowUpValues): { label: string; mnkr: number }[] {
  const lines: [TableLine, LineValues][] = [['revenues', values.revenues ?? {}], ['costs', values.costs ?? {}], ['net', netLine(values)], ['investments', values.investments ?? {}]];
  return lines.flatMap(([line, v]) => {
    const d = deviation(v);
    return d === null ? [] : [{ label: LINE_LABEL[line], mnkr: toMnkr(d) }];
  });
}

export const isTertial = (v: unknown): v is Tertial => typeof v === 'string' && (TERTIALS as readonly string[]).includes(v);
