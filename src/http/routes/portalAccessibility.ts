/**
 * /tillganglighet — the accessibility statement and its feedback form. The form posts back to the same address
 * (application/x-www-form-urlencoded, parsed only here); a valid message is registered in the diarium and the
 * answer is a receipt with the document number. A stale or foreign form, a filled honeypot or too many
 * messages from one address are refused with the form shown again and nothing registered.
 */
import { siteKey } from '../../auth/siteKeys.ts';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/errors.ts';
import { accessibilityPage, feedbackReceiptPage, type FeedbackForm } from '../../portal/accessibilityPage.ts';
import { registerAccessibilityFeedback } from '../../use-cases/public/accessibilityFeedback.ts';
import { feedbackToken, HONEYPOT_FIELD, SubmissionLimiter, validFeedbackToken } from '../../use-cases/public/feedbackGuard.ts';
import type { RouteDeps } from './deps.ts';
import { portalBodyOrEmpty, sendPage } from './portalReply.ts';

const FORM_LIMIT = 32 * 1024;

export async function portalAccessibilityRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const limiter = new SubmissionLimiter();
  const now = () => services.clock.now();

  app.get('/tillganglighet', { schema: { hide: true } }, async (_r, reply) => {
    const b = await portalBodyOrEmpty(services);
    return sendPage(reply, accessibilityPage(b.name, { token: feedbackToken(await siteKey(services, 'forms'), now()), values: { name: '', email: '', message: '' }, errors: [] }));
  });

  await app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_LIMIT }, (_req, text, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(text))));
    });

    scope.post<{ Body: Record<string, string> | undefined }>('/tillganglighet', { schema: { hide: true }, bodyLimit: FORM_LIMIT }, async (r, reply) => {
      const b = await portalBodyOrEmpty(services);
      const body = r.body && typeof r.body === 'object' ? r.body : {};
      const values = { name: String(body.name ?? ''), email: String(body.email ?? ''), message: String(body.message ?? '') };
      const key = await siteKey(services, 'forms');
      const again = (status: number, form: Partial<FeedbackForm>) =>
        sendPage(reply, accessibilityPage(b.name, { token: feedbackToken(key, now()), values, errors: [], ...form }), status);

      if (!b.id) return again(503, { notice: 'Det går inte att skicka synpunkter just nu.' });
      if (body[HONEYPOT_FIELD]) return again(400, { notice: 'Meddelandet kunde inte skickas. Lämna det sista, dolda fältet tomt och försök igen.' });
      if (!validFeedbackToken(key, body.token, now())) {
        return again(400, { notice: 'Formuläret hade hunnit bli för gammalt. Kontrollera texten och skicka igen.' });
      }
      if (!limiter.allow(r.ip, now().getTime())) {
        return again(429, { notice: 'Vi har tagit emot många meddelanden från din anslutning. Vänta en stund och försök igen.' });
      }
      try {
        return sendPage(reply, feedbackReceiptPage(b.name, await registerAccessibilityFeedback(services, b.id, values)));
      } catch (error) {
        if (error instanceof AppError && error.code === 'validation') return again(400, { errors: error.errors });
        throw error;
      }
    });
  });
}
