/**
 * Facts about an attached PDF needed to embed it: page count, which pages are landscape (wider than tall as
 * shown, rotation included), and whether it must be decrypted first. The PDF is read in the untrusted-file worker
 * (files/untrusted), never on the event loop, within its time and memory limits.
 * Owner-password PDFs are decrypted with qpdf (a child process with a deadline); user-password, corrupt or
 * page-less PDFs — and files that only start like a PDF, such as HTML behind a PDF header — are refused, naming
 * the file.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDF_LIMITS, readPdfFacts, UntrustedFileError } from '../files/untrusted/index.ts';

const run = promisify(execFile);

export class AttachmentError extends Error {
  /** 413 when the file is over a reading limit, otherwise a 400 on the file. */
  constructor(message: string, readonly overLimit = false) {
    super(message);
  }
}

export interface PreparedPdf { bytes: Buffer; pages: number; /** 1-based numbers of the pages wider than tall. */ landscape: number[] }

async function qpdfDecrypt(bytes: Buffer, name: string): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'namnd-pdf-'));
  try {
    await fs.writeFile(path.join(dir, 'in.pdf'), bytes);
    await run('qpdf', ['--decrypt', path.join(dir, 'in.pdf'), path.join(dir, 'out.pdf')], { timeout: PDF_LIMITS.ms, killSignal: 'SIGKILL' })
      .catch((error: { code?: string | number; killed?: boolean }) => {
        if (error.code === 'ENOENT') throw new AttachmentError(`${name} är krypterad och qpdf saknas på servern för att låsa upp den.`);
        if (error.killed) throw new AttachmentError(`${name}: Filen tar för lång tid att låsa upp: högst ${Math.round(PDF_LIMITS.ms / 1000)} sekunder.`, true);
        if (error.code !== 3) throw new AttachmentError(`${name} är lösenordsskyddad och kan inte tas med i mötesboken.`);
      });
    return await fs.readFile(path.join(dir, 'out.pdf'));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export async function preparePdf(bytes: Buffer, name: string, decrypted = false): Promise<PreparedPdf> {
  if (bytes.length === 0) throw new AttachmentError(`${name} är tom (0 byte).`);
  let facts;
  try {
    facts = await readPdfFacts(name, bytes);
  } catch (error) {
    if (error instanceof UntrustedFileError) throw new AttachmentError(error.message, error.code === 'payload_too_large');
    throw error;
  }
  if (!facts.ok) throw new AttachmentError(facts.reason === 'no-pages' ? `${name} har inga sidor.` : `${name} är skadad och kan inte läsas som PDF.`);
  if (facts.encrypted) {
    if (decrypted) throw new AttachmentError(`${name} är lösenordsskyddad och kan inte tas med i mötesboken.`);
    return preparePdf(await qpdfDecrypt(bytes, name), name, true);
  }
  return { bytes, pages: facts.pages, landscape: facts.landscape };
}
