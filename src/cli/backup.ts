/**
 * Backup of the embedded store: a consistent dump of the PGlite data directory plus the file store, taken while
 * no server holds the directory (the lock refuses otherwise).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { lockDataDir } from '../db/embedded/lock.ts';

export async function backupEmbedded(dataDir: string, filesDir: string, out: string): Promise<string> {
  const release = lockDataDir(dataDir);
  try {
    await fs.mkdir(out, { recursive: true });
    const db = await PGlite.create({ dataDir: path.join(dataDir, 'pg'), extensions: { pg_trgm } });
    const dump = await db.dumpDataDir('gzip');
    await db.close();
    const dbFile = path.join(out, 'database.tar.gz');
    await fs.writeFile(dbFile, Buffer.from(await dump.arrayBuffer()));
    await fs.cp(filesDir, path.join(out, 'files'), { recursive: true, force: false, errorOnExist: false }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    return `Backup written to ${path.resolve(out)} (database.tar.gz and files/). Restore by loading database.tar.gz into a new PGlite data directory (PGlite loadDataDir).`;
  } finally {
    release();
  }
}
