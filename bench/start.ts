/**
 * Cold start and memory of `node bin/namnd.js serve --demo`.
 *
 * cold_start_s: from spawning the server on an empty data directory (embedded PGlite store) to the first 200 on
 * /app/ (the staff web app), i.e. including creating the store, migrating and loading the demo municipality.
 * Repeated BENCH_START_RUNS times (default 3); the median is reported.
 *
 * server_rss_mb / server_rss_total_mb: after the last start, a few typical requests (login, case list, search,
 * a case, the web app) and, once the machine is quiet (the demo's first start done with its background work) and
 * at least BENCH_IDLE_MS (60 s) after the requests — an idle server, whose heap the runtime has had time to shrink —
 * VmRSS of the server process, and of the server plus its child processes (the embedded database process, the
 * PDF text worker and the esbuild service of tsx). server_rss_during_first_work_mb: the server process's VmRSS
 * BENCH_SETTLE_MS after the requests, while that work may still run.
 *
 * Prints one JSON object per line and figure on stdout; progress goes to stderr.
 */
import fs from 'node:fs';
import { childPidsOf, rssMb, startServer, type RunningServer } from '../test/e2e/support/server.ts';
import { api, login } from '../test/e2e/support/api.ts';
import { waitForQuietMachine } from './lib/quiet.ts';
import { emit, intEnv, log, logMachine, numberEnv } from './lib/report.ts';
import { onInterrupt } from './lib/cleanup.ts';

const RUNS = intEnv('BENCH_START_RUNS', 3);
const SETTLE_MS = numberEnv('BENCH_SETTLE_MS', 2000);
const IDLE_MS = numberEnv('BENCH_IDLE_MS', 60_000);

async function firstOk(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 in time`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** One cold start; returns the server still running and the seconds to the first served page. */
async function coldStart(): Promise<{ server: RunningServer; seconds: number }> {
  const t0 = performance.now();
  const server = await startServer();
  onInterrupt(() => server.stop());
  await firstOk(`${server.url}/app/`);
  return { server, seconds: (performance.now() - t0) / 1000 };
}

function processName(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(0, 4).join(' ');
  } catch {
    return '?';
  }
}

/** A process and all its descendants. */
function tree(pid: number): number[] {
  return [pid, ...childPidsOf(pid).flatMap((child) => tree(child))];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function typicalRequests(server: RunningServer): Promise<void> {
  const session = await login(server.url, 'registrator', 'demo');
  const index = await fetch(`${server.url}/app/`).then((r) => r.text());
  for (const asset of index.matchAll(/(?:src|href)="(\/app\/assets\/[^"]+)"/g)) {
    await fetch(`${server.url}${asset[1]}`).then((r) => r.arrayBuffer());
  }
  await api(session, 'GET', '/auth/me');
  await api(session, 'GET', '/registries');
  await api(session, 'GET', '/organs');
  const found = await api<{ items: { id: string }[] }>(session, 'GET', '/cases?q=detaljplan&limit=25');
  await api(session, 'GET', '/cases?q=KS-2024&limit=25');
  for (const c of found.items.slice(0, 5)) {
    await api(session, 'GET', `/cases/${c.id}`);
    await api(session, 'GET', `/cases/${c.id}/history`);
  }
  // The unfiltered case list is the start page; it is requested too, but its result does not stop the benchmark.
  await fetch(`${server.url}/api/v1/cases?limit=25`, { headers: { cookie: session.cookie } }).then((r) => r.arrayBuffer());
}

logMachine();
const seconds: number[] = [];
let last: RunningServer | undefined;
try {
  for (let run = 1; run <= RUNS; run++) {
    const { server, seconds: s } = await coldStart();
    seconds.push(s);
    log(`cold start ${run}/${RUNS}: ${s.toFixed(2)} s (healthz after ${(server.startMs / 1000).toFixed(2)} s)`);
    if (run < RUNS) await server.stop();
    else last = server;
  }
  emit({ name: 'cold_start_s', value: Math.round(median(seconds) * 100) / 100, unit: 's', target: 10, better: 'lower' });

  const server = last!;
  await typicalRequests(server);
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  // While the demo's first start still works in the background (its meeting conducted and adjusted, the PDFs'
  // text extracted), informative; the figures below are taken once the server has finished that work.
  emit({ name: 'server_rss_during_first_work_mb', value: Math.round(rssMb(server.pid)), unit: 'MiB', target: null, better: 'lower' });
  log('waiting for the server to finish its background work and rest');
  const requestsDone = Date.now() - SETTLE_MS;
  await waitForQuietMachine();
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, requestsDone + IDLE_MS - Date.now())));
  const pids = tree(server.pid);
  let total = 0;
  for (const pid of pids) {
    const mb = rssMb(pid);
    total += mb;
    log(`  VmRSS ${mb.toFixed(1).padStart(7)} MiB  pid ${pid}  ${processName(pid)}`);
  }
  emit({ name: 'server_rss_mb', value: Math.round(rssMb(server.pid)), unit: 'MiB', target: 300, better: 'lower' });
  emit({ name: 'server_rss_total_mb', value: Math.round(total), unit: 'MiB', target: 300, better: 'lower' });
} finally {
  await last?.stop();
}
