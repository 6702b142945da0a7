/**
 * Session cookie → actor, CSRF check on state-changing requests, and the guard routes use to require login.
 */
import { scopedDb, staffScope } from '../db/readerScope.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import crypto from 'node:crypto';
import { loadSession, type SessionInfo } from '../use-cases/sessions.ts';
import type { Ctx, Services } from '../use-cases/context.ts';
import { AppError } from '../domain/errors.ts';

export const SESSION_COOKIE = 'namnd_session';

declare module 'fastify' {
  interface FastifyRequest { session?: SessionInfo }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Sessions read in the last few seconds, so a burst of requests does not re-read the session, the user and the
 * access rows every time. Logout and account changes in this process clear it at once; in a cluster of app
 * processes, another process notices within SESSION_CACHE_MS.
 */
const SESSION_CACHE_MS = 5_000;
const sessionCache = new Map<string, { info: SessionInfo; until: number }>();

export function forgetSessions(): void {
  sessionCache.clear();
}

async function cachedSession(services: Services, token: string): Promise<SessionInfo | undefined> {
  const now = Date.now();
  const hit = sessionCache.get(token);
  if (hit && hit.until > now) return hit.info;
  const info = await loadSession(services.db, services.clock, token);
  if (sessionCache.size > 10_000) sessionCache.clear();
  if (info) sessionCache.set(token, { info, until: now + SESSION_CACHE_MS });
  else sessionCache.delete(token);
  return info;
}

export function installSessions(app: FastifyInstance, services: Services): void {
  app.decorateRequest('session', undefined);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    request.session = await cachedSession(services, token);
    if (request.session && UNSAFE.has(request.method) && !request.url.startsWith('/api/v1/auth/login')) {
      const sent = request.headers['x-csrf-token'];
      const expected = request.session.csrfToken;
      const ok = typeof sent === 'string' && sent.length === expected.length && crypto.timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
      if (!ok) throw new AppError('csrf', 'Säkerhetstoken saknas eller är fel. Ladda om sidan och försök igen.');
    }
  });
}

/**
 * The use-case context of a logged-in request; 401 otherwise. Its database handle is scoped to the actor, so
 * row-level security hides what the actor may not read even from a query that forgets to (db/readerScope.ts).
 */
export function ctxOf(request: FastifyRequest, services: Services): Ctx {
  if (!request.session) throw new AppError('unauthenticated', 'Du är inte inloggad.');
  const actor = request.session.actor;
  return { ...services, db: scopedDb(services.db, staffScope(actor)), actor };
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 12 * 3600 });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
