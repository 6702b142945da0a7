/**
 * The two database backends every database test runs on: embedded PGlite (always) and PostgreSQL (when
 * TEST_DATABASE_URL is set). Each `open()` gives a fresh, migrated database that `close()` throws away.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrateDatabase, openDatabase, type Database } from '../../src/db/client.ts';
import { FileStore } from '../../src/files/store.ts';
import { systemClock, type Clock } from '../../src/clock.ts';
import type { Services } from '../../src/use-cases/context.ts';

export interface TestDb {
  database: Database; services: Services; dataDir: string;
  /** The PostgreSQL address of this database (undefined on PGlite), for configs that name it. */
  databaseUrl?: string;
  close(): Promise<void>;
}
export interface TestBackend { name: 'pglite' | 'postgres'; open(clock?: Clock): Promise<TestDb> }

/** The migrated template prepared by test/support/global-setup.ts (vitest `inject`, or the environment outside vitest). */
async function templateDir(): Promise<string | undefined> {
  try {
    const { inject } = await import('vitest');
    const provided = inject('namndPgliteTemplate');
    if (provided) return provided;
  } catch { /* not running inside a vitest worker */ }
  return process.env.NAMND_PGLITE_TEMPLATE || undefined;
}

const TEMPLATE = await templateDir();

/** Whether PGlite databases are copied from the prepared template (instead of running initdb per test). */
export const usesPgliteTemplate = (): boolean => TEMPLATE !== undefined;

async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'namnd-test-'));
}

const pglite: TestBackend = {
  name: 'pglite',
  async open(clock = systemClock) {
    const dataDir = await tempDir();
    if (TEMPLATE) await fs.cp(path.join(TEMPLATE, 'pg'), path.join(dataDir, 'pg'), { recursive: true });
    const database = await openDatabase({ dataDir });
    await migrateDatabase(database.db);
    return {
      database, dataDir,
      services: { db: database.db, clock, files: new FileStore(path.join(dataDir, 'files')) },
      async close() {
        await database.close();
        await fs.rm(dataDir, { recursive: true, force: true });
      },
    };
  },
};

function postgres(url: string): TestBackend {
  return {
    name: 'postgres',
    async open(clock = systemClock) {
      const name = `namnd_test_${crypto.randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const target = new URL(url);
      target.pathname = `/${name}`;
      const database = await openDatabase({ databaseUrl: target.toString(), dataDir: '' });
      await migrateDatabase(database.db);
      const dataDir = await tempDir();
      return {
        database, dataDir, databaseUrl: target.toString(),
        services: { db: database.db, clock, files: new FileStore(path.join(dataDir, 'files')) },
        async close() {
          await database.close();
          const drop = new pg.Client({ connectionString: url });
          await drop.connect();
          await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await drop.end();
          await fs.rm(dataDir, { recursive: true, force: true });
        },
      };
    },
  };
}

/** PGlite always; PostgreSQL when TEST_DATABASE_URL points at a server where we may create databases. */
export function testBackends(): TestBackend[] {
  const url = process.env.TEST_DATABASE_URL;
  return url ? [pglite, postgres(url)] : [pglite];
}

/**
 * The one backend the in-process HTTP suites run on in this process: `NAMND_TEST_BACKEND` (set per vitest project,
 * see vitest.config.ts) names it; PGlite when unset. `postgres` needs TEST_DATABASE_URL.
 */
export function httpTestBackend(): TestBackend {
  const wanted = process.env.NAMND_TEST_BACKEND || 'pglite';
  if (wanted === 'pglite') return pglite;
  if (wanted !== 'postgres') throw new Error(`NAMND_TEST_BACKEND must be pglite or postgres, not ${wanted}`);
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('NAMND_TEST_BACKEND=postgres needs TEST_DATABASE_URL');
  return postgres(url);
}
