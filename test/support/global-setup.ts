/**
 * Prepares a migrated PGlite data directory once per test run; each test copies it instead of running initdb
 * (which takes seconds) again. The directory reaches the test workers through vitest's `provide`/`inject`
 * (environment variables set here are not guaranteed to reach every pool), with the environment variable kept
 * as a fallback for code run outside vitest.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrateDatabase, openDatabase } from '../../src/db/client.ts';

declare module 'vitest' {
  export interface ProvidedContext { namndPgliteTemplate: string }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'namnd-template-'));
  const database = await openDatabase({ dataDir: dir });
  await migrateDatabase(database.db);
  await database.close();
  // The copy must not carry the lock file or the socket directory of the process that made it.
  await fs.rm(path.join(dir, 'namnd.lock'), { force: true });
  await fs.rm(path.join(dir, 'run'), { recursive: true, force: true });
  project.provide('namndPgliteTemplate', dir);
  process.env.NAMND_PGLITE_TEMPLATE = dir;
  return async () => { await fs.rm(dir, { recursive: true, force: true }); };
}
