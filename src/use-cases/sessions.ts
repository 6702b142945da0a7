/**
 * Login, logout and loading the actor of a session cookie. Tokens are random; only their sha-256 is stored.
 */
import crypto from 'node:crypto';
import { and, eq, gt, isNull, lt, ne, or } from 'drizzle-orm';
import { bodies, sessions, userOrganAccess, users } from '../db/schema/index.ts';
import type { Db, Tx } from '../db/client.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { checkPassword } from '../auth/password.ts';
import { totpStep } from '../auth/totp.ts';
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

/**
 * Accepts a one-time code once: records its time step unless this or a later step was accepted before. The
 * conditional UPDATE holds under concurrent logins with the same code (the second waits for the first's row lock
 * and then finds the step taken). False when the code was used already.
 */
export async function acceptTotpStep(db: Db | Tx, userId: string, step: number): Promise<boolean> {
  const taken = await db.update(users).set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return taken.length === 1;
}

/**
 * Signs in. The password is checked with the same cost whether or not the username exists (no enumeration by
 * time); failures are throttled per client address (auth/loginThrottle.ts), never by locking the account.
 */
export async function login(db: Db, clock: Clock, throttle: LoginThrottle, input: LoginInput): Promise<{ token: string; csrfToken: string; user: UserView }> {
  const username = typeof input.username === 'string' ? input.username.trim() : '';
  const password = typeof input.password === 'string' ? input.password : '';
  const wait = throttle.retryAfter(username, input.address);
  if (wait > 0) throw new AppError('rate_limited', `För många misslyckade inloggningar. Försök igen om ${Math.ceil(wait / 60)} minuter.`);
  const bodyRows = await db.select({ id: bodies.id, code: bodies.code }).from(bodies);
  const body = typeof input.body === 'string' ? bodyRows.find((b) => b.code === input.body) : bodyRows.length === 1 ? bodyRows[0] : undefined;
  const [u] = body ? await db.select().from(users).where(and(eq(users.bodyId, body.id), eq(users.username, username))) : [];
  const ok = await checkPassword(password, u?.active ? u.passwordHash : undefined);
  if (!u || !ok) {
    throttle.fail(username, input.address);
    throw new AppError('unauthenticated', 'Fel användarnamn eller lösenord.');
  }
  let totpStepAccepted: number | null = null;
  if (u.totpEnabled) {
    const code = typeof input.totp === 'string' ? input.totp.trim() : '';
    if (!code) throw new AppError('unauthenticated', 'Ange engångskoden från din autentiseringsapp.', [{ field: 'totp', message: 'engångskod krävs' }]);
    totpStepAccepted = totpStep(code, u.totpSecret ?? '');
    if (totpStepAccepted === null) {
      throttle.fail(username, input.address);
      throw new AppError('unauthenticated', 'Fel engångskod.');
    }
  }
  const token = crypto.randomBytes(32).toString('base64url');
  const csrfToken = crypto.randomBytes(24).toString('base64url');
  const now = clock.now();
  await db.transaction(async (tx) => {
    if (totpStepAccepted !== null && !(await acceptTotpStep(tx, u.id, totpStepAccepted))) {
      throw new AppError('unauthenticated', 'Engångskoden har redan använts. Vänta på nästa kod i din autentiseringsapp.', [{ field: 'totp', message: 'koden har redan använts' }]);
    }
    await tx.insert(sessions).values({ id: hashToken(token), bodyId: u.bodyId, userId: u.id, csrfToken, expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000) });
    await recordAudit(tx, { bodyId: u.bodyId, actorId: u.id, action: 'user.login', entityType: 'user', entityId: u.id });
  });
  throttle.succeed(username, input.address);
  return { token, csrfToken, user: (await loadUserView(db, u.id))! };
}

/**
 * Ends the user's sessions (password changed or reset, second factor reset, account deactivated), except
 * `keepSessionId` when given (the user who changed their own password stays signed in where they did it).
 */
export async function endSessions(tx: Db | Tx, userId: string, keepSessionId?: string): Promise<number> {
  const ended = await tx.delete(sessions)
    .where(keepSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)) : eq(sessions.userId, userId))
    .returning({ id: sessions.id });
  return ended.length;
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
