/**
 * Where the cold start of `serve --demo` goes: the same steps as src/http/server.ts, timed one by one, in this
 * process, on an empty temporary data directory (embedded PGlite store). A diagnostic for bench/start.ts.
 *
 * Prints one JSON object per line and phase (`start_phase_<name>_s`, no targets) on stdout; the memory of this
 * process (the server side, without the embedded database process) after each phase goes to stderr.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emit, log, logMachine } from './lib/report.ts';

const timings: [string, number][] = [];
async function phase<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await fn();
  const seconds = (performance.now() - t0) / 1000;
  timings.push([name, seconds]);
  const { rss, heapUsed, external } = process.memoryUsage();
  const mib = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`;
  log(`${name.padEnd(22)} ${seconds.toFixed(2).padStart(6)} s   rss ${mib(rss)}, heap ${mib(heapUsed)}, external ${mib(external)}`);
  return result;
}

logMachine();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'namnd-phases-'));
const t0 = performance.now();
const modules = await phase('import_modules', async () => {
  const [client, store, clock, app, config, demo] = await Promise.all([
    import('../src/db/client.ts'),
    import('../src/files/store.ts'),
    import('../src/clock.ts'),
    import('../src/http/app.ts'),
    import('../src/config.ts'),
    import('../src/demo/load.ts'),
  ]);
  return { client, store, clock, app, config, demo };
});
const config = { ...modules.config.loadConfig({ ...process.env, DATA_DIR: dataDir, PORT: '3000' }), logLevel: 'warn' };
const database = await phase('open_embedded_store', () => modules.client.openDatabase({ dataDir }));
try {
  await phase('migrate', () => modules.client.migrateDatabase(database.db));
  const services = { db: database.db, clock: modules.clock.systemClock, files: new modules.store.FileStore(path.join(dataDir, 'files')) };
  await phase('load_demo', () => modules.demo.loadDemoIfEmpty(services));
  const app = await phase('build_app', () => modules.app.buildApp({ services, config, logger: false }));
  await phase('listen_and_first_page', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const response = await fetch(`http://127.0.0.1:${port}/app/`);
    await response.arrayBuffer();
    if (!response.ok) log(`/app/ answered ${response.status} (is dist/web built?)`);
  });
  await app.close();
} finally {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
timings.push(['total', (performance.now() - t0) / 1000]);
for (const [name, seconds] of timings) emit({ name: `start_phase_${name}_s`, value: Math.round(seconds * 100) / 100, unit: 's', target: null, better: 'lower' });
