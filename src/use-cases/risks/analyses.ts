/**
 * Risk analyses per organ and year: list, read, create (the reference's scales and bands as defaults) and change
 * the settings — established date, scale labels and definitions, handling bands (optimistic locking on `version`).
 */
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { AppError, notFound, validationError, type FieldError } from '../../domain/errors.ts';
import { isIsoDate } from '../../domain/dates.ts';
import { isUuid } from '../../domain/ids.ts';
import { DEFAULT_CONSEQUENCE_SCALE, DEFAULT_PROBABILITY_SCALE, DEFAULT_THRESHOLDS, checkScale, checkThresholds } from '../../domain/riskAnalysis.ts';
import { canEditRegister, canReadRegisters } from '../../policies/registers.ts';
import type { Ctx } from '../context.ts';
import { loadAnalysisRow, loadAnalysisView, type RiskAnalysisSummary, type RiskAnalysisView } from './view.ts';

const forbiddenRead = () => new AppError('forbidden', 'Du har inte behörighet att läsa registren.');
export const forbiddenEdit = () => new AppError('forbidden', 'Du har inte behörighet att föra organets riskanalys.');

export async function listRiskAnalyses(ctx: Ctx, query: { organId?: unknown; year?: unknown }): Promise<RiskAnalysisSummary[]> {
  if (!canReadRegisters(ctx.actor)) throw forbiddenRead();
  const filters = [eq(t.riskAnalyses.bodyId, ctx.actor.bodyId)];
  if (query.organId !== undefined && query.organId !== '') {
    if (!isUuid(query.organId)) throw validationError([{ field: 'organId', message: 'välj organ' }]);
    filters.push(eq(t.riskAnalyses.organId, query.organId));
  }
  if (query.year !== undefined && query.year !== '') {
    const year = Number(query.year);
    if (!Number.isInteger(year)) throw validationError([{ field: 'year', message: 'måste vara ett årtal' }]);
    filters.push(eq(t.riskAnalyses.year, year));
  }
  const rows = await ctx.db.select({ a: t.riskAnalyses, organCode: t.organs.code, organName: t.organs.name, riskCount: count(t.risks.id) })
    .from(t.riskAnalyses).innerJoin(t.organs, eq(t.organs.id, t.riskAnalyses.organId)).leftJoin(t.risks, eq(t.risks.analysisId, t.riskAnalyses.id))
    .where(and(...filters)).groupBy(t.riskAnalyses.id, t.organs.code, t.organs.name)
    .orderBy(desc(t.riskAnalyses.year), asc(t.organs.name));
  return rows.map(({ a, organCode, organName, riskCount }) => ({
    id: a.id, organId: a.organId, organCode, organName, year: a.year, establishedOn: a.establishedOn, riskCount: Number(riskCount), version: a.version,
  }));
}

export async function getRiskAnalysis(ctx: Ctx, id: string): Promise<RiskAnalysisView> {
  if (!canReadRegisters(ctx.actor)) throw forbiddenRead();
  const view = await loadAnalysisView(ctx.db, ctx.actor.bodyId, id);
  if (!view) throw notFound('Riskanalysen');
  return view;
}

function checkDate(value: unknown, errors: FieldError[]): string {
  if (typeof value !== 'string' || !isIsoDate(value)) errors.push({ field: 'establishedOn', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' });
  return value as string;
}

export async function createRiskAnalysis(ctx: Ctx, input: Record<string, unknown>): Promise<RiskAnalysisView> {
  const errors: FieldError[] = [];
  if (!isUuid(input.organId)) errors.push({ field: 'organId', message: 'välj organ' });
  const year = Number(input.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) errors.push({ field: 'year', message: 'måste vara ett årtal' });
  const establishedOn = checkDate(input.establishedOn, errors);
  if (errors.length) throw validationError(errors);
  const organId = input.organId as string;
  return ctx.db.transaction(async (tx) => {
    const [organ] = await tx.select({ id: t.organs.id, code: t.organs.code }).from(t.organs).where(and(eq(t.organs.id, organId), eq(t.organs.bodyId, ctx.actor.bodyId)));
    if (!organ) throw validationError([{ field: 'organId', message: 'organet finns inte' }]);
    if (!canEditRegister(ctx.actor, organ.id)) throw forbiddenEdit();
    const [existing] = await tx.select({ id: t.riskAnalyses.id }).from(t.riskAnalyses)
      .where(and(eq(t.riskAnalyses.bodyId, ctx.actor.bodyId), eq(t.riskAnalyses.organId, organ.id), eq(t.riskAnalyses.year, year)));
    if (existing) throw validationError([{ field: 'year', message: `${organ.code} har redan en riskanalys för ${year}` }]);
    const [row] = await tx.insert(t.riskAnalyses).values({
      bodyId: ctx.actor.bodyId, organId: organ.id, year, establishedOn, createdBy: ctx.actor.userId,
      probabilityScale: [...DEFAULT_PROBABILITY_SCALE], consequenceScale: [...DEFAULT_CONSEQUENCE_SCALE], thresholds: [...DEFAULT_THRESHOLDS],
    }).returning({ id: t.riskAnalyses.id });
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'risk_analysis.create', entityType: 'risk_analysis', entityId: row!.id, details: { organ: organ.code, year } });
    return (await loadAnalysisView(tx, ctx.actor.bodyId, row!.id))!;
  });
}

/** Changes the established date, the scales or the handling bands; each given part is checked whole. */
export async function updateRiskAnalysis(ctx: Ctx, id: string, input: Record<string, unknown>): Promise<RiskAnalysisView> {
  const errors: FieldError[] = [];
  if (!Number.isInteger(input.version)) errors.push({ field: 'version', message: 'måste anges (analysens version när du öppnade den)' });
  const changes: Partial<typeof t.riskAnalyses.$inferInsert> = {};
  if (input.establishedOn !== undefined) changes.establishedOn = checkDate(input.establishedOn, errors);
  if (input.probabilityScale !== undefined) changes.probabilityScale = checkScale(input.probabilityScale, 'probabilityScale', errors);
  if (input.consequenceScale !== undefined) changes.consequenceScale = checkScale(input.consequenceScale, 'consequenceScale', errors);
  if (input.thresholds !== undefined) changes.thresholds = checkThresholds(input.thresholds, errors);
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const row = await loadAnalysisRow(tx, ctx.actor.bodyId, id);
    if (!row) throw notFound('Riskanalysen');
    if (!canEditRegister(ctx.actor, row.a.organId)) throw forbiddenEdit();
    const updated = await tx.update(t.riskAnalyses).set({ ...changes, version: sql`${t.riskAnalyses.version} + 1`, updatedAt: new Date() })
      .where(and(eq(t.riskAnalyses.id, row.a.id), eq(t.riskAnalyses.version, input.version as number))).returning({ id: t.riskAnalyses.id });
    if (updated.length === 0) throw staleAnalysis(row.a.version);
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'risk_analysis.update', entityType: 'risk_analysis', entityId: row.a.id, details: { fields: Object.keys(changes) } });
    return (await loadAnalysisView(tx, ctx.actor.bodyId, row.a.id))!;
  });
}

export const staleAnalysis = (version: number) =>
  new AppError('conflict', `Riskanalysen har ändrats av någon annan sedan du öppnade den (version ${version}). Läs in den igen och gör om ändringen.`);
