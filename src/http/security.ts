/**
 * Security and caching headers on every response. Each kind of answer gets its own content security policy:
 * the public portal runs no script at all, the staff app under /app/ runs only its own bundle, the API
 * documentation its own assets, and data (JSON, feeds, files) nothing; none may be framed by another site.
 * Public GET pages and feeds carry an ETag and answer 304 when the client already has them. Whatever is answered
 * to a signed-in user, every API answer and every answer that sets a cookie is `no-store`: it may hold secret
 * material or a CSRF token, and must not be kept on disk by the browser or by any cache on the way.
 */
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const CSP = {
  portal: "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  staffApp: "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; "
    + "frame-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  apiDocs: "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
    + "form-action 'self'; frame-ancestors 'none'",
  data: "default-src 'none'; frame-ancestors 'none'",
} as const;

const PERMISSIONS = 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/** The path of a request without its query string. */
export const pathOf = (url: string): string => url.split('?')[0]!;

function policyFor(path: string, contentType: string): string {
  if (path === '/app' || path.startsWith('/app/')) return CSP.staffApp;
  if (path.startsWith('/api/docs')) return CSP.apiDocs;
  return contentType.startsWith('text/html') ? CSP.portal : CSP.data;
}

/** A strong validator for a body: its SHA-256, shortened. */
export function etagOf(body: string | Buffer): string {
  return `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** Whether the request's If-None-Match names `etag` (weak or strong, or "*"). */
export function matchesEtag(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').map((m) => m.trim().replace(/^W\//, '')).some((m) => m === etag || m === '*');
}

export interface Cacheable {
  body: string | Buffer;
  type: string;
  cacheControl: string;
  lastModified?: Date | null;
}

/** Answers content with an ETag (and Last-Modified), or 304 when the client's copy is current. */
export function sendCacheable(request: FastifyRequest, reply: FastifyReply, content: Cacheable): FastifyReply {
  const etag = etagOf(content.body);
  reply.header('etag', etag).header('cache-control', content.cacheControl);
  if (content.lastModified) reply.header('last-modified', content.lastModified.toUTCString());
  if (matchesEtag(request, etag)) return reply.status(304).send();
  return reply.type(content.type).send(content.body);
}

const isPortalPage = (request: FastifyRequest, reply: FastifyReply, path: string): boolean =>
  request.method === 'GET' && reply.statusCode === 200 && !path.startsWith('/app') && !path.startsWith('/api/')
  && String(reply.getHeader('content-type') ?? '').startsWith('text/html') && !reply.hasHeader('set-cookie');

/** Answers no cache may keep: the API (login, the session's user and CSRF token, private files), a signed-in user's. */
export const isPrivateAnswer = (request: FastifyRequest, reply: FastifyReply, path: string): boolean =>
  request.session !== undefined || path === '/api/v1' || path.startsWith('/api/v1/') || reply.hasHeader('set-cookie');

/** Public portal pages may be cached briefly by browsers and proxies; they change when the board or a meeting does. */
export const PAGE_CACHE_CONTROL = 'public, max-age=60';

export function installSecurityHeaders(app: FastifyInstance, options: { https: boolean }): void {
  const common: Record<string, string> = {
    'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'same-origin',
    'permissions-policy': PERMISSIONS, 'cross-origin-opener-policy': 'same-origin',
    ...(options.https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
  app.addHook('onSend', async (request, reply, payload) => {
    const path = pathOf(request.url);
    const contentType = String(reply.getHeader('content-type') ?? '');
    const existing = reply.getHeader('content-security-policy');
    if (!existing) reply.header('content-security-policy', policyFor(path, contentType));
    else if (!String(existing).includes('frame-ancestors')) reply.header('content-security-policy', `${String(existing)}; frame-ancestors 'none'`);
    reply.headers(common);
    if (isPrivateAnswer(request, reply, path)) {
      reply.header('cache-control', 'no-store');
      return payload;
    }

    // Server-rendered portal pages: a validator and a short public lifetime instead of "no-cache".
    if (isPortalPage(request, reply, path) && typeof payload === 'string' && !reply.hasHeader('etag')) {
      const etag = etagOf(payload);
      reply.header('etag', etag);
      if (reply.getHeader('cache-control') === 'no-cache') reply.header('cache-control', PAGE_CACHE_CONTROL);
      if (matchesEtag(request, etag)) {
        reply.status(304);
        return '';
      }
    }
    return payload;
  });
}
