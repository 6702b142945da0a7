/**
 * What an uploaded file may cost to read: how much it unpacks to, how many parts and cells it has, how long it
 * takes and how much memory. A file over a limit is refused with a Swedish message naming the limit; a file that
 * is not what it claims to be is refused as such. Shared by the server and the worker that reads the files.
 */
import type { ErrorCode } from '../../domain/errors.ts';

export interface FileLimits {
  /** Sum of the uncompressed sizes of a ZIP container's entries (XLSX, DOCX, ODT). */
  unpackedBytes: number;
  /** Entries in a ZIP container. */
  entries: number;
  /** Cells of a spreadsheet (XLSX or CSV). */
  cells: number;
  /** Characters in one cell. */
  cellChars: number;
  /** Wall-clock time before the worker reading the file is ended. */
  ms: number;
}

const MB = 1024 * 1024;

/** A follow-up's figures: a handful of rows, generous room for a workbook exported from a finance system. */
export const SHEET_LIMITS: FileLimits = { unpackedBytes: 20 * MB, entries: 1_000, cells: 100_000, cellChars: 1_000, ms: 10_000 };
/** DOCX and ODT checked before LibreOffice converts them. */
export const OFFICE_LIMITS: FileLimits = { unpackedBytes: 200 * MB, entries: 10_000, cells: 0, cellChars: 0, ms: 10_000 };
/** PDFs read for their pages (upload check, meeting book). */
export const PDF_LIMITS: FileLimits = { unpackedBytes: 0, entries: 0, cells: 0, cellChars: 0, ms: 30_000 };
/** Content detection (magic numbers, and the ZIP check of office files). */
export const DETECT_LIMITS: FileLimits = { ...OFFICE_LIMITS, ms: 10_000 };

/** Heap of one worker reading files; a file that needs more is refused. */
export const WORKER_HEAP_MB = 512;

export type LimitName = 'unpackedBytes' | 'entries' | 'cells' | 'cellChars' | 'ms' | 'memory';

const swedishNumber = (n: number): string => n.toLocaleString('sv-SE').replace(/\u00a0/g, ' ');

/** The Swedish sentence naming a limit. */
export function limitMessage(limit: LimitName, limits: FileLimits): string {
  switch (limit) {
    case 'unpackedBytes': return `Filen är för stor uppackad: högst ${swedishNumber(Math.round(limits.unpackedBytes / MB))} MB.`;
    case 'entries': return `Filen innehåller för många delar: högst ${swedishNumber(limits.entries)}.`;
    case 'cells': return `Filen har för många celler: högst ${swedishNumber(limits.cells)}.`;
    case 'cellChars': return `En cell i filen har för lång text: högst ${swedishNumber(limits.cellChars)} tecken.`;
    case 'ms': {
      const seconds = Math.max(1, Math.round(limits.ms / 1000));
      return `Filen tar för lång tid att läsa: högst ${swedishNumber(seconds)} ${seconds === 1 ? 'sekund' : 'sekunder'}.`;
    }
    case 'memory': return `Filen kräver för mycket minne för att läsas: högst ${swedishNumber(WORKER_HEAP_MB)} MB.`;
  }
}

/**
 * A refusal of an untrusted file. `code` is the answer's problem code: `payload_too_large` (413) for a limit,
 * `unsupported_media_type` (415) for a file that is not what it claims, `validation` (400) for unreadable content.
 */
export class UntrustedFileError extends Error {
  constructor(readonly code: Extract<ErrorCode, 'payload_too_large' | 'unsupported_media_type' | 'validation'>, message: string, readonly limit?: LimitName) {
    super(message);
    this.name = 'UntrustedFileError';
  }
}

export const overLimit = (name: string, limit: LimitName, limits: FileLimits): UntrustedFileError =>
  new UntrustedFileError('payload_too_large', `${name}: ${limitMessage(limit, limits)}`, limit);
