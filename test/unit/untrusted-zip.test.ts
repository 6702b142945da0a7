/**
 * The ZIP check of untrusted containers (files/untrusted/zip.ts), run before anything unpacks an XLSX, DOCX or
 * ODT: limits on entries and on the unpacked size from the central directory, then every entry inflated with its
 * declared size as the ceiling, so a header that lies is caught.
 */
import { describe, expect, it } from 'vitest';
import { centralDirectory, checkZip } from '../../src/files/untrusted/zip.ts';
import { SHEET_LIMITS } from '../../src/files/untrusted/limits.ts';
import { zip } from '../support/zip.ts';

const MB = 1024 * 1024;
const limits = { ...SHEET_LIMITS, unpackedBytes: 1 * MB, entries: 3 };
const refusal = (run: () => unknown) => {
  try { run(); } catch (error) { return error as { code: string; message: string; limit?: string }; }
  throw new Error('not refused');
};

describe('the central directory', () => {
  it('lists names, methods and sizes', () => {
    const file = zip([{ name: 'a.xml', data: 'x'.repeat(1000) }, { name: 'b/c.xml', data: 'yz', store: true }]);
    expect(centralDirectory(file)!.map((e) => [e.name, e.method, e.size])).toEqual([['a.xml', 8, 1000], ['b/c.xml', 0, 2]]);
  });

  it('is null for bytes that are not a ZIP archive, or are cut short', () => {
    expect(centralDirectory(Buffer.from('PK\u0003\u0004 not really'))).toBeNull();
    const file = zip([{ name: 'a.xml', data: 'x' }]);
    expect(centralDirectory(file.subarray(0, file.length - 30))).toBeNull();
  });
});

describe('checkZip', () => {
  it('accepts a container within the limits', () => {
    expect(checkZip('a.xlsx', zip([{ name: 'a.xml', data: 'x'.repeat(1000) }]), limits)).toHaveLength(1);
  });

  it('refuses more entries than allowed, naming the limit', () => {
    const file = zip(['a', 'b', 'c', 'd'].map((name) => ({ name, data: '' })));
    expect(refusal(() => checkZip('många.xlsx', file, limits))).toMatchObject({ code: 'payload_too_large', limit: 'entries', message: 'många.xlsx: Filen innehåller för många delar: högst 3.' });
  });

  it('refuses a declared unpacked size over the limit without inflating anything', () => {
    const file = zip([{ name: 'a.xml', data: 'x', declaredSize: 2 * MB }]);
    expect(refusal(() => checkZip('stor.xlsx', file, limits))).toMatchObject({ code: 'payload_too_large', limit: 'unpackedBytes', message: 'stor.xlsx: Filen är för stor uppackad: högst 1 MB.' });
  });

  it('catches an entry that inflates to more than its header declares (a zip bomb that lies)', () => {
    const file = zip([{ name: 'a.xml', data: Buffer.alloc(512 * 1024), declaredSize: 100 }]);
    expect(refusal(() => checkZip('bomb.xlsx', file, limits))).toMatchObject({ code: 'payload_too_large', limit: 'unpackedBytes' });
  });

  it('catches a stored entry whose sizes disagree', () => {
    const file = zip([{ name: 'a.xml', data: 'x'.repeat(100), store: true, declaredSize: 10 }]);
    expect(refusal(() => checkZip('fel.xlsx', file, limits))).toMatchObject({ code: 'payload_too_large' });
  });

  it('refuses a compression method other than store and deflate (415)', () => {
    const file = zip([{ name: 'a.xml', data: 'x', store: true }]);
    file.writeUInt16LE(12, file.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10); // bzip2 in the central directory
    expect(refusal(() => checkZip('bz.xlsx', file, limits))).toMatchObject({ code: 'unsupported_media_type' });
  });

  it('refuses a corrupt deflate stream as unreadable (415)', () => {
    const file = zip([{ name: 'a.xml', data: 'x'.repeat(1000) }]);
    file.fill(0xff, 30 + 'a.xml'.length, 30 + 'a.xml'.length + 4);
    expect(refusal(() => checkZip('trasig.xlsx', file, limits))).toMatchObject({ code: 'unsupported_media_type' });
  });
});
