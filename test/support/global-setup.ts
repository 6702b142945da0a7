/**
 * Prepares a migrated PGlite data directory once per test run; each test copies it instead of running initdb
 * (which takes seconds) again.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { migrateDatabase, openDatabase } from '../../src/db/client.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'namnd-template-'));
  const database = await openDatabase({ dataDir: dir });
  await migrateDatabase(database.db);
  await database.close();
  process.env.NAMND_PGLITE_TEMPLATE = dir;
  return async () => { await fs.rm(dir, { recursive: true, force: true }); };
}
