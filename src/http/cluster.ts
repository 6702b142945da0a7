/**
 * Several HTTP processes on one port (`WORKERS`, PostgreSQL only): the primary forks the workers one after the
 * other — the first migrates the database and loads the demo, the next ones find it done — restarts a worker
 * that dies, and passes SIGINT/SIGTERM on so each finishes its requests. Sessions live in the database, so any
 * worker serves any request; login throttling and the short session cache are per process.
 */
import cluster, { type Worker } from 'node:cluster';
import { pino } from 'pino';
import type { Config } from '../config.ts';

/** Index of this worker (0 for the first), or null when not running as a cluster worker. */
export const workerIndex = (): number | null => (cluster.isWorker ? Number(process.env.NAMND_WORKER_INDEX ?? 0) : null);

export function assertClusterable(config: Config): void {
  if (config.workers > 1 && !config.databaseUrl) {
    throw new Error('WORKERS > 1 needs DATABASE_URL (a PostgreSQL server); the embedded store is served by one process.');
  }
}

/** In the primary: forks `config.workers` workers and supervises them. Resolves once all listen. */
export async function runPrimary(config: Config): Promise<void> {
  const log = pino({ level: config.logLevel });
  let stopping = false;
  const fork = (index: number): Promise<Worker> => new Promise((resolve, reject) => {
    const worker = cluster.fork({ NAMND_WORKER_INDEX: String(index) });
    const early = (code: number) => reject(new Error(`Worker ${index} ended before it listened (exit code ${code}).`));
    worker.once('exit', early);
    worker.once('listening', () => {
      worker.off('exit', early);
      worker.once('exit', (code, signal) => {
        if (stopping) return;
        log.error({ worker: index, code, signal }, 'worker ended; starting a new one');
        void fork(index).catch((error: unknown) => log.error({ err: error }, 'worker could not be restarted'));
      });
      resolve(worker);
    });
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down the workers');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    const timer = setTimeout(() => process.exit(1), 20_000);
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) { clearTimeout(timer); process.exit(0); }
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  for (let i = 0; i < config.workers; i++) await fork(i);
  log.info({ workers: config.workers, url: config.baseUrl }, `Nämnd is serving ${config.baseUrl}/app/ with ${config.workers} processes`);
}
