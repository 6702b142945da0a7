/**
 * Shared steps of the administrators' use cases: the permission check, the audited write, unique-key errors.
 */
import { recordAudit } from '../db/repositories/audit.ts';
import { AppError, validationError } from '../domain/errors.ts';
import { canAdminister } from '../policies/registry.ts';
import type { Ctx } from './context.ts';
import type { Tx } from '../db/client.ts';

export function requireAdmin(ctx: Ctx): void {
  if (!canAdminister(ctx.actor)) throw new AppError('forbidden', 'Endast administratörer får ändra grunddata.');
}

export async function write<T>(ctx: Ctx, action: string, entityType: string, fn: (tx: Tx) => Promise<T & { id: string }>): Promise<T & { id: string }> {
  return ctx.db.transaction(async (tx) => {
    const row = await fn(tx);
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action, entityType, entityId: row.id });
    return row;
  });
}

export async function uniqueViolation<T>(run: () => Promise<T>, field: string, message: string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    if (code === '23505') throw validationError([{ field, message }]);
    throw error;
  }
}
