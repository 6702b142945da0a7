/**
 * Opens a new case with the next diarienummer of its registry series and year (R-REG-4). Its public title is the
 * one given or derived from the title, masked either way (R-PUB-2, domain/publicTitle.ts).
 */
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { cases, organs, registries, users } from '../db/schema/index.ts';
import { isUuid } from '../domain/ids.ts';
import crypto from 'node:crypto';
import type { NewCaseRow } from '../db/repositories/registration.ts';
import { nextCaseSeq } from '../db/repositories/numbers.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { loadCase, type CaseView } from '../db/repositories/cases.ts';
import { formatCaseNumber } from '../domain/numbering.ts';
import { checkText } from '../domain/text.ts';
import type { ProtectedPerson } from '../domain/masking.ts';
import { publicCaseTitle } from '../domain/publicTitle.ts';
import { protectedPeopleOf } from './protectedNames.ts';
import { swedishDate } from '../domain/dates.ts';
import { AppError, validationError, type FieldError } from '../domain/errors.ts';
import { canRegister } from '../policies/registry.ts';
import type { Ctx } from './context.ts';

export interface NewCaseInput {
  registryId?: unknown; title?: unknown; publicTitle?: unknown; classificationCode?: unknown; caseOfficerId?: unknown; organId?: unknown;
}

export interface CheckedCase {
  registryId: string; title: string;
  /** As given (empty: derived from the title); masked when the case is allocated. */
  publicTitle: string;
  classificationCode: string | null; caseOfficerId: string | null; organId: string | null;
}

export function checkNewCase(input: NewCaseInput, errors: FieldError[], prefix = ''): CheckedCase {
  const title = checkText(input.title, { field: `${prefix}title`, required: true, max: 300 }, errors);
  const publicTitle = checkText(input.publicTitle, { field: `${prefix}publicTitle`, max: 300 }, errors);
  const classificationCode = checkText(input.classificationCode, { field: `${prefix}classificationCode`, max: 40 }, errors) || null;
  const registryId = isUuid(input.registryId) ? input.registryId : '';
  if (!registryId) errors.push({ field: `${prefix}registryId`, message: 'välj diarium' });
  const optionalId = (value: unknown, field: string): string | null => {
    if (value === undefined || value === null || value === '') return null;
    if (isUuid(value)) return value;
    errors.push({ field: `${prefix}${field}`, message: 'ogiltigt id' });
    return null;
  };
  return {
    registryId, title, publicTitle, classificationCode,
    caseOfficerId: optionalId(input.caseOfficerId, 'caseOfficerId'),
    organId: optionalId(input.organId, 'organId'),
  };
}

export interface PreparedCase {
  input: CheckedCase; registry: typeof registries.$inferSelect; year: number; openedAt: string;
  /** Names the public title is masked for. */
  protectedPeople: ProtectedPerson[];
}

/**
 * Checks the references of a new case inside `tx` (no locks taken yet). `protectedPeople`: people with protected
 * identity known for the new case beyond the body's register (e.g. the sender of the document it is opened with).
 */
export async function prepareCase(ctx: Ctx, tx: Tx, input: CheckedCase, protectedPeople: readonly ProtectedPerson[] = []): Promise<PreparedCase> {
  const [registry] = await tx.select().from(registries)
    .where(and(eq(registries.id, input.registryId), eq(registries.bodyId, ctx.actor.bodyId)));
  if (!registry) throw validationError([{ field: 'registryId', message: 'diariet finns inte' }]);
  if (input.caseOfficerId) {
    const [officer] = await tx.select({ id: users.id }).from(users)
      .where(and(eq(users.id, input.caseOfficerId), eq(users.bodyId, ctx.actor.bodyId)));
    if (!officer) throw validationError([{ field: 'caseOfficerId', message: 'handläggaren finns inte' }]);
  }
  if (input.organId) {
    const [organ] = await tx.select({ id: organs.id }).from(organs).where(and(eq(organs.id, input.organId), eq(organs.bodyId, ctx.actor.bodyId)));
    if (!organ) throw validationError([{ field: 'organId', message: 'organet finns inte' }]);
  }
  const openedAt = swedishDate(ctx.clock.now());
  return { input, registry, year: Number(openedAt.slice(0, 4)), openedAt, protectedPeople: [...protectedPeople, ...await protectedPeopleOf(tx, ctx.actor.bodyId)] };
}

/** Allocates the next diarienummer (takes the counter's row lock until commit) and returns the case row. */
export async function allocateCase(ctx: Ctx, tx: Tx, p: PreparedCase): Promise<NewCaseRow> {
  const seq = await nextCaseSeq(tx, ctx.actor.bodyId, p.registry.id, p.year);
  const number = formatCaseNumber(p.registry.caseNumberFormat, { series: p.registry.code, year: p.year, seq });
  return {
    id: crypto.randomUUID(), registryId: p.registry.id, year: p.year, seq, number, title: p.input.title,
    publicTitle: publicCaseTitle({ title: p.input.title, publicTitle: p.input.publicTitle, protectedPeople: p.protectedPeople }),
    classificationCode: p.input.classificationCode, caseOfficerId: p.input.caseOfficerId, organId: p.input.organId ?? p.registry.organId, openedAt: p.openedAt,
  };
}

export async function createCase(ctx: Ctx, input: NewCaseInput): Promise<CaseView> {
  if (!canRegister(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att skapa ärenden.');
  const errors: FieldError[] = [];
  const checked = checkNewCase(input, errors);
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const row = await allocateCase(ctx, tx, await prepareCase(ctx, tx, checked));
    await tx.insert(cases).values({ ...row, bodyId: ctx.actor.bodyId });
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'case.create', entityType: 'case', entityId: row.id, caseId: row.id, details: { number: row.number } });
    return (await loadCase(tx, ctx.actor, row.id))!;
  });
}
