/**
 * Runs the server: opens and migrates the database, loads the demo municipality into an empty store when asked,
 * listens, and shuts down gracefully on SIGINT/SIGTERM. With WORKERS > 1 (PostgreSQL) the primary process forks
 * that many of these (cluster.ts).
 */
import path from 'node:path';
import { pino } from 'pino';
import type { Config } from '../config.ts';
import { migrateDatabase, openDatabase } from '../db/client.ts';
import { systemClock } from '../clock.ts';
import { buildApp } from './app.ts';
import { PAGE_CACHE_TTL_MS } from './pageCache.ts';
import { createMailer } from '../mail/mailer.ts';
import { NotifyingFileStore, TextExtractionJob } from '../search/textJob.ts';
import { stopPdfTextWorker } from '../search/pdfText.ts';
import { AnnualReminderJob } from '../use-cases/annualCycle/reminderJob.ts';
import cluster from 'node:cluster';
import { assertClusterable, runPrimary, workerIndex } from './cluster.ts';

export interface ServeOptions { loadDemoIfEmpty?: boolean }

export function fileRoot(config: Config): string {
  return process.env.FILES_DIR ? path.resolve(process.env.FILES_DIR) : path.join(config.dataDir, 'files');
}

export async function serve(config: Config, options: ServeOptions = {}): Promise<void> {
  assertClusterable(config);
  if (config.workers > 1 && cluster.isPrimary) return runPrimary(config);
  const log = pino({ level: config.logLevel });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateDatabase(database.db);
  // PDFs stored by requests are queued for text extraction (search), which runs after the request.
  const files = new NotifyingFileStore(fileRoot(config));
  const texts = new TextExtractionJob({ db: database.db, files }, { extractor: process.env.PDF_TEXT_EXTRACTOR === 'pdftotext' ? 'pdftotext' : 'pdfjs', log });
  files.onPdf = (sha256) => texts.notify(sha256);
  const services = {
    db: database.db, clock: systemClock, files, baseUrl: config.baseUrl, log,
    mailer: createMailer({ smtpUrl: config.smtpUrl, outboxDir: path.join(config.dataDir, 'outbox') }),
  };
  let demoLoaded = false;
  let demoOutcome: Promise<void> = Promise.resolve();
  if (options.loadDemoIfEmpty) {
    const { loadDemoIfEmpty } = await import('../demo/load.ts');
    const printed = await loadDemoIfEmpty(services);
    if (printed) log.info(printed);
    demoLoaded = printed !== null;
  }
  const app = await buildApp({ services, config, logger: true, pageCacheMs: PAGE_CACHE_TTL_MS });
  const reminders = new AnnualReminderJob(services, { log });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 15_000);
    await demoOutcome; // a half-conducted demo meeting would stay so: let it finish (seconds)
    await texts.stop();
    await reminders.stop();
    await stopPdfTextWorker();
    await app.close();
    await database.close();
    clearTimeout(timer);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  log.info({ backend: database.backend, url: config.baseUrl }, `Nämnd is serving ${config.baseUrl}/app/`);
  // Catch-up: PDFs stored before (or by another process) get their text; in a cluster the first worker does it.
  if ((workerIndex() ?? 0) === 0) texts.start();
  // Reminders of the annual cycle: catch up now, then hourly (sending is idempotent across processes).
  if ((workerIndex() ?? 0) === 0) reminders.start();
  if (demoLoaded) {
    // The demo's outcome (the reference meeting conducted, its minutes rendered and adjusted) takes a few
    // seconds; it runs once the server answers, so the first page is not kept waiting.
    demoOutcome = import('../demo/outcome.ts').then(({ loadDemoOutcome }) => loadDemoOutcome(services)).then(
      (done) => { if (done) log.info(done); },
      (error: unknown) => log.error({ err: error }, 'The demo meeting could not be conducted.'),
    );
  }
  if (database.backend === 'pglite') log.info('Embedded database in use: for production data, set DATABASE_URL to a PostgreSQL server and run `namnd backup` regularly.');
}
