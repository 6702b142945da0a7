/**
 * A risk analysis as the API, the screens and the generated document see it: the analysis with its scales and
 * bands, the risks with value and handling, each risk's control and follow-ups, the heat map's cells with the
 * text alternative, and the control plan's warnings. Read in the caller's executor (a request or a transaction).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Executor } from '../../db/client.ts';
import { handlingOf, riskNumberOrder, riskValue, type Handling, type HandlingBand, type ScaleStep } from '../../domain/riskAnalysis.ts';
import { controlPlanWarnings, formatFrequency, type PlanWarning } from '../../domain/internalControl.ts';
import { matrixCells, matrixSummary, type MatrixCell } from '../../documents/charts/riskMatrix.ts';
import { isUuid } from '../../domain/ids.ts';

export interface FollowUpView { id: string; tertial: number; comment: string; unscheduled: boolean; recordedBy: string | null; recordedAt: string; version: number }
export interface ControlView { id: string; control: string; method: string; responsible: string; tertials: number[]; frequency: string; version: number; followUps: FollowUpView[] }
export interface RiskView {
  id: string; number: string; controlArea: string; description: string; probability: number; consequence: number;
  value: number; handling: Handling; handlingLabel: string; version: number; control: ControlView | null;
}
export interface RiskAnalysisSummary { id: string; organId: string; organCode: string; organName: string; year: number; establishedOn: string; riskCount: number; version: number }
export interface RiskAnalysisView extends RiskAnalysisSummary {
  probabilityScale: ScaleStep[]; consequenceScale: ScaleStep[]; thresholds: HandlingBand[];
  risks: RiskView[]; matrix: { cells: MatrixCell[]; summary: string }; warnings: PlanWarning[];
}

export async function loadAnalysisRow(ex: Executor, bodyId: string, id: unknown) {
  if (!isUuid(id)) return undefined;
  const [row] = await ex.select({ a: t.riskAnalyses, organCode: t.organs.code, organName: t.organs.name })
    .from(t.riskAnalyses).innerJoin(t.organs, eq(t.organs.id, t.riskAnalyses.organId))
    .where(and(eq(t.riskAnalyses.id, id), eq(t.riskAnalyses.bodyId, bodyId)));
  return row;
}

export async function loadAnalysisView(ex: Executor, bodyId: string, id: string): Promise<RiskAnalysisView | undefined> {
  const row = await loadAnalysisRow(ex, bodyId, id);
  if (!row) return undefined;
  const { a } = row;
  const riskRows = await ex.select().from(t.risks).where(and(eq(t.risks.analysisId, a.id), eq(t.risks.bodyId, bodyId)));
  riskRows.sort((x, y) => riskNumberOrder(x.number, y.number));
  const controls = riskRows.length
    ? await ex.select().from(t.internalControls).where(and(inArray(t.internalControls.riskId, riskRows.map((r) => r.id)), eq(t.internalControls.bodyId, bodyId)))
    : [];
  const followUps = controls.length
    ? await ex.select({ f: t.internalControlFollowUps, by: t.users.displayName }).from(t.internalControlFollowUps)
      .leftJoin(t.users, eq(t.users.id, t.internalControlFollowUps.recordedBy))
      .where(and(inArray(t.internalControlFollowUps.controlId, controls.map((c) => c.id)), eq(t.internalControlFollowUps.bodyId, bodyId)))
      .orderBy(asc(t.internalControlFollowUps.tertial))
    : [];
  const bands = a.thresholds;
  const risks: RiskView[] = riskRows.map((r) => {
    const value = riskValue(r.probability, r.consequence);
    const band = handlingOf(value, bands);
    const c = controls.find((x) => x.riskId === r.id);
    const control: ControlView | null = c ? {
      id: c.id, control: c.control, method: c.method, responsible: c.responsible, tertials: [...c.tertials].sort(), frequency: formatFrequency(c.tertials), version: c.version,
      followUps: followUps.filter((f) => f.f.controlId === c.id).map(({ f, by }) => ({
        id: f.id, tertial: f.tertial, comment: f.comment, unscheduled: f.unscheduled, recordedBy: by, recordedAt: f.recordedAt.toISOString(), version: f.version,
      })),
    } : null;
    return {
      id: r.id, number: r.number, controlArea: r.controlArea, description: r.description, probability: r.probability, consequence: r.consequence,
      value, handling: band.handling, handlingLabel: band.label, version: r.version, control,
    };
  });
  const cells = matrixCells(risks, bands);
  return {
    id: a.id, organId: a.organId, organCode: row.organCode, organName: row.organName, year: a.year, establishedOn: a.establishedOn,
    riskCount: risks.length, version: a.version,
    probabilityScale: a.probabilityScale, consequenceScale: a.consequenceScale, thresholds: bands,
    risks, matrix: { cells, summary: matrixSummary(cells, bands, a.probabilityScale, a.consequenceScale) },
    warnings: controlPlanWarnings(risks.map((r) => ({ number: r.number, handling: r.handling, handlingLabel: r.handlingLabel, hasControl: r.control !== null }))),
  };
}
