/**
 * Facts about an attached PDF needed to embed it: page count, which pages are landscape (wider than tall as
 * shown, rotation included), and whether it must be decrypted first.
 * Owner-password PDFs are decrypted with qpdf; user-password or corrupt PDFs are refused, naming the file.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';

const run = promisify(execFile);

export class AttachmentError extends Error {}

export interface PreparedPdf { bytes: Buffer; pages: number; /** 1-based numbers of the pages wider than tall. */ landscape: number[] }

async function qpdfDecrypt(bytes: Buffer, name: string): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'namnd-pdf-'));
  try {
    await fs.writeFile(path.join(dir, 'in.pdf'), bytes);
    await run('qpdf', ['--decrypt', path.join(dir, 'in.pdf'), path.join(dir, 'out.pdf')]).catch((error: { code?: string | number }) => {
      if (error.code === 'ENOENT') throw new AttachmentError(`${name} är krypterad och qpdf saknas på servern för att låsa upp den.`);
      if (error.code !== 3) throw new AttachmentError(`${name} är lösenordsskyddad och kan inte tas med i mötesboken.`);
    });
    return await fs.readFile(path.join(dir, 'out.pdf'));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export async function preparePdf(bytes: Buffer, name: string): Promise<PreparedPdf> {
  if (bytes.length === 0) throw new AttachmentError(`${name} är tom (0 byte).`);
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  } catch {
    throw new AttachmentError(`${name} är skadad och kan inte läsas som PDF.`);
  }
  if (doc.isEncrypted) {
    const plain = await qpdfDecrypt(bytes, name);
    return preparePdf(plain, name);
  }
  const pages = doc.getPageCount();
  if (pages === 0) throw new AttachmentError(`${name} har inga sidor.`);
  const landscape = doc.getPages().flatMap((page, i) => {
    const { width, height } = page.getSize();
    const turned = Math.abs(page.getRotation().angle) % 180 === 90;
    return (turned ? height > width : width > height) ? [i + 1] : [];
  });
  return { bytes, pages, landscape };
}
