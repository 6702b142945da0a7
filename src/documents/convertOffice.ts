/**
 * DOCX/ODT → PDF with LibreOffice (`soffice --headless --convert-to pdf`) when it is installed on the server, as a
 * child process killed after two minutes. The container is checked against the unpacked-size and entry limits
 * first (files/untrusted), so LibreOffice never opens a zip bomb.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { checkOfficeContainer, UntrustedFileError } from '../files/untrusted/index.ts';

const run = promisify(execFile);

export const OFFICE_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
]);

export type Conversion = { ok: true; pdf: Buffer } | { ok: false; message: string };

export async function convertToPdf(bytes: Buffer, name: string): Promise<Conversion> {
  try {
    await checkOfficeContainer(name, bytes);
  } catch (error) {
    if (error instanceof UntrustedFileError) return { ok: false, message: `${error.message} Ingen PDF-version skapades.` };
    throw error;
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'namnd-office-'));
  try {
    const input = path.join(dir, `in${path.extname(name) || '.docx'}`);
    await fs.writeFile(input, bytes);
    await run('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, input], { timeout: 120_000, killSignal: 'SIGKILL' });
    return { ok: true, pdf: await fs.readFile(path.join(dir, 'in.pdf')) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { ok: false, message: `${name} sparades, men ingen PDF-version kunde skapas: LibreOffice är inte installerat på servern. Ladda upp en PDF om handlingen ska med i mötesboken.` };
    }
    return { ok: false, message: `${name} sparades, men konverteringen till PDF misslyckades.` };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
