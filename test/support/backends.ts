/**
 * The two database backends every database test runs on: embedded PGlite (always) and PostgreSQL (when
 * TEST_DATABASE_URL is set). Each `open()` gives a fresh, migrated database that `close()` throws away;
 * `openDemo()` one that already holds the demo municipality when global-setup.ts prepared it (else it is empty).
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
import type { DemoTemplate } from './global-setup.ts';

export interface TestDb {
  database: Database; services: Services; dataDir: string;
  /** The PostgreSQL address of this database (undefined on PGlite), for configs that name it. */
  databaseUrl?: string;
  close(): Promise<void>;
}
export interface TestBackend {
  name: 'pglite' | 'postgres';
  open(clock?: Clock): Promise<TestDb>;
  /** A fresh database copied from the prepared demo when there is one; an empty migrated one otherwise. */
  openDemo(clock?: Clock): Promise<TestDb>;
}

/** What test/support/global-setup.ts prepared for this project (vitest `inject`); undefined outside vitest. */
async function provided<K extends 'namndPgliteTemplate' | 'namndDemoTemplate'>(key: K) {
  try {
    const { inject } = await import('vitest');
    return inject(key);
  } catch { return undefined; /* not running inside a vitest worker */ }
}

/** The migrated template (vitest `inject`, or the environment outside vitest). */
const TEMPLATE = (await provided('namndPgliteTemplate')) || process.env.NAMND_PGLITE_TEMPLATE || undefined;
const DEMO: DemoTemplate | undefined = await provided('namndDemoTemplate');

/** Whether PGlite databases are copied from the prepared template (instead of running initdb per test). */
export const usesPgliteTemplate = (): boolean => TEMPLATE !== undefined;

async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'namnd-test-'));
}

/** A PGlite database in a new directory, copied from `source` (a data directory with `pg/` and maybe `files/`). */
async function openPglite(clock: Clock, source: string | undefined): Promise<TestDb> {
  const dataDir = await tempDir();
  if (source) {
    await fs.cp(path.join(source, 'pg'), path.join(dataDir, 'pg'), { recursive: true });
    await fs.cp(path.join(source, 'files'), path.join(dataDir, 'files'), { recursive: true }).catch(ignoreMissing);
  }
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
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error;
}

const pglite: TestBackend = {
  name: 'pglite',
  open: (clock = systemClock) => openPglite(clock, TEMPLATE),
  openDemo: (clock = systemClock) => openPglite(clock, DEMO?.backend === 'pglite' ? DEMO.dir : TEMPLATE),
};

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { await client.query(text); } finally { await client.end(); }
}

/** A new PostgreSQL database on the server of `url`, copied from `template` (a database, and a files directory). */
async function openPostgres(url: string, clock: Clock, template?: { database: string; filesDir: string }): Promise<TestDb> {
  const name = `namnd_test_${crypto.randomBytes(6).toString('hex')}`;
  await adminQuery(url, template ? `CREATE DATABASE ${name} TEMPLATE ${template.database}` : `CREATE DATABASE ${name}`);
  const dataDir = await tempDir();
  const drop = async () => {
    await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await fs.rm(dataDir, { recursive: true, force: true });
  };
  const target = new URL(url);
  target.pathname = `/${name}`;
  let database: Database | undefined;
  try {
    if (template) await fs.cp(template.filesDir, path.join(dataDir, 'files'), { recursive: true });
    database = await openDatabase({ databaseUrl: target.toString(), dataDir: '' });
    await migrateDatabase(database.db);
  } catch (error) {
    await database?.close();
    await drop();
    throw error;
  }
  const opened = database;
  return {
    database: opened, dataDir, databaseUrl: target.toString(),
    services: { db: opened.db, clock, files: new FileStore(path.join(dataDir, 'files')) },
    async close() {
      await opened.close();
      await drop();
    },
  };
}

function postgres(url: string): TestBackend {
  return {
    name: 'postgres',
    open: (clock = systemClock) => openPostgres(url, clock),
    openDemo: (clock = systemClock) => openPostgres(url, clock, DEMO?.backend === 'postgres' ? DEMO : undefined),
  };
}

/** PGlite always; PostgreSQL when TEST_DATABASE_URL points at a server where we may create databases. */
export function testBackends(): TestBackend[] {
  const url = process.env.TEST_DATABASE_URL;
  return url ? [pglite, postgres(url)] : [pglite];
}

/** The name of the backend `httpTestBackend()` opens, for tests that can only run on one of them. */
export function httpTestBackendName(): string {
  return process.env.NAMND_TEST_BACKEND || 'pglite';
}

/**
 * The one backend the in-process HTTP suites run on in this process: `NAMND_TEST_BACKEND` (set per vitest project,
 * see vitest.config.ts) names it; PGlite when unset. `postgres` needs TEST_DATABASE_URL.
 */
export function httpTestBackend(): TestBackend {
  const wanted = httpTestBackendName();
  if (wanted === 'pglite') return pglite;
  if (wanted !== 'postgres') throw new Error(`NAMND_TEST_BACKEND must be pglite or postgres, not ${wanted}`);
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('NAMND_TEST_BACKEND=postgres needs TEST_DATABASE_URL');
  return postgres(url);
}
