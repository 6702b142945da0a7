/**
 * An uploaded follow-up file as rows of cells: XLSX (the first sheet, read with read-excel-file) or CSV (UTF-8
 * with or without BOM, separated by semicolons or commas, read with csv-parse). Anything else is refused as
 * neither, naming the file.
 */
import { parse } from 'csv-parse/sync';
import { readSheet as readXlsxSheet } from 'read-excel-file/node';
import { AppError } from '../../domain/errors.ts';
import type { Cell } from '../../domain/financeImport.ts';

export type SheetResult = { ok: true; kind: 'csv' | 'xlsx'; rows: Cell[][] } | { ok: false; message: string };

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** The separator of the header line: the one that occurs most outside quotes (semicolon on a tie). */
function separatorOf(text: string): ';' | ',' {
  const first = text.split(/\r?\n/, 1)[0]!.replace(/"[^"]*"/g, '');
  const count = (c: string) => first.split(c).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

function isText(text: string): boolean {
  // Invalid UTF-8 decodes to U+FFFD; binary files carry NULs and other control characters.
  return !/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text);
}

export async function readSheet(name: string, bytes: Buffer): Promise<SheetResult> {
  if (bytes.subarray(0, 4).equals(ZIP)) {
    try {
      const rows = await readXlsxSheet(bytes);
      return { ok: true, kind: 'xlsx', rows: rows as Cell[][] };
    } catch {
      return { ok: false, message: `${name} kan inte läsas som en Excel-fil (XLSX)` };
    }
  }
  if (bytes.subarray(0, 4).equals(OLE)) return { ok: false, message: `${name} är en äldre Excel-fil (XLS); spara den som XLSX eller CSV` };
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!isText(text)) return { ok: false, message: `${name} är varken en CSV-fil (UTF-8) eller en Excel-fil (XLSX)` };
  try {
    const rows = parse(text, { delimiter: separatorOf(text), relax_column_count: true, trim: true }) as string[][];
    return { ok: true, kind: 'csv', rows };
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { ok: false, message: `${name} kan inte läsas som CSV${line ? ` (rad ${line})` : ''}: kontrollera citattecknen` };
  }
}

/** The same, throwing 415 for a file that is neither CSV nor XLSX. */
export async function readSheetOrThrow(name: string, bytes: Buffer): Promise<{ kind: 'csv' | 'xlsx'; rows: Cell[][] }> {
  const result = await readSheet(name, bytes);
  if (!result.ok) throw new AppError('unsupported_media_type', result.message);
  return result;
}
