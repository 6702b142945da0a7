/**
 * Per-address request limits (in memory, per process) on what is costly or abusable without logging in: the
 * searches (/sok, /api/v1/search), the open-data API (/oparl) and the public forms (POST /prenumerera…,
 * POST /tillganglighet). Over the limit the answer is 429 with Retry-After: problem+json for the APIs, a Swedish
 * page for the portal. A request is grouped by its normalised path (percent-decoded, lower case, without empty
 * or dot segments), so `/%73ok` or `//sok/` count as `/sok`. The client's address is the connection's peer, or,
 * behind proxies listed in TRUSTED_PROXIES, the nearest untrusted address in X-Forwarded-For (app.ts). No address
 * is exempt unless `exemptLoopback` is set (benchmarks and tests that need no limits say so explicitly).
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './problems.ts';
import { STYLESHEET_URL } from '../portal/assets.ts';

export interface Limit { max: number; windowMs: number }
export interface RateLimits { search: Limit; oparl: Limit; forms: Limit; exemptLoopback: boolean }

export const DEFAULT_RATE_LIMITS: RateLimits = {
  search: { max: 60, windowMs: 60_000 },
  oparl: { max: 600, windowMs: 60_000 },
  forms: { max: 10, windowMs: 10 * 60_000 },
  exemptLoopback: false,
};

type Group = keyof Omit<RateLimits, 'exemptLoopback'>;

/** Decodes %XX byte by byte (even where the whole would not be valid UTF-8), until nothing is left to decode. */
function percentDecoded(path: string): string {
  let current = path;
  for (let round = 0; round < 5; round += 1) {
    const next = current.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * The path a request is grouped by: without query or fragment, percent-decoded, in lower case, with backslashes
 * as slashes, empty segments (duplicate and trailing slashes) and dot segments resolved. It may match more
 * spellings than the router serves (it is case-sensitive); limiting those too is harmless.
 */
export function normalisedPath(url: string): string {
  const raw = url.split('?')[0]!.split('#')[0]!;
  const segments: string[] = [];
  for (const segment of percentDecoded(raw).toLowerCase().replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join('/')}`;
}

/** Which limit a request counts against, if any (`path` normalised as by normalisedPath). */
export function limitGroup(method: string, path: string): Group | undefined {
  if (path === '/sok' || path === '/api/v1/search') return 'search';
  if (path === '/oparl' || path.startsWith('/oparl/')) return 'oparl';
  if (method === 'POST' && (path === '/tillganglighet' || path === '/prenumerera')) return 'forms';
  return undefined;
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/** A Swedish page for a portal visitor who asked too often. */
export function tooManyRequestsPage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>För många förfrågningar</title><link rel="stylesheet" href="${STYLESHEET_URL}"></head>
<body><main id="innehall" class="wrap">
<h1>För många förfrågningar</h1>
<p>Vi har fått många förfrågningar från din anslutning på kort tid. Vänta ${minutes === 1 ? 'en minut' : `${minutes} minuter`} och försök igen.</p>
<p><a href="/anslagstavla">Till anslagstavlan</a></p>
</main></body>
</html>
`;
}

function refuse(request: FastifyRequest, reply: FastifyReply, path: string, retryAfter: number): FastifyReply {
  reply.header('retry-after', String(retryAfter)).header('cache-control', 'no-store');
  if (path.startsWith('/api/') || path.startsWith('/oparl')) {
    return sendProblem(reply, 'rate_limited', `För många anrop från din adress. Försök igen om ${retryAfter} sekunder.`);
  }
  return reply.status(429).type('text/html; charset=utf-8').send(tooManyRequestsPage(retryAfter));
}

export async function installRateLimits(app: FastifyInstance, limits: RateLimits = DEFAULT_RATE_LIMITS): Promise<void> {
  await app.register(rateLimit, { global: false });
  const check = {
    search: app.createRateLimit({ max: limits.search.max, timeWindow: limits.search.windowMs, keyGenerator: (r) => `search:${r.ip}` }),
    oparl: app.createRateLimit({ max: limits.oparl.max, timeWindow: limits.oparl.windowMs, keyGenerator: (r) => `oparl:${r.ip}` }),
    forms: app.createRateLimit({ max: limits.forms.max, timeWindow: limits.forms.windowMs, keyGenerator: (r) => `forms:${r.ip}` }),
  };
  app.addHook('onRequest', async (request, reply) => {
    const path = normalisedPath(request.url);
    const group = limitGroup(request.method, path);
    if (!group || (limits.exemptLoopback && LOOPBACK.test(request.ip))) return;
    const result = await check[group](request);
    if (result.isAllowed || !result.isExceeded) return;
    return refuse(request, reply, path, Math.max(1, result.ttlInSeconds));
  });
}
