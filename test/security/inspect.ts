/**
 * Reading answers the way a reader would: the text of a PDF (pdftotext), the decoded parts of an e-mail, the
 * headers (a file name can carry a description) — and finding planted markers and unmasked personal identity
 * numbers in them.
 */
import crypto from 'node:crypto';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Response } from '../support/http.ts';
import { UNMASKED_PERSONAL_NUMBER, type Marker, type Reader } from './world.ts';

const run = promisify(execFile);

const pdfTexts = new Map<string, Promise<string>>();

/** The text of a PDF as pdftotext reads it (cached by content; several are read at a time). */
export function pdfText(bytes: Buffer): Promise<string> {
  const key = crypto.createHash('sha256').update(bytes).digest('hex');
  let text = pdfTexts.get(key);
  if (!text) {
    text = (async () => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'namnd-adversary-'));
      try {
        const file = path.join(dir, 'a.pdf');
        await fs.writeFile(file, bytes);
        return (await run('pdftotext', [file, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
      } catch {
        return bytes.toString('latin1'); // not a readable PDF: look at its bytes
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    })();
    pdfTexts.set(key, text);
  }
  return text;
}

const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-';

/** Everything a reader gets from an answer: headers and body, PDFs as their text. */
export async function readerText(res: Response): Promise<string> {
  const headers = JSON.stringify(res.headers);
  const bytes = res.rawPayload;
  return `${headers}\n${isPdf(bytes) ? await pdfText(bytes) : bytes.toString('utf8')}`;
}

/** Markers compared without spaces, soft hyphens, hyphens and case (PDF line breaks, lower-cased e-mail). */
const squeeze = (text: string) => text.replace(/[\s\u00ad\u2010\u2011-]+/g, '').toUpperCase();

/** The markers found in a text. */
export function markersIn(text: string, markers: readonly Marker[]): Marker[] {
  const flat = squeeze(text);
  return markers.filter((m) => flat.includes(m.value));
}

export const hasUnmaskedPersonalNumber = (text: string): boolean => UNMASKED_PERSONAL_NUMBER.test(text);

export interface Leak {
  /** `GET /api/v1/meetings/:id`, `public page`, `mail`, `log`, … */
  surface: string;
  /** The address read (or the mail's file). */
  url: string;
  reader: Reader;
  /** The marker's label, or "personal identity number". */
  what: string;
}

/** Leaks in one text read by `reader`: markers it may not see, and (for the public) an unmasked personal number. */
export function leaksIn(text: string, markers: readonly Marker[], reader: Reader, surface: string, url: string): Leak[] {
  const found: Leak[] = markersIn(text, markers).filter((m) => reader === 'public' || !m.allowed.has(reader)).map((m) => ({ surface, url, reader, what: m.label }));
  if (reader === 'public' && hasUnmaskedPersonalNumber(text)) found.push({ surface, url, reader, what: 'personal identity number' });
  return found;
}

// --- e-mail (.eml as written to the outbox) -------------------------------------------------------------

function decodePart(headers: string, body: string): Buffer {
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (encoding === 'quoted-printable') {
    const joined = body.replace(/=\r?\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < joined.length; i++) {
      const hex = joined.slice(i + 1, i + 3);
      if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) { bytes.push(parseInt(hex, 16)); i += 2; } else bytes.push(joined.charCodeAt(i) & 0xff);
    }
    return Buffer.from(bytes);
  }
  return Buffer.from(body, 'utf8');
}

/** Decodes RFC 2047 encoded words in headers (subjects). */
const decodeWords = (header: string) => header.replace(/=\?([^?]+)\?([BQbq])\?([^?]*)\?=/g, (_m, _charset: string, kind: string, text: string) =>
  kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodePart('content-transfer-encoding: quoted-printable', text.replace(/_/g, ' ')).toString('utf8'));

/** A message's recipients and the text of all its parts (attached PDFs as their text). */
export async function readMail(raw: string): Promise<{ to: string[]; text: string }> {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const to = (unfolded.match(/^(?:to|cc|bcc):.*$/gim) ?? [])
    .flatMap((line) => line.match(/[^\s<>,"]+@[^\s<>,"]+/g) ?? []).map((a) => a.toLowerCase());
  const texts: (string | Promise<string>)[] = [decodeWords(unfolded)];
  const walk = (entity: string) => {
    const at = entity.search(/\r?\n\r?\n/);
    const headers = (at < 0 ? entity : entity.slice(0, at)).replace(/\r?\n[ \t]+/g, ' ');
    const body = at < 0 ? '' : entity.slice(at).replace(/^\r?\n\r?\n/, '');
    const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers)?.[1];
    if (/content-type:\s*multipart\//i.test(headers) && boundary) {
      for (const part of body.split(`--${boundary}`).slice(1)) if (!part.startsWith('--')) walk(part.replace(/^\r?\n/, ''));
      return;
    }
    const bytes = decodePart(headers, body);
    texts.push(isPdf(bytes) ? pdfText(bytes) : bytes.toString('utf8'));
  };
  walk(raw);
  return { to, text: (await Promise.all(texts)).join('\n') };
}
