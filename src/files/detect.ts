/**
 * Reads a file's real type from its bytes (magic numbers) and applies the media rule of domain/media.ts. The bytes
 * are read in the untrusted-file worker (files/untrusted), where ZIP containers (DOCX, ODT, XLSX) are also checked
 * against their unpacked-size and entry limits; a file over a limit throws an UntrustedFileError (413).
 */
import type { MediaCheck } from '../domain/media.ts';
import { detectUntrustedType } from './untrusted/index.ts';

export function detectMediaType(fileName: string, declared: string | undefined, bytes: Buffer): Promise<MediaCheck> {
  return detectUntrustedType(fileName, declared, bytes);
}
