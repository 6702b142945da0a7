/**
 * Rendered public pages and feeds kept in memory, so the notice board and meeting pages are served without
 * touching the database on every request. An entry is used only while nothing has been written through this
 * process since it was made (any successful POST, PUT, PATCH or DELETE starts a new generation), the Swedish
 * calendar day is the same (pages show what is current today), and it is younger than a few seconds (writes
 * by other app processes, the command line or background jobs show within that time). Pages that depend on
 * the visitor or the moment (search, forms with their form token) are never kept. A kept page is also kept
 * gzip-compressed, made once on the first request that accepts it, so browsers get a fifth of the bytes at no
 * cost per request (its own ETag; `Vary: Accept-Encoding` on both forms).
 */
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { swedishDate } from '../domain/dates.ts';
import type { Services } from '../use-cases/context.ts';
import { etagOf, matchesEtag, pathOf } from './security.ts';

export const PAGE_CACHE_TTL_MS = 5_000;
const MAX_BYTES = 32 * 1024 * 1024;
const MAX_BODY = 1024 * 1024;
/** How long other requests are served the expired copy while one renders the page anew. */
const REFRESH_WAIT_MS = 10_000;
/** The page's own headers and the security headers (set once when the page is rendered, then replayed). */
const KEPT_HEADERS = [
  'content-type', 'cache-control', 'content-security-policy', 'last-modified', 'x-content-type-options', 'x-frame-options',
  'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy', 'strict-transport-security', 'vary',
] as const;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Pages smaller than this are not worth compressing. */
const MIN_GZIP_BYTES = 1024;

interface Entry {
  /** The page as bytes (encoded once) and every header it is sent with, its ETag included. */
  body: Buffer; headers: Record<string, string>; etag: string; generation: number; day: string; until: number;
  /** The same page gzip-compressed, once a request has accepted it. */
  gzip?: { body: Buffer; headers: Record<string, string>; etag: string };
  /** When one request went to render a fresh copy of this expired entry (others get this one meanwhile). */
  refreshingSince?: number;
}

/** Portal pages and feeds that are the same for every visitor. */
export function cacheablePath(path: string): boolean {
  if (/^\/(app|api|oparl|filer|sok|prenumerera|tillganglighet)(\/|$)/.test(path) || path.endsWith('.pdf')) return false;
  return path === '/anslagstavla' || path.startsWith('/anslagstavla') || /^\/(organ|sammantraden|arenden|overklaga|protokoll\.atom)(\/|$)/.test(path);
}

declare module 'fastify' {
  interface FastifyRequest {
    pageCacheKey?: string;
  }
}

/** Whether the request accepts gzip (and does not refuse it with q=0). */
export function acceptsGzip(request: FastifyRequest): boolean {
  const header = request.headers['accept-encoding'];
  if (typeof header !== 'string') return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((x) => x.trim()).find((x) => x.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/** The entry's gzip form, made on first use; its ETag is the plain one's with a suffix. */
function gzipped(entry: Entry): NonNullable<Entry['gzip']> {
  if (!entry.gzip) {
    const body = gzipSync(entry.body, { level: 6 });
    const etag = `${entry.etag.replace(/"$/, '')}-gzip"`;
    entry.gzip = { body, etag, headers: { ...entry.headers, etag, 'content-encoding': 'gzip' } };
  }
  return entry.gzip;
}

export function installPageCache(app: FastifyInstance, services: Services, ttlMs = PAGE_CACHE_TTL_MS): { clear(): void } {
  const entries = new Map<string, Entry>();
  let generation = 0;
  let bytes = 0;
  const drop = (key: string) => {
    const entry = entries.get(key);
    bytes -= (entry?.body.length ?? 0) + (entry?.gzip?.body.length ?? 0);
    entries.delete(key);
  };
  // The Swedish day, formatted at most once a second (formatting costs as much as the rest of serving a kept page).
  let day = { second: NaN, value: '' };
  const today = () => {
    const now = services.clock.now();
    const second = Math.floor(now.getTime() / 1000);
    if (second !== day.second) day = { second, value: swedishDate(now) };
    return day.value;
  };

  /**
   * Answers from the kept page straight on the socket: its headers are complete (security headers included), so
   * serialisation and the onSend hooks are skipped (the onResponse hooks, the request log line among them, still run).
   */
  function serve(reply: FastifyReply, entry: Entry): void {
    const { request } = reply;
    let form: { body: Buffer; headers: Record<string, string>; etag: string } = entry;
    if (entry.body.length >= MIN_GZIP_BYTES && acceptsGzip(request)) {
      const before = entry.gzip;
      form = gzipped(entry);
      if (!before) bytes += form.body.length;
    }
    const notModified = matchesEtag(request, form.etag);
    const status = notModified ? 304 : 200;
    reply.hijack();
    const raw = reply.raw;
    for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) raw.setHeader(name, value);
    raw.writeHead(status, notModified ? form.headers : { ...form.headers, 'content-length': String(form.body.length) });
    raw.end(notModified ? undefined : form.body);
  }

  app.decorateRequest('pageCacheKey', undefined);
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || !cacheablePath(pathOf(request.url))) return;
    const entry = entries.get(request.url);
    const now = Date.now();
    if (entry && entry.generation === generation && entry.day === today()) {
      // Expired: one request renders afresh while the others are still served this copy (no stampede).
      const fresh = entry.until > now;
      const refreshing = entry.refreshingSince !== undefined && now - entry.refreshingSince < REFRESH_WAIT_MS;
      if (fresh || refreshing) { serve(reply, entry); return; }
      entry.refreshingSince = now;
    } else if (entry) {
      drop(request.url);
    }
    request.pageCacheKey = request.url;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.pageCacheKey || reply.statusCode !== 200 || typeof payload !== 'string' || payload.length > MAX_BODY || reply.hasHeader('set-cookie')) return payload;
    // Kept pages are also sent compressed, so every answer for this address varies by Accept-Encoding.
    reply.header('vary', 'accept-encoding');
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    const etag = String(reply.getHeader('etag') ?? etagOf(payload));
    headers.etag = etag;
    const body = Buffer.from(payload);
    drop(request.pageCacheKey);
    while (entries.size && bytes + body.length > MAX_BYTES) drop(entries.keys().next().value!);
    entries.set(request.pageCacheKey, { body, etag, headers, generation, day: today(), until: Date.now() + ttlMs });
    bytes += body.length;
    return payload;
  });

  app.addHook('onResponse', async (request, reply) => {
    if (UNSAFE.has(request.method) && reply.statusCode < 400) generation += 1;
  });

  return {
    clear: () => {
      entries.clear();
      bytes = 0;
    },
  };
}
