/**
 * Renders PDFs with Typst in a worker thread, so a 100-page meeting book or a set of minutes never stalls the
 * HTTP event loop. One worker, started on first use, handles requests in order and ends after a minute without
 * work (its compiler and fonts take memory); a crashed worker is replaced on the next request.
 */
import { Worker } from 'node:worker_threads';
export type Template = 'report' | 'book' | 'minutes' | 'extract' | 'followup-report' | 'risk-analysis' | 'grant-compilation' | 'annual-dates' | 'annual-wheel';

/** What the render worker (typstWorker.mjs) answers. */
type CompileAnswer = { ok: true; pdf: Uint8Array; pages: number } | { ok: false; message: string };

export interface RenderRequest {
  template: Template;
  data: unknown;
  /**
   * Embedded PDFs by sha-256. A buffer that owns its whole memory is handed over to the renderer (moved, not
   * copied, so a 100-page book does not exist twice): the caller must not use it after the call.
   */
  attachments?: ReadonlyMap<string, Buffer>;
  /** Tagged PDF (default) or PDF/A-2a for archival renditions of generated documents. */
  standard?: 'tagged' | 'pdf-a';
}

export interface RenderResult { pdf: Buffer; pages: number }

export class RenderError extends Error {}

const IDLE_MS = 60_000;
const entry = new URL('./typstWorker.mjs', import.meta.url);

let worker: Worker | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: RenderResult) => void; reject: (e: Error) => void }>();

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(entry);
  w.on('message', ({ id, answer }: { id: number; answer: CompileAnswer }) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (answer.ok) p.resolve({ pdf: Buffer.from(answer.pdf.buffer, answer.pdf.byteOffset, answer.pdf.byteLength), pages: answer.pages });
    else p.reject(new RenderError(answer.message));
    if (pending.size === 0) scheduleIdle();
  });
  w.on('error', (error) => { if (worker === w) worker = undefined; failAll(new RenderError(`PDF rendering failed: ${error.message}`)); });
  w.on('exit', (code) => { if (worker === w) worker = undefined; if (code !== 0) failAll(new RenderError(`PDF rendering stopped (exit code ${code}).`)); });
  w.unref();
  worker = w;
  return w;
}

function scheduleIdle(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => { if (pending.size === 0) void stopRenderer(); }, IDLE_MS);
  idleTimer.unref();
}

/** Compiles one document in the render worker. */
export function renderPdf(request: RenderRequest): Promise<RenderResult> {
  clearTimeout(idleTimer);
  const w = getWorker();
  const id = nextId++;
  const transfer: ArrayBuffer[] = [];
  const attachments = [...(request.attachments ?? [])].map(([sha, bytes]): [string, Uint8Array] => {
    const owns = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer && !transfer.includes(bytes.buffer);
    if (!owns) return [sha, new Uint8Array(bytes)];
    transfer.push(bytes.buffer as ArrayBuffer);
    return [sha, new Uint8Array(bytes.buffer, 0, bytes.byteLength)];
  });
  return new Promise<RenderResult>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, request: { template: request.template, data: request.data, attachments, standard: request.standard ?? 'tagged' } }, transfer);
  });
}

/** Ends the render worker (at shutdown, or when idle); the next render starts a new one. */
export async function stopRenderer(): Promise<void> {
  const w = worker;
  worker = undefined;
  clearTimeout(idleTimer);
  if (w) await w.terminate();
}
