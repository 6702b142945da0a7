/**
 * Reading a follow-up: its values as stored (kronor), the tables as printed (mnkr with one decimal), the
 * deviation picture (SVG with its text alternative), and the staff key figures.
 */
import { and, asc, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Executor } from '../../db/client.ts';
import { deviationsForChart, followUpTables, TERTIAL_PERIOD, type FinanceTable, type FollowUpValues, type Line, type Measure, type Tertial } from '../../domain/finance.ts';
import { formatKpi, KPI_VALUES, type KpiValue, type StaffKpi } from '../../domain/staffKpi.ts';
import { deviationBarsSvg, deviationSummary, type DeviationBar } from '../../documents/charts/deviationBars.ts';
import { isUuid } from '../../domain/ids.ts';
import { notFound } from '../../domain/errors.ts';
import { canReadRegisters, canEditRegister } from '../../policies/registers.ts';
import type { FollowUpDocument } from '../../documents/renderFollowUp.ts';
import type { Ctx } from '../context.ts';

export interface FollowUpSummary { id: string; organId: string; organCode: string; organName: string; year: number; tertial: Tertial; period: string; title: string; version: number; updatedAt: string }

export interface KpiView extends StaffKpi { text: Record<KpiValue, string> }

export interface FollowUpView extends FollowUpSummary {
  staffText: string; economyText: string; investmentText: string;
  canEdit: boolean;
  values: FollowUpValues;
  tables: { operating: FinanceTable; investments: FinanceTable };
  deviations: DeviationBar[];
  chart: { svg: string; summary: string } | null;
  kpis: KpiView[];
}

const summaryColumns = {
  id: t.followUps.id, organId: t.followUps.organId, organCode: t.organs.code, organName: t.organs.name, year: t.followUps.year,
  tertial: t.followUps.tertial, title: t.followUps.title, version: t.followUps.version, updatedAt: t.followUps.updatedAt,
  staffText: t.followUps.staffText, economyText: t.followUps.economyText, investmentText: t.followUps.investmentText,
};

type Row = { id: string; organId: string; organCode: string; organName: string; year: number; tertial: string; title: string; version: number; updatedAt: Date };

export const toSummary = (r: Row): FollowUpSummary => ({
  id: r.id, organId: r.organId, organCode: r.organCode, organName: r.organName, year: r.year, tertial: r.tertial as Tertial,
  period: `${TERTIAL_PERIOD[r.tertial as Tertial]?.label ?? r.tertial} ${r.year}`, title: r.title, version: r.version, updatedAt: r.updatedAt.toISOString(),
});

export async function listFollowUpRows(ex: Executor, ctx: Ctx, organId?: string): Promise<FollowUpSummary[]> {
  const where = organId ? and(eq(t.followUps.bodyId, ctx.actor.bodyId), eq(t.followUps.organId, organId)) : eq(t.followUps.bodyId, ctx.actor.bodyId);
  const rows = await ex.select(summaryColumns).from(t.followUps).innerJoin(t.organs, eq(t.organs.id, t.followUps.organId)).where(where)
    .orderBy(asc(t.organs.code), asc(t.followUps.year), asc(t.followUps.tertial));
  return rows.map(toSummary);
}

/** The follow-up row (body-scoped), or undefined. */
export async function followUpRow(ex: Executor, ctx: Ctx, id: unknown) {
  if (!isUuid(id)) return undefined;
  const [row] = await ex.select(summaryColumns).from(t.followUps).innerJoin(t.organs, eq(t.organs.id, t.followUps.organId))
    .where(and(eq(t.followUps.id, id), eq(t.followUps.bodyId, ctx.actor.bodyId)));
  return row;
}

export async function loadFollowUp(ex: Executor, ctx: Ctx, id: unknown): Promise<FollowUpView> {
  if (!canReadRegisters(ctx.actor)) throw notFound('Uppföljningen');
  const row = await followUpRow(ex, ctx, id);
  if (!row) throw notFound('Uppföljningen');
  const valueRows = await ex.select().from(t.followUpValues).where(and(eq(t.followUpValues.bodyId, ctx.actor.bodyId), eq(t.followUpValues.followUpId, row.id)));
  const values: FollowUpValues = {};
  for (const v of valueRows) (values[v.line as Line] ??= {})[v.measure as Measure] = v.amountKr;
  const kpiRows = await ex.select().from(t.staffKpis).where(and(eq(t.staffKpis.bodyId, ctx.actor.bodyId), eq(t.staffKpis.followUpId, row.id))).orderBy(asc(t.staffKpis.position));
  const kpis: KpiView[] = kpiRows.map((k) => {
    const tenths: Record<KpiValue, number | null> = {
      target: k.targetTenths, women: k.womenTenths, men: k.menTenths, total: k.totalTenths,
      previousWomen: k.previousWomenTenths, previousMen: k.previousMenTenths, previousTotal: k.previousTotalTenths,
    };
    const decimals = k.decimals === 1 ? 1 : 0;
    return { measure: k.measure, decimals, tenths, text: Object.fromEntries(KPI_VALUES.map((v) => [v, formatKpi(tenths[v], decimals)])) as Record<KpiValue, string> };
  });
  const summary = toSummary(row);
  const deviations = deviationsForChart(values);
  return {
    ...summary, staffText: row.staffText, economyText: row.economyText, investmentText: row.investmentText,
    canEdit: canEditRegister(ctx.actor, row.organId),
    values, tables: followUpTables(values, row.year, summary.tertial), deviations,
    chart: deviations.length ? { svg: deviationBarsSvg(deviations, summary.period), summary: deviationSummary(deviations, summary.period) } : null,
    kpis,
  };
}

/** What the report renderer needs from a view. */
export async function documentOf(ex: Executor, ctx: Ctx, view: FollowUpView): Promise<FollowUpDocument> {
  const [body] = await ex.select({ name: t.bodies.name }).from(t.bodies).where(eq(t.bodies.id, ctx.actor.bodyId));
  return {
    municipality: body?.name ?? '', organName: view.organName, title: view.title, year: view.year, tertial: view.tertial,
    staffText: view.staffText, economyText: view.economyText, investmentText: view.investmentText,
    kpis: view.kpis, tables: view.tables, deviations: view.deviations,
  };
}
