/**
 * The server keeps answering while users upload hostile files. The real app on a fresh embedded store with the
 * demo municipality listens on a local port; the finance officer posts hostile follow-up imports over HTTP one
 * after another — the finding's 4.6 kB XLSX holding one 3 MiB inline string, a zip bomb (40 MB of blanks in
 * 40 kB), a ZIP whose headers under-state the unpacked size, and a heavy but allowed sheet of 90,000 cells — while
 * `/healthz` is requested every 10 ms and the event-loop delay is sampled. Every hostile import must be refused
 * (413 over a limit, 400 for the heavy sheet that is not a follow-up). The figures: the health checks' worst and
 * p99 latency, the worst event-loop delay and how long each kind of hostile file takes to be refused — next to
 * the same health checks for three seconds with nothing imported, so that a busy machine can be told from a
 * stalled server.
 *
 * Prints one JSON object per line and figure on stdout; progress goes to stderr.
 * Environment: BENCH_ROUNDS (3) — how many times each hostile file is posted.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { migrateDatabase, openDatabase } from '../src/db/client.ts';
import { FileStore } from '../src/files/store.ts';
import { systemClock } from '../src/clock.ts';
import { buildApp } from '../src/http/app.ts';
import { loadConfig } from '../src/config.ts';
import { loadDemoIfEmpty } from '../src/demo/load.ts';
import { stopUntrustedWorkers } from '../src/files/untrusted/index.ts';
import { hugeInlineStringXlsx, manyCellsXlsx, xlsx } from '../test/support/zip.ts';
import { emit, intEnv, log, logMachine, percentile } from './lib/report.ts';
import { onInterrupt } from './lib/cleanup.ts';

const ROUNDS = intEnv('BENCH_ROUNDS', 3);
const TARGET_MS = 100;
const MB = 1024 * 1024;

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'namnd-bench-untrusted-'));
const database = await openDatabase({ dataDir });
const cleanup = async () => { await stopUntrustedWorkers(); await database.close(); await fs.rm(dataDir, { recursive: true, force: true }); };
const done = onInterrupt(cleanup);
try {
  logMachine();
  await migrateDatabase(database.db);
  const services = { db: database.db, clock: systemClock, files: new FileStore(path.join(dataDir, 'files')) };
  log('loading the demo municipality…');
  await loadDemoIfEmpty(services);
  const app = await buildApp({ services, config: { ...loadConfig({ DATA_DIR: dataDir }) } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

  const login = await fetch(`${address}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'ekonomi', password: 'demo' }) });
  if (!login.ok) throw new Error(`login answered ${login.status}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';', 1)[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken };
  const organs = (await (await fetch(`${address}/api/v1/organs`, { headers })).json()) as { items: { id: string; code: string }[] };
  const created = await fetch(`${address}/api/v1/follow-ups`, {
    method: 'POST', headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ organId: organs.items.find((o) => o.code === 'KS')!.id, year: 2026, tertial: 'T1' }),
  });
  if (created.status !== 201) throw new Error(`creating a follow-up answered ${created.status}`);
  const { id } = (await created.json()) as { id: string };

  const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>Rad</t></is></c></row>';
  const hostile: [string, Buffer][] = [
    ['hostile_xlsx', hugeInlineStringXlsx(3)],
    ['zip_bomb', xlsx(header + ' '.repeat(40 * MB))],
    ['lying_zip', xlsx(header + ' '.repeat(8 * MB), { declaredSheetSize: 4096 })],
    ['heavy_sheet', manyCellsXlsx(900, 100)],
  ];
  for (const [name, bytes] of hostile) log(`${name}: ${bytes.length} bytes`);

  const post = async (name: string, bytes: Buffer): Promise<number> => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), `${name}.xlsx`);
    const started = performance.now();
    const res = await fetch(`${address}/api/v1/follow-ups/${id}/import`, { method: 'POST', headers, body: form });
    await res.arrayBuffer();
    if (res.status >= 500 || res.status === 200) throw new Error(`${name} answered ${res.status}; a hostile import must be refused with 4xx`);
    return performance.now() - started;
  };
  // Warm the worker (its first start loads the readers) outside the measurement.
  await post('warmup', xlsx(header));

  const probe = (health: number[], running: () => boolean) => (async () => {
    while (running()) {
      const started = performance.now();
      const res = await fetch(`${address}/healthz`);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`healthz answered ${res.status}`);
      health.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();

  // The baseline: the same health checks for as long, with nothing imported (a busy machine shows here too).
  const idle: number[] = [];
  const idleDelay = monitorEventLoopDelay({ resolution: 5 });
  idleDelay.enable();
  const idleUntil = performance.now() + 3000;
  await probe(idle, () => performance.now() < idleUntil);
  idleDelay.disable();

  const health: number[] = [];
  const took = new Map<string, number[]>();
  const delay = monitorEventLoopDelay({ resolution: 5 });
  let importing = true;
  delay.enable();
  const prober = probe(health, () => importing);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, bytes] of hostile) took.set(name, [...(took.get(name) ?? []), await post(name, bytes)]);
  }
  importing = false;
  await prober;
  delay.disable();
  await app.close();
  log(`${ROUNDS * hostile.length} hostile imports, all refused; ${health.length} health checks (${idle.length} before, idle)`);
  emit({ name: 'healthz_max_ms_idle', value: Math.round(Math.max(...idle) * 10) / 10, unit: 'ms', target: null, better: 'lower' });
  emit({ name: 'event_loop_max_delay_ms_idle', value: Math.round(idleDelay.max / 1e5) / 10, unit: 'ms', target: null, better: 'lower' });
  emit({ name: 'healthz_max_ms_during_hostile_xlsx', value: Math.round(Math.max(...health) * 10) / 10, unit: 'ms', target: TARGET_MS, better: 'lower' });
  emit({ name: 'healthz_p99_ms_during_hostile_xlsx', value: Math.round(percentile(health, 99) * 10) / 10, unit: 'ms', target: TARGET_MS, better: 'lower' });
  emit({ name: 'event_loop_max_delay_ms_during_hostile_xlsx', value: Math.round(delay.max / 1e5) / 10, unit: 'ms', target: TARGET_MS, better: 'lower' });
  for (const [name, ms] of took) emit({ name: `hostile_import_refused_p50_ms_${name}`, value: Math.round(percentile(ms, 50)), unit: 'ms', target: null, better: 'lower' });
  logMachine();
} finally {
  await cleanup();
  done();
}
