/**
 * The built-in signature provider: the signer re-enters their password, and their TOTP code when two-step
 * verification is on. Evidence: method, time and the PDF hash the user confirmed.
 */
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { users } from '../db/schema/index.ts';
import { verifyPassword } from '../auth/password.ts';
import { totpStep } from '../auth/totp.ts';
import { validationError } from '../domain/errors.ts';
import type { SignatureProvider } from './provider.ts';

export const passwordProvider: SignatureProvider = {
  id: 'password',
  async verify(ex, request) {
    const [u] = await ex.select().from(users).where(and(eq(users.id, request.userId), eq(users.bodyId, request.bodyId)));
    const password = typeof request.credentials.password === 'string' ? request.credentials.password : '';
    if (!password) throw validationError([{ field: 'password', message: 'ange ditt lösenord för att justera' }]);
    if (!u || !u.active || !(await verifyPassword(password, u.passwordHash))) throw validationError([{ field: 'password', message: 'fel lösenord' }]);
    const methods = ['password'];
    if (u.totpEnabled) {
      const code = typeof request.credentials.totp === 'string' ? request.credentials.totp.trim() : '';
      if (!code) throw validationError([{ field: 'totp', message: 'ange engångskoden från din autentiseringsapp' }]);
      const step = totpStep(code, u.totpSecret ?? '');
      if (step === null) throw validationError([{ field: 'totp', message: 'fel engångskod' }]);
      // Each code counts once, for signing as for signing in (the same last accepted step per user).
      const taken = await ex.update(users).set({ totpLastStep: step })
        .where(and(eq(users.id, u.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step)))).returning({ id: users.id });
      if (taken.length !== 1) throw validationError([{ field: 'totp', message: 'engångskoden är redan använd; vänta på nästa kod' }]);
      methods.push('totp');
    }
    return { provider: 'password', evidence: { methods, username: u.username, verifiedAt: request.at.toISOString(), pdfSha256: request.pdfSha256 } };
  },
};
