/**
 * Follow-ups per organ and period: list, read, create, and edit the report's title and prose (optimistic
 * locking on `version`: a stale version answers 409 and changes nothing).
 */
import { and, eq, sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { isTertial, TERTIAL_PERIOD, TERTIALS } from '../../domain/finance.ts';
import { AppError, notFound, validationError, type FieldError } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import { checkText } from '../../domain/text.ts';
import { canEditRegister, canReadRegisters } from '../../policies/registers.ts';
import type { Executor, Tx } from '../../db/client.ts';
import type { Ctx } from '../context.ts';
import { followUpRow, listFollowUpRows, loadFollowUp, type FollowUpSummary, type FollowUpView } from './view.ts';

const TEXT_MAX = 20_000;

export async function listFollowUps(ctx: Ctx, query: { organId?: unknown }): Promise<FollowUpSummary[]> {
  if (!canReadRegisters(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att läsa registren.');
  if (query.organId !== undefined && query.organId !== '' && !isUuid(query.organId)) throw validationError([{ field: 'organId', message: 'välj organ' }]);
  return listFollowUpRows(ctx.db, ctx, (query.organId as string | undefined) || undefined);
}

export const getFollowUp = (ctx: Ctx, id: string): Promise<FollowUpView> => loadFollowUp(ctx.db, ctx, id);

/** "Kommunstyrelsens rapport, januari–april 2024". */
export const defaultTitle = (organName: string, tertial: keyof typeof TERTIAL_PERIOD, year: number): string =>
  `${organName}${organName.endsWith('s') ? '' : 's'} rapport, ${TERTIAL_PERIOD[tertial].longLabel} ${year}`;

export async function createFollowUp(ctx: Ctx, input: Record<string, unknown>): Promise<FollowUpView> {
  const errors: FieldError[] = [];
  if (!isUuid(input.organId)) errors.push({ field: 'organId', message: 'välj organ' });
  const year = Number(input.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) errors.push({ field: 'year', message: 'måste vara ett årtal' });
  if (!isTertial(input.tertial)) errors.push({ field: 'tertial', message: `måste vara ${TERTIALS.join(', ')}` });
  const title = checkText(input.title, { field: 'title', max: 300 }, errors);
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const [organ] = await tx.select().from(t.organs).where(and(eq(t.organs.id, input.organId as string), eq(t.organs.bodyId, ctx.actor.bodyId)));
    if (!organ) throw validationError([{ field: 'organId', message: 'organet finns inte' }]);
    if (!canEditRegister(ctx.actor, organ.id)) throw new AppError('forbidden', 'Du har inte behörighet att föra organets uppföljning.');
    const tertial = input.tertial as keyof typeof TERTIAL_PERIOD;
    const [row] = await tx.insert(t.followUps).values({ bodyId: ctx.actor.bodyId, organId: organ.id, year, tertial, title: title || defaultTitle(organ.name, tertial, year) })
      .onConflictDoNothing().returning({ id: t.followUps.id });
    if (!row) throw new AppError('conflict', `${organ.name} har redan en uppföljning för ${TERTIAL_PERIOD[tertial].label} ${year}.`);
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'follow_up.create', entityType: 'follow_up', entityId: row.id, details: { organ: organ.code, year, tertial } });
    return loadFollowUp(tx, ctx, row.id);
  });
}

/**
 * Locks the follow-up for a change by someone who may keep it; a stale `version` is a conflict. Returns the row;
 * the caller bumps the version with `touch`.
 */
export async function editableFollowUp(ex: Executor, ctx: Ctx, id: unknown) {
  const row = await followUpRow(ex, ctx, id);
  if (!row || !canReadRegisters(ctx.actor)) throw notFound('Uppföljningen');
  if (!canEditRegister(ctx.actor, row.organId)) throw new AppError('forbidden', 'Du har inte behörighet att föra organets uppföljning.');
  return row;
}

export async function lockForEdit(ctx: Ctx, tx: Tx, id: unknown, version: unknown) {
  const row = await editableFollowUp(tx, ctx, id);
  await tx.execute(sql`SELECT 1 FROM follow_ups WHERE id = ${row.id} FOR UPDATE`);
  const [current] = await tx.select({ version: t.followUps.version }).from(t.followUps).where(eq(t.followUps.id, row.id));
  if (version !== undefined && version !== current!.version) {
    throw new AppError('conflict', `Uppföljningen har ändrats av någon annan sedan du öppnade den (version ${current!.version}). Läs in den igen och gör om ändringen.`);
  }
  return row;
}

export async function touch(tx: Tx, ctx: Ctx, id: string, set: Partial<typeof t.followUps.$inferInsert> = {}): Promise<void> {
  await tx.update(t.followUps).set({ ...set, version: sql`${t.followUps.version} + 1`, updatedAt: ctx.clock.now() }).where(eq(t.followUps.id, id));
}

export async function updateFollowUp(ctx: Ctx, id: string, input: Record<string, unknown>): Promise<FollowUpView> {
  const errors: FieldError[] = [];
  if (!Number.isInteger(input.version)) errors.push({ field: 'version', message: 'saknas' });
  const set: Partial<typeof t.followUps.$inferInsert> = {};
  if (input.title !== undefined) set.title = checkText(input.title, { field: 'title', required: true, max: 300 }, errors);
  for (const field of ['staffText', 'economyText', 'investmentText'] as const) {
    if (input[field] !== undefined) set[field] = checkText(input[field], { field, max: TEXT_MAX, multiline: true }, errors);
  }
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const row = await lockForEdit(ctx, tx, id, input.version);
    await touch(tx, ctx, row.id, set);
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'follow_up.update', entityType: 'follow_up', entityId: row.id, details: { fields: Object.keys(set) } });
    return loadFollowUp(tx, ctx, row.id);
  });
}
