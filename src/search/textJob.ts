/**
 * The in-process job that makes PDFs searchable: when a PDF is stored (a registration, a finalised report,
 * adjusted minutes) it is queued, and its text is extracted shortly after — never inside the request that
 * stored it — and kept in `file_texts` under the content's hash. At server start, and every few minutes, a
 * catch-up queues every stored PDF that has no text yet (files from before, or from another process).
 *
 * One file at a time; after each file the job rests as long as the file took (at most a second), so extraction
 * uses at most about half a core while registrations come in, and catches up when they stop.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { FileStore, type StoredBlob } from '../files/store.ts';
import { cleanExtractedText } from '../domain/search.ts';
import { extractPdfText, looksLikePdf, type PdfTextExtractor } from './pdfText.ts';

export interface TextJobLog { info(obj: object, msg: string): void; warn(obj: object, msg: string): void }

export interface TextJobOptions {
  extractor?: PdfTextExtractor;
  /** Characters kept per file (whole pages up to about this many). */
  maxChars?: number;
  /** Wait after a notification before extracting (lets a burst of registrations pass). */
  delayMs?: number;
  /** Interval of the catch-up sweep. */
  sweepMs?: number;
  /** Rest between files as long as the last file took (false in tests). */
  pace?: boolean;
  log?: TextJobLog;
}

/** A file store that tells the extraction job about every PDF it stores. */
export class NotifyingFileStore extends FileStore {
  onPdf: ((sha256: string) => void) | undefined;

  override async put(bytes: Buffer): Promise<StoredBlob> {
    const stored = await super.put(bytes);
    if (this.onPdf && looksLikePdf(bytes)) this.onPdf(stored.sha256);
    return stored;
  }
}

const BATCH = 500;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export class TextExtractionJob {
  private readonly queue = new Set<string>();
  private pumping: Promise<void> | null = null;
  private timer: NodeJS.Timeout | undefined;
  private sweep: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly options: Required<Omit<TextJobOptions, 'log'>> & { log?: TextJobLog };

  constructor(private readonly services: { db: Db; files: FileStore }, options: TextJobOptions = {}) {
    this.options = { extractor: 'pdfjs', maxChars: 300_000, delayMs: 1000, sweepMs: 10 * 60_000, pace: true, ...options };
  }

  /** A PDF was stored: extract its text soon. */
  notify(sha256: string): void {
    if (this.stopped) return;
    this.queue.add(sha256);
    if (this.timer || this.pumping) return;
    this.timer = setTimeout(() => { this.timer = undefined; void this.pump(); }, this.options.delayMs);
    this.timer.unref();
  }

  /** Queues stored PDFs without text, batch by batch, and extracts them; answers how many were extracted. */
  async catchUp(): Promise<number> {
    let done = 0;
    for (;;) {
      if (this.stopped) return done;
      const result = await this.services.db.execute<{ sha: string }>(sql`
        SELECT s.sha FROM (
          SELECT f.sha256 AS sha FROM files f WHERE f.media_type = 'application/pdf'
          UNION SELECT m.public_pdf_sha256 FROM minutes m WHERE m.public_pdf_sha256 IS NOT NULL
        ) s WHERE NOT EXISTS (SELECT 1 FROM file_texts t WHERE t.sha256 = s.sha) LIMIT ${BATCH}`);
      if (!result.rows.length) return done;
      for (const row of result.rows) this.queue.add(row.sha);
      done += await this.drainCounting();
    }
  }

  /** Extracts everything queued (tests and the catch-up wait for this). */
  async drain(): Promise<void> {
    await this.drainCounting();
  }

  /** Catch-up now and then every `sweepMs`. */
  start(): void {
    const run = () => this.catchUp().then(
      (n) => { if (n) this.options.log?.info({ files: n }, 'PDF text extracted for search'); },
      (error: unknown) => this.options.log?.warn({ err: error }, 'PDF text catch-up failed'),
    );
    void run();
    this.sweep = setInterval(() => { if (!this.pumping) void run(); }, this.options.sweepMs);
    this.sweep.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.sweep);
    this.queue.clear();
    await this.pumping?.catch(() => undefined);
  }

  private async drainCounting(): Promise<number> {
    let count = 0;
    while (this.queue.size && !this.stopped) {
      if (this.pumping) { await this.pumping; continue; }
      const before = this.queue.size;
      await this.pump();
      count += before - this.queue.size;
    }
    return count;
  }

  private pump(): Promise<void> {
    if (this.pumping) return this.pumping;
    this.pumping = (async () => {
      try {
        while (this.queue.size && !this.stopped) {
          const sha = this.queue.values().next().value as string;
          this.queue.delete(sha);
          const started = Date.now();
          await this.extractOne(sha);
          if (this.options.pace && this.queue.size) await sleep(Math.min(Date.now() - started, 1000));
        }
      } finally {
        this.pumping = null;
      }
    })();
    return this.pumping;
  }

  private async extractOne(sha: string): Promise<void> {
    const { db, files } = this.services;
    const known = await db.execute(sql`SELECT 1 FROM file_texts WHERE sha256 = ${sha}`);
    if (known.rows.length) return;
    let bytes: Buffer;
    try {
      bytes = await files.get(sha);
    } catch {
      await this.store(sha, 'failed', null, '', 'file not in the store');
      return;
    }
    if (!looksLikePdf(bytes)) { await this.store(sha, 'failed', null, '', 'not a PDF'); return; }
    try {
      const { text, pages } = await extractPdfText(bytes, this.options.maxChars, this.options.extractor);
      await this.store(sha, 'done', pages, cleanExtractedText(text, this.options.maxChars), null);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.options.log?.warn({ sha256: sha, error: message }, 'PDF text could not be extracted');
      await this.store(sha, 'failed', null, '', message.slice(0, 500)).catch(() => undefined);
    }
  }

  private async store(sha: string, status: 'done' | 'failed', pages: number | null, text: string, error: string | null): Promise<void> {
    await this.services.db.execute(sql`INSERT INTO file_texts (sha256, status, pages, text, error)
      VALUES (${sha}, ${status}, ${pages}, ${text}, ${error}) ON CONFLICT (sha256) DO NOTHING`);
  }
}
