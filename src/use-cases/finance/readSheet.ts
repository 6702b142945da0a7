/**
 * A follow-up's import file, read and checked off the event loop: XLSX (the first sheet) or CSV (UTF-8 with or
 * without BOM, separated by semicolons or commas), in the untrusted-file worker (files/untrusted), within the
 * limits on unpacked size, cells, text per cell and time. Anything else is refused naming the file: 415 for a
 * file that is neither CSV nor XLSX, 413 naming the limit for a file over one.
 */
import { AppError } from '../../domain/errors.ts';
import type { ImportCheck } from '../../domain/financeImport.ts';
import { readFollowUpFile, UntrustedFileError, type SheetKind } from '../../files/untrusted/index.ts';

export async function readFollowUpSheet(name: string, bytes: Buffer): Promise<{ kind: SheetKind; check: ImportCheck }> {
  try {
    return await readFollowUpFile(name, bytes);
  } catch (error) {
    if (error instanceof UntrustedFileError) throw new AppError(error.code, error.message);
    throw error;
  }
}
