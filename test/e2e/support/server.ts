/**
 * Starts the real server (`node bin/namnd.js serve --demo`) as a child process on a free loopback port with a
 * temporary data directory, waits until it answers /healthz, and stops it by pid. Shared by the browser tests
 * and the benchmarks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface StartOptions {
  /** PostgreSQL connection string; without it the embedded PGlite store in the data directory is used. */
  databaseUrl?: string;
  /** Data directory; a fresh temporary one (removed on stop) when not given. */
  dataDir?: string;
  /** Extra environment for the server. */
  env?: Record<string, string>;
  /** How long to wait for /healthz. */
  timeoutMs?: number;
  logLevel?: string;
  /** Extra arguments for the server's node process, e.g. ['--cpu-prof', '--cpu-prof-dir=.tmp/prof']. */
  nodeArgs?: string[];
}

export interface RunningServer {
  url: string;
  port: number;
  pid: number;
  dataDir: string;
  /** Milliseconds from spawn to the first 200 on /healthz. */
  startMs: number;
  /** Everything the server wrote to stdout and stderr so far (for failure messages). */
  output(): string;
  /** Pids of the server's own child processes (embedded database, esbuild service). */
  childPids(): number[];
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Fields of /proc/<pid>/stat after the command name (which may contain spaces), or null when the process is gone. */
function statFields(pid: number): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** Start time of a process (clock ticks since boot): tells a process apart from a later one with the same pid. */
function startTimeOf(pid: number): string | null {
  return statFields(pid)?.[19] ?? null;
}

/** Direct children of a process, read from /proc (Linux). */
export function childPidsOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    if (Number(statFields(Number(entry))?.[1]) === pid) found.push(Number(entry));
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Servers still running when this process exits (e.g. after an uncaught error) get SIGTERM. */
const running = new Set<number>();
process.once('exit', () => {
  for (const pid of running) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
});

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const ownDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'namnd-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    BASE_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: options.logLevel ?? 'warn',
    ...options.env,
  };
  delete env.DATABASE_URL;
  delete env.FILES_DIR;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;

  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), 'bin/namnd.js', 'serve', '--demo'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('Could not spawn the server process.');
  running.add(pid);
  child.once('exit', () => running.delete(pid));
  let log = '';
  const keep = (chunk: Buffer) => {
    log += chunk.toString('utf8');
    if (log.length > 200_000) log = log.slice(-100_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  // Children seen so far, with their start times, so that a pid reused by an unrelated process is never signalled.
  const knownChildren = new Map<number, string>();
  const childPids = () => {
    const now = alive(pid) ? childPidsOf(pid) : [];
    for (const c of now) {
      const startTime = startTimeOf(c);
      if (startTime && !knownChildren.has(c)) knownChildren.set(c, startTime);
    }
    return now;
  };

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    childPids();
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 20_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    // The embedded database ends when its parent goes away; make sure nothing we started is left behind.
    for (const [grandchild, startTime] of knownChildren) {
      const same = () => startTimeOf(grandchild) === startTime;
      for (let i = 0; i < 50 && same(); i++) await sleep(100);
      if (same()) process.kill(grandchild, 'SIGKILL');
    }
    if (ownDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`The server exited early (code ${child.exitCode}, signal ${child.signalCode}).`);
      }
      try {
        const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) break;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > deadline) throw new Error('The server did not answer /healthz in time.');
      await sleep(50);
    }
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${log.slice(-8_000)}`, { cause: error });
  }
  const startMs = performance.now() - started;
  childPids();
  return { url, port, pid, dataDir, startMs, output: () => log, childPids, stop };
}

/** VmRSS of a process in MiB, or 0 when it is gone. */
export function rssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return kb ? Number(kb[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}
