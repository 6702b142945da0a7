/**
 * Opens the database: PostgreSQL via DATABASE_URL, or the embedded PGlite store in DATA_DIR.
 * Both are reached through node-postgres, so one schema and one SQL dialect serve both.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type * as schema from './schema/index.ts';
import { startEmbedded } from './embedded/start.ts';
import { ownerDb } from './readerScope.ts';

export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A database handle or an open transaction: repositories accept either. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  pool: pg.Pool;
  backend: 'postgres' | 'pglite';
  close(): Promise<void>;
}

// DATE columns come back as 'YYYY-MM-DD' strings, not JS Dates shifted by the time zone.
pg.types.setTypeParser(1082, (value: string) => value);

export interface OpenOptions {
  databaseUrl?: string;
  dataDir: string;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 20 });
    // An idle connection the server closes (restart, failover, terminated backend) is dropped by the pool and the
    // next query opens a new one; without a listener the 'error' event would end the process.
    pool.on('error', () => undefined);
    return { db: ownerDb(pool), pool, backend: 'postgres', close: () => pool.end() };
  }
  const store = await startEmbedded(options.dataDir);
  // PGlite is a single session: several connections would interleave their statements (and portals) in it.
  // One connection serialises them; a transaction holds it until commit, so nothing may query outside its tx.
  const pool = new pg.Pool({ host: store.socketDir, user: 'postgres', database: 'postgres', max: 1 });
  pool.on('error', () => undefined); // as above: a closed idle connection is replaced on the next query
  return {
    db: ownerDb(pool),
    pool,
    backend: 'pglite',
    async close() {
      await pool.end();
      await store.stop();
    },
  };
}

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export async function migrateDatabase(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder });
}
