/**
 * Elected people and their seats (memberships) in organs: staff read, admins write.
 */
import { and, asc, eq } from 'drizzle-orm';
import { memberships, organs, parties, people } from '../db/schema/index.ts';
import { checkText } from '../domain/text.ts';
import { isIsoDate } from '../domain/dates.ts';
import { MEMBERSHIP_ROLES, checkSubstituteOrder } from '../domain/organisation.ts';
import { notFound, validationError, type FieldError } from '../domain/errors.ts';
import { requireAdmin, write } from './admin.ts';
import type { Ctx } from './context.ts';
import { isUuid } from '../domain/ids.ts';

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

export async function updatePerson(ctx: Ctx, id: string, input: Record<string, unknown>) {
  requireAdmin(ctx);
  if (!isUuid(id)) throw notFound('Personen');
  const errors: FieldError[] = [];
  const set: Partial<typeof people.$inferInsert> = {};
  if (input.givenName !== undefined) set.givenName = checkText(input.givenName, { field: 'givenName', required: true, max: 100 }, errors);
  if (input.familyName !== undefined) set.familyName = checkText(input.familyName, { field: 'familyName', required: true, max: 100 }, errors);
  if (input.email !== undefined) set.email = checkText(input.email, { field: 'email', max: 200 }, errors) || null;
  if (input.partyId !== undefined) set.partyId = typeof input.partyId === 'string' && input.partyId ? input.partyId : null;
  if (errors.length) throw validationError(errors);
  return write(ctx, 'person.update', 'person', async (tx) => {
    if (set.partyId) {
      const [p] = await tx.select({ id: parties.id }).from(parties).where(and(eq(parties.id, set.partyId), eq(parties.bodyId, ctx.actor.bodyId)));
      if (!p) throw validationError([{ field: 'partyId', message: 'partiet finns inte' }]);
    }
    const [row] = await tx.update(people).set(set).where(and(eq(people.id, id), eq(people.bodyId, ctx.actor.bodyId))).returning();
    if (!row) throw notFound('Personen');
    return { id: row.id, givenName: row.givenName, familyName: row.familyName, partyId: row.partyId, email: row.email };
  });
}

/** Ends a seat (the row is kept: who sat where is history). */
export async function endMembership(ctx: Ctx, id: string, input: Record<string, unknown>) {
  requireAdmin(ctx);
  if (!isUuid(id)) throw notFound('Uppdraget');
  const endsOn = String(input.endsOn ?? '');
  if (!isIsoDate(endsOn)) throw validationError([{ field: 'endsOn', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' }]);
  return write(ctx, 'membership.end', 'membership', async (tx) => {
    const [current] = await tx.select().from(memberships).where(and(eq(memberships.id, id), eq(memberships.bodyId, ctx.actor.bodyId)));
    if (!current) throw notFound('Uppdraget');
    if (endsOn < current.startsOn) throw validationError([{ field: 'endsOn', message: `kan inte vara före startdatum ${current.startsOn}` }]);
    const [row] = await tx.update(memberships).set({ endsOn }).where(eq(memberships.id, id)).returning();
    return { id: row!.id, personId: row!.personId, organId: row!.organId, role: row!.role, substituteOrder: row!.substituteOrder, startsOn: row!.startsOn, endsOn: row!.endsOn };
  });
}
