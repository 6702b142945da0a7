/**
 * Registration throughput over HTTP against the real server, on the embedded PGlite store and on PostgreSQL.
 *
 * For each backend: start `node bin/namnd.js serve --demo` as a child process (fresh data directory, or a fresh
 * throwaway PostgreSQL database), log in as `registrator`, then let concurrent clients post multipart
 * registrations (metadata + a small PDF) — mostly into new cases, some into cases made earlier in the run —
 * until the registration or time budget is spent. Afterwards the case and document numbers allocated during
 * the run are read from the database and checked to be gapless and unique.
 *
 * Prints one JSON object per line and figure on stdout; progress goes to stderr.
 *
 * Environment: BENCH_CLIENTS (50), BENCH_MAX_REGISTRATIONS (2000), BENCH_MAX_SECONDS (20),
 * BENCH_EXISTING_SHARE (0.25), BENCH_REQUEST_TIMEOUT_S (30), BENCH_BACKENDS (pglite,postgres),
 * BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/postgres — databases are created and dropped there),
 * BENCH_CPU_PROFILE_DIR (unset: when set, the server runs with --cpu-prof and writes its profile there on exit),
 * BENCH_SERVER_LOG_DIR (unset: when set, each server's output is saved there as server-<backend>.log),
 * BENCH_POSTGRES_WORKERS (1: HTTP processes on PostgreSQL, the `WORKERS` setting; PGlite is always one process),
 * BENCH_WARMUP (200: registrations made before the measured run, untimed, so client and server run warm).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startServer, type RunningServer } from '../test/e2e/support/server.ts';
import { login, api, type ApiSession } from '../test/e2e/support/api.ts';
import { makePdf } from '../test/e2e/support/pdf.ts';
import { emit, intEnv, log, logMachine, numberEnv, percentile } from './lib/report.ts';
import { onInterrupt } from './lib/cleanup.ts';

type Backend = 'pglite' | 'postgres';

const CLIENTS = intEnv('BENCH_CLIENTS', 50);
const MAX_REGISTRATIONS = intEnv('BENCH_MAX_REGISTRATIONS', 2000);
const MAX_SECONDS = numberEnv('BENCH_MAX_SECONDS', 20);
const EXISTING_SHARE = numberEnv('BENCH_EXISTING_SHARE', 0.25);
const WARMUP = intEnv('BENCH_WARMUP', 200);
const REQUEST_TIMEOUT_S = numberEnv('BENCH_REQUEST_TIMEOUT_S', 30);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',').map((s) => s.trim()).filter(Boolean) as Backend[];
const CPU_PROFILE_DIR = process.env.BENCH_CPU_PROFILE_DIR ? path.resolve(process.env.BENCH_CPU_PROFILE_DIR) : undefined;
const SERVER_LOG_DIR = process.env.BENCH_SERVER_LOG_DIR ? path.resolve(process.env.BENCH_SERVER_LOG_DIR) : undefined;
const TARGETS: Record<Backend, number> = { pglite: 100, postgres: 300 };
const POSTGRES_WORKERS = intEnv('BENCH_POSTGRES_WORKERS', 1);

interface Registry { id: string; code: string }
interface RegisteredDocument { id: string; caseId: string; caseNumber: string; number: string }

interface RunResult {
  ok: number;
  errors: number;
  errorSamples: string[];
  latenciesMs: number[];
  elapsedS: number;
  /** Case numbers the API answered for registrations that made a new case. */
  newCaseNumbers: string[];
  documentNumbers: string[];
  touchedCaseIds: Set<string>;
}

/** Counter state per registry and year before the run: the run's cases are the ones after it. */
type Counters = Map<string, number>;

async function readCounters(db: pg.Client): Promise<Counters> {
  const { rows } = await db.query<{ registry_id: string; year: number; last_seq: number }>('SELECT registry_id, year, last_seq FROM case_counters');
  return new Map(rows.map((r) => [`${r.registry_id}/${r.year}`, Number(r.last_seq)]));
}

async function runLoad(session: ApiSession, registries: Registry[], pdf: Buffer, limit = MAX_REGISTRATIONS): Promise<RunResult> {
  const result: RunResult = { ok: 0, errors: 0, errorSamples: [], latenciesMs: [], elapsedS: 0, newCaseNumbers: [], documentNumbers: [], touchedCaseIds: new Set() };
  const madeCases: string[] = [];
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
  let issued = 0;
  const started = performance.now();
  const deadline = started + MAX_SECONDS * 1000;

  async function registerOne(i: number): Promise<void> {
    const intoExisting = madeCases.length > 0 && Math.random() < EXISTING_SHARE;
    const registry = registries[i % registries.length]!;
    const metadata = {
      ...(intoExisting
        ? { caseId: madeCases[Math.floor(Math.random() * madeCases.length)] }
        : { newCase: { registryId: registry.id, title: `Belastningsprov ärende ${i} – ansökan om bygglov för förråd` } }),
      kind: 'letter',
      direction: 'incoming',
      registeredDate: today,
      description: `Inkommen ansökan nummer ${i} med bilagor.`,
      counterparty: { name: 'Anna Andersson', organisation: 'Exempelbolaget AB', protectedIdentity: false },
    };
    // A distinct file per registration (files are stored by content hash): a comment after %%EOF.
    const file = Buffer.concat([pdf, Buffer.from(`\n% registration ${i} ${crypto.randomUUID()}\n`)]);
    const form = new FormData();
    form.append('metadata', JSON.stringify(metadata));
    form.append('file', new Blob([file], { type: 'application/pdf' }), `ansokan-${i}.pdf`);
    const t0 = performance.now();
    try {
      const doc = await api<RegisteredDocument>(session, 'POST', '/documents', form, REQUEST_TIMEOUT_S * 1000);
      result.latenciesMs.push(performance.now() - t0);
      result.ok++;
      result.documentNumbers.push(doc.number);
      result.touchedCaseIds.add(doc.caseId);
      if (!intoExisting) {
        result.newCaseNumbers.push(doc.caseNumber);
        madeCases.push(doc.caseId);
      }
    } catch (error) {
      result.latenciesMs.push(performance.now() - t0);
      result.errors++;
      if (result.errorSamples.length < 5) result.errorSamples.push((error as Error).message);
    }
  }

  async function client(): Promise<void> {
    while (issued < limit && performance.now() < deadline) {
      await registerOne(issued++);
    }
  }

  await Promise.all(Array.from({ length: CLIENTS }, () => client()));
  result.elapsedS = (performance.now() - started) / 1000;
  return result;
}

interface Verification { gaps: number; duplicates: number; details: string[] }

/** Checks the numbers allocated during the run in the database: case numbers per registry and year, document numbers per case. */
async function verify(db: pg.Client, before: Counters, run: RunResult): Promise<Verification> {
  const details: string[] = [];
  let gaps = 0;
  let duplicates = 0;

  // Case numbers: for each registry and year, the run's sequence numbers must be exactly before+1 … last_seq.
  const after = await readCounters(db);
  let newCasesInDb = 0;
  for (const [key, last] of after) {
    const [registryId, year] = key.split('/') as [string, string];
    const first = (before.get(key) ?? 0) + 1;
    if (last < first) continue;
    const { rows } = await db.query<{ seq: number; n: number }>(
      'SELECT seq, count(*)::int AS n FROM cases WHERE registry_id = $1 AND year = $2 AND seq >= $3 GROUP BY seq',
      [registryId, Number(year), first],
    );
    const seen = new Map(rows.map((r) => [Number(r.seq), Number(r.n)]));
    let missing = 0;
    for (let seq = first; seq <= last; seq++) if (!seen.has(seq)) missing++;
    const beyond = rows.filter((r) => Number(r.seq) > last).length;
    const dup = rows.reduce((sum, r) => sum + Number(r.n) - 1, 0);
    if (missing) details.push(`registry ${registryId} ${year}: ${missing} missing case sequence number(s) in ${first}..${last}`);
    if (beyond) details.push(`registry ${registryId} ${year}: ${beyond} case(s) numbered beyond the counter (${last})`);
    if (dup) details.push(`registry ${registryId} ${year}: ${dup} duplicate case sequence number(s)`);
    gaps += missing + beyond;
    duplicates += dup;
    newCasesInDb += rows.reduce((sum, r) => sum + Number(r.n), 0);
  }
  const { rows: [numberDup] } = await db.query<{ n: number }>('SELECT (count(*) - count(DISTINCT (body_id, number)))::int AS n FROM cases');
  duplicates += Number(numberDup?.n ?? 0);

  // The API must never have answered the same new case number twice.
  const apiDup = run.newCaseNumbers.length - new Set(run.newCaseNumbers).size;
  if (apiDup) details.push(`${apiDup} new case number(s) answered twice by the API`);
  duplicates += apiDup;
  if (newCasesInDb !== run.newCaseNumbers.length) {
    details.push(`${newCasesInDb} new case(s) in the database, ${run.newCaseNumbers.length} reported by successful API calls`);
  }

  // Document numbers: per case touched in the run, sequence numbers 1..last_document_seq, each once.
  const ids = [...run.touchedCaseIds];
  if (ids.length) {
    const { rows } = await db.query<{ id: string; last: number; n: number; distinct_seq: number; max_seq: number | null }>(
      `SELECT c.id, c.last_document_seq AS last, count(d.id)::int AS n, count(DISTINCT d.seq)::int AS distinct_seq, max(d.seq) AS max_seq
         FROM cases c LEFT JOIN documents d ON d.case_id = c.id
        WHERE c.id = ANY($1::uuid[]) GROUP BY c.id, c.last_document_seq`,
      [ids],
    );
    let docGaps = 0;
    let docDup = 0;
    for (const r of rows) {
      const last = Number(r.last);
      const maxSeq = Number(r.max_seq ?? 0);
      docGaps += Math.max(0, Math.max(last, maxSeq) - Number(r.distinct_seq));
      docDup += Number(r.n) - Number(r.distinct_seq);
    }
    if (docGaps) details.push(`${docGaps} missing document sequence number(s) in the run's cases`);
    if (docDup) details.push(`${docDup} duplicate document sequence number(s) in the run's cases`);
    gaps += docGaps;
    duplicates += docDup;
  }
  const { rows: [docNumberDup] } = await db.query<{ n: number }>('SELECT (count(*) - count(DISTINCT (body_id, number)))::int AS n FROM documents');
  duplicates += Number(docNumberDup?.n ?? 0);
  const apiDocDup = run.documentNumbers.length - new Set(run.documentNumbers).size;
  if (apiDocDup) details.push(`${apiDocDup} document number(s) answered twice by the API`);
  duplicates += apiDocDup;
  return { gaps, duplicates, details };
}

async function withAdmin<T>(fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

async function benchBackend(backend: Backend, pdf: Buffer): Promise<void> {
  let databaseUrl: string | undefined;
  let dbName: string | undefined;
  if (backend === 'postgres') {
    dbName = `namnd_bench_${crypto.randomBytes(6).toString('hex')}`;
    await withAdmin((admin) => admin.query(`CREATE DATABASE ${dbName}`));
    const url = new URL(ADMIN_URL);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  }
  let server: RunningServer | undefined;
  let db: pg.Client | undefined;
  const cleanup = async () => {
    if (server && SERVER_LOG_DIR) {
      fs.mkdirSync(SERVER_LOG_DIR, { recursive: true });
      fs.writeFileSync(path.join(SERVER_LOG_DIR, `server-${backend}.log`), server.output());
    }
    await db?.end().catch(() => undefined);
    await server?.stop();
    if (dbName) await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
  };
  const done = onInterrupt(cleanup);
  try {
    log(`[${backend}] starting the server…`);
    const workers = backend === 'postgres' ? POSTGRES_WORKERS : 1;
    server = await startServer({ databaseUrl, env: { WORKERS: String(workers) }, nodeArgs: CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROFILE_DIR}`] : [] });
    log(`[${backend}] ${workers} server process(es); up in ${(server.startMs / 1000).toFixed(1)} s at ${server.url}`);
    // Direct database access for the check: PostgreSQL by URL, PGlite through the embedded store's unix socket.
    db = databaseUrl
      ? new pg.Client({ connectionString: databaseUrl })
      : new pg.Client({ host: path.join(server.dataDir, 'run'), user: 'postgres', database: 'postgres' });
    await db.connect();

    const session = await login(server.url, 'registrator', 'demo');
    const { items } = await api<{ items: Registry[] }>(session, 'GET', '/registries');
    if (!items.length) throw new Error('The demo municipality has no registries.');
    if (WARMUP > 0) {
      const warm = await runLoad(session, items, pdf, WARMUP);
      log(`[${backend}] warm-up: ${warm.ok} registrations (${warm.errors} errors), not measured`);
    }
    const before = await readCounters(db);

    log(`[${backend}] ${CLIENTS} clients, up to ${MAX_REGISTRATIONS} registrations or ${MAX_SECONDS} s…`);
    const run = await runLoad(session, items, pdf);
    log(`[${backend}] ${run.ok} registrations (${run.errors} errors) in ${run.elapsedS.toFixed(1)} s`);
    for (const sample of run.errorSamples) log(`[${backend}] error: ${sample}`);
    for (const [message, n] of serverErrors(server.output())) log(`[${backend}] server logged ${n}× ${message}`);

    const check = await verify(db, before, run);
    for (const line of check.details) log(`[${backend}] numbering: ${line}`);

    emit({ name: `registrations_per_s_${backend}`, value: round(run.ok / run.elapsedS, 1), unit: '1/s', target: TARGETS[backend], better: 'higher' });
    emit({ name: `registration_p95_ms_${backend}`, value: round(percentile(run.latenciesMs, 95), 1), unit: 'ms', target: null, better: 'lower' });
    emit({ name: `registration_p50_ms_${backend}`, value: round(percentile(run.latenciesMs, 50), 1), unit: 'ms', target: null, better: 'lower' });
    emit({ name: `registration_errors_${backend}`, value: run.errors, unit: 'count', target: 0, better: 'lower' });
    emit({ name: `number_gaps_${backend}`, value: check.gaps, unit: 'count', target: 0, better: 'lower' });
    emit({ name: `number_duplicates_${backend}`, value: check.duplicates, unit: 'count', target: 0, better: 'lower' });
    emit({ name: `server_processes_${backend}`, value: workers, unit: 'count', target: null, better: 'lower' });
  } catch (error) {
    if (server) log(`[${backend}] server output (tail):\n${server.output().slice(-4000)}`);
    throw error;
  } finally {
    done();
    await cleanup();
  }
}

/** Distinct error messages in the server's JSON log (level error and above), most frequent first. */
function serverErrors(output: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string; cause?: { message?: string } } };
      if ((entry.level ?? 0) < 50) continue;
      // Query errors carry the database's message as their cause; the query text itself is too long to count by.
      const message = (entry.err?.cause?.message ?? entry.err?.message?.split('\n')[0] ?? entry.msg ?? '').slice(0, 200);
      counts.set(message, (counts.get(message) ?? 0) + 1);
    } catch {
      /* not a log line */
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8);
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

logMachine();
const pdf = await makePdf(['Ansökan om bygglov', 'Förråd, 15 m²', 'Bilaga: situationsplan']);
let failed = false;
for (const backend of BACKENDS) {
  try {
    await benchBackend(backend, pdf);
  } catch (error) {
    failed = true;
    log(`[${backend}] failed: ${(error as Error).stack ?? String(error)}`);
  }
}
process.exitCode = failed ? 1 : 0;
