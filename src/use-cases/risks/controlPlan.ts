/**
 * The internal control plan: a risk's control (kontrollmoment, kontrollmetod, ansvarig, frekvens) and its
 * follow-up comments per tertial, with who wrote them and when. Both use optimistic locking once they exist.
 */
import { and, eq, sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { AppError, notFound, validationError, type FieldError } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import { checkControl, checkFollowUp, formatFrequency } from '../../domain/internalControl.ts';
import { canEditRegister } from '../../policies/registers.ts';
import type { Ctx } from '../context.ts';
import { forbiddenEdit } from './analyses.ts';
import { loadAnalysisView, type RiskAnalysisView } from './view.ts';

async function riskWithControl(tx: Tx, ctx: Ctx, riskId: string) {
  if (!isUuid(riskId)) return undefined;
  const [row] = await tx.select({ r: t.risks, organId: t.riskAnalyses.organId, c: t.internalControls }).from(t.risks)
    .innerJoin(t.riskAnalyses, eq(t.riskAnalyses.id, t.risks.analysisId))
    .leftJoin(t.internalControls, eq(t.internalControls.riskId, t.risks.id))
    .where(and(eq(t.risks.id, riskId), eq(t.risks.bodyId, ctx.actor.bodyId)));
  return row;
}

const stale = (what: string) => new AppError('conflict', `${what} har ändrats av någon annan sedan du öppnade den. Läs in analysen igen och gör om ändringen.`);

/** Creates or changes the control of a risk; a tertial that already has a scheduled comment stays in the frequency. */
export async function saveControl(ctx: Ctx, riskId: string, input: Record<string, unknown>): Promise<RiskAnalysisView> {
  const errors: FieldError[] = [];
  const control = checkControl(input, errors);
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const row = await riskWithControl(tx, ctx, riskId);
    if (!row) throw notFound('Risken');
    if (!canEditRegister(ctx.actor, row.organId)) throw forbiddenEdit();
    let controlId: string;
    if (row.c) {
      if (!Number.isInteger(input.version)) throw validationError([{ field: 'version', message: 'måste anges (kontrollmomentets version när du öppnade det)' }]);
      const commented = await tx.select({ tertial: t.internalControlFollowUps.tertial }).from(t.internalControlFollowUps)
        .where(and(eq(t.internalControlFollowUps.controlId, row.c.id), eq(t.internalControlFollowUps.unscheduled, false)));
      const dropped = commented.map((f) => f.tertial).filter((n) => !control.tertials.includes(n as 1 | 2 | 3)).sort();
      if (dropped.length) throw validationError([{ field: 'tertials', message: `${formatFrequency(dropped)} har redan en uppföljningskommentar och måste vara kvar i frekvensen` }]);
      const updated = await tx.update(t.internalControls).set({ ...control, version: sql`${t.internalControls.version} + 1`, updatedAt: new Date() })
        .where(and(eq(t.internalControls.id, row.c.id), eq(t.internalControls.version, input.version as number))).returning({ id: t.internalControls.id });
      if (updated.length === 0) throw stale(`Kontrollmomentet för ${row.r.number}`);
      controlId = row.c.id;
    } else {
      const [created] = await tx.insert(t.internalControls).values({ bodyId: ctx.actor.bodyId, riskId: row.r.id, ...control }).returning({ id: t.internalControls.id });
      controlId = created!.id;
    }
    await recordAudit(tx, {
      bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: row.c ? 'internal_control.update' : 'internal_control.create', entityType: 'internal_control', entityId: controlId,
      details: { risk: row.r.number, frequency: formatFrequency(control.tertials) },
    });
    return (await loadAnalysisView(tx, ctx.actor.bodyId, row.r.analysisId))!;
  });
}

/** Writes the follow-up comment of a control for one tertial (T1–T3); replaces an earlier one given its version. */
export async function saveFollowUp(ctx: Ctx, controlId: string, input: Record<string, unknown>): Promise<RiskAnalysisView> {
  return ctx.db.transaction(async (tx) => {
    if (!isUuid(controlId)) throw notFound('Kontrollmomentet');
    const [row] = await tx.select({ c: t.internalControls, riskNumber: t.risks.number, analysisId: t.risks.analysisId, organId: t.riskAnalyses.organId })
      .from(t.internalControls).innerJoin(t.risks, eq(t.risks.id, t.internalControls.riskId)).innerJoin(t.riskAnalyses, eq(t.riskAnalyses.id, t.risks.analysisId))
      .where(and(eq(t.internalControls.id, controlId), eq(t.internalControls.bodyId, ctx.actor.bodyId)));
    if (!row) throw notFound('Kontrollmomentet');
    if (!canEditRegister(ctx.actor, row.organId)) throw forbiddenEdit();
    const errors: FieldError[] = [];
    const followUp = checkFollowUp(input, row.c.tertials, errors);
    if (errors.length) throw validationError(errors);
    const [existing] = await tx.select().from(t.internalControlFollowUps)
      .where(and(eq(t.internalControlFollowUps.controlId, row.c.id), eq(t.internalControlFollowUps.tertial, followUp.tertial)));
    const values = { comment: followUp.comment, unscheduled: followUp.unscheduled, recordedBy: ctx.actor.userId, recordedAt: ctx.clock.now() };
    let id: string;
    if (existing) {
      if (!Number.isInteger(input.version)) throw validationError([{ field: 'version', message: `måste anges: T${followUp.tertial} har redan en kommentar` }]);
      const updated = await tx.update(t.internalControlFollowUps).set({ ...values, version: sql`${t.internalControlFollowUps.version} + 1` })
        .where(and(eq(t.internalControlFollowUps.id, existing.id), eq(t.internalControlFollowUps.version, input.version as number))).returning({ id: t.internalControlFollowUps.id });
      if (updated.length === 0) throw stale(`Kommentaren för ${row.riskNumber} T${followUp.tertial}`);
      id = existing.id;
    } else {
      const [created] = await tx.insert(t.internalControlFollowUps).values({ bodyId: ctx.actor.bodyId, controlId: row.c.id, tertial: followUp.tertial, ...values }).returning({ id: t.internalControlFollowUps.id });
      id = created!.id;
    }
    await recordAudit(tx, {
      bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'internal_control.follow_up', entityType: 'internal_control_follow_up', entityId: id,
      details: { risk: row.riskNumber, tertial: followUp.tertial, unscheduled: followUp.unscheduled },
    });
    return (await loadAnalysisView(tx, ctx.actor.bodyId, row.analysisId))!;
  });
}
