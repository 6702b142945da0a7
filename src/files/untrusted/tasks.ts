/**
 * The work done on untrusted files, run only inside the untrusted-file worker (worker.mjs): reading a
 * spreadsheet (XLSX with read-excel-file, CSV with csv-parse) and checking a follow-up import, reading a PDF's
 * pages (pdf-lib), detecting a file's type (file-type) and checking ZIP containers. Each task gets the file's name
 * and bytes and answers plain data, or throws an UntrustedFileError. The readers are loaded on first use, so a
 * new worker is ready quickly.
 */
import type { PDFDocument } from 'pdf-lib';
import { checkImport, type Cell, type ImportCheck } from '../../domain/financeImport.ts';
import { decideMediaType, type MediaCheck } from '../../domain/media.ts';
import { overLimit, UntrustedFileError, type FileLimits } from './limits.ts';
import { checkZip } from './zip.ts';

export type SheetKind = 'csv' | 'xlsx';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** The separator of the header line: the one that occurs most outside quotes (semicolon on a tie). */
function separatorOf(text: string): ';' | ',' {
  const first = text.slice(0, 64 * 1024).split(/\r?\n/, 1)[0]!.replace(/"[^"]*"/g, '');
  const count = (c: string) => first.split(c).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

function isText(text: string): boolean {
  // Invalid UTF-8 decodes to U+FFFD; binary files carry NULs and other control characters.
  return !/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text);
}

function checkCells(name: string, rows: Cell[][], limits: FileLimits): void {
  let cells = 0;
  for (const row of rows) {
    cells += row.length;
    if (cells > limits.cells) throw overLimit(name, 'cells', limits);
    for (const cell of row) if (typeof cell === 'string' && cell.length > limits.cellChars) throw overLimit(name, 'cellChars', limits);
  }
}

/** The first sheet of an XLSX file or the rows of a CSV file (UTF-8, with or without BOM, `;` or `,`). */
export async function sheet(name: string, bytes: Buffer, limits: FileLimits): Promise<{ kind: SheetKind; rows: Cell[][] }> {
  if (bytes.subarray(0, 4).equals(ZIP)) {
    checkZip(name, bytes, limits);
    const { readSheet: readXlsxSheet } = await import('read-excel-file/node');
    let rows: Cell[][];
    try {
      rows = (await readXlsxSheet(bytes)) as Cell[][];
    } catch {
      throw new UntrustedFileError('unsupported_media_type', `${name} kan inte läsas som en Excel-fil (XLSX)`);
    }
    checkCells(name, rows, limits);
    return { kind: 'xlsx', rows };
  }
  if (bytes.subarray(0, 4).equals(OLE)) throw new UntrustedFileError('unsupported_media_type', `${name} är en äldre Excel-fil (XLS); spara den som XLSX eller CSV`);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!isText(text)) throw new UntrustedFileError('unsupported_media_type', `${name} är varken en CSV-fil (UTF-8) eller en Excel-fil (XLSX)`);
  const { parse } = await import('csv-parse/sync');
  let rows: string[][];
  try {
    rows = parse(text, { delimiter: separatorOf(text), relax_column_count: true, trim: true, max_record_size: limits.cellChars * 64 }) as string[][];
  } catch (error) {
    if ((error as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') throw overLimit(name, 'cellChars', limits);
    const line = (error as { lines?: number }).lines;
    throw new UntrustedFileError('unsupported_media_type', `${name} kan inte läsas som CSV${line ? ` (rad ${line})` : ''}: kontrollera citattecknen`);
  }
  checkCells(name, rows, limits);
  return { kind: 'csv', rows };
}

/** A follow-up's import file read and checked (every row, every column) without leaving the worker. */
export async function followUpImport(name: string, bytes: Buffer, limits: FileLimits): Promise<{ kind: SheetKind; check: ImportCheck }> {
  const { kind, rows } = await sheet(name, bytes, limits);
  return { kind, check: checkImport(rows) };
}

export type PdfFacts = { ok: true; encrypted: boolean; pages: number; landscape: number[] } | { ok: false; reason: 'corrupt' | 'no-pages' };

/** Page count and landscape pages of a PDF, or why it cannot be read. */
export async function pdf(_name: string, bytes: Buffer): Promise<PdfFacts> {
  const { PDFDocument: Pdf } = await import('pdf-lib');
  let doc: PDFDocument;
  try {
    doc = await Pdf.load(bytes, { ignoreEncryption: true, updateMetadata: false, parseSpeed: Infinity });
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (doc.isEncrypted) return { ok: true, encrypted: true, pages: 0, landscape: [] };
  try {
    const pages = doc.getPages();
    if (pages.length === 0) return { ok: false, reason: 'no-pages' };
    const landscape = pages.flatMap((page, i) => {
      const { width, height } = page.getSize();
      if (!Number.isFinite(width) || !Number.isFinite(height)) throw new Error('page without a size');
      const turned = Math.abs(page.getRotation().angle) % 180 === 90;
      return (turned ? height > width : width > height) ? [i + 1] : [];
    });
    return { ok: true, encrypted: false, pages: pages.length, landscape };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}

const ZIP_FAMILY = /openxmlformats|opendocument|^application\/zip$/;

/** The stored media type from the content (domain/media.ts decides); ZIP containers are checked against the limits. */
export async function detect(name: string, bytes: Buffer, limits: FileLimits, declared?: string): Promise<MediaCheck> {
  const { fileTypeFromBuffer } = await import('file-type');
  const found = await fileTypeFromBuffer(bytes);
  let utf8 = false;
  if (!found) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      utf8 = true;
    } catch { utf8 = false; }
  }
  const check = decideMediaType(name, declared, found?.mime, utf8);
  if (!check.error && ZIP_FAMILY.test(check.mediaType)) checkZip(name, bytes, limits);
  return check;
}

/** A ZIP container checked against the limits (before LibreOffice opens a DOCX or ODT). */
export async function zip(name: string, bytes: Buffer, limits: FileLimits): Promise<{ entries: number }> {
  return { entries: checkZip(name, bytes, limits).length };
}

export const TASKS = { sheet, followUpImport, pdf, detect, zip };
export type TaskName = keyof typeof TASKS;
