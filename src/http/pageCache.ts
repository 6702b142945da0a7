/**
 * Rendered public pages and feeds kept in memory, so the notice board and meeting pages are served without
 * touching the database on every request. An entry is used only while nothing has been written through this
 * process since it was made (any successful POST, PUT, PATCH or DELETE starts a new generation), the Swedish
 * calendar day is the same (pages show what is current today), and it is younger than a few seconds (writes
 * by other app processes, the command line or background jobs show within that time). Pages that depend on
 * the visitor or the moment (search, forms with their form token) are never kept.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
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
  'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy', 'strict-transport-security',
] as const;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface Entry {
  /** The page as bytes (encoded once) and every header it is sent with, its ETag included. */
  body: Buffer; headers: Record<string, string>; etag: string; generation: number; day: string; until: number;
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
    /** The answer is a kept page whose headers, security headers included, are already complete. */
    servedFromPageCache?: boolean;
  }
}

export function installPageCache(app: FastifyInstance, services: Services, ttlMs = PAGE_CACHE_TTL_MS): { clear(): void } {
  const entries = new Map<string, Entry>();
  let generation = 0;
  let bytes = 0;
  const drop = (key: string) => {
    bytes -= entries.get(key)?.body.length ?? 0;
    entries.delete(key);
  };
  const today = () => swedishDate(services.clock.now());

  function serve(reply: FastifyReply, entry: Entry, notModified: boolean): FastifyReply {
    reply.request.servedFromPageCache = true;
    reply.headers(entry.headers);
    return notModified ? reply.status(304).send() : reply.status(200).send(entry.body);
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
      if (fresh || refreshing) return serve(reply, entry, matchesEtag(request, entry.etag));
      entry.refreshingSince = now;
    } else if (entry) {
      drop(request.url);
    }
    request.pageCacheKey = request.url;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.pageCacheKey || reply.statusCode !== 200 || typeof payload !== 'string' || payload.length > MAX_BODY || reply.hasHeader('set-cookie')) return payload;
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
