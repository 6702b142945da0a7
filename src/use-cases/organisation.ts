/**
 * Reference data of the body: organs, parties, terms, people, memberships and registries. Staff read; admins write.
 */
import { and, asc, eq } from 'drizzle-orm';
import { memberships, organs, parties, people, registries, terms } from '../db/schema/index.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { checkText } from '../domain/text.ts';
import { isIsoDate } from '../domain/dates.ts';
import { ORGAN_KINDS, MEMBERSHIP_ROLES, checkSubstituteOrder } from '../domain/organisation.ts';
import { AppError, validationError, type FieldError } from '../domain/errors.ts';
import { canAdminister } from '../policies/registry.ts';
import type { Ctx } from './context.ts';
import type { Tx } from '../db/client.ts';

function requireAdmin(ctx: Ctx): void {
  if (!canAdminister(ctx.actor)) throw new AppError('forbidden', 'Endast administratörer får ändra grunddata.');
}

async function write<T>(ctx: Ctx, action: string, entityType: string, fn: (tx: Tx) => Promise<T & { id: string }>): Promise<T & { id: string }> {
  return ctx.db.transaction(async (tx) => {
    const row = await fn(tx);
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action, entityType, entityId: row.id });
    return row;
  });
}

async function uniqueViolation<T>(run: () => Promise<T>, field: string, message: string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    if (code === '23505') throw validationError([{ field, message }]);
    throw error;
  }
}

export const listOrgans = (ctx: Ctx) => ctx.db.select({ id: organs.id, code: organs.code, name: organs.name, kind: organs.kind, parentId: organs.parentId })
  .from(organs).where(eq(organs.bodyId, ctx.actor.bodyId)).orderBy(asc(organs.code));

export async function createOrgan(ctx: Ctx, input: Record<string, unknown>) {
  requireAdmin(ctx);
  const errors: FieldError[] = [];
  const code = checkText(input.code, { field: 'code', required: true, max: 20 }, errors).toUpperCase();
  const name = checkText(input.name, { field: 'name', required: true, max: 200 }, errors);
  const kind = String(input.kind ?? '');
  if (!ORGAN_KINDS.includes(kind as never)) errors.push({ field: 'kind', message: `måste vara en av ${ORGAN_KINDS.join(', ')}` });
  const parentId = typeof input.parentId === 'string' && input.parentId ? input.parentId : null;
  if (kind === 'sub_committee' && !parentId) errors.push({ field: 'parentId', message: 'ett utskott måste höra till ett organ' });
  if (errors.length) throw validationError(errors);
  return write(ctx, 'organ.create', 'organ', async (tx) => {
    if (parentId) {
      const [parent] = await tx.select({ id: organs.id }).from(organs).where(and(eq(organs.id, parentId), eq(organs.bodyId, ctx.actor.bodyId)));
      if (!parent) throw validationError([{ field: 'parentId', message: 'organet finns inte' }]);
    }
    const [row] = await uniqueViolation(() => tx.insert(organs).values({ bodyId: ctx.actor.bodyId, code, name, kind, parentId }).returning(), 'code', `förkortningen ${code} används redan`);
    return { id: row!.id, code: row!.code, name: row!.name, kind: row!.kind, parentId: row!.parentId };
  });
}

export const listParties = (ctx: Ctx) => ctx.db.select({ id: parties.id, code: parties.code, name: parties.name }).from(parties)
  .where(eq(parties.bodyId, ctx.actor.bodyId)).orderBy(asc(parties.code));

export async function createParty(ctx: Ctx, input: Record<string, unknown>) {
  requireAdmin(ctx);
  const errors: FieldError[] = [];
  const code = checkText(input.code, { field: 'code', required: true, max: 10 }, errors);
  const name = checkText(input.name, { field: 'name', required: true, max: 200 }, errors);
  if (errors.length) throw validationError(errors);
  return write(ctx, 'party.create', 'party', async (tx) => {
    const [row] = await uniqueViolation(() => tx.insert(parties).values({ bodyId: ctx.actor.bodyId, code, name }).returning(), 'code', `partiet ${code} finns redan`);
    return { id: row!.id, code: row!.code, name: row!.name };
  });
}

export const listTerms = (ctx: Ctx) => ctx.db.select({ id: terms.id, name: terms.name, startsOn: terms.startsOn, endsOn: terms.endsOn })
  .from(terms).where(eq(terms.bodyId, ctx.actor.bodyId)).orderBy(asc(terms.startsOn));

export const listRegistries = (ctx: Ctx) => ctx.db.select({
  id: registries.id, code: registries.code, name: registries.name, organId: registries.organId,
  caseNumberFormat: registries.caseNumberFormat, documentNumberFormat: registries.documentNumberFormat,
}).from(registries).where(eq(registries.bodyId, ctx.actor.bodyId)).orderBy(asc(registries.code));

export const listPeople = (ctx: Ctx) => ctx.db.select({ id: people.id, givenName: people.givenName, familyName: people.familyName, partyId: people.partyId, email: people.email })
  .from(people).where(eq(people.bodyId, ctx.actor.bodyId)).orderBy(asc(people.familyName), asc(people.givenName));

export async function createPerson(ctx: Ctx, input: Record<string, unknown>) {
  requireAdmin(ctx);
  const errors: FieldError[] = [];
  const givenName = checkText(input.givenName, { field: 'givenName', required: true, max: 100 }, errors);
  const familyName = checkText(input.familyName, { field: 'familyName', required: true, max: 100 }, errors);
  const email = checkText(input.email, { field: 'email', max: 200 }, errors) || null;
  const partyId = typeof input.partyId === 'string' && input.partyId ? input.partyId : null;
  if (errors.length) throw validationError(errors);
  return write(ctx, 'person.create', 'person', async (tx) => {
    if (partyId) {
      const [p] = await tx.select({ id: parties.id }).from(parties).where(and(eq(parties.id, partyId), eq(parties.bodyId, ctx.actor.bodyId)));
      if (!p) throw validationError([{ field: 'partyId', message: 'partiet finns inte' }]);
    }
    const [row] = await tx.insert(people).values({ bodyId: ctx.actor.bodyId, givenName, familyName, email, partyId }).returning();
    return { id: row!.id, givenName, familyName, partyId, email };
  });
}

export async function listMemberships(ctx: Ctx, organId?: string) {
  return ctx.db.select({ id: memberships.id, personId: memberships.personId, organId: memberships.organId, role: memberships.role,
    substituteOrder: memberships.substituteOrder, startsOn: memberships.startsOn, endsOn: memberships.endsOn })
    .from(memberships).where(and(eq(memberships.bodyId, ctx.actor.bodyId), organId ? eq(memberships.organId, organId) : undefined))
    .orderBy(asc(memberships.role), asc(memberships.substituteOrder));
}

export async function createMembership(ctx: Ctx, input: Record<string, unknown>) {
  requireAdmin(ctx);
  const errors: FieldError[] = [];
  const role = String(input.role ?? '');
  if (!MEMBERSHIP_ROLES.includes(role as never)) errors.push({ field: 'role', message: `måste vara en av ${MEMBERSHIP_ROLES.join(', ')}` });
  const startsOn = String(input.startsOn ?? '');
  if (!isIsoDate(startsOn)) errors.push({ field: 'startsOn', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' });
  const endsOn = input.endsOn ? String(input.endsOn) : null;
  if (endsOn && (!isIsoDate(endsOn) || endsOn < startsOn)) errors.push({ field: 'endsOn', message: 'måste vara ett datum efter startdatum' });
  const personId = String(input.personId ?? ''), organId = String(input.organId ?? '');
  const substituteOrder = input.substituteOrder === undefined || input.substituteOrder === null || input.substituteOrder === '' ? null : Number(input.substituteOrder);
  if (errors.length) throw validationError(errors);
  return write(ctx, 'membership.create', 'membership', async (tx) => {
    const [person] = await tx.select({ id: people.id }).from(people).where(and(eq(people.id, personId), eq(people.bodyId, ctx.actor.bodyId)));
    const [organ] = await tx.select({ id: organs.id }).from(organs).where(and(eq(organs.id, organId), eq(organs.bodyId, ctx.actor.bodyId)));
    const errs: FieldError[] = [];
    if (!person) errs.push({ field: 'personId', message: 'personen finns inte' });
    if (!organ) errs.push({ field: 'organId', message: 'organet finns inte' });
    if (errs.length) throw validationError(errs);
    const existing = (await tx.select({ order: memberships.substituteOrder }).from(memberships)
      .where(and(eq(memberships.organId, organId), eq(memberships.role, 'substitute')))).map((r) => r.order ?? 0);
    const problem = checkSubstituteOrder(role as never, substituteOrder, existing);
    if (problem) throw validationError([{ field: 'substituteOrder', message: problem }]);
    const [row] = await tx.insert(memberships).values({ bodyId: ctx.actor.bodyId, personId, organId, role, substituteOrder, startsOn, endsOn }).returning();
    return { id: row!.id, personId, organId, role, substituteOrder, startsOn, endsOn };
  });
}
