/**
 * Optional second factor: time-based one-time codes (RFC 6238) as produced by authenticator apps. A code is
 * accepted within one time step either side of now; `totpStep` names the step it belongs to, so that each code is
 * accepted once (the last accepted step is kept per user, users.totp_last_step).
 */
import { authenticator } from 'otplib';

authenticator.options = { window: 1 };

/** Seconds per time step (RFC 6238's default, which authenticator apps use). */
export const TOTP_STEP_SECONDS = 30;

export const newTotpSecret = (): string => authenticator.generateSecret();
export const totpUri = (username: string, secret: string): string => authenticator.keyuri(username, 'Nämnd', secret);
export const verifyTotp = (code: string, secret: string): boolean => totpStep(code, secret) !== null;
export const currentTotp = (secret: string, now = Date.now()): string => authenticator.clone({ epoch: now }).generate(secret);

/** The time step (seconds since the epoch / 30) of a code that is valid at `now`, or null when it is not valid. */
export function totpStep(code: string, secret: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code) || !secret) return null;
  const delta = authenticator.clone({ epoch: now }).checkDelta(code, secret);
  return delta === null ? null : Math.floor(now / 1000 / TOTP_STEP_SECONDS) + delta;
}
