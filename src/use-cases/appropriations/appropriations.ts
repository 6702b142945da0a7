/**
 * Appropriations: list per organ, read one with its commitments and remaining funds as of a date, create and
 * update (optimistic locking on `version`). Lowering a year below what is already committed, or removing a year
 * that holds commitments, is refused unless an override reason is given (audited on its own).
 */
import { and, asc, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Executor } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { checkYearAmounts, remainingPerYear, type RemainingRow, type YearAmount } from '../../domain/appropriations.ts';
import { formatAmount } from '../../domain/amounts.ts';
import { isIsoDate, swedishDate } from '../../domain/dates.ts';
import { AppError, notFound, validationError, type FieldError } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import { checkText } from '../../domain/text.ts';
import { canEditRegister, canReadRegisters } from '../../policies/registers.ts';
import type { Ctx } from '../context.ts';
import { loadAppropriation, type AppropriationRecord, type CommitmentRow } from './load.ts';

export interface AppropriationView extends Omit<AppropriationRecord, 'commitments'> {
  commitments: CommitmentRow[];
  asOf: string;
  remaining: RemainingRow[];
  canEdit: boolean;
}

export interface AppropriationSummary { id: string; organId: string; organCode: string; organName: string; name: string; years: YearAmount[]; remaining: RemainingRow[] }

function requireReader(ctx: Ctx): void {
  if (!canReadRegisters(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att läsa registren.');
}

/** Remaining funds as of a date; `proposedKr` is every open proposal (of any case), not subtracted from `remainingKr`. */
function remainingWithProposals(record: Pick<AppropriationRecord, 'years' | 'commitments'>, asOf: string): RemainingRow[] {
  const proposals = record.commitments.filter((c) => c.status === 'proposed');
  return remainingPerYear(record.years, record.commitments, asOf).map((r) => ({
    ...r, proposedKr: proposals.reduce((s, c) => s + c.amounts.filter((a) => a.year === r.year).reduce((x, a) => x + a.amountKr, 0), 0),
  }));
}

export function viewOf(ctx: Ctx, record: AppropriationRecord, asOf: string): AppropriationView {
  return { ...record, asOf, remaining: remainingWithProposals(record, asOf), canEdit: canEditRegister(ctx.actor, record.organId) };
}

export async function readView(ctx: Ctx, ex: Executor, id: string, asOf?: string): Promise<AppropriationView> {
  const record = isUuid(id) ? await loadAppropriation(ex, ctx.actor.bodyId, id) : null;
  if (!record) throw notFound('Anslaget');
  return viewOf(ctx, record, asOf ?? swedishDate(ctx.clock.now()));
}

export async function listAppropriations(ctx: Ctx, query: { organId?: unknown; asOf?: unknown }): Promise<AppropriationSummary[]> {
  requireReader(ctx);
  const asOf = typeof query.asOf === 'string' && isIsoDate(query.asOf) ? query.asOf : swedishDate(ctx.clock.now());
  const conds = [eq(t.appropriations.bodyId, ctx.actor.bodyId)];
  if (query.organId !== undefined && query.organId !== '') {
    if (!isUuid(query.organId)) throw validationError([{ field: 'organId', message: 'ogiltigt organ' }]);
    conds.push(eq(t.appropriations.organId, query.organId));
  }
  const rows = await ctx.db.select({ id: t.appropriations.id }).from(t.appropriations).innerJoin(t.organs, eq(t.organs.id, t.appropriations.organId))
    .where(and(...conds)).orderBy(asc(t.organs.name), asc(t.appropriations.name));
  const out: AppropriationSummary[] = [];
  for (const { id } of rows) {
    const r = (await loadAppropriation(ctx.db, ctx.actor.bodyId, id))!;
    out.push({ id, organId: r.organId, organCode: r.organCode, organName: r.organName, name: r.name, years: r.years, remaining: remainingWithProposals(r, asOf) });
  }
  return out;
}

export async function getAppropriation(ctx: Ctx, id: string, query: { asOf?: unknown } = {}): Promise<AppropriationView> {
  requireReader(ctx);
  if (query.asOf !== undefined && query.asOf !== '' && !(typeof query.asOf === 'string' && isIsoDate(query.asOf))) {
    throw validationError([{ field: 'asOf', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' }]);
  }
  return readView(ctx, ctx.db, id, (query.asOf as string | undefined) || undefined);
}

function checkFields(input: Record<string, unknown>, errors: FieldError[]) {
  const name = checkText(input.name, { field: 'name', required: true, max: 200 }, errors);
  const description = checkText(input.description, { field: 'description', max: 4000, multiline: true }, errors);
  const years = checkYearAmounts(input.years, 'years', errors);
  if (!errors.some((e) => e.field.startsWith('years')) && years.length === 0) errors.push({ field: 'years', message: 'ange belopp för minst ett år' });
  const overrideReason = checkText(input.overrideReason, { field: 'overrideReason', max: 1000, multiline: true }, errors) || null;
  return { name, description, years, overrideReason };
}

const duplicateName = (e: unknown): boolean => (e as { code?: string; cause?: { code?: string } })?.code === '23505' || (e as { cause?: { code?: string } })?.cause?.code === '23505';

export async function createAppropriation(ctx: Ctx, input: Record<string, unknown>): Promise<AppropriationView> {
  const errors: FieldError[] = [];
  if (!isUuid(input.organId)) errors.push({ field: 'organId', message: 'välj organ' });
  const fields = checkFields(input, errors);
  if (errors.length) throw validationError(errors);
  if (!canEditRegister(ctx.actor, input.organId as string)) throw new AppError('forbidden', 'Du har inte behörighet att föra organets anslag.');
  try {
    return await ctx.db.transaction(async (tx) => {
      const [organ] = await tx.select({ id: t.organs.id }).from(t.organs).where(and(eq(t.organs.id, input.organId as string), eq(t.organs.bodyId, ctx.actor.bodyId)));
      if (!organ) throw validationError([{ field: 'organId', message: 'organet finns inte' }]);
      const [row] = await tx.insert(t.appropriations).values({ bodyId: ctx.actor.bodyId, organId: organ.id, name: fields.name, description: fields.description, createdBy: ctx.actor.userId })
        .returning({ id: t.appropriations.id });
      await tx.insert(t.appropriationYears).values(fields.years.map((y) => ({ bodyId: ctx.actor.bodyId, appropriationId: row!.id, ...y })));
      await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'appropriation.create', entityType: 'appropriation', entityId: row!.id, details: { years: fields.years.map((y) => y.year) } });
      return readView(ctx, tx, row!.id);
    });
  } catch (e) {
    if (duplicateName(e)) throw validationError([{ field: 'name', message: 'organet har redan ett anslag med det namnet' }]);
    throw e;
  }
}

/** Years that would hold more binding commitments than their new amount (or that disappear while holding some). */
function lowered(record: AppropriationRecord, years: YearAmount[]): { year: number; committedKr: number; amountKr: number }[] {
  const next = new Map(years.map((y) => [y.year, y.amountKr]));
  return remainingPerYear(record.years, record.commitments, null)
    .map((r) => ({ year: r.year, committedKr: r.committedKr, amountKr: next.get(r.year) ?? 0, before: r.amountKr }))
    // A year already overdrawn (by an earlier override) only needs a reason when it is lowered further.
    .filter((r) => r.committedKr > r.amountKr && r.amountKr < r.before)
    .map(({ year, committedKr, amountKr }) => ({ year, committedKr, amountKr }));
}

export async function updateAppropriation(ctx: Ctx, id: string, input: Record<string, unknown>): Promise<AppropriationView> {
  const errors: FieldError[] = [];
  const fields = checkFields(input, errors);
  if (errors.length) throw validationError(errors);
  try {
    return await ctx.db.transaction(async (tx) => {
      const record = isUuid(id) ? await loadAppropriation(tx, ctx.actor.bodyId, id, true) : null;
      if (!record) throw notFound('Anslaget');
      if (!canEditRegister(ctx.actor, record.organId)) throw new AppError('forbidden', 'Du har inte behörighet att föra organets anslag.');
      if (input.version !== record.version) throw new AppError('conflict', `Anslaget har ändrats av någon annan (version ${record.version}). Läs in det igen.`);
      const used = new Set(record.commitments.filter((c) => c.status !== 'released').flatMap((c) => c.amounts.map((a) => a.year)));
      const removed = record.years.filter((y) => used.has(y.year) && !fields.years.some((n) => n.year === y.year));
      if (removed.length) throw validationError([{ field: 'years', message: `år med åtaganden kan inte tas bort: ${removed.map((y) => y.year).join(', ')}` }]);
      const short = lowered(record, fields.years);
      if (short.length && !fields.overrideReason) {
        throw validationError([{ field: 'years', message: `beloppet blir lägre än beslutade åtaganden: ${short.map((s) => `${s.year} (${formatAmount(s.committedKr)} kr åtagna, nytt belopp ${formatAmount(s.amountKr)} kr)`).join(', ')}; ange ett skäl för att ändå ändra` }]);
      }
      await tx.update(t.appropriations).set({ name: fields.name, description: fields.description, version: record.version + 1, updatedAt: ctx.clock.now() }).where(eq(t.appropriations.id, id));
      await tx.delete(t.appropriationYears).where(eq(t.appropriationYears.appropriationId, id));
      await tx.insert(t.appropriationYears).values(fields.years.map((y) => ({ bodyId: ctx.actor.bodyId, appropriationId: id, ...y })));
      await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'appropriation.update', entityType: 'appropriation', entityId: id, details: { version: record.version + 1 } });
      if (short.length) await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'appropriation.override', entityType: 'appropriation', entityId: id, details: { shortfalls: short, reason: fields.overrideReason } });
      return readView(ctx, tx, id);
    });
  } catch (e) {
    if (duplicateName(e)) throw validationError([{ field: 'name', message: 'organet har redan ett anslag med det namnet' }]);
    throw e;
  }
}
