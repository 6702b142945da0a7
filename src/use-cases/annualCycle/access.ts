/**
 * Who keeps a deadline of the annual cycle: those who may keep the registers of its responsible organ, or of the
 * executive board (kommunstyrelsen, whose office runs the annual cycle) when no organ is named. Every staff
 * role may read the annual cycle.
 */
import { and, eq } from 'drizzle-orm';
import { organs } from '../../db/schema/index.ts';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../domain/errors.ts';
import { canEditRegister, canReadRegisters } from '../../policies/registers.ts';
import type { Ctx } from '../context.ts';

export async function executiveBoardId(ex: Executor, bodyId: string): Promise<string | null> {
  const [row] = await ex.select({ id: organs.id }).from(organs).where(and(eq(organs.bodyId, bodyId), eq(organs.kind, 'executive_board'))).limit(1);
  return row?.id ?? null;
}

export async function canKeepDeadline(ex: Executor, ctx: Ctx, organId: string | null): Promise<boolean> {
  const keeper = organId ?? (await executiveBoardId(ex, ctx.actor.bodyId));
  return keeper ? canEditRegister(ctx.actor, keeper) : canEditRegister(ctx.actor, '');
}

export async function assertKeeper(ex: Executor, ctx: Ctx, organId: string | null): Promise<void> {
  if (!(await canKeepDeadline(ex, ctx, organId))) throw new AppError('forbidden', 'Du har inte behörighet att ändra i årshjulet för det organet.');
}

export function assertReader(ctx: Ctx): void {
  if (!canReadRegisters(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att läsa registren.');
}
