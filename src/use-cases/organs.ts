/**
 * Organs, parties, terms and registries of the body: staff read, admins write.
 */
import { checkPublicationDays } from '../domain/publication.ts';
import { and, asc, eq } from 'drizzle-orm';
import { organs, parties, registries, terms } from '../db/schema/index.ts';
import { checkText } from '../domain/text.ts';
import { ORGAN_KINDS } from '../domain/organisation.ts';
import { notFound, validationError, type FieldError } from '../domain/errors.ts';
import { requireAdmin, uniqueViolation, write } from './admin.ts';
import type { Ctx } from './context.ts';
import { isUuid } from '../domain/ids.ts';

export const listOrgans = (ctx: Ctx) => ctx.db.select({ id: organs.id, code: organs.code, name: organs.name, kind: organs.kind, parentId: organs.parentId, minutesPublicationDays: organs.minutesPublicationDays })
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

export async function updateOrgan(ctx: Ctx, id: string, input: Record<string, unknown>) {
  requireAdmin(ctx);
  if (!isUuid(id)) throw notFound('Organet');
  const errors: FieldError[] = [];
  const set: Partial<typeof organs.$inferInsert> = {};
  if (input.name !== undefined) set.name = checkText(input.name, { field: 'name', required: true, max: 200 }, errors);
  if (input.kind !== undefined) {
    if (!ORGAN_KINDS.includes(input.kind as never)) errors.push({ field: 'kind', message: `måste vara en av ${ORGAN_KINDS.join(', ')}` });
    else set.kind = String(input.kind);
  }
  if (input.minutesPublicationDays !== undefined) set.minutesPublicationDays = checkPublicationDays(input.minutesPublicationDays, errors);
  if (errors.length) throw validationError(errors);
  return write(ctx, 'organ.update', 'organ', async (tx) => {
    const [row] = await tx.update(organs).set(set).where(and(eq(organs.id, id), eq(organs.bodyId, ctx.actor.bodyId))).returning();
    if (!row) throw notFound('Organet');
    return { id: row.id, code: row.code, name: row.name, kind: row.kind, parentId: row.parentId, minutesPublicationDays: row.minutesPublicationDays };
  });
}

export async function updateParty(ctx: Ctx, id: string, input: Record<string, unknown>) {
  requireAdmin(ctx);
  if (!isUuid(id)) throw notFound('Partiet');
  const errors: FieldError[] = [];
  const name = checkText(input.name, { field: 'name', required: true, max: 200 }, errors);
  if (errors.length) throw validationError(errors);
  return write(ctx, 'party.update', 'party', async (tx) => {
    const [row] = await tx.update(parties).set({ name }).where(and(eq(parties.id, id), eq(parties.bodyId, ctx.actor.bodyId))).returning();
    if (!row) throw notFound('Partiet');
    return { id: row.id, code: row.code, name: row.name };
  });
}
