/**
 * The annual cycle's deadlines: the year view (deadlines and, beside them, the meetings of KF, KS and its
 * committees), and creating, changing (with the version read: 409 when stale) and deleting a deadline — each in
 * one transaction with its audit event. Deadlines are planning data, not allmänna handlingar, so they may be
 * deleted; the audit event keeps what was deleted.
 */
import { and, eq } from 'drizzle-orm';
import { annualDeadlines, bodies, organs } from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import type { Executor } from '../../db/client.ts';
import { AUDIENCES, checkDeadline, checkYear, type Audience, type DeadlineInput } from '../../domain/annualCycle.ts';
import { AppError, notFound, validationError, type FieldError } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import { canEditRegister } from '../../policies/registers.ts';
import type { Ctx } from '../context.ts';
import { assertKeeper, assertReader } from './access.ts';
import { loadCycleMeetings, loadDeadlines, type CycleMeeting, type DeadlineView } from './load.ts';

export interface YearView {
  year: number;
  /** The municipality's name (the årshjul's title). */
  bodyName: string;
  deadlines: DeadlineView[];
  meetings: CycleMeeting[];
  /** Organs a deadline may name as responsible (and the filter offers). */
  organs: { id: string; code: string; name: string }[];
  /** Whether the reader may add deadlines (without an organ: the executive board's register). */
  canEdit: boolean;
}

export async function getYear(ctx: Ctx, query: { year?: unknown; audience?: unknown; organId?: unknown }): Promise<YearView> {
  assertReader(ctx);
  const errors: FieldError[] = [];
  const year = checkYear(query.year, errors);
  const audience = query.audience === undefined || query.audience === '' ? undefined : AUDIENCES.find((a) => a === query.audience);
  if (query.audience !== undefined && query.audience !== '' && !audience) errors.push({ field: 'audience', message: 'välj nämnder, bolag eller kommunfullmäktige' });
  const organId = query.organId === undefined || query.organId === '' ? undefined : isUuid(query.organId) ? query.organId : null;
  if (organId === null) errors.push({ field: 'organId', message: 'välj ett organ' });
  if (errors.length) throw validationError(errors);
  const from = `${year}-01-01`, to = `${year}-12-31`;
  const bodyOrgans = await ctx.db.select({ id: organs.id, code: organs.code, name: organs.name }).from(organs).where(eq(organs.bodyId, ctx.actor.bodyId)).orderBy(organs.code);
  const deadlines = await loadDeadlines(ctx.db, ctx.actor.bodyId, { from, to, audience: audience as Audience | undefined, organId: organId ?? undefined });
  const meetings = await loadCycleMeetings(ctx.db, ctx.actor.bodyId, from, to, organId ? [organId] : undefined);
  const canEdit = bodyOrgans.some((o) => canEditRegister(ctx.actor, o.id));
  const [body] = await ctx.db.select({ name: bodies.name }).from(bodies).where(eq(bodies.id, ctx.actor.bodyId));
  return { year, bodyName: body?.name ?? '', deadlines, meetings, organs: bodyOrgans, canEdit };
}

async function checkOrgan(ex: Executor, ctx: Ctx, input: DeadlineInput): Promise<void> {
  if (!input.organId) return;
  const [organ] = await ex.select({ id: organs.id }).from(organs).where(and(eq(organs.id, input.organId), eq(organs.bodyId, ctx.actor.bodyId)));
  if (!organ) throw validationError([{ field: 'organId', message: 'organet finns inte' }]);
}

async function one(ex: Executor, ctx: Ctx, id: string): Promise<DeadlineView> {
  const [row] = await ex.select({ date: annualDeadlines.date }).from(annualDeadlines).where(and(eq(annualDeadlines.id, id), eq(annualDeadlines.bodyId, ctx.actor.bodyId)));
  if (!row) throw notFound('Datumet');
  const all = await loadDeadlines(ex, ctx.actor.bodyId, { from: row.date, to: row.date });
  return all.find((d) => d.id === id)!;
}

/** One deadline, for the edit form (readers of the registers only). */
export async function getDeadline(ctx: Ctx, id: string): Promise<DeadlineView> {
  assertReader(ctx);
  if (!isUuid(id)) throw notFound('Datumet');
  return one(ctx.db, ctx, id);
}

const columns = (d: DeadlineInput) => ({
  date: d.date, endDate: d.endDate, heading: d.heading, text: d.text, audience: d.audience, organId: d.organId, deliverer: d.deliverer,
  reminderDays: d.reminderDays, reminderEmails: d.reminderEmails, remindOrganStaff: d.remindOrganStaff,
});

/** What the audit keeps of a deadline: no e-mail addresses, only how many. */
const auditable = (d: DeadlineInput | DeadlineView) => ({
  date: d.date, endDate: d.endDate, heading: d.heading, audience: d.audience, organId: d.organId, reminderDays: d.reminderDays, reminderEmails: d.reminderEmails.length,
});

export async function createDeadline(ctx: Ctx, body: Record<string, unknown>): Promise<DeadlineView> {
  const errors: FieldError[] = [];
  const input = checkDeadline(body, errors);
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    await checkOrgan(tx, ctx, input);
    await assertKeeper(tx, ctx, input.organId);
    const [row] = await tx.insert(annualDeadlines).values({ bodyId: ctx.actor.bodyId, ...columns(input) }).returning({ id: annualDeadlines.id });
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'annual_deadline.create', entityType: 'annual_deadline', entityId: row!.id, details: auditable(input) });
    return one(tx, ctx, row!.id);
  });
}

export async function updateDeadline(ctx: Ctx, id: string, body: Record<string, unknown>): Promise<DeadlineView> {
  if (!isUuid(id)) throw notFound('Datumet');
  const errors: FieldError[] = [];
  const input = checkDeadline(body, errors);
  const version = body.version;
  if (!Number.isInteger(version)) errors.push({ field: 'version', message: 'ange versionen som lästes' });
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const before = await one(tx, ctx, id);
    await assertKeeper(tx, ctx, before.organId);
    await checkOrgan(tx, ctx, input);
    await assertKeeper(tx, ctx, input.organId);
    const [row] = await tx.update(annualDeadlines).set({ ...columns(input), version: before.version + 1, updatedAt: ctx.clock.now() })
      .where(and(eq(annualDeadlines.id, id), eq(annualDeadlines.version, version as number))).returning({ id: annualDeadlines.id });
    if (!row) throw new AppError('conflict', 'Datumet har ändrats av någon annan sedan du läste det. Läs in det igen och gör om ändringen.');
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'annual_deadline.update', entityType: 'annual_deadline', entityId: id, details: { before: auditable(before), after: auditable(input) } });
    return one(tx, ctx, id);
  });
}

export async function deleteDeadline(ctx: Ctx, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound('Datumet');
  await ctx.db.transaction(async (tx) => {
    const before = await one(tx, ctx, id);
    await assertKeeper(tx, ctx, before.organId);
    await tx.delete(annualDeadlines).where(eq(annualDeadlines.id, id));
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'annual_deadline.delete', entityType: 'annual_deadline', entityId: id, details: { ...auditable(before), text: before.text, deliverer: before.deliverer } });
  });
}
