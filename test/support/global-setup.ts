/**
 * Prepares, once per test run and project, what each test would otherwise build again:
 * - a migrated PGlite data directory, copied by every PGlite database test instead of running initdb (seconds);
 * - for the HTTP projects, the demo municipality already loaded — a PGlite data directory (`http-pglite`) or a
 *   PostgreSQL template database (`http-postgres`), each with its uploaded files — so that `startDemoApp` copies
 *   it instead of loading the demo again in every suite.
 * The locations reach the test workers through vitest's `provide`/`inject` (environment variables set here are
 * not guaranteed to reach every pool), with NAMND_PGLITE_TEMPLATE kept as a fallback for code run outside vitest.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateDatabase, openDatabase, type Database } from '../../src/db/client.ts';
import { FileStore } from '../../src/files/store.ts';
import { systemClock } from '../../src/clock.ts';
import { loadDemoIfEmpty } from '../../src/demo/load.ts';

/** Where `startDemoApp` finds the demo: a PGlite directory (`pg/`, `files/`) or a PostgreSQL template database. */
export type DemoTemplate = { backend: 'pglite'; dir: string } | { backend: 'postgres'; database: string; filesDir: string };

declare module 'vitest' {
  export interface ProvidedContext { namndPgliteTemplate: string; namndDemoTemplate: DemoTemplate | undefined }
}

/** The data directory of a closed PGlite store, without the lock file and socket directory of its process. */
async function closeStore(database: Database, dir: string): Promise<void> {
  await database.close();
  await fs.rm(path.join(dir, 'namnd.lock'), { force: true });
  await fs.rm(path.join(dir, 'run'), { recursive: true, force: true });
}

async function loadDemo(database: Database, filesDir: string): Promise<void> {
  await loadDemoIfEmpty({ db: database.db, clock: systemClock, files: new FileStore(filesDir) });
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { await client.query(text); } finally { await client.end(); }
}

type Cleanup = () => Promise<unknown>;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cleanups: Cleanup[] = [];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    await prepare(project, cleanups);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

async function prepare(project: TestProject, cleanups: Cleanup[]): Promise<void> {
  const backend = project.config.env?.NAMND_TEST_BACKEND;
  if (backend === 'postgres') {
    // No PGlite database is opened in this project.
    const url = process.env.TEST_DATABASE_URL;
    project.provide('namndDemoTemplate', url ? await postgresDemo(url, cleanups) : undefined);
    return;
  }
  const dir = await pgliteTemplate(cleanups);
  project.provide('namndPgliteTemplate', dir);
  process.env.NAMND_PGLITE_TEMPLATE = dir;
  project.provide('namndDemoTemplate', backend === 'pglite' ? await pgliteDemo(dir, cleanups) : undefined);
}

/** A migrated PGlite data directory. */
async function pgliteTemplate(cleanups: Cleanup[]): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'namnd-template-'));
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  const database = await openDatabase({ dataDir: dir });
  await migrateDatabase(database.db);
  await closeStore(database, dir);
  return dir;
}

/** A copy of the migrated template with the demo loaded, its files in `files/`. */
async function pgliteDemo(template: string, cleanups: Cleanup[]): Promise<DemoTemplate> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'namnd-demo-'));
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  await fs.cp(path.join(template, 'pg'), path.join(dir, 'pg'), { recursive: true });
  const database = await openDatabase({ dataDir: dir });
  try {
    await migrateDatabase(database.db);
    await loadDemo(database, path.join(dir, 'files'));
  } finally {
    await closeStore(database, dir);
  }
  return { backend: 'pglite', dir };
}

/** A PostgreSQL database with the demo loaded, used as the template of each test's database. */
async function postgresDemo(url: string, cleanups: Cleanup[]): Promise<DemoTemplate> {
  const name = `namnd_demo_${crypto.randomBytes(6).toString('hex')}`;
  await adminQuery(url, `CREATE DATABASE ${name}`);
  cleanups.push(() => adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const filesDir = await fs.mkdtemp(path.join(os.tmpdir(), 'namnd-demo-files-'));
  cleanups.push(() => fs.rm(filesDir, { recursive: true, force: true }));
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: target.toString(), dataDir: '', poolSize: 2 });
  try {
    await migrateDatabase(database.db);
    await loadDemo(database, filesDir);
  } finally {
    await database.close(); // a template must have no open connection while databases are copied from it
  }
  return { backend: 'postgres', database: name, filesDir };
}
