/**
 * Search latency over 100,000 synthetic Swedish documents, on PostgreSQL and on the embedded PGlite store.
 *
 * For each backend: a fresh migrated database is seeded with bulk SQL (bench/lib/searchSeed.ts); 50 queries
 * (broad and selective words, inflections, compounds, word pairs, diarienummer with typos, filters) run once to
 * warm up and then twice more, each asking for the top 20 ranked results with snippets, through the staff and
 * the public search use cases; p50/p95 per kind of search. Then the server keeps answering: while several
 * searches run at once without pause, `/healthz` is requested over HTTP every 20 ms and the event-loop delay is
 * sampled; the health checks' p99 and worst latency and the worst event-loop delay are reported.
 *
 * Prints one JSON object per line and figure on stdout; progress goes to stderr.
 *
 * Environment: BENCH_BACKENDS (postgres,pglite), BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/postgres —
 * a database is created there and dropped), BENCH_LOAD_SECONDS (8), BENCH_LOAD_CONCURRENCY (4).
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import pg from 'pg';
import { migrateDatabase, openDatabase, type Database } from '../src/db/client.ts';
import { FileStore } from '../src/files/store.ts';
import { systemClock } from '../src/clock.ts';
import { buildApp } from '../src/http/app.ts';
import { loadConfig } from '../src/config.ts';
import { search } from '../src/use-cases/search/search.ts';
import { publicSearch } from '../src/use-cases/search/publicSearch.ts';
import { PUBLIC_SCOPE, scopedDb, staffScope } from '../src/db/readerScope.ts';
import type { Services } from '../src/use-cases/context.ts';
import type { Actor } from '../src/policies/actor.ts';
import { emit, intEnv, log, logMachine, numberEnv, percentile } from './lib/report.ts';
import { onInterrupt } from './lib/cleanup.ts';
import { seedSearchData, vocabulary } from './lib/searchSeed.ts';

type Backend = 'postgres' | 'pglite';
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'postgres,pglite').split(',').map((s) => s.trim()).filter(Boolean) as Backend[];
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const LOAD_SECONDS = numberEnv('BENCH_LOAD_SECONDS', 8);
const CONCURRENCY = intEnv('BENCH_LOAD_CONCURRENCY', 4);
const TARGET_P95: Record<Backend, number> = { postgres: 100, pglite: 250 };
const STALL_TARGET_MS = 100;

/** 50 queries: broad words, selective words, inflections and compounds, pairs, numbers (with typos), filters. */
function queries(): { q: string; organ?: string; kind?: string; from?: string; to?: string }[] {
  const { common, middle, rare } = vocabulary;
  const list: { q: string; organ?: string; kind?: string; from?: string; to?: string }[] = [
    ...common.slice(0, 8).map((q) => ({ q })), // broad: tens of thousands of matches
    ...['upphandling', 'telefoni', 'detaljplan', 'förskola', 'bygglov', 'klimat', 'revision', 'hyresavtal'].map((q) => ({ q })), // prefixes of stems
    ...rare.slice(0, 10).map((q) => ({ q })), // selective
    ...['upphandling telefoni', 'detaljplan vattenormen', 'förskola lokaler', 'beslut budget', 'avtal serviceavtal', 'kommunen förslag'].map((q) => ({ q })),
    ...['KS-2019/0361', 'KS-2020/00777', 'ks 2021/1234', 'KS-2024/1500', 'KS-2042/00361'].map((q) => ({ q })), // numbers, typos
    ...['vattenormem', 'hundrasgård', 'dansbanna'].map((q) => ({ q })), // misspelt
    { q: 'beslut', organ: 'KSNAU' }, { q: 'förslag', kind: 'letter' }, { q: 'avtal', from: '2020-01-01', to: '2020-12-31' },
    { q: 'kommunen', kind: 'case' }, { q: 'upphandling', organ: 'BUN', kind: 'official_report' }, { q: middle[10]! }, { q: middle[20]! },
    { q: middle[30]! }, { q: middle[40]! }, { q: middle[50]! }, { q: `${rare[12]} ${common[1]}` },
  ];
  return list.slice(0, 50);
}

async function openBackend(backend: Backend): Promise<{ database: Database; dataDir: string; drop: () => Promise<void> }> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'namnd-bench-search-'));
  if (backend === 'pglite') {
    const database = await openDatabase({ dataDir });
    await migrateDatabase(database.db);
    return { database, dataDir, drop: async () => { await database.close(); await fs.rm(dataDir, { recursive: true, force: true }); } };
  }
  const name = `namnd_bench_search_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir });
  await migrateDatabase(database.db);
  return {
    database, dataDir,
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

async function runBackend(backend: Backend): Promise<void> {
  log(`${backend}: creating and seeding the database…`);
  const { database, dataDir, drop } = await openBackend(backend);
  const done = onInterrupt(drop);
  try {
    const [seedMs, { bodyId, organIds }] = await timed(() => seedSearchData(database.db));
    log(`${backend}: seeded in ${(seedMs / 1000).toFixed(1)} s`);
    emit({ name: `search_seed_seconds_${backend}`, value: Math.round(seedMs / 100) / 10, unit: 's', target: null, better: 'lower' });
    const services: Services = { db: database.db, clock: systemClock, files: new FileStore(path.join(dataDir, 'files')) };
    // A registrar without secret access: the secrecy condition is checked on every match (and no read is logged).
    const actor: Actor = { userId: crypto.randomUUID(), bodyId, roles: ['registrar'], protectedDataAccess: false, organAccess: new Map(organIds.map((id) => [id, { secret: false }])) };
    // As the app reads: through handles scoped to the reader, under row-level security.
    const staff = (input: Record<string, string>) => search({ ...services, db: scopedDb(services.db, staffScope(actor)), actor }, { ...input, limit: 20 });
    const publicServices = { ...services, db: scopedDb(services.db, PUBLIC_SCOPE) };
    const pub = (input: Record<string, string>) => publicSearch(publicServices, bodyId, { ...input, limit: 20 });
    const list = queries();

    for (const [mode, fn] of [['staff', staff], ['public', pub]] as const) {
      for (const input of list) await fn(input as Record<string, string>); // warm-up
      const samples: number[] = [];
      let results = 0;
      for (let round = 0; round < 2; round++) {
        for (const input of list) {
          const [ms, page] = await timed(() => fn(input as Record<string, string>));
          samples.push(ms);
          results += page.items.length;
        }
      }
      log(`${backend} ${mode}: ${samples.length} searches, ${(results / samples.length).toFixed(1)} results on average, slowest ${Math.max(...samples).toFixed(0)} ms`);
      emit({ name: `search_p50_ms_${backend}_${mode}`, value: Math.round(percentile(samples, 50) * 10) / 10, unit: 'ms', target: null, better: 'lower' });
      emit({ name: `search_p95_ms_${backend}_${mode}`, value: Math.round(percentile(samples, 95) * 10) / 10, unit: 'ms', target: TARGET_P95[backend], better: 'lower' });
    }

    // Health checks and the event loop while searches run back to back.
    const app = await buildApp({ services, config: loadConfig({ DATA_DIR: dataDir, PORT: '3999', LOG_LEVEL: 'warn' }) });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    const health: number[] = [];
    let searches = 0;
    const until = Date.now() + LOAD_SECONDS * 1000;
    delay.enable();
    const workers = Array.from({ length: CONCURRENCY }, async (_, w) => {
      for (let i = w; Date.now() < until; i++) { await staff(list[i % 16]! as Record<string, string>); searches++; } // the broad ones
    });
    const prober = (async () => {
      while (Date.now() < until) {
        const [ms, res] = await timed(() => fetch(`${address}/healthz`));
        if (!res.ok) throw new Error(`healthz answered ${res.status}`);
        await res.arrayBuffer();
        health.push(ms);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    await Promise.all([...workers, prober]);
    delay.disable();
    await app.close();
    log(`${backend}: ${searches} broad searches in ${LOAD_SECONDS} s with ${CONCURRENCY} at once; ${health.length} health checks`);
    emit({ name: `search_load_health_p99_ms_${backend}`, value: Math.round(percentile(health, 99) * 10) / 10, unit: 'ms', target: STALL_TARGET_MS, better: 'lower' });
    emit({ name: `search_load_health_max_ms_${backend}`, value: Math.round(Math.max(...health) * 10) / 10, unit: 'ms', target: STALL_TARGET_MS, better: 'lower' });
    emit({ name: `search_load_event_loop_max_delay_ms_${backend}`, value: Math.round(delay.max / 1e5) / 10, unit: 'ms', target: STALL_TARGET_MS, better: 'lower' });
    emit({ name: `search_load_searches_per_second_${backend}`, value: Math.round((searches / LOAD_SECONDS) * 10) / 10, unit: '1/s', target: null, better: 'higher' });
  } finally {
    await drop();
    done();
  }
}

logMachine();
for (const backend of BACKENDS) await runBackend(backend);
logMachine();
