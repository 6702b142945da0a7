/**
 * The risks of an analysis: add, change (optimistic locking on the risk's `version`) and remove (with its
 * control and follow-ups). Probability and consequence are the 1–4 values chosen by their labels.
 */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { AppError, notFound, validationError, type FieldError } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import { checkRisk, riskValue, type RiskInput } from '../../domain/riskAnalysis.ts';
import { canEditRegister } from '../../policies/registers.ts';
import type { Ctx } from '../context.ts';
import { forbiddenEdit } from './analyses.ts';
import { loadAnalysisRow, loadAnalysisView, type RiskAnalysisView } from './view.ts';

async function riskOf(tx: Tx, ctx: Ctx, id: string) {
  if (!isUuid(id)) return undefined;
  const [row] = await tx.select({ r: t.risks, organId: t.riskAnalyses.organId }).from(t.risks)
    .innerJoin(t.riskAnalyses, eq(t.riskAnalyses.id, t.risks.analysisId))
    .where(and(eq(t.risks.id, id), eq(t.risks.bodyId, ctx.actor.bodyId)));
  return row;
}

async function refuseDuplicate(tx: Tx, ctx: Ctx, analysisId: string, risk: RiskInput, exceptId?: string): Promise<void> {
  const filters = [eq(t.risks.bodyId, ctx.actor.bodyId), eq(t.risks.analysisId, analysisId), eq(t.risks.number, risk.number)];
  if (exceptId) filters.push(ne(t.risks.id, exceptId));
  const [taken] = await tx.select({ id: t.risks.id }).from(t.risks).where(and(...filters));
  if (taken) throw validationError([{ field: 'number', message: `${risk.number} finns redan i analysen` }]);
}

const audited = (risk: RiskInput) => ({ number: risk.number, probability: risk.probability, consequence: risk.consequence, value: riskValue(risk.probability, risk.consequence) });

export async function addRisk(ctx: Ctx, analysisId: string, input: Record<string, unknown>): Promise<RiskAnalysisView> {
  const errors: FieldError[] = [];
  const risk = checkRisk(input, errors);
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const analysis = await loadAnalysisRow(tx, ctx.actor.bodyId, analysisId);
    if (!analysis) throw notFound('Riskanalysen');
    if (!canEditRegister(ctx.actor, analysis.a.organId)) throw forbiddenEdit();
    await refuseDuplicate(tx, ctx, analysis.a.id, risk);
    const [row] = await tx.insert(t.risks).values({ bodyId: ctx.actor.bodyId, analysisId: analysis.a.id, ...risk }).returning({ id: t.risks.id });
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'risk.create', entityType: 'risk', entityId: row!.id, details: audited(risk) });
    return (await loadAnalysisView(tx, ctx.actor.bodyId, analysis.a.id))!;
  });
}

export async function updateRisk(ctx: Ctx, id: string, input: Record<string, unknown>): Promise<RiskAnalysisView> {
  const errors: FieldError[] = [];
  if (!Number.isInteger(input.version)) errors.push({ field: 'version', message: 'måste anges (riskens version när du öppnade den)' });
  const risk = checkRisk(input, errors);
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const current = await riskOf(tx, ctx, id);
    if (!current) throw notFound('Risken');
    if (!canEditRegister(ctx.actor, current.organId)) throw forbiddenEdit();
    await refuseDuplicate(tx, ctx, current.r.analysisId, risk, current.r.id);
    const updated = await tx.update(t.risks).set({ ...risk, version: sql`${t.risks.version} + 1`, updatedAt: new Date() })
      .where(and(eq(t.risks.id, current.r.id), eq(t.risks.version, input.version as number))).returning({ id: t.risks.id });
    if (updated.length === 0) throw new AppError('conflict', `${current.r.number} har ändrats av någon annan sedan du öppnade den (version ${current.r.version}). Läs in analysen igen och gör om ändringen.`);
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'risk.update', entityType: 'risk', entityId: current.r.id, details: { ...audited(risk), before: audited(current.r) } });
    return (await loadAnalysisView(tx, ctx.actor.bodyId, current.r.analysisId))!;
  });
}

export async function deleteRisk(ctx: Ctx, id: string, input: Record<string, unknown>): Promise<RiskAnalysisView> {
  if (!Number.isInteger(input.version)) throw validationError([{ field: 'version', message: 'måste anges (riskens version när du öppnade den)' }]);
  return ctx.db.transaction(async (tx) => {
    const current = await riskOf(tx, ctx, id);
    if (!current) throw notFound('Risken');
    if (!canEditRegister(ctx.actor, current.organId)) throw forbiddenEdit();
    if (current.r.version !== input.version) throw new AppError('conflict', `${current.r.number} har ändrats av någon annan sedan du öppnade den. Läs in analysen igen.`);
    const controls = await tx.select({ id: t.internalControls.id }).from(t.internalControls).where(eq(t.internalControls.riskId, current.r.id));
    if (controls.length) {
      await tx.delete(t.internalControlFollowUps).where(inArray(t.internalControlFollowUps.controlId, controls.map((c) => c.id)));
      await tx.delete(t.internalControls).where(eq(t.internalControls.riskId, current.r.id));
    }
    await tx.delete(t.risks).where(eq(t.risks.id, current.r.id));
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'risk.delete', entityType: 'risk', entityId: current.r.id, details: audited(current.r) });
    return (await loadAnalysisView(tx, ctx.actor.bodyId, current.r.analysisId))!;
  });
}
