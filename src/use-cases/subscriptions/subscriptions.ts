/**
 * E-mail subscriptions to an organ's meetings and minutes, with double opt-in: a request only sends a
 * confirmation link (nothing is stored); opening it and confirming stores the address with its organs; the
 * link in every mail (and its one-click form, RFC 8058) deletes the row. Read and written without an actor;
 * audit events name the subscription, never the address.
 */
import { and, eq, inArray } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { AppError, type FieldError } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import { mailboxKey } from '../../domain/mailbox.ts';
import { organSlug, portalUrls } from '../../portal/urls.ts';
import type { Services } from '../context.ts';
import { listPortalOrgans } from '../public/portalOrgans.ts';
import { CONFIRMATION_HOURS, confirmationToken, readConfirmationToken, readUnsubscribeToken, subscriptionKey, tokenHash, unsubscribeToken } from './tokens.ts';

export interface SubscribableOrgan { id: string; slug: string; name: string }

/** The organs one can subscribe to, in the portal's order. */
export async function subscribableOrgans(services: Services, bodyId: string): Promise<SubscribableOrgan[]> {
  return (await listPortalOrgans(services, bodyId)).map((o) => ({ id: o.id, slug: organSlug(o.code), name: o.name }));
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

export interface ConfirmationLimits {
  /** One confirmation mail per mailbox (mailboxKey: +tags, dots, case, trailing dot, IDN joined) this often. */
  perMailboxMs: number;
  /** Confirmation mails asked for from one client address within `windowMs`. */
  perClient: number;
  /** Confirmation mails of the whole installation within `windowMs`. */
  overall: number;
  windowMs: number;
}

export const DEFAULT_CONFIRMATION_LIMITS: ConfirmationLimits = { perMailboxMs: 10 * 60_000, perClient: 5, overall: 200, windowMs: 3600_000 };

/**
 * Confirmation mails go to an address a stranger typed: they are throttled per mailbox (quietly — the answer is the
 * same, so the form tells nobody whether an address was asked for lately), per client address and per hour
 * overall (both answered "try again later"). In memory, per process.
 */
export class ConfirmationThrottle {
  private mailboxes = new Map<string, number>();
  private clients = new Map<string, number[]>();
  private all: number[] = [];

  constructor(private readonly limits: ConfirmationLimits = DEFAULT_CONFIRMATION_LIMITS) {}

  /** Takes a place for a mail to `email` asked for by `client`, or names the limit that refuses it. */
  take(email: string, client: string, now: number): 'ok' | 'mailbox' | 'client' | 'overall' {
    const { perMailboxMs, perClient, overall, windowMs } = this.limits;
    const key = mailboxKey(email);
    const last = this.mailboxes.get(key);
    if (last !== undefined && now - last < perMailboxMs) return 'mailbox';
    this.all = this.all.filter((t) => now - t < windowMs);
    if (this.all.length >= overall) return 'overall';
    const fromClient = (this.clients.get(client) ?? []).filter((t) => now - t < windowMs);
    if (fromClient.length >= perClient) return 'client';
    if (this.mailboxes.size > 10_000) for (const [k, at] of this.mailboxes) if (now - at >= perMailboxMs) this.mailboxes.delete(k);
    if (this.clients.size > 10_000) for (const [k, times] of this.clients) if (times.every((t) => now - t >= windowMs)) this.clients.delete(k);
    this.mailboxes.set(key, now);
    this.clients.set(client, [...fromClient, now]);
    this.all.push(now);
    return 'ok';
  }

  /** Gives the place back (the mail could not be sent). */
  release(email: string, client: string, now: number): void {
    this.mailboxes.delete(mailboxKey(email));
    const fromClient = this.clients.get(client);
    const i = fromClient?.lastIndexOf(now) ?? -1;
    if (i >= 0) fromClient!.splice(i, 1);
    const j = this.all.lastIndexOf(now);
    if (j >= 0) this.all.splice(j, 1);
  }
}

const confirmationThrottle = new ConfirmationThrottle();

export interface SubscribeInput {
  email?: unknown; organs?: unknown;
  /** The client's address (rate limits; never stored). */
  client?: string;
}
export interface SubscribeResult { email: string; organs: SubscribableOrgan[] }

export function checkSubscribeInput(input: SubscribeInput, organs: readonly SubscribableOrgan[]): SubscribeResult {
  const errors: FieldError[] = [];
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
  if (!email) errors.push({ field: 'email', message: 'ange din e-postadress' });
  else if (email.length > 254 || !EMAIL.test(email)) errors.push({ field: 'email', message: 'ange en e-postadress på formen namn@exempel.se' });
  const wanted = new Set((Array.isArray(input.organs) ? input.organs : [input.organs]).filter((o): o is string => typeof o === 'string'));
  const chosen = organs.filter((o) => wanted.has(o.slug));
  if (chosen.length === 0) errors.push({ field: 'organ', message: 'välj minst ett organ' });
  if (errors.length) throw new AppError('validation', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  return { email, organs: chosen };
}

/**
 * Sends the confirmation link (unless one went to the same mailbox within the last minutes: then nothing is sent
 * and the answer is the same). Stores nothing. Too many requests from the client or overall: rate_limited.
 */
export async function requestSubscription(
  services: Services, body: { id: string; name: string }, input: SubscribeInput, baseUrl: string, throttle?: ConfirmationThrottle,
): Promise<SubscribeResult> {
  const checked = checkSubscribeInput(input, await subscribableOrgans(services, body.id));
  if (!services.mailer) throw new AppError('internal', 'E-post kan inte skickas från webbplatsen just nu.');
  const now = services.clock.now();
  const client = input.client ?? 'unknown';
  const place = (throttle ?? confirmationThrottle).take(checked.email, client, now.getTime());
  if (place === 'mailbox') return checked;
  if (place !== 'ok') throw new AppError('rate_limited', 'Många har beställt prenumerationer på kort tid. Försök igen om en stund.');
  const key = await subscriptionKey(services);
  const token = confirmationToken(key, { email: checked.email, organIds: checked.organs.map((o) => o.id), expiresAt: now.getTime() + CONFIRMATION_HOURS * 3600_000 });
  const link = `${baseUrl}${portalUrls.subscribe()}/bekrafta?t=${token}`;
  const names = checked.organs.map((o) => o.name).join(', ');
  try {
    await services.mailer.send({
      to: [checked.email], subject: `Bekräfta din prenumeration – ${body.name}`,
      text: [
        'Hej!', '',
        `Någon, förhoppningsvis du, har bett om e-post från ${body.name} när dessa organ kallar till sammanträde och när deras protokoll justeras:`,
        names, '',
        `Bekräfta prenumerationen inom ${CONFIRMATION_HOURS} timmar genom att öppna länken och trycka på knappen:`, link, '',
        'Har du inte bett om detta kan du bortse från brevet. Ingenting sparas om du inte bekräftar.',
      ].join('\n'),
    });
  } catch {
    (throttle ?? confirmationThrottle).release(checked.email, client, now.getTime());
    throw new AppError('internal', 'Brevet kunde inte skickas just nu. Försök igen om en stund.');
  }
  return checked;
}

export type ConfirmOutcome = { outcome: 'confirmed' | 'unchanged'; organs: string[]; unsubscribeToken: string } | { outcome: 'invalid' | 'expired' };

/** Checks a confirmation link without changing anything (the page asks the visitor to press "Bekräfta"). */
export async function checkConfirmation(services: Services, token: unknown): Promise<'ok' | 'invalid' | 'expired'> {
  const read = readConfirmationToken(await subscriptionKey(services), token, services.clock.now());
  return read.ok ? 'ok' : read.reason;
}

export async function confirmSubscription(services: Services, bodyId: string, token: unknown): Promise<ConfirmOutcome> {
  const key = await subscriptionKey(services);
  const read = readConfirmationToken(key, token, services.clock.now());
  if (!read.ok) return { outcome: read.reason };
  const hash = tokenHash(token as string);
  return services.db.transaction(async (tx) => {
    const organs = read.value.organIds.filter(isUuid).length
      ? await tx.select({ id: t.organs.id, name: t.organs.name }).from(t.organs).where(and(eq(t.organs.bodyId, bodyId), inArray(t.organs.id, read.value.organIds.filter(isUuid))))
      : [];
    if (organs.length === 0) return { outcome: 'invalid' } as const;
    const [existing] = await tx.select().from(t.subscriptions).where(and(eq(t.subscriptions.bodyId, bodyId), eq(t.subscriptions.email, read.value.email))).for('update');
    if (existing?.tokenHash === hash) return { outcome: 'unchanged', organs: organs.map((o) => o.name), unsubscribeToken: unsubscribeToken(key, existing.id) } as const;
    const values = { organIds: organs.map((o) => o.id), confirmedAt: services.clock.now(), tokenHash: hash };
    const [row] = existing
      ? await tx.update(t.subscriptions).set(values).where(eq(t.subscriptions.id, existing.id)).returning({ id: t.subscriptions.id })
      : await tx.insert(t.subscriptions).values({ bodyId, email: read.value.email, ...values }).returning({ id: t.subscriptions.id });
    await recordAudit(tx, { bodyId, actorId: null, action: existing ? 'subscription.change' : 'subscription.confirm', entityType: 'subscription', entityId: row!.id, details: { organs: organs.length } });
    return { outcome: 'confirmed', organs: organs.map((o) => o.name), unsubscribeToken: unsubscribeToken(key, row!.id) } as const;
  });
}

/** The organs a subscription covers (for the unsubscribe page), or undefined when the link is not valid or is used. */
export async function subscriptionOf(services: Services, bodyId: string, token: unknown): Promise<{ organs: string[] } | undefined> {
  const id = readUnsubscribeToken(await subscriptionKey(services), token);
  if (!id) return undefined;
  const [row] = await services.db.select({ organIds: t.subscriptions.organIds }).from(t.subscriptions).where(and(eq(t.subscriptions.id, id), eq(t.subscriptions.bodyId, bodyId)));
  if (!row) return undefined;
  const names = row.organIds.length ? await services.db.select({ name: t.organs.name }).from(t.organs).where(inArray(t.organs.id, row.organIds)) : [];
  return { organs: names.map((n) => n.name) };
}

/** Deletes the subscription the link names: 'removed', 'gone' (already removed) or 'invalid' (not our link). */
export async function unsubscribe(services: Services, bodyId: string, token: unknown): Promise<'removed' | 'gone' | 'invalid'> {
  const id = readUnsubscribeToken(await subscriptionKey(services), token);
  if (!id) return 'invalid';
  return services.db.transaction(async (tx) => {
    const deleted = await tx.delete(t.subscriptions).where(and(eq(t.subscriptions.id, id), eq(t.subscriptions.bodyId, bodyId))).returning({ id: t.subscriptions.id });
    if (deleted.length === 0) return 'gone';
    await recordAudit(tx, { bodyId, actorId: null, action: 'subscription.delete', entityType: 'subscription', entityId: id });
    return 'removed';
  });
}
