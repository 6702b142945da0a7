/**
 * In-process HTTP tests: the real app (buildApp) on a fresh database with the demo municipality, driven through
 * `app.inject`. The database is PGlite or PostgreSQL as the vitest project chooses (`httpTestBackend`). `loginAs` returns a client that sends the session cookie and the CSRF token.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../src/http/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { loadDemoIfEmpty } from '../../src/demo/load.ts';
import { SESSION_COOKIE } from '../../src/http/session.ts';
import type { UserView } from '../../src/use-cases/sessions.ts';
import { httpTestBackend, type TestDb } from './backends.ts';

export type Response = LightMyRequestResponse;

export interface DemoApp {
  app: FastifyInstance;
  db: TestDb;
  config: Config;
  /**
   * Runs SQL against the app's database (for before/after checks). Typed as non-empty so that aggregate queries
   * (`const [{ count }] = await demo.query(…)`) read naturally; check `length` where a result may be empty.
   */
  query<T>(text: string): Promise<[T, ...T[]]>;
  close(): Promise<void>;
}

/** Builds the app on a fresh database (of the project's backend) holding the demo municipality. */
export async function startDemoApp(overrides: Partial<Config> = {}): Promise<DemoApp> {
  const db = await httpTestBackend().openDemo();
  await loadDemoIfEmpty(db.services); // a no-op when the database was copied from the prepared demo
  const config = { ...loadConfig({ DATA_DIR: db.dataDir, ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}) }), ...overrides };
  const app = await buildApp({ services: db.services, config });
  await app.ready();
  return {
    app, db, config,
    query: async <T>(text: string) => (await db.services.db.execute(sql.raw(text))).rows as [T, ...T[]],
    async close() {
      await app.close();
      await db.close();
    },
  };
}

export interface Part { name: string; value: string | Buffer; filename?: string; contentType?: string }

/** A multipart/form-data body built by hand, so tests control every byte (names, types, sizes). */
export function multipart(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----namndtest${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"`;
    if (part.filename !== undefined) head += `; filename="${part.filename}"`;
    head += '\r\n';
    if (part.contentType) head += `Content-Type: ${part.contentType}\r\n`;
    chunks.push(Buffer.from(`${head}\r\n`), Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value, 'utf8'), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export interface Client {
  user: UserView;
  csrfToken: string;
  cookie: string;
  request(options: InjectOptions): Promise<Response>;
  get(url: string): Promise<Response>;
  post(url: string, body?: unknown): Promise<Response>;
  patch(url: string, body: unknown): Promise<Response>;
  put(url: string, body: unknown): Promise<Response>;
  /** POST /api/v1/documents with a `metadata` part and an optional file part. */
  register(metadata: unknown, file?: { name: string; bytes: Buffer; contentType?: string }): Promise<Response>;
}

const API = '/api/v1';

export async function login(app: FastifyInstance, username: string, password = 'demo', totp?: string): Promise<Response> {
  return app.inject({ method: 'POST', url: `${API}/auth/login`, payload: { username, password, ...(totp ? { totp } : {}) } });
}

/** Logs in (demo password `demo`) and returns a client carrying the session cookie and the CSRF token. */
export async function loginAs(app: FastifyInstance, username: string, password = 'demo', totp?: string): Promise<Client> {
  const res = await login(app, username, password, totp);
  if (res.statusCode !== 200) throw new Error(`login as ${username} failed: ${res.statusCode} ${res.body}`);
  const session = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!session) throw new Error('login set no session cookie');
  const body = res.json() as { user: UserView; csrfToken: string };
  const cookie = `${SESSION_COOKIE}=${session.value}`;
  const request = (options: InjectOptions) => app.inject({
    ...options, headers: { cookie, 'x-csrf-token': body.csrfToken, ...(options.headers ?? {}) },
  });
  const url = (path: string) => (path.startsWith('/api/') || !path.startsWith('/') ? path : `${API}${path}`);
  return {
    user: body.user, csrfToken: body.csrfToken, cookie, request,
    get: (path) => request({ method: 'GET', url: url(path) }),
    post: (path, payload) => request({ method: 'POST', url: url(path), ...(payload === undefined ? {} : { payload: payload as object }) }),
    patch: (path, payload) => request({ method: 'PATCH', url: url(path), payload: payload as object }),
    put: (path, payload) => request({ method: 'PUT', url: url(path), payload: payload as object }),
    register: (metadata, file) => {
      const parts: Part[] = [{ name: 'metadata', value: typeof metadata === 'string' ? metadata : JSON.stringify(metadata) }];
      if (file) parts.push({ name: 'file', filename: file.name, value: file.bytes, contentType: file.contentType ?? 'application/octet-stream' });
      const body = multipart(parts);
      return request({ method: 'POST', url: `${API}/documents`, payload: body.payload, headers: body.headers });
    },
  };
}

/** The fields every problem+json answer carries (RFC 9457 plus `code`). */
export function expectProblem(res: Response, status: number, code: string): Record<string, unknown> {
  if (res.statusCode !== status) throw new Error(`expected ${status} ${code}, got ${res.statusCode}: ${res.body}`);
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) throw new Error(`expected application/problem+json, got ${type}`);
  const body = res.json() as Record<string, unknown>;
  for (const field of ['type', 'title', 'status', 'code', 'detail']) {
    if (body[field] === undefined || body[field] === '') throw new Error(`problem lacks ${field}: ${res.body}`);
  }
  if (body.status !== status || body.code !== code || body.type !== `https://namnd.se/problems/${code}`) {
    throw new Error(`problem has status ${String(body.status)} code ${String(body.code)} type ${String(body.type)}, expected ${status} ${code}`);
  }
  return body;
}

/** Ids of demo entities by their numbers/codes, read from the app's database. */
export async function demoIds(demo: DemoApp): Promise<{
  caseId(number: string): string; documentId(number: string): string; fileOf(documentNumber: string): string;
  organId(code: string): string; registryId(code: string): string; userId(username: string): string;
}> {
  const cases = new Map((await demo.query<{ number: string; id: string }>('SELECT number, id FROM cases')).map((r) => [r.number, r.id]));
  const docs = new Map((await demo.query<{ number: string; id: string }>('SELECT number, id FROM documents')).map((r) => [r.number, r.id]));
  const files = new Map((await demo.query<{ number: string; id: string }>('SELECT d.number, f.id FROM files f JOIN documents d ON d.id = f.document_id')).map((r) => [r.number, r.id]));
  const organs = new Map((await demo.query<{ code: string; id: string }>('SELECT code, id FROM organs')).map((r) => [r.code, r.id]));
  const registries = new Map((await demo.query<{ code: string; id: string }>('SELECT code, id FROM registries')).map((r) => [r.code, r.id]));
  const users = new Map((await demo.query<{ username: string; id: string }>('SELECT username, id FROM users')).map((r) => [r.username, r.id]));
  const get = (map: Map<string, string>, key: string): string => {
    const id = map.get(key);
    if (!id) throw new Error(`no demo entity ${key}`);
    return id;
  };
  return {
    caseId: (n) => get(cases, n), documentId: (n) => get(docs, n), fileOf: (n) => get(files, n),
    organId: (c) => get(organs, c), registryId: (c) => get(registries, c), userId: (u) => get(users, u),
  };
}
