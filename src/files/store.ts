/**
 * Content-addressed file store on disk: bytes live under their sha-256, written atomically, never overwritten.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface StoredBlob { sha256: string; size: number }

export class FileStore {
  private readonly madeDirs = new Set<string>();

  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('invalid content hash');
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2));
  }

  async put(bytes: Buffer): Promise<StoredBlob> {
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const target = this.pathOf(sha256);
    const dir = path.dirname(target);
    if (!this.madeDirs.has(dir)) {
      await fs.mkdir(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    try {
      await fs.access(target);
    } catch {
      const tmp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
      await fs.writeFile(tmp, bytes, { flag: 'wx' });
      await fs.rename(tmp, target);
    }
    return { sha256, size: bytes.length };
  }

  async get(sha256: string): Promise<Buffer> {
    return fs.readFile(this.pathOf(sha256));
  }
}
