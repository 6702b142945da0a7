/**
 * Guards for the public feedback form, which has no session to bind a CSRF token to: a signed, time-limited
 * form token (the form must have been fetched from this site within the last hours, so a foreign page cannot
 * post it blindly), a honeypot field that people leave empty, and a per-address limit on submissions. The key is
 * the installation's 'forms' key (auth/siteKeys.ts), so a form works across restarts and app processes.
 */
import crypto from 'node:crypto';

export const TOKEN_MAX_AGE_MS = 4 * 3600_000;
export const HONEYPOT_FIELD = 'webbplats';

const sign = (key: Buffer, issued: string): string => crypto.createHmac('sha256', key).update(`feedback:${issued}`).digest('base64url');

export function feedbackToken(key: Buffer, now: Date): string {
  const issued = String(now.getTime());
  return `${issued}.${sign(key, issued)}`;
}

export function validFeedbackToken(key: Buffer, token: unknown, now: Date): boolean {
  if (typeof token !== 'string' || token.length > 100) return false;
  const [issued, mac] = token.split('.');
  if (!issued || !mac || !/^\d{1,15}$/.test(issued)) return false;
  const expected = Buffer.from(sign(key, issued));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return false;
  const age = now.getTime() - Number(issued);
  return age >= 0 && age <= TOKEN_MAX_AGE_MS;
}

/** At most `limit` accepted submissions per address within `windowMs` (in memory, per process). */
export class SubmissionLimiter {
  private readonly seen = new Map<string, number[]>();
  constructor(private readonly limit = 5, private readonly windowMs = 15 * 60_000) {}

  /** Records a submission and says whether it is within the limit. */
  allow(address: string, now: number): boolean {
    const recent = (this.seen.get(address) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.seen.set(address, recent);
      return false;
    }
    recent.push(now);
    this.seen.set(address, recent);
    if (this.seen.size > 10_000) {
      for (const [key, times] of this.seen) if (times.every((at) => now - at >= this.windowMs)) this.seen.delete(key);
    }
    return true;
  }
}
