/**
 * Builds the HTTP application: API v1, OpenAPI docs, health checks and the staff web app.
 */
import { stopRenderer } from '../documents/typst.ts';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { sql } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { Services } from '../use-cases/context.ts';
import { installProblemHandlers, sendProblem } from './problems.ts';
import { installSessions } from './session.ts';
import { PUBLIC_SCOPE, scopedDb } from '../db/readerScope.ts';
import { authRoutes } from './routes/auth.ts';
import { organisationRoutes } from './routes/organisation.ts';
import { caseRoutes } from './routes/cases.ts';
import { documentRoutes } from './routes/documents.ts';
import { publicationRoutes } from './routes/publications.ts';
import { auditRoutes } from './routes/audit.ts';
import { meetingRoutes, noteRoutes } from './routes/meetings.ts';
import { reportRoutes } from './routes/reports.ts';
import { conductRoutes } from './routes/conduct.ts';
import { boardRoutes } from './routes/board.ts';
import { portalRoutes } from './routes/portal.ts';
import { minutesRoutes } from './routes/minutes.ts';
import { oparlRoutes } from './routes/oparl.ts';
import { publicFileRoutes } from './routes/publicFiles.ts';
import { searchRoutes } from './routes/search.ts';
import { organCalendar } from '../use-cases/meetings/calendar.ts';
import { feedRoutes } from './routes/feeds.ts';
import { subscriptionRoutes } from './routes/subscriptions.ts';
import { appropriationRoutes } from './routes/appropriations.ts';
import { grantRoutes } from './routes/grants.ts';
import { riskRoutes } from './routes/risks.ts';
import { financeRoutes } from './routes/finance.ts';
import { annualCycleFeedRoutes, annualCycleRoutes } from './routes/annualCycle.ts';
import { installSecurityHeaders } from './security.ts';
import { installPageCache } from './pageCache.ts';
import { DEFAULT_RATE_LIMITS, installRateLimits, type RateLimits } from './rateLimits.ts';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/**
 * The staff app's scripts and styles, named by a hash of their content (Vite's assets/), are cached for a year;
 * its page, which names them, is revalidated on every load.
 */
const staffAppCacheControl = (file: string): string =>
  /[\\/]assets[\\/]/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';

export interface AppOptions {
  services: Services; config: Config; logger?: boolean | object;
  /** Per-address limits on search, open data and public forms (default: DEFAULT_RATE_LIMITS). */
  rateLimits?: RateLimits;
  /** Keep rendered public pages in memory for this many milliseconds (0: off, as in tests that write SQL directly). */
  pageCacheMs?: number;
}

/** Log lines carry method, path (without query string: searches may hold personal data) and status — never bodies or cookies. */
const serializers = {
  req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

export async function buildApp({ services, config, logger = false, rateLimits = DEFAULT_RATE_LIMITS, pageCacheMs = 0 }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger === false ? false : { level: config.logLevel, serializers, ...(typeof logger === 'object' ? logger : {}) },
    bodyLimit: 1024 * 1024,
    // An address that cannot be decoded (`%`, overlong UTF-8 such as `%c0%ae`) answers a Swedish problem, like all errors.
    frameworkErrors: (_error, _request, reply) => sendProblem(reply, 'validation', 'Adressen kunde inte tolkas.'),
    logController: new LogController({ disableRequestLogging: true }), // one line per request instead, below
    // X-Forwarded-For only from the listed proxies; the client is the nearest address in the chain not among them.
    trustProxy: config.trustedProxies.length ? config.trustedProxies : false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: true } },
  });
  installProblemHandlers(app, config.uploadLimitBytes);
  app.addHook('onClose', async () => stopRenderer());
  app.addHook('onResponse', async (request, reply) => {
    request.log.info({ method: request.method, path: request.url.split('?')[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });
  installSecurityHeaders(app, { https: config.baseUrl.startsWith('https://') });
  await installRateLimits(app, rateLimits);
  if (pageCacheMs > 0) installPageCache(app, services, pageCacheMs);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 5, fieldSize: 256 * 1024 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Nämnd API', version: '1.0.0', description: 'Diarium, ärenden och handlingar. Fel som application/problem+json (RFC 9457).' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'namnd_session' } } },
    },
  });
  // The documentation's static files answer a path they refuse (`../`, NUL) as "not found", never as a 500.
  await app.register(async (docs) => {
    docs.setErrorHandler((error: { statusCode?: number }, request, reply) => (error.statusCode && error.statusCode < 500
      ? sendProblem(reply, 'not_found', 'Sidan eller resursen finns inte.') : app.errorHandler(error as never, request, reply)));
    await docs.register(swaggerUi, { routePrefix: '/api/docs' });
  });
  installSessions(app, services);

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await services.db.execute(sql`SELECT 1`);
      return { status: 'ready' };
    } catch {
      return sendProblem(reply.status(503), 'internal', 'Databasen svarar inte.');
    }
  });

  // What the public reads, it reads through a handle scoped to the public reader: row-level security hides
  // secret-marked documents and unpublished files from it whatever a query asks (db/readerScope.ts).
  // A view, not a copy: what is set on the services later (clock, mailer) reaches the public routes too.
  const publicDb = scopedDb(services.db, PUBLIC_SCOPE);
  const publicServices: Services = new Proxy(services, { get: (target, key) => (key === 'db' ? publicDb : Reflect.get(target, key)) });

  // Public iCalendar feed per organ (R-CALL: meeting times and places are public).
  app.get('/kalender/:body/:organ.ics', async (request, reply) => {
    const { body, organ } = request.params as { body: string; organ: string };
    const ics = await organCalendar(publicServices, body, organ);
    return reply.type('text/calendar; charset=utf-8').header('cache-control', 'public, max-age=300').send(ics);
  });

  const deps = { services, config };
  const publicDeps = { services: publicServices, config };
  // The public portal: notice board and how to appeal (no login).
  await portalRoutes(app, publicDeps);
  // Feeds (Atom, iCalendar) and e-mail subscriptions.
  await feedRoutes(app, publicDeps);
  await subscriptionRoutes(app, deps);
  await annualCycleFeedRoutes(app, publicDeps);
  // Open data (OParl 1.1) and the public site's files (documents, meeting books, minutes). Open data reads hidden
  // files too, to publish their tombstones (no content): its rule is publicDocumentSql, held by the OParl tests.
  await oparlRoutes(app, deps);
  await publicFileRoutes(app, publicDeps);
  await app.register(async (api) => {
    await authRoutes(api, deps);
    await organisationRoutes(api, deps);
    await caseRoutes(api, deps);
    await documentRoutes(api, deps);
    await publicationRoutes(api, deps);
    await auditRoutes(api, deps);
    await meetingRoutes(api, deps);
    await reportRoutes(api, deps);
    await conductRoutes(api, deps);
    await noteRoutes(api, deps);
    await boardRoutes(api, deps);
    await minutesRoutes(api, deps);
    await searchRoutes(api, deps);
    // The registers the official reports draw on.
    await appropriationRoutes(api, deps);
    await grantRoutes(api, deps);
    await riskRoutes(api, deps);
    await financeRoutes(api, deps);
    await annualCycleRoutes(api, deps);
  }, { prefix: '/api/v1' });

  if (fs.existsSync(path.join(webRoot, 'index.html'))) {
    // Brotli and gzip copies made at build (web/precompress.ts); the hashed assets never change under their name.
    await app.register(fastifyStatic, {
      root: webRoot, prefix: '/app/', wildcard: false, index: ['index.html'], preCompressed: true, cacheControl: false,
      setHeaders: (reply, file) => { reply.header('cache-control', staffAppCacheControl(file)); },
    });
    // A script or style that is not there (an old release's name) is not found, not the app's page.
    app.get('/app/assets/*', (_request, reply) => reply.callNotFound());
    // Client-side routes of the staff app all serve its index.html.
    app.get('/app/*', (_request, reply) => reply.type('text/html; charset=utf-8').sendFile('index.html'));
  }
  // The public portal starts with the notice board; staff and elected members sign in under /app/.
  app.get('/', (_request, reply) => reply.redirect('/anslagstavla'));
  return app;
}
