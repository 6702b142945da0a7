/**
 * Opens a new case with the next diarienummer of its registry series and year (R-REG-4).
 */
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { cases, organs, registries, users } from '../db/schema/index.ts';
import { isUuid } from '../domain/ids.ts';
import { nextCaseSeq } from '../db/repositories/numbers.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { loadCase, type CaseView } from '../db/repositories/cases.ts';
import { formatCaseNumber } from '../domain/numbering.ts';
import { checkText } from '../domain/text.ts';
import { swedishDate } from '../domain/dates.ts';
import { AppError, validationError, type FieldError } from '../domain/errors.ts';
import { canRegister } from '../policies/registry.ts';
import type { Ctx } from './context.ts';

export interface NewCaseInput {
  registryId?: unknown; title?: unknown; publicTitle?: unknown; classificationCode?: unknown; caseOfficerId?: unknown; organId?: unknown;
}

export interface CheckedCase { registryId: string; title: string; publicTitle: string; classificationCode: string | null; caseOfficerId: string | null; organId: string | null }

export function checkNewCase(input: NewCaseInput, errors: FieldError[], prefix = ''): CheckedCase {
  const title = checkText(input.title, { field: `${prefix}title`, required: true, max: 300 }, errors);
  const publicTitle = checkText(input.publicTitle, { field: `${prefix}publicTitle`, max: 300 }, errors) || title;
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

/** Inserts the case inside `tx`; the caller has validated input and checked permissions. */
export async function insertCase(ctx: Ctx, tx: Tx, input: CheckedCase): Promise<{ id: string; number: string }> {
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
  const today = swedishDate(ctx.clock.now());
  const year = Number(today.slice(0, 4));
  const seq = await nextCaseSeq(tx, ctx.actor.bodyId, registry.id, year);
  const number = formatCaseNumber(registry.caseNumberFormat, { series: registry.code, year, seq });
  const [row] = await tx.insert(cases).values({
    bodyId: ctx.actor.bodyId, registryId: registry.id, year, seq, number, title: input.title, publicTitle: input.publicTitle,
    classificationCode: input.classificationCode, caseOfficerId: input.caseOfficerId, organId: input.organId ?? registry.organId,
    openedAt: today,
  }).returning({ id: cases.id });
  await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'case.create', entityType: 'case', entityId: row!.id, caseId: row!.id, details: { number } });
  return { id: row!.id, number };
}

export async function createCase(ctx: Ctx, input: NewCaseInput): Promise<CaseView> {
  if (!canRegister(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att skapa ärenden.');
  const errors: FieldError[] = [];
  const checked = checkNewCase(input, errors);
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const { id } = await insertCase(ctx, tx, checked);
    return (await loadCase(tx, ctx.actor, id))!;
  });
}
