/**
 * Text of a PDF, for search. The default extractor is pdf.js (pdfjs-dist's legacy build, made for Node) in a
 * child process at the lowest scheduling priority (nice 19): a large file never stalls the HTTP event loop, and
 * extraction only gets the processor time that requests and the database leave over (under load it waits, and
 * catches up when the load passes). The process ends after a minute without work and a crashed one is replaced
 * on the next file. `pdftotext` (poppler-utils) can be chosen instead where it is installed; it runs as a child
 * process too.
 */
import { execFile, fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

export type PdfTextExtractor = 'pdfjs' | 'pdftotext';
export interface PdfText { text: string; pages: number | null }

export class PdfTextError extends Error {}

const IDLE_MS = 60_000;
const TIMEOUT_MS = 120_000;
const HEAP_MB = 512;
const entry = fileURLToPath(new URL('./pdfTextWorker.mjs', import.meta.url));
/** The lowest priority: extraction yields to everything else on the machine. */
const NICENESS = 19;

let worker: ChildProcess | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: PdfText) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();

interface Answer { id: number; ok: boolean; text?: string; pages?: number; message?: string }

function settle(id: number, fn: (p: { resolve: (r: PdfText) => void; reject: (e: Error) => void }) => void): void {
  const p = pending.get(id);
  if (!p) return;
  pending.delete(id);
  clearTimeout(p.timer);
  fn(p);
  if (pending.size === 0) scheduleIdle();
}

function failAll(error: Error): void {
  for (const id of [...pending.keys()]) settle(id, (p) => p.reject(error));
}

function getWorker(): ChildProcess {
  if (worker) return worker;
  // `advanced` serialisation carries the PDF's bytes as a Uint8Array; no inspector or loader flags are inherited.
  // A hostile PDF may cost the extraction process at most this heap (it then dies and the file gets no text).
  const w = fork(entry, [], { serialization: 'advanced', execArgv: [`--max-old-space-size=${HEAP_MB}`], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  try { if (w.pid) os.setPriority(w.pid, NICENESS); } catch { /* not allowed here: it still runs outside the event loop */ }
  w.on('message', (a: Answer) => settle(a.id, (p) => (a.ok ? p.resolve({ text: a.text ?? '', pages: a.pages ?? null }) : p.reject(new PdfTextError(a.message ?? 'unreadable PDF')))));
  w.on('error', (error) => { if (worker === w) worker = undefined; failAll(new PdfTextError(`text extraction failed: ${error.message}`)); });
  w.on('exit', (code, signal) => { if (worker === w) worker = undefined; if (code !== 0) failAll(new PdfTextError(`text extraction stopped (${signal ?? `exit code ${code}`})`)); });
  // Neither the process nor its channel keeps the server alive.
  w.unref();
  w.channel?.unref();
  worker = w;
  return w;
}

function scheduleIdle(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => { if (pending.size === 0) void stopPdfTextWorker(); }, IDLE_MS);
  idleTimer.unref();
}

function withPdfjs(bytes: Buffer, maxChars: number): Promise<PdfText> {
  clearTimeout(idleTimer);
  const w = getWorker();
  const id = nextId++;
  return new Promise<PdfText>((resolve, reject) => {
    // A file that takes too long (a pathological PDF) ends the worker; the next file gets a new one.
    const timer = setTimeout(() => { settle(id, (p) => p.reject(new PdfTextError('text extraction timed out'))); void stopPdfTextWorker(); }, TIMEOUT_MS);
    pending.set(id, { resolve, reject, timer });
    w.send({ id, bytes: new Uint8Array(bytes), maxChars });
  });
}

function withPdftotext(bytes: Buffer, maxChars: number): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const child = execFile('pdftotext', ['-enc', 'UTF-8', '-q', '-', '-'], { maxBuffer: Math.max(maxChars * 4, 1 << 20), timeout: TIMEOUT_MS, encoding: 'utf8' },
      (error, stdout) => (error ? reject(new PdfTextError(`pdftotext: ${error.message}`)) : resolve({ text: stdout, pages: null })));
    child.stdin?.on('error', () => { /* reported through the exit status */ });
    child.stdin?.end(bytes);
  });
}

/** Extracts up to about `maxChars` characters of text (whole pages) from a PDF. */
export function extractPdfText(bytes: Buffer, maxChars: number, extractor: PdfTextExtractor = 'pdfjs'): Promise<PdfText> {
  return extractor === 'pdftotext' ? withPdftotext(bytes, maxChars) : withPdfjs(bytes, maxChars);
}

/** Ends the extraction process (at shutdown, or when idle). */
export async function stopPdfTextWorker(): Promise<void> {
  const w = worker;
  worker = undefined;
  clearTimeout(idleTimer);
  if (!w || w.exitCode !== null || w.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
  w.kill('SIGTERM');
  await exited;
}

/** True for bytes that start like a PDF (the header may follow a little junk). */
export const looksLikePdf = (bytes: Buffer): boolean => bytes.subarray(0, 1024).includes('%PDF-');
