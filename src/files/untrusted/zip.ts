/**
 * The ZIP container of XLSX, DOCX and ODT files, checked before anything unpacks it: the central directory's
 * entry count and uncompressed sizes against the limits, then every entry inflated with its declared size as a
 * hard ceiling, so a header that lies about its size (a zip bomb) is caught after at most that many bytes.
 * Node's zlib only; runs in the untrusted-file worker.
 */
import zlib from 'node:zlib';
import { overLimit, UntrustedFileError, type FileLimits } from './limits.ts';

export interface ZipEntryInfo { name: string; method: number; compressedSize: number; size: number; localOffset: number }

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

const u64 = (b: Buffer, at: number): number => Number(b.readBigUInt64LE(at));

/** The entries of the central directory, or null when the bytes are not a readable ZIP archive. */
export function centralDirectory(bytes: Buffer): ZipEntryInfo[] | null {
  if (bytes.length < 22) return null;
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === EOCD) { eocd = at; break; }
  }
  if (eocd < 0) return null;
  let count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  if ((count === 0xffff || offset === MAX32) && eocd >= 20 && bytes.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const at = u64(bytes, eocd - 20 + 8);
    if (at + 56 > bytes.length || bytes.readUInt32LE(at) !== ZIP64_EOCD) return null;
    count = u64(bytes, at + 32);
    offset = u64(bytes, at + 48);
  }
  const entries: ZipEntryInfo[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length) return null;
    const entry: ZipEntryInfo = {
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength), method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20), size: bytes.readUInt32LE(at + 24), localOffset: bytes.readUInt32LE(at + 42),
    };
    // ZIP64: the real values follow in the extra field 0x0001, in this order, for each field saturated above.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength;) {
      const id = bytes.readUInt16LE(x);
      const length = bytes.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let p = x + 4;
        const next = (): number => { const v = p + 8 <= x + 4 + length ? u64(bytes, p) : Number.MAX_SAFE_INTEGER; p += 8; return v; };
        if (entry.size === MAX32) entry.size = next();
        if (entry.compressedSize === MAX32) entry.compressedSize = next();
        if (entry.localOffset === MAX32) entry.localOffset = next();
      }
      x += 4 + length;
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses a ZIP container over the limits (413), or one that cannot be read (415 naming the file). Every entry is
 * inflated with its declared size as the ceiling.
 */
export function checkZip(name: string, bytes: Buffer, limits: FileLimits): ZipEntryInfo[] {
  const unreadable = () => new UntrustedFileError('unsupported_media_type', `${name} är inte en läsbar ZIP-behållare (XLSX, DOCX eller ODT).`);
  const entries = centralDirectory(bytes);
  if (!entries) throw unreadable();
  if (entries.length > limits.entries) throw overLimit(name, 'entries', limits);
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (total > limits.unpackedBytes) throw overLimit(name, 'unpackedBytes', limits);
  }
  for (const e of entries) {
    const at = e.localOffset;
    if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw unreadable();
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const data = bytes.subarray(start, start + e.compressedSize);
    if (data.length !== e.compressedSize) throw unreadable();
    if (e.method === 0) {
      if (e.compressedSize !== e.size) throw overLimit(name, 'unpackedBytes', limits);
    } else if (e.method === 8) {
      let out: Buffer;
      try {
        out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
      } catch (error) {
        // More output than the header declared: a zip bomb, refused at the declared size.
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw overLimit(name, 'unpackedBytes', limits);
        throw unreadable();
      }
      if (out.length > e.size) throw overLimit(name, 'unpackedBytes', limits);
    } else {
      throw new UntrustedFileError('unsupported_media_type', `${name} använder en komprimering som inte stöds (metod ${e.method}).`);
    }
  }
  return entries;
}
