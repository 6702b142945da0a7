/**
 * Reads a file's real type from its bytes (magic numbers) and applies the media rule of domain/media.ts.
 */
import { fileTypeFromBuffer } from 'file-type';
import { decideMediaType, type MediaCheck } from '../domain/media.ts';

export async function detectMediaType(fileName: string, declared: string | undefined, bytes: Buffer): Promise<MediaCheck> {
  const found = await fileTypeFromBuffer(bytes);
  let utf8 = false;
  if (!found) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      utf8 = true;
    } catch { utf8 = false; }
  }
  return decideMediaType(fileName, declared, found?.mime, utf8);
}
