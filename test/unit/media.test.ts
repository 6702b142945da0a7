import { describe, expect, it } from 'vitest';
import { decideMediaType, declaredMediaType } from '../../src/domain/media.ts';
import { detectMediaType } from '../../src/files/detect.ts';
import { textPdf } from '../../src/demo/pdf.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f00000000049454e44ae426082', 'hex');
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('media rule (domain/media.ts)', () => {
  it('takes the claimed type from the file extension, case-insensitively, before the declared header', () => {
    expect(declaredMediaType('Protokoll.PDF', 'application/octet-stream')).toBe('application/pdf');
    expect(declaredMediaType('bilaga.docx', 'text/plain')).toBe(DOCX_TYPE);
    expect(declaredMediaType('utan-ändelse', 'image/png')).toBe('image/png');
    expect(declaredMediaType('utan-ändelse', 'application/octet-stream')).toBeUndefined();
  });

  it('rejects a .pdf whose content has no PDF signature', () => {
    const check = decideMediaType('skrivelse.pdf', 'application/pdf', undefined, true);
    expect(check.error).toMatch(/skrivelse\.pdf.*application\/pdf/);
  });

  it('rejects a .pdf whose content is another known type', () => {
    const check = decideMediaType('skrivelse.pdf', 'application/pdf', 'image/png', false);
    expect(check.error).toContain('image/png');
  });

  it('accepts a PDF that is a PDF', () => {
    expect(decideMediaType('skrivelse.pdf', 'application/pdf', 'application/pdf', false)).toEqual({ mediaType: 'application/pdf' });
  });

  it('keeps the Office type of a .docx detected as a zip container', () => {
    expect(decideMediaType('bilaga.docx', undefined, 'application/zip', false)).toEqual({ mediaType: DOCX_TYPE });
  });

  it('stores UTF-8 text as text, and unrecognisable binary content as octet-stream', () => {
    expect(decideMediaType('anteckning.txt', 'text/plain', undefined, true)).toEqual({ mediaType: 'text/plain' });
    expect(decideMediaType('okänd', undefined, undefined, true)).toEqual({ mediaType: 'text/plain' });
    expect(decideMediaType('okänd', undefined, undefined, false)).toEqual({ mediaType: 'application/octet-stream' });
  });
});

describe('media detection from bytes (files/detect.ts)', () => {
  it('accepts a real PDF named .pdf', async () => {
    const pdf = await textPdf('Titel', 'KS-2024/00001-1', 'Text');
    expect(await detectMediaType('handling.pdf', 'application/pdf', pdf)).toEqual({ mediaType: 'application/pdf' });
  });

  it('rejects plain text named .pdf', async () => {
    const check = await detectMediaType('handling.pdf', 'application/pdf', Buffer.from('Detta är ingen PDF.\n'));
    expect(check.error).toBeDefined();
  });

  it('rejects a PNG image named .pdf, and a PDF named .txt', async () => {
    expect((await detectMediaType('handling.pdf', 'application/pdf', PNG)).error).toContain('image/png');
    const pdf = await textPdf('Titel', 'KS-2024/00001-1', 'Text');
    expect((await detectMediaType('handling.txt', 'text/plain', pdf)).error).toContain('application/pdf');
  });

  it('detects the type of content sent without a useful name or header', async () => {
    expect(await detectMediaType('bild', 'application/octet-stream', PNG)).toEqual({ mediaType: 'image/png' });
    expect(await detectMediaType('text', undefined, Buffer.from('Hej på dig, åäö', 'utf8'))).toEqual({ mediaType: 'text/plain' });
    expect(await detectMediaType('data', undefined, Buffer.from([0x01, 0x02, 0xc3, 0x28, 0x80, 0x81]))).toEqual({ mediaType: 'application/octet-stream' });
  });
});
