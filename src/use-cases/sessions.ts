/**
 * Login, logout and loading the actor of a session cookie. Tokens are random; only their sha-256 is stored.
 */
import crypto from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import { bodies, sessions, userOrganAccess, users } from '../db/schema/index.ts';
import type { Db } from '../db/client.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { verifyPassword } from '../auth/password.ts';
import { verifyTotp } from '../auth/totp.ts';
import type { LoginThrottle } from '../auth/loginThrottle.ts';
import { AppError } from '../domain/errors.ts';
import type { Actor, Role } from '../policies/actor.ts';
import type { Clock } from '../clock.ts';

const SESSION_HOURS = 12;
const hashToken = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');

export interface UserView {
  id: string; username: string; displayName: string; email: string | null; roles: Role[]; protectedDataAccess: boolean;
  organAccess: { organId: string; secret: boolean }[]; totpEnabled: boolean; active: boolean;
  /** The elected member the account belongs to (signing minutes as chair or adjuster). */
  personId: string | null;
}

export async function loadUserView(db: Db, userId: string): Promise<UserView | undefined> {
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  if (!u) return undefined;
  const access = await db.select().from(userOrganAccess).where(eq(userOrganAccess.userId, userId));
  return {
    id: u.id, username: u.username, displayName: u.displayName, email: u.email, roles: u.roles as Role[], protectedDataAccess: u.protectedDataAccess,
    organAccess: access.map((a) => ({ organId: a.organId, secret: a.secret })), totpEnabled: u.totpEnabled, active: u.active,
    personId: u.personId,
  };
}

export function actorOf(user: UserView, bodyId: string): Actor {
  return {
    userId: user.id, bodyId, roles: user.roles, protectedDataAccess: user.protectedDataAccess,
    organAccess: new Map(user.organAccess.map((a) => [a.organId, { secret: a.secret }])),
  };
}

export interface LoginInput { username?: unknown; password?: unknown; totp?: unknown; body?: unknown; address: string }

export async function login(db: Db, clock: Clock, throttle: LoginThrottle, input: LoginInput): Promise<{ token: string; csrfToken: string; user: UserView }> {
  const username = typeof input.username === 'string' ? input.username.trim() : '';
  const password = typeof input.password === 'string' ? input.password : '';
  const wait = throttle.retryAfter(username, input.address);
  if (wait > 0) throw new AppError('rate_limited', `För många misslyckade inloggningar. Försök igen om ${Math.ceil(wait / 60)} minuter.`);
  const bodyRows = await db.select({ id: bodies.id, code: bodies.code }).from(bodies);
  const body = typeof input.body === 'string' ? bodyRows.find((b) => b.code === input.body) : bodyRows.length === 1 ? bodyRows[0] : undefined;
  const [u] = body ? await db.select().from(users).where(and(eq(users.bodyId, body.id), eq(users.username, username))) : [];
  const ok = u && u.active && (await verifyPassword(password, u.passwordHash));
  if (!u || !ok) {
    throttle.fail(username, input.address);
    throw new AppError('unauthenticated', 'Fel användarnamn eller lösenord.');
  }
  if (u.totpEnabled) {
    const code = typeof input.totp === 'string' ? input.totp.trim() : '';
    if (!code) throw new AppError('unauthenticated', 'Ange engångskoden från din autentiseringsapp.', [{ field: 'totp', message: 'engångskod krävs' }]);
    if (!verifyTotp(code, u.totpSecret ?? '')) {
      throttle.fail(username, input.address);
      throw new AppError('unauthenticated', 'Fel engångskod.');
    }
  }
  throttle.succeed(username);
  const token = crypto.randomBytes(32).toString('base64url');
  const csrfToken = crypto.randomBytes(24).toString('base64url');
  const now = clock.now();
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({ id: hashToken(token), bodyId: u.bodyId, userId: u.id, csrfToken, expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000) });
    await recordAudit(tx, { bodyId: u.bodyId, actorId: u.id, action: 'user.login', entityType: 'user', entityId: u.id });
  });
  return { token, csrfToken, user: (await loadUserView(db, u.id))! };
}

export interface SessionInfo { actor: Actor; user: UserView; csrfToken: string; sessionId: string }

export async function loadSession(db: Db, clock: Clock, token: string): Promise<SessionInfo | undefined> {
  const id = hashToken(token);
  const [s] = await db.select().from(sessions).where(and(eq(sessions.id, id), gt(sessions.expiresAt, clock.now())));
  if (!s) return undefined;
  const user = await loadUserView(db, s.userId);
  if (!user || !user.active) return undefined;
  return { actor: actorOf(user, s.bodyId), user, csrfToken: s.csrfToken, sessionId: id };
}

export async function logout(db: Db, session: SessionInfo): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(sessions).set({ expiresAt: new Date(0) }).where(eq(sessions.id, session.sessionId));
    await recordAudit(tx, { bodyId: session.actor.bodyId, actorId: session.actor.userId, action: 'user.logout', entityType: 'user', entityId: session.actor.userId });
  });
}
