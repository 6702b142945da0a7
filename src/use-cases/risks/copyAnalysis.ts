/**
 * "Kopiera till <år+1>": next year's analysis for the same organ started from this year's — the same scales,
 * handling bands, risks and control plan, but no follow-up comments (they belong to the year they were written
 * in). Refused with 409 when the organ already has an analysis for that year; one transaction, one audit event.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { isIsoDate, swedishDate } from '../../domain/dates.ts';
import { AppError, notFound, validationError } from '../../domain/errors.ts';
import { canEditRegister, canReadRegisters } from '../../policies/registers.ts';
import type { Ctx } from '../context.ts';
import { forbiddenEdit } from './analyses.ts';
import { loadAnalysisRow, loadAnalysisView, type RiskAnalysisView } from './view.ts';

const exists = (organCode: string, year: number) =>
  new AppError('conflict', `${organCode} har redan en riskanalys för ${year}. Öppna den i stället, eller ta bort dess risker först om den ska ersättas.`);

/** PostgreSQL's unique violation (the organ and year taken by a copy made at the same moment). */
const isUniqueViolation = (error: unknown): boolean => {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
};

export async function copyRiskAnalysis(ctx: Ctx, id: string, input: Record<string, unknown>): Promise<RiskAnalysisView> {
  if (!canReadRegisters(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att läsa registren.');
  const establishedOn = input.establishedOn === undefined || input.establishedOn === '' ? swedishDate(ctx.clock.now()) : input.establishedOn;
  if (typeof establishedOn !== 'string' || !isIsoDate(establishedOn)) throw validationError([{ field: 'establishedOn', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' }]);
  let target: { organCode: string; year: number } | undefined;
  try {
    return await ctx.db.transaction(async (tx) => {
      const source = await loadAnalysisRow(tx, ctx.actor.bodyId, id);
      if (!source) throw notFound('Riskanalysen');
      if (!canEditRegister(ctx.actor, source.a.organId)) throw forbiddenEdit();
      const year = source.a.year + 1;
      target = { organCode: source.organCode, year };
      const [taken] = await tx.select({ id: t.riskAnalyses.id }).from(t.riskAnalyses)
        .where(and(eq(t.riskAnalyses.bodyId, ctx.actor.bodyId), eq(t.riskAnalyses.organId, source.a.organId), eq(t.riskAnalyses.year, year)));
      if (taken) throw exists(source.organCode, year);
      const [copy] = await tx.insert(t.riskAnalyses).values({
        bodyId: ctx.actor.bodyId, organId: source.a.organId, year, establishedOn, createdBy: ctx.actor.userId,
        probabilityScale: source.a.probabilityScale, consequenceScale: source.a.consequenceScale, thresholds: source.a.thresholds,
      }).returning({ id: t.riskAnalyses.id });
      const risks = await tx.select().from(t.risks).where(and(eq(t.risks.bodyId, ctx.actor.bodyId), eq(t.risks.analysisId, source.a.id))).orderBy(asc(t.risks.createdAt));
      const controls = risks.length
        ? await tx.select().from(t.internalControls).where(and(eq(t.internalControls.bodyId, ctx.actor.bodyId), inArray(t.internalControls.riskId, risks.map((r) => r.id))))
        : [];
      let copiedControls = 0;
      for (const r of risks) {
        const [risk] = await tx.insert(t.risks).values({
          bodyId: ctx.actor.bodyId, analysisId: copy!.id, number: r.number, controlArea: r.controlArea, description: r.description,
          probability: r.probability, consequence: r.consequence,
        }).returning({ id: t.risks.id });
        const control = controls.find((c) => c.riskId === r.id);
        if (control) {
          await tx.insert(t.internalControls).values({
            bodyId: ctx.actor.bodyId, riskId: risk!.id, control: control.control, method: control.method, responsible: control.responsible, tertials: control.tertials,
          });
          copiedControls += 1;
        }
      }
      await recordAudit(tx, {
        bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'risk_analysis.copy', entityType: 'risk_analysis', entityId: copy!.id,
        details: { from: source.a.id, organ: source.organCode, fromYear: source.a.year, year, risks: risks.length, controls: copiedControls },
      });
      return (await loadAnalysisView(tx, ctx.actor.bodyId, copy!.id))!;
    });
  } catch (error) {
    if (target && isUniqueViolation(error)) throw exists(target.organCode, target.year);
    throw error;
  }
}
