/**
 * Staff accounts: admins create and change them, including per-organ access (R-REG-6); anyone sets up TOTP and
 * changes their own password. A new password (set by an admin or by the user) and a reset of the second factor
 * end every session of the account — a stolen session does not outlive the reset meant to shut it out; only the
 * user changing their own password stays signed in where they did it. Deactivating an account ends its sessions too.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { organs, people, userOrganAccess, users } from '../db/schema/index.ts';
import type { Tx } from '../db/client.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { checkPassword, hashPassword, passwordProblem } from '../auth/password.ts';
import { newTotpSecret, totpStep, totpUri } from '../auth/totp.ts';
import { checkText } from '../domain/text.ts';
import { AppError, notFound, validationError, type FieldError } from '../domain/errors.ts';
import { ROLES, type Role } from '../policies/actor.ts';
import { canAdminister } from '../policies/registry.ts';
import { acceptTotpStep, endSessions, loadUserView, type UserView } from './sessions.ts';
import type { Ctx } from './context.ts';
import { isUuid } from '../domain/ids.ts';

interface AccessInput { organId: string; secret: boolean }

function checkRoles(raw: unknown, errors: FieldError[]): Role[] {
  if (!Array.isArray(raw) || raw.some((r) => !ROLES.includes(r as Role))) {
    errors.push({ field: 'roles', message: `roller måste vara bland ${ROLES.join(', ')}` });
    return [];
  }
  return [...new Set(raw as Role[])];
}

function checkAccess(raw: unknown, errors: FieldError[]): AccessInput[] {
  if (!Array.isArray(raw)) { errors.push({ field: 'organAccess', message: 'måste vara en lista' }); return []; }
  return raw.map((a: { organId?: unknown; secret?: unknown }) => ({ organId: String(a?.organId ?? ''), secret: a?.secret === true }));
}

async function writeAccess(tx: Tx, bodyId: string, userId: string, access: AccessInput[]): Promise<void> {
  if (access.length) {
    const ids = access.map((a) => a.organId);
    const found = await tx.select({ id: organs.id }).from(organs).where(and(eq(organs.bodyId, bodyId), inArray(organs.id, ids)));
    if (found.length !== new Set(ids).size) throw validationError([{ field: 'organAccess', message: 'ett eller flera organ finns inte' }]);
  }
  await tx.delete(userOrganAccess).where(eq(userOrganAccess.userId, userId));
  if (access.length) await tx.insert(userOrganAccess).values(access.map((a) => ({ bodyId, userId, organId: a.organId, secret: a.secret })));
}

export async function listUsers(ctx: Ctx): Promise<UserView[]> {
  if (!canAdminister(ctx.actor)) throw new AppError('forbidden', 'Endast administratörer ser användarkonton.');
  const rows = await ctx.db.select({ id: users.id }).from(users).where(eq(users.bodyId, ctx.actor.bodyId)).orderBy(asc(users.username));
  return Promise.all(rows.map(async (r) => (await loadUserView(ctx.db, r.id))!));
}

/** Case officers for pickers: id and name only, for any staff member. */
export const listStaff = (ctx: Ctx) => ctx.db.select({ id: users.id, displayName: users.displayName, roles: users.roles }).from(users)
  .where(and(eq(users.bodyId, ctx.actor.bodyId), eq(users.active, true))).orderBy(asc(users.displayName));

export interface NewUser { username: unknown; displayName: unknown; email?: unknown; password: unknown; roles: unknown; organAccess?: unknown; protectedDataAccess?: unknown }

/** Creates an account inside `tx` (also used by the CLI and the demo loader, where there is no acting admin yet). */
export async function insertUser(tx: Tx, bodyId: string, actorId: string | null, input: NewUser): Promise<string> {
  const errors: FieldError[] = [];
  const username = checkText(input.username, { field: 'username', required: true, max: 64 }, errors);
  if (username && !/^[a-z0-9._-]+$/i.test(username)) errors.push({ field: 'username', message: 'får bara innehålla a–z, 0–9, punkt, bindestreck och understreck' });
  const displayName = checkText(input.displayName, { field: 'displayName', required: true, max: 200 }, errors);
  const email = checkText(input.email, { field: 'email', max: 200 }, errors) || null;
  const password = typeof input.password === 'string' ? input.password : '';
  const weak = passwordProblem(password);
  if (weak) errors.push({ field: 'password', message: weak });
  const roles = checkRoles(input.roles, errors);
  const access = checkAccess(input.organAccess ?? [], errors);
  if (errors.length) throw validationError(errors);
  const [taken] = await tx.select({ id: users.id }).from(users).where(and(eq(users.bodyId, bodyId), eq(users.username, username)));
  if (taken) throw validationError([{ field: 'username', message: `användarnamnet ${username} finns redan` }]);
  const [row] = await tx.insert(users).values({ bodyId, username, displayName, email, passwordHash: await hashPassword(password), roles, protectedDataAccess: input.protectedDataAccess === true }).returning({ id: users.id });
  await writeAccess(tx, bodyId, row!.id, access);
  await recordAudit(tx, { bodyId, actorId, action: 'user.create', entityType: 'user', entityId: row!.id, details: { username, roles } });
  return row!.id;
}

export async function createUser(ctx: Ctx, input: NewUser): Promise<UserView> {
  if (!canAdminister(ctx.actor)) throw new AppError('forbidden', 'Endast administratörer får skapa konton.');
  const id = await ctx.db.transaction((tx) => insertUser(tx, ctx.actor.bodyId, ctx.actor.userId, input));
  return (await loadUserView(ctx.db, id))!;
}

export async function updateUser(ctx: Ctx, id: string, input: Record<string, unknown>): Promise<UserView> {
  if (!canAdminister(ctx.actor)) throw new AppError('forbidden', 'Endast administratörer får ändra konton.');
  if (!isUuid(id)) throw notFound('Användaren');
  const errors: FieldError[] = [];
  const set: Partial<typeof users.$inferInsert> = {};
  if (input.displayName !== undefined) set.displayName = checkText(input.displayName, { field: 'displayName', required: true, max: 200 }, errors);
  if (input.email !== undefined) set.email = checkText(input.email, { field: 'email', max: 200 }, errors) || null;
  if (input.roles !== undefined) set.roles = checkRoles(input.roles, errors);
  if (input.protectedDataAccess !== undefined) set.protectedDataAccess = input.protectedDataAccess === true;
  if (input.active !== undefined) set.active = input.active === true;
  if (input.totpReset === true) { set.totpEnabled = false; set.totpSecret = null; }
  if (input.personId !== undefined) {
    if (input.personId === null || input.personId === '') set.personId = null;
    else if (isUuid(input.personId)) set.personId = input.personId;
    else errors.push({ field: 'personId', message: 'ogiltigt person-id' });
  }
  const access = input.organAccess !== undefined ? checkAccess(input.organAccess, errors) : null;
  if (input.password !== undefined) {
    const weak = passwordProblem(String(input.password));
    if (weak) errors.push({ field: 'password', message: weak });
  }
  if (errors.length) throw validationError(errors);
  if (input.password !== undefined) set.passwordHash = await hashPassword(String(input.password));
  await ctx.db.transaction(async (tx) => {
    const [u] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, id), eq(users.bodyId, ctx.actor.bodyId)));
    if (!u) throw notFound('Användaren');
    if (set.personId) {
      const [person] = await tx.select({ id: people.id }).from(people).where(and(eq(people.id, set.personId), eq(people.bodyId, ctx.actor.bodyId)));
      if (!person) throw validationError([{ field: 'personId', message: 'personen finns inte' }]);
    }
    if (Object.keys(set).length) await tx.update(users).set(set).where(eq(users.id, id));
    if (access) await writeAccess(tx, ctx.actor.bodyId, id, access);
    if (set.passwordHash || input.totpReset === true || set.active === false) await endSessions(tx, id);
    const fields = [...Object.keys(set).filter((k) => k !== 'passwordHash' && k !== 'totpSecret'), ...(access ? ['organAccess'] : []), ...(set.passwordHash ? ['password'] : [])];
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'user.update', entityType: 'user', entityId: id, details: { fields } });
  });
  return (await loadUserView(ctx.db, id))!;
}

export async function setupTotp(ctx: Ctx): Promise<{ secret: string; otpauthUrl: string }> {
  const user = (await loadUserView(ctx.db, ctx.actor.userId))!;
  if (user.totpEnabled) throw new AppError('conflict', 'Tvåstegsverifiering är redan aktiverad. Be en administratör återställa den om du byter telefon.');
  const secret = newTotpSecret();
  await ctx.db.update(users).set({ totpSecret: secret, totpEnabled: false }).where(eq(users.id, user.id));
  return { secret, otpauthUrl: totpUri(user.username, secret) };
}

export async function enableTotp(ctx: Ctx, code: unknown): Promise<{ enabled: true }> {
  const db = ctx.db;
  const [u] = await db.select().from(users).where(eq(users.id, ctx.actor.userId));
  if (!u?.totpSecret) throw validationError([{ field: 'code', message: 'starta inställningen av tvåstegsverifiering först' }]);
  const step = typeof code === 'string' ? totpStep(code.trim(), u.totpSecret) : null;
  if (step === null) throw validationError([{ field: 'code', message: 'fel engångskod' }]);
  await db.transaction(async (tx) => {
    if (!(await acceptTotpStep(tx, u.id, step))) throw validationError([{ field: 'code', message: 'koden har redan använts – vänta på nästa kod' }]);
    await tx.update(users).set({ totpEnabled: true }).where(eq(users.id, u.id));
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: u.id, action: 'user.totp_enable', entityType: 'user', entityId: u.id });
  });
  return { enabled: true };
}

/**
 * The signed-in user changes their own password, giving the current one. Every other session of the account
 * ends; the one the change was made in stays signed in.
 */
export async function changeOwnPassword(ctx: Ctx, sessionId: string, input: { currentPassword?: unknown; newPassword?: unknown }): Promise<{ changed: true; endedSessions: number }> {
  const [u] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.userId));
  if (!u) throw notFound('Användaren');
  const current = typeof input.currentPassword === 'string' ? input.currentPassword : '';
  const next = typeof input.newPassword === 'string' ? input.newPassword : '';
  const errors: FieldError[] = [];
  if (!(await checkPassword(current, u.passwordHash))) errors.push({ field: 'currentPassword', message: 'fel lösenord' });
  const weak = passwordProblem(next);
  if (weak) errors.push({ field: 'newPassword', message: weak });
  if (errors.length) throw validationError(errors);
  const passwordHash = await hashPassword(next);
  const ended = await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, u.id));
    const count = await endSessions(tx, u.id, sessionId);
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: u.id, action: 'user.password_change', entityType: 'user', entityId: u.id, details: { endedSessions: count } });
    return count;
  });
  return { changed: true, endedSessions: ended };
}
