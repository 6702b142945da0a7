/**
 * Saves a follow-up's staff key figures: the list sent replaces the stored one, in its order.
 */
import { and, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { checkStaffKpis } from '../../domain/staffKpi.ts';
import { validationError, type FieldError } from '../../domain/errors.ts';
import type { Ctx } from '../context.ts';
import { lockForEdit, touch } from './followUps.ts';
import { loadFollowUp, type FollowUpView } from './view.ts';

export async function saveStaffKpis(ctx: Ctx, id: string, input: Record<string, unknown>): Promise<FollowUpView> {
  const errors: FieldError[] = [];
  if (!Number.isInteger(input.version)) errors.push({ field: 'version', message: 'saknas' });
  const kpis = checkStaffKpis(input.items, errors);
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const row = await lockForEdit(ctx, tx, id, input.version);
    await tx.delete(t.staffKpis).where(and(eq(t.staffKpis.bodyId, ctx.actor.bodyId), eq(t.staffKpis.followUpId, row.id)));
    if (kpis.length) {
      await tx.insert(t.staffKpis).values(kpis.map((k, position) => ({
        bodyId: ctx.actor.bodyId, followUpId: row.id, position, measure: k.measure, decimals: k.decimals,
        targetTenths: k.tenths.target, womenTenths: k.tenths.women, menTenths: k.tenths.men, totalTenths: k.tenths.total,
        previousWomenTenths: k.tenths.previousWomen, previousMenTenths: k.tenths.previousMen, previousTotalTenths: k.tenths.previousTotal,
      })));
    }
    await touch(tx, ctx, row.id);
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'follow_up.staff_kpis', entityType: 'follow_up', entityId: row.id, details: { measures: kpis.length } });
    return loadFollowUp(tx, ctx, row.id);
  });
}
