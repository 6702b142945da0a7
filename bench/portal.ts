/**
 * Public portal throughput: requests per second and p99 latency of the notice board (/anslagstavla) and a
 * meeting page (/organ/ksnau/2024-05-21) on the real server (`namnd serve --demo`, embedded store), measured
 * with autocannon over loopback against a Fastify hello-world measured in the same run, just before each page.
 * Targets: each page at least half the hello-world's requests per second, p99 at most 50 ms. Each page is measured twice: as a browser
 * asks for it (`Accept-Encoding: gzip, deflate, br`, answered with the kept Brotli-compressed page) and as a client that
 * takes no compression (`…_uncompressed`).
 *
 * A page's uncompressed figure is bounded by its size: every answer moves its bytes through the loopback and the
 * load generator's parser on the same cores. To tell that bound from the server's own cost, the hello-world
 * process also serves each page's exact bytes from memory (`…_same_bytes_static`), the most any server could do
 * with that page on this machine.
 *
 * Prints one JSON object per line and figure on stdout; progress goes to stderr.
 *
 * Environment: BENCH_CONNECTIONS (50), BENCH_SECONDS (10), BENCH_PAGES (comma-separated paths; default the two
 * pages above).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort, repoRoot, startServer, type RunningServer } from '../test/e2e/support/server.ts';
import { onInterrupt } from './lib/cleanup.ts';
import { waitForQuietMachine } from './lib/quiet.ts';
import { emit, intEnv, log, logMachine } from './lib/report.ts';

const CONNECTIONS = intEnv('BENCH_CONNECTIONS', 50);
const SECONDS = intEnv('BENCH_SECONDS', 10);
const PAGES = (process.env.BENCH_PAGES ?? '/anslagstavla,/organ/ksnau/2024-05-21').split(',').map((p) => p.trim()).filter(Boolean);
const RATIO_TARGET = 0.5;
const P99_TARGET_MS = 50;

interface Measured { rps: number; p99: number; errors: number; non2xx: number }

/** What a browser sends (Chromium, Firefox and Safari all offer gzip). */
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

async function measure(url: string, headers: Record<string, string> = {}): Promise<Measured> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

/**
 * A Fastify hello-world in its own process, like the server, so both share the machine the same way. It also
 * serves each of `pages` (files of page bytes) at `/static/<index>`, as stored HTML sent from memory.
 */
async function startHelloWorld(pages: string[]): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const code = `import Fastify from 'fastify';
import { readFileSync } from 'node:fs';
const pages = ${JSON.stringify(pages)}.map((file) => readFileSync(file));
const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
app.get('/static/:n', async (req, reply) => reply.type('text/html; charset=utf-8').send(pages[Number(req.params.n)]));
await app.listen({ port: ${port}, host: '127.0.0.1' });
process.stdout.write('ready\\n');`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => { if (chunk.toString().includes('ready')) resolve(); });
    child.once('exit', (status) => reject(new Error(`hello-world exited with ${status}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => { child.kill('SIGTERM'); } };
}

/** The demo conducts and adjusts its reference meeting after listening: wait until its minutes are public. */
async function waitForDemoOutcome(server: RunningServer): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    const feed = await (await fetch(`${server.url}/protokoll.atom`)).text();
    if (feed.includes('2024-05-21')) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  log('the demo outcome did not finish within two minutes; measuring anyway');
}

function report(name: string, m: Measured, hello: Measured): void {
  if (m.errors || m.non2xx) log(`${name}: ${m.errors} errors, ${m.non2xx} non-2xx answers`);
  emit({ name: `portal_${name}_requests_per_second`, value: Math.round(m.rps), unit: 'req/s', target: Math.round(hello.rps * RATIO_TARGET), better: 'higher' });
  emit({ name: `portal_${name}_share_of_hello_world`, value: Number((m.rps / hello.rps).toFixed(3)), unit: 'ratio', target: RATIO_TARGET, better: 'higher' });
  emit({ name: `portal_${name}_p99_latency`, value: m.p99, unit: 'ms', target: P99_TARGET_MS, better: 'lower' });
}

const benchName = (page: string): string => page.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '_').replace(/_+$/, '') || 'root';

async function main(): Promise<void> {
  logMachine();
  const scratch = mkdtempSync(join(tmpdir(), 'portal-bench-'));
  let hello: { url: string; stop: () => void } | undefined;
  let server: RunningServer | undefined;
  const cleanup = async () => {
    hello?.stop();
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  };
  const done = onInterrupt(cleanup);
  try {
    server = await startServer({ logLevel: 'warn' });
    await waitForDemoOutcome(server);
    const files: string[] = [];
    for (const [n, page] of PAGES.entries()) {
      const res = await fetch(`${server.url}${page}`);
      if (res.status !== 200) throw new Error(`${page} answers ${res.status}`);
      const bytes = Buffer.from(await res.arrayBuffer());
      files.push(join(scratch, `${n}.html`));
      writeFileSync(files[n]!, bytes);
      // The first browser request starts the Brotli form (made off the event loop); the next ones get it.
      await fetch(`${server.url}${page}`, { headers: BROWSER_HEADERS });
      await new Promise((r) => setTimeout(r, 500));
      const zipped = await fetch(`${server.url}${page}`, { headers: BROWSER_HEADERS, decompress: false } as RequestInit);
      log(`${page}: ${bytes.byteLength} bytes, ${zipped.headers.get('content-length') ?? '?'} bytes as ${zipped.headers.get('content-encoding') ?? 'identity'}`);
    }
    hello = await startHelloWorld(files);
    log('waiting for the server to finish its background work');
    await waitForQuietMachine();
    // The hello-world is measured again before each page, and each page's shares use that figure: on a shared
    // machine the attainable rate drifts over a minute.
    const helloRuns: Measured[] = [];
    for (const [n, page] of PAGES.entries()) {
      const name = benchName(page);
      log(`hello-world: ${CONNECTIONS} connections, ${SECONDS} s`);
      const helloWorld = await measure(hello.url);
      helloRuns.push(helloWorld);
      log(`${page}: ${CONNECTIONS} connections, ${SECONDS} s`);
      report(name, await measure(`${server.url}${page}`, BROWSER_HEADERS), helloWorld);
      log(`${page} without compression: ${CONNECTIONS} connections, ${SECONDS} s`);
      const plain = await measure(`${server.url}${page}`);
      report(`${name}_uncompressed`, plain, helloWorld);
      log(`${page}'s bytes from memory on the hello-world server: ${CONNECTIONS} connections, ${SECONDS} s`);
      const ceiling = await measure(`${hello.url}static/${n}`);
      emit({ name: `portal_${name}_same_bytes_static_share_of_hello_world`, value: Number((ceiling.rps / helloWorld.rps).toFixed(3)), unit: 'ratio', target: null, better: 'higher' });
      emit({ name: `portal_${name}_uncompressed_share_of_same_bytes_static`, value: Number((plain.rps / ceiling.rps).toFixed(3)), unit: 'ratio', target: null, better: 'higher' });
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
    emit({ name: 'portal_hello_world_requests_per_second', value: Math.round(mean(helloRuns.map((h) => h.rps))), unit: 'req/s', target: null, better: 'higher' });
    emit({ name: 'portal_hello_world_p99_latency', value: Math.max(...helloRuns.map((h) => h.p99)), unit: 'ms', target: null, better: 'lower' });
  } finally {
    await cleanup();
    done();
  }
}

main().catch((error: unknown) => {
  log(String(error instanceof Error ? error.stack : error));
  process.exit(1);
});
