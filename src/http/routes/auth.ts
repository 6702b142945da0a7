/**
 * /api/v1/auth: login, logout, the current user, the user's own password, and TOTP set-up.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { login, logout } from '../../use-cases/sessions.ts';
import { changeOwnPassword, enableTotp, setupTotp } from '../../use-cases/users.ts';
import { LoginThrottle } from '../../auth/loginThrottle.ts';
import { clearSessionCookie, ctxOf, forgetSessions, setSessionCookie } from '../session.ts';
import { AppError } from '../../domain/errors.ts';
import type { RouteDeps } from './deps.ts';

const LoginBody = Type.Object({ username: Type.String({ maxLength: 200 }), password: Type.String({ maxLength: 200 }), totp: Type.Optional(Type.String({ maxLength: 12 })), body: Type.Optional(Type.String()) });

export async function authRoutes(app: FastifyInstance, { services, config }: RouteDeps): Promise<void> {
  const throttle = new LoginThrottle();
  app.post('/auth/login', { schema: { tags: ['auth'], body: LoginBody } }, async (request, reply) => {
    const body = request.body as { username: string };
    const result = await login(services.db, services.clock, throttle, { ...body, address: request.ip }).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'rate_limited') reply.header('retry-after', String(throttle.retryAfter(body.username.trim(), request.ip)));
      throw error;
    });
    setSessionCookie(reply, result.token, config.secureCookies);
    return { user: result.user, csrfToken: result.csrfToken };
  });
  app.post('/auth/logout', { schema: { tags: ['auth'] } }, async (request, reply) => {
    if (request.session) await logout(services.db, request.session);
    forgetSessions();
    clearSessionCookie(reply, config.secureCookies);
    return reply.status(204).send();
  });
  app.get('/auth/me', { schema: { tags: ['auth'] } }, async (request) => {
    if (!request.session) throw new AppError('unauthenticated', 'Du är inte inloggad.');
    return { user: request.session.user, csrfToken: request.session.csrfToken };
  });
  app.post('/auth/password', {
    schema: {
      tags: ['auth'], summary: 'Change one\'s own password; every other session of the account ends, this one stays signed in',
      body: Type.Object({ currentPassword: Type.String({ maxLength: 200 }), newPassword: Type.String({ maxLength: 200 }) }),
    },
  }, async (request) => {
    const ctx = ctxOf(request, services);
    const result = await changeOwnPassword(ctx, request.session!.sessionId, request.body as { currentPassword: string; newPassword: string });
    forgetSessions();
    return result;
  });
  app.post('/auth/totp/setup', { schema: { tags: ['auth'] } }, async (request) => setupTotp(ctxOf(request, services)));
  app.post('/auth/totp/enable', { schema: { tags: ['auth'], body: Type.Object({ code: Type.String() }) } },
    async (request) => {
      const result = await enableTotp(ctxOf(request, services), (request.body as { code: string }).code);
      forgetSessions();
      return result;
    });
}
