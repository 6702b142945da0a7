/**
 * Untrusted files — what users upload — are read here and only here, in worker threads off the HTTP event loop:
 * spreadsheets for imports, PDFs for their pages, office containers before conversion, and every upload's type.
 * Each task runs in a worker with a bounded heap (WORKER_HEAP_MB) and a deadline (`limits.ms`): a worker that
 * passes its deadline or runs out of memory is ended, and the file is refused with a Swedish message naming the
 * limit (413); the next file gets a new worker. ZIP containers are checked entry by entry before they are unpacked
 * (zip.ts). At most two workers read at once (one on a two-core machine), the rest wait in order; idle workers
 * end after a minute.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ImportCheck } from '../../domain/financeImport.ts';
import type { MediaCheck } from '../../domain/media.ts';
import { DETECT_LIMITS, OFFICE_LIMITS, PDF_LIMITS, SHEET_LIMITS, UntrustedFileError, WORKER_HEAP_MB, overLimit, type FileLimits, type LimitName } from './limits.ts';
import type { PdfFacts, SheetKind, TaskName } from './tasks.ts';

export { UntrustedFileError, SHEET_LIMITS, OFFICE_LIMITS, PDF_LIMITS, DETECT_LIMITS, type FileLimits, type PdfFacts, type SheetKind };

const entry = new URL('./worker.mjs', import.meta.url);
/** One processor is always left to the event loop: one worker on a two-core machine, at most two. */
const MAX_WORKERS = Math.max(1, Math.min(2, os.availableParallelism() - 1));
const IDLE_MS = 60_000;

interface Job {
  task: TaskName; name: string; bytes: Buffer; limits: FileLimits; extra?: unknown;
  resolve: (value: unknown) => void; reject: (error: Error) => void;
}
interface Slot { worker: Worker; ready: Promise<void>; job?: Job; timer?: NodeJS.Timeout; idle?: NodeJS.Timeout }

const slots = new Set<Slot>();
const queue: Job[] = [];
let nextId = 1;

function startSlot(): Slot {
  const worker = new Worker(entry, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 32 }, stdout: true, stderr: true });
  // Libraries' warnings about broken files (pdf-lib writes them to the console) are not the server's log.
  worker.stdout.resume();
  worker.stderr.resume();
  let markReady: () => void = () => {};
  let started = false;
  const slot: Slot = { worker, ready: new Promise<void>((resolve) => { markReady = resolve; }) };
  worker.on('message', (message: { ready?: true; id?: number; ok?: boolean; result?: unknown; error?: { code: UntrustedFileError['code']; message: string; limit?: LimitName } }) => {
    if (message.ready) { started = true; markReady(); return; }
    const job = slot.job;
    if (!job) return;
    finish(slot);
    if (message.ok) job.resolve(message.result);
    else job.reject(new UntrustedFileError(message.error!.code, message.error!.message, message.error!.limit));
    dispatch();
  });
  const gone = (reason: 'memory' | 'crash', error?: Error) => {
    if (!slots.has(slot)) return;
    slots.delete(slot);
    const job = slot.job;
    finish(slot);
    if (job) {
      // A worker that never started is the server's fault (500, logged), not the file's.
      if (!started) job.reject(new Error(`the untrusted-file worker did not start: ${error?.message ?? 'it exited'}`));
      else job.reject(reason === 'memory' ? overLimit(job.name, 'memory', job.limits) : new UntrustedFileError('unsupported_media_type', `${job.name} kan inte läsas.`));
    }
    dispatch();
  };
  worker.on('error', (error: NodeJS.ErrnoException) => gone(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash', error));
  worker.on('exit', () => gone('crash'));
  worker.unref();
  slots.add(slot);
  return slot;
}

function finish(slot: Slot): void {
  clearTimeout(slot.timer);
  slot.job = undefined;
  slot.timer = undefined;
}

function run(slot: Slot, job: Job): void {
  clearTimeout(slot.idle);
  slot.job = job;
  const id = nextId++;
  // The deadline counts from when the file reaches a worker, the worker's start included.
  slot.timer = setTimeout(() => {
    if (slot.job !== job) return;
    slots.delete(slot);
    finish(slot);
    job.reject(overLimit(job.name, 'ms', job.limits));
    void slot.worker.terminate();
    dispatch();
  }, job.limits.ms);
  slot.timer.unref();
  void slot.ready.then(() => {
    if (slot.job === job) slot.worker.postMessage({ id, task: job.task, name: job.name, bytes: new Uint8Array(job.bytes), limits: job.limits, extra: job.extra });
  });
}

function dispatch(): void {
  while (queue.length) {
    let slot = [...slots].find((s) => !s.job);
    if (!slot && slots.size < MAX_WORKERS) slot = startSlot();
    if (!slot) return;
    run(slot, queue.shift()!);
  }
  for (const slot of slots) {
    if (slot.job) continue;
    clearTimeout(slot.idle);
    slot.idle = setTimeout(() => { if (!slot.job) { slots.delete(slot); void slot.worker.terminate(); } }, IDLE_MS);
    slot.idle.unref();
  }
}

function submit<T>(task: TaskName, name: string, bytes: Buffer, limits: FileLimits, extra?: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    queue.push({ task, name, bytes, limits, extra, resolve: resolve as (value: unknown) => void, reject });
    dispatch();
  });
}

/** A follow-up's import file (XLSX or CSV) read and checked; refusals as UntrustedFileError. */
export function readFollowUpFile(name: string, bytes: Buffer, limits: FileLimits = SHEET_LIMITS): Promise<{ kind: SheetKind; check: ImportCheck }> {
  return submit('followUpImport', name, bytes, limits);
}

/** The first sheet of an XLSX file or a CSV file as rows of cells. */
export function readSpreadsheet(name: string, bytes: Buffer, limits: FileLimits = SHEET_LIMITS): Promise<{ kind: SheetKind; rows: (string | number | boolean | Date | null)[][] }> {
  return submit('sheet', name, bytes, limits);
}

/** A PDF's page count and landscape pages, or why it cannot be read. */
export function readPdfFacts(name: string, bytes: Buffer, limits: FileLimits = PDF_LIMITS): Promise<PdfFacts> {
  return submit('pdf', name, bytes, limits);
}

/** The media type from the content (domain/media.ts), ZIP containers checked against the limits. */
export function detectUntrustedType(name: string, declared: string | undefined, bytes: Buffer, limits: FileLimits = DETECT_LIMITS): Promise<MediaCheck> {
  return submit('detect', name, bytes, limits, declared);
}

/** A DOCX or ODT container checked before conversion. */
export function checkOfficeContainer(name: string, bytes: Buffer, limits: FileLimits = OFFICE_LIMITS): Promise<{ entries: number }> {
  return submit('zip', name, bytes, limits);
}

/** Ends the workers (at shutdown); files still waiting are refused. */
export async function stopUntrustedWorkers(): Promise<void> {
  for (const job of queue.splice(0)) job.reject(new UntrustedFileError('unsupported_media_type', `${job.name} kunde inte läsas: servern stängs.`));
  const all = [...slots];
  slots.clear();
  for (const slot of all) {
    const job = slot.job;
    finish(slot);
    job?.reject(new UntrustedFileError('unsupported_media_type', `${job.name} kunde inte läsas: servern stängs.`));
  }
  await Promise.all(all.map((s) => s.worker.terminate()));
}
