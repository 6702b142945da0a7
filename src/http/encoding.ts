/**
 * Content codings a request accepts (RFC 9110 Accept-Encoding), and compression of text kept compressed in memory:
 * Brotli at its highest quality (a seventh smaller than gzip, tens of milliseconds for a long page) and gzip.
 */
import { brotliCompress, brotliCompressSync, constants, gzipSync, type BrotliOptions } from 'node:zlib';
import type { FastifyRequest } from 'fastify';

export type Coding = 'br' | 'gzip';

/**
 * Whether the request accepts `coding`: named with a quality above zero, or covered by "*" when not named at
 * all (an explicit "gzip;q=0" refuses gzip even next to "*").
 */
export function acceptsCoding(request: FastifyRequest, coding: Coding): boolean {
  const header = request.headers['accept-encoding'];
  if (typeof header !== 'string') return false;
  let wildcard: boolean | undefined;
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((x) => x.trim()).find((x) => x.startsWith('q='));
    const accepted = !q || Number(q.slice(2)) > 0;
    if (name === coding) return accepted;
    if (name === '*') wildcard = accepted;
  }
  return wildcard ?? false;
}

const brotliText = (bytes: Buffer): BrotliOptions => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
});

/** Text compressed in `coding`, on the calling thread: for small texts or work done once. */
export const compressSync = (bytes: Buffer, coding: Coding): Buffer =>
  coding === 'br' ? brotliCompressSync(bytes, brotliText(bytes)) : gzipSync(bytes, { level: 9 });

/** Text Brotli-compressed on the thread pool, for long pages made while requests are served. */
export function brotliInBackground(bytes: Buffer, done: (error: Error | null, body: Buffer) => void): void {
  brotliCompress(bytes, brotliText(bytes), done);
}
