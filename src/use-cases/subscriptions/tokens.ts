/**
 * The links of e-mail subscriptions. A confirmation link carries the request itself (address, organs, expiry),
 * signed with the installation's key, so nothing is stored until the address is confirmed (double opt-in); an
 * unsubscribe link carries the subscription's id, signed. The key is made on first use and kept in the
 * database (site_keys), so links work across restarts and app processes.
 */
import crypto from 'node:crypto';
import { siteKey } from '../../auth/siteKeys.ts';
import type { Services } from '../context.ts';

/** How long a confirmation link works. */
export const CONFIRMATION_HOURS = 48;

export interface SubscriptionRequest { email: string; organIds: string[]; expiresAt: number }

/** The installation's signing key for subscription links (created once, shared by every process). */
export const subscriptionKey = (services: Services): Promise<Buffer> => siteKey(services, 'subscriptions');

const mac = (key: Buffer, purpose: string, text: string): string => crypto.createHmac('sha256', key).update(`${purpose}.${text}`).digest('base64url');

function sameMac(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export function confirmationToken(key: Buffer, request: SubscriptionRequest): string {
  const payload = Buffer.from(JSON.stringify({ e: request.email, o: request.organIds, x: request.expiresAt })).toString('base64url');
  return `${payload}.${mac(key, 'confirm', payload)}`;
}

export type TokenCheck<T> = { ok: true; value: T } | { ok: false; reason: 'invalid' | 'expired' };

export function readConfirmationToken(key: Buffer, token: unknown, now: Date): TokenCheck<SubscriptionRequest> {
  if (typeof token !== 'string' || token.length > 4000) return { ok: false, reason: 'invalid' };
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || !sameMac(mac(key, 'confirm', payload), signature)) return { ok: false, reason: 'invalid' };
  let data: { e?: unknown; o?: unknown; x?: unknown };
  try {
    data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof data;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (typeof data.e !== 'string' || !Array.isArray(data.o) || !data.o.every((o) => typeof o === 'string') || typeof data.x !== 'number') {
    return { ok: false, reason: 'invalid' };
  }
  if (now.getTime() > data.x) return { ok: false, reason: 'expired' };
  return { ok: true, value: { email: data.e, organIds: data.o as string[], expiresAt: data.x } };
}

export function unsubscribeToken(key: Buffer, subscriptionId: string): string {
  return `${subscriptionId}.${mac(key, 'unsubscribe', subscriptionId)}`;
}

/** The subscription id an unsubscribe token names, or undefined when it was not made here. */
export function readUnsubscribeToken(key: Buffer, token: unknown): string | undefined {
  if (typeof token !== 'string' || token.length > 200) return undefined;
  const [id, signature, extra] = token.split('.');
  if (!id || !signature || extra !== undefined || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
  return sameMac(mac(key, 'unsubscribe', id), signature) ? id : undefined;
}

export const tokenHash = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');
