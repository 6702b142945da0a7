/**
 * Edits a case's register fields with optimistic locking: a stale `version` answers 409 and overwrites nothing.
 * A public title that is given is masked; an empty one is derived from the title, masked (R-PUB-2).
 */
import { and, eq, sql } from 'drizzle-orm';
import { cases, users } from '../db/schema/index.ts';
import { isUuid } from '../domain/ids.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { loadCase, type CaseView } from '../db/repositories/cases.ts';
import { checkText } from '../domain/text.ts';
import { publicCaseTitle } from '../domain/publicTitle.ts';
import { protectedPeopleOf } from './protectedNames.ts';
import { swedishDate } from '../domain/dates.ts';
import { AppError, notFound, validationError, type FieldError } from '../domain/errors.ts';
import { canEditCase } from '../policies/registry.ts';
import type { Ctx } from './context.ts';

export async function updateCase(ctx: Ctx, id: string, input: Record<string, unknown>): Promise<CaseView> {
  const errors: FieldError[] = [];
  const version = input.version;
  if (!Number.isInteger(version)) errors.push({ field: 'version', message: 'måste anges (ärendets version när du öppnade det)' });
  const changes: Partial<typeof cases.$inferInsert> = {};
  if (input.title !== undefined) changes.title = checkText(input.title, { field: 'title', required: true, max: 300 }, errors);
  const publicTitle = input.publicTitle === undefined ? undefined : checkText(input.publicTitle, { field: 'publicTitle', max: 300 }, errors);
  if (input.classificationCode !== undefined) changes.classificationCode = checkText(input.classificationCode, { field: 'classificationCode', max: 40 }, errors) || null;
  if (input.caseOfficerId !== undefined) {
    if (input.caseOfficerId === null || input.caseOfficerId === '') changes.caseOfficerId = null;
    else if (isUuid(input.caseOfficerId)) changes.caseOfficerId = input.caseOfficerId;
    else errors.push({ field: 'caseOfficerId', message: 'ogiltigt id' });
  }
  if (input.status !== undefined) {
    if (input.status !== 'open' && input.status !== 'closed') errors.push({ field: 'status', message: 'måste vara open eller closed' });
    else {
      changes.status = input.status;
      changes.closedAt = input.status === 'closed' ? swedishDate(ctx.clock.now()) : null;
    }
  }
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const current = await loadCase(tx, ctx.actor, id);
    if (!current) throw notFound('Ärendet');
    if (!canEditCase(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att ändra ärenden.');
    if (publicTitle !== undefined) {
      changes.publicTitle = publicCaseTitle({ title: changes.title ?? current.title, publicTitle, protectedPeople: await protectedPeopleOf(tx, ctx.actor.bodyId) });
    }
    if (changes.caseOfficerId) {
      const [officer] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, changes.caseOfficerId), eq(users.bodyId, ctx.actor.bodyId)));
      if (!officer) throw validationError([{ field: 'caseOfficerId', message: 'handläggaren finns inte' }]);
    }
    const updated = await tx.update(cases).set({ ...changes, version: sql`${cases.version} + 1`, updatedAt: new Date() })
      .where(and(eq(cases.id, id), eq(cases.bodyId, ctx.actor.bodyId), eq(cases.version, version as number)))
      .returning({ id: cases.id });
    if (updated.length === 0) {
      throw new AppError('conflict', `Ärendet ${current.number} har ändrats av någon annan sedan du öppnade det (version ${current.version}). Läs in det igen och gör om ändringen.`);
    }
    const changed = Object.keys(changes).filter((k) => k !== 'closedAt');
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'case.update', entityType: 'case', entityId: id, caseId: id, details: { number: current.number, fields: changed } });
    return (await loadCase(tx, ctx.actor, id))!;
  });
}
