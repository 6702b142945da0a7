/**
 * Rendered public pages and feeds kept in memory, so the notice board and meeting pages are served without
 * touching the database on every request. An entry is used only while nothing has been written through this
 * process since it was made (any successful POST, PUT, PATCH or DELETE starts a new generation), the Swedish
 * calendar day is the same (pages show what is current today), and it is younger than a few seconds (writes
 * by other app processes, the command line or background jobs show within that time). Pages that depend on
 * the visitor or the moment (search, forms with their form token) are never kept. A kept page is also kept
 * compressed — Brotli and gzip, each made once on the first request that accepts it and kept while the page
 * renders to the same bytes — so browsers get a fifth of the bytes at no cost per request (each form its own
 * ETag; `Vary: Accept-Encoding` on all).
 *
 * A change of what the public may see of documents (a web publication withdrawn, R-PUB-1) must not wait for the
 * few seconds: it empties the kept pages of this process when its transaction commits, whichever way it was
 * made (`use-cases/publication/changes.ts`), and those of the other server processes through PostgreSQL's
 * LISTEN/NOTIFY. A page rendered while such a change committed is not kept, as it may show the old state.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import pg from 'pg';
import { swedishDate } from '../domain/dates.ts';
import type { Services } from '../use-cases/context.ts';
import { acceptsCoding, brotliInBackground, compressSync, type Coding } from './encoding.ts';
import { etagOf, matchesEtag, pathOf } from './security.ts';
import { onPublicChange, PUBLIC_CHANGE_CHANNEL } from '../use-cases/publication/changes.ts';

const PgClient = pg.Client;

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
const MIN_COMPRESS_BYTES = 1024;

/** A page's bytes in one coding and every header they are sent with, their ETag included. */
interface Form { body: Buffer; headers: Record<string, string>; etag: string }

interface Entry extends Form {
  generation: number; day: string; until: number;
  /** The same page compressed, once a request has accepted the coding (kept over renders of the same page). */
  gzip?: Form; br?: Form; brotliPending?: boolean;
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
    /** The kept copy this request renders anew (expired or outdated): its compressed forms may still hold. */
    pageCacheBefore?: unknown;
    /** The cache's generation when this request began: its page is kept only if nothing changed meanwhile. */
    pageCacheGeneration?: number;
  }
}

/** The entry's gzip form, made on first use (under a millisecond); its ETag is the plain one's with a suffix. */
function gzipped(entry: Entry): Form {
  if (!entry.gzip) entry.gzip = formOf(entry, 'gzip', compressSync(entry.body, 'gzip'));
  return entry.gzip;
}

function formOf(entry: Entry, coding: Coding, body: Buffer): Form {
  const etag = `${entry.etag.replace(/"$/, '')}-${coding}"`;
  return { body, etag, headers: { ...entry.headers, etag, 'content-encoding': coding } };
}

/**
 * Starts making the entry's Brotli form at the highest quality, a seventh smaller than gzip but tens of
 * milliseconds of work for a long page: it runs on the thread pool, and requests get gzip until it is there.
 */
function startBrotli(entry: Entry, done: (form: Form) => void): void {
  if (entry.br || entry.brotliPending) return;
  entry.brotliPending = true;
  brotliInBackground(entry.body, (error, body) => {
    entry.brotliPending = false;
    if (error) return;
    entry.br = formOf(entry, 'br', body);
    done(entry.br);
  });
}

const sameHeaders = (a: Record<string, string>, b: Record<string, string>): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([name, value]) => b[name] === value);

/** The connection settings of the PostgreSQL pool behind `db` (possibly wrapped by a scoping pool), if any. */
function poolOptions(services: Services): (pg.PoolConfig & { max?: number }) | undefined {
  const client = (services.db as unknown as { $client?: { options?: pg.PoolConfig; pool?: { options?: pg.PoolConfig } } }).$client;
  return client?.options ?? client?.pool?.options;
}

/**
 * Hears public changes committed by other server processes (LISTEN on a connection of its own, outside the pool),
 * while the app runs. Only on a PostgreSQL server: the embedded store has a single connection and is served by
 * one process, where the in-process signal is enough. If the connection is lost it listens again on a new one
 * (and treats the gap as a change); meanwhile kept pages still expire after their few seconds.
 */
function listenToOtherProcesses(app: FastifyInstance, services: Services, changed: () => void): void {
  const options = poolOptions(services);
  if (!options || (options.max ?? 10) <= 1) return;
  let client: pg.Client | undefined;
  let closing = false;
  let retry: NodeJS.Timeout | undefined;
  const again = () => { if (!closing) retry = setTimeout(() => void connect(), 1000); };
  const connect = async (): Promise<void> => {
    const c = new PgClient({ ...options });
    c.on('error', () => {
      if (client === c) client = undefined;
      void c.end().catch(() => undefined);
      changed(); // notifications may have been missed
      again();
    });
    c.on('notification', (message) => { if (message.channel === PUBLIC_CHANGE_CHANNEL) changed(); });
    try {
      await c.connect();
      await c.query(`LISTEN ${PUBLIC_CHANGE_CHANNEL}`);
      if (closing) { await c.end(); return; }
      client = c;
    } catch {
      await c.end().catch(() => undefined);
      again();
    }
  };
  const ready = connect();
  app.addHook('onReady', async () => { await ready; });
  app.addHook('onClose', async () => {
    closing = true;
    if (retry) clearTimeout(retry);
    await ready;
    const c = client;
    client = undefined;
    await c?.end().catch(() => undefined);
  });
}

export function installPageCache(app: FastifyInstance, services: Services, ttlMs = PAGE_CACHE_TTL_MS): { clear(): void } {
  const entries = new Map<string, Entry>();
  let generation = 0;
  let bytes = 0;
  // What the public may see changed (e.g. a withdrawn publication): no kept page may be served any more.
  const publicChange = () => { generation += 1; };
  const unsubscribe = onPublicChange(publicChange);
  app.addHook('onClose', async () => { unsubscribe(); });
  listenToOtherProcesses(app, services, publicChange);
  const sizeOf = (entry: Entry | undefined) => (entry?.body.length ?? 0) + (entry?.gzip?.body.length ?? 0) + (entry?.br?.body.length ?? 0);
  const drop = (key: string) => {
    bytes -= sizeOf(entries.get(key));
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
    let form: Form = entry;
    if (entry.body.length >= MIN_COMPRESS_BYTES) {
      if (acceptsCoding(request, 'br')) {
        if (entry.br) form = entry.br;
        else startBrotli(entry, (made) => { if (entries.get(request.url) === entry) bytes += made.body.length; });
      }
      if (form === entry && acceptsCoding(request, 'gzip')) {
        const before = entry.gzip;
        form = gzipped(entry);
        if (!before) bytes += form.body.length;
      }
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
  app.decorateRequest('pageCacheBefore', undefined);
  app.decorateRequest('pageCacheGeneration', undefined);
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
    request.pageCacheBefore = entry;
    request.pageCacheGeneration = generation;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.pageCacheKey || reply.statusCode !== 200 || typeof payload !== 'string' || payload.length > MAX_BODY || reply.hasHeader('set-cookie')) return payload;
    // Something changed while this page rendered: it may show the state before, so it is sent but not kept.
    if (request.pageCacheGeneration !== generation) return payload;
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
    // Rendered to the same bytes with the same headers: the compressed forms made before still hold.
    const before = request.pageCacheBefore as Entry | undefined;
    const same = before && before.etag === etag && sameHeaders(before.headers, headers);
    const entry: Entry = { body, etag, headers, generation, day: today(), until: Date.now() + ttlMs, gzip: same ? before.gzip : undefined, br: same ? before.br : undefined };
    drop(request.pageCacheKey);
    while (entries.size && bytes + sizeOf(entry) > MAX_BYTES) drop(entries.keys().next().value!);
    entries.set(request.pageCacheKey, entry);
    bytes += sizeOf(entry);
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
