/**
 * /prenumerera — e-mail subscriptions (double opt-in, one-click unsubscribe). The public form has no session:
 * it carries a signed, time-limited form token and a honeypot, and the address is rate limited (rateLimits.ts);
 * confirming and unsubscribing are POSTs authorised by the signed link from the mail, so fetching a link (a
 * mail program's preview) changes nothing. POST /prenumerera/avsluta?t=… is the RFC 8058 one-click target.
 */
import { siteKey } from '../../auth/siteKeys.ts';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/errors.ts';
import { badLinkPage, confirmedPage, confirmPage, subscribePage, subscriptionRequestedPage, unsubscribedPage, unsubscribePage, type SubscribeForm } from '../../portal/subscribePage.ts';
import { portalUrls } from '../../portal/urls.ts';
import { feedbackToken, HONEYPOT_FIELD, validFeedbackToken } from '../../use-cases/public/feedbackGuard.ts';
import {
  checkConfirmation, confirmSubscription, type ConfirmOutcome, requestSubscription, subscribableOrgans, subscriptionOf, unsubscribe,
} from '../../use-cases/subscriptions/subscriptions.ts';
import type { RouteDeps } from './deps.ts';
import { portalBodyOrEmpty, sendPage } from './portalReply.ts';

const FORM_LIMIT = 16 * 1024;
const hidden = { schema: { hide: true }, bodyLimit: FORM_LIMIT };
type Form = Record<string, string | string[]>;
type Query = Record<string, unknown>;

function parseForm(text: string): Form {
  const form: Form = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const seen = form[key];
    form[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return form;
}

const one = (value: unknown): string => (typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '');
const linkStatus = { invalid: 400, expired: 410, gone: 404 } as const;

export async function subscriptionRoutes(app: FastifyInstance, { services, config }: RouteDeps): Promise<void> {
  const base = config.baseUrl.replace(/\/$/, '');
  const now = () => services.clock.now();
  const path = portalUrls.subscribe();

  await app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_LIMIT }, (_req, text, done) => done(null, parseForm(String(text))));

    scope.get<{ Querystring: Query }>(path, hidden, async (r, reply) => {
      const b = await portalBodyOrEmpty(services);
      const organs = b.id ? await subscribableOrgans(services, b.id) : [];
      const preset = one(r.query.organ);
      return sendPage(reply, subscribePage(b.name, { token: feedbackToken(await siteKey(services, 'forms'), now()), organs, values: { email: '', organs: preset ? [preset] : [] }, errors: [] }));
    });

    scope.post<{ Body: Form | undefined }>(path, hidden, async (r, reply) => {
      const b = await portalBodyOrEmpty(services);
      const body = r.body && typeof r.body === 'object' ? r.body : {};
      const chosen = ([] as string[]).concat(body.organ ?? []);
      const organs = b.id ? await subscribableOrgans(services, b.id) : [];
      const key = await siteKey(services, 'forms');
      const again = (status: number, form: Partial<SubscribeForm>) => sendPage(reply, subscribePage(b.name, {
        token: feedbackToken(key, now()), organs, values: { email: one(body.email), organs: chosen }, errors: [], ...form,
      }), status);
      if (!b.id) return again(503, { notice: 'Det går inte att beställa prenumerationer just nu.' });
      if (one(body[HONEYPOT_FIELD])) return again(400, { notice: 'Beställningen kunde inte tas emot. Lämna det sista, dolda fältet tomt och försök igen.' });
      if (!validFeedbackToken(key, one(body.token), now())) return again(400, { notice: 'Formuläret hade hunnit bli för gammalt. Kontrollera uppgifterna och skicka igen.' });
      try {
        const done = await requestSubscription(services, b, { email: one(body.email), organs: chosen, client: r.ip }, base);
        return sendPage(reply, subscriptionRequestedPage(b.name, done.email, done.organs.map((o) => o.name)));
      } catch (error) {
        if (error instanceof AppError && error.code === 'validation') return again(400, { errors: error.errors });
        if (error instanceof AppError && error.code === 'internal') return again(503, { notice: error.message });
        if (error instanceof AppError && error.code === 'rate_limited') return again(429, { notice: error.message });
        throw error;
      }
    });

    scope.get<{ Querystring: Query }>(`${path}/bekrafta`, hidden, async (r, reply) => {
      const b = await portalBodyOrEmpty(services);
      const token = one(r.query.t);
      const check = await checkConfirmation(services, token);
      return check === 'ok' ? sendPage(reply, confirmPage(b.name, token)) : sendPage(reply, badLinkPage(b.name, check), linkStatus[check]);
    });

    scope.post<{ Body: Form | undefined; Querystring: Query }>(`${path}/bekrafta`, hidden, async (r, reply) => {
      const b = await portalBodyOrEmpty(services);
      const result: ConfirmOutcome = b.id ? await confirmSubscription(services, b.id, one(r.body?.t) || one(r.query.t)) : { outcome: 'invalid' };
      if (!('organs' in result)) return sendPage(reply, badLinkPage(b.name, result.outcome), linkStatus[result.outcome]);
      return sendPage(reply, confirmedPage(b.name, result.organs, `${path}/avsluta?t=${result.unsubscribeToken}`));
    });

    scope.get<{ Querystring: Query }>(`${path}/avsluta`, hidden, async (r, reply) => {
      const b = await portalBodyOrEmpty(services);
      const token = one(r.query.t);
      const found = b.id ? await subscriptionOf(services, b.id, token) : undefined;
      return found ? sendPage(reply, unsubscribePage(b.name, token, found.organs)) : sendPage(reply, badLinkPage(b.name, 'gone'), 404);
    });

    // The form's button and mail programs' one-click unsubscribe (RFC 8058: the token in the address).
    scope.post<{ Body: Form | undefined; Querystring: Query }>(`${path}/avsluta`, hidden, async (r, reply) => {
      const b = await portalBodyOrEmpty(services);
      const token = one(r.query.t) || one(r.body?.t);
      const outcome = b.id ? await unsubscribe(services, b.id, token) : 'invalid';
      if (outcome === 'invalid') return sendPage(reply, badLinkPage(b.name, 'invalid'), 400);
      return sendPage(reply, unsubscribedPage(b.name));
    });
  });
}
