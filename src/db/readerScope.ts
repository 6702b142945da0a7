/**
 * Database connections scoped to a reader: the backstop of the disclosure rules. A scoped handle runs its
 * statements as the role `namnd_app` with the reader's facts set on the connection (`namnd.reader`, `namnd.body`,
 * `namnd.secret_organs`, `namnd.protected`), and the row-level security policies of migration 0020 then hide
 * from it the documents, files and texts the reader may not see — so a query that forgets a rule returns nothing
 * instead of leaking. The unscoped handle (migrations, jobs, the demo loader, open data's tombstones) runs as the
 * connecting role, which owns the tables and is not subject to the policies.
 *
 * Settings are per connection; every checkout from the pool first brings the connection to the scope of the
 * handle that takes it (skipped when it is already there), so no scope is inherited from an earlier user.
 */
import type pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import * as schema from './schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { secretOrgans } from '../policies/actor.ts';
import type { Db } from './client.ts';

export type Scope =
  | { reader: 'staff'; bodyId: string; secretOrgans: readonly string[]; protectedAccess: boolean }
  | { reader: 'public' };

export const staffScope = (actor: Actor): Scope => ({
  reader: 'staff', bodyId: actor.bodyId, secretOrgans: [...secretOrgans(actor)].sort(), protectedAccess: actor.protectedDataAccess,
});

export const PUBLIC_SCOPE: Scope = { reader: 'public' };

/** The scope each connection is in now ('' for the connecting role's own). */
const current = new WeakMap<pg.PoolClient, string>();

const keyOf = (scope: Scope | undefined): string => (scope ? JSON.stringify(scope) : '');

async function enter(client: pg.PoolClient, scope: Scope | undefined): Promise<void> {
  const key = keyOf(scope);
  if ((current.get(client) ?? '') === key) return;
  current.delete(client); // unknown until the statement below succeeds
  if (!scope) {
    await client.query(`RESET ROLE; SELECT set_config('namnd.reader', '', false), set_config('namnd.body', '', false),
      set_config('namnd.secret_organs', '', false), set_config('namnd.protected', '', false)`);
  } else {
    const staff = scope.reader === 'staff' ? scope : null;
    await client.query(`SELECT set_config('role', 'namnd_app', false), set_config('namnd.reader', $1, false), set_config('namnd.body', $2, false),
      set_config('namnd.secret_organs', $3, false), set_config('namnd.protected', $4, false)`,
    [scope.reader, staff?.bodyId ?? '', staff ? `{${staff.secretOrgans.join(',')}}` : '', staff?.protectedAccess ? 'on' : '']);
  }
  current.set(client, key);
}

/**
 * A pool as drizzle uses one (`connect`, `query`), handing out connections of the underlying pool brought to one
 * scope. Its name must say "Pool": drizzle takes a connection of its own for a transaction only from a pool.
 */
export class ScopedPool {
  constructor(private readonly pool: pg.Pool, private readonly scope: Scope | undefined) {}

  async connect(): Promise<pg.PoolClient> {
    const client = await this.pool.connect();
    try {
      await enter(client, this.scope);
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    return client;
  }

  async query(...args: unknown[]): Promise<unknown> {
    const client = await this.connect();
    try {
      return await (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
    } finally {
      client.release();
    }
  }
}

/** The pool behind each unscoped handle, and its scoped handles by scope. */
const pools = new WeakMap<Db, { pool: pg.Pool; scoped: Map<string, Db> }>();
/** Each scoped handle's unscoped one. */
const owners = new WeakMap<Db, Db>();

/** The unscoped handle over a pool: every checkout leaves any reader's scope first. */
export function ownerDb(pool: pg.Pool): Db {
  const db = drizzle(new ScopedPool(pool, undefined) as unknown as pg.Pool, { schema });
  pools.set(db, { pool, scoped: new Map() });
  return db;
}

const MAX_SCOPES = 1000;

/**
 * The handle of `db` scoped to a reader. An already scoped handle is returned as it is (a scope never widens).
 */
export function scopedDb(db: Db, scope: Scope): Db {
  const entry = pools.get(db);
  if (!entry) return db;
  const key = keyOf(scope);
  let scoped = entry.scoped.get(key);
  if (!scoped) {
    if (entry.scoped.size >= MAX_SCOPES) entry.scoped.clear();
    scoped = drizzle(new ScopedPool(entry.pool, scope) as unknown as pg.Pool, { schema });
    entry.scoped.set(key, scoped);
    owners.set(scoped, db);
  }
  return scoped;
}

/**
 * The unscoped handle behind a scoped one, for a read path whose SQL states the disclosure rules itself and where
 * row-level security does not fit: the search, whose full-text operator PostgreSQL does not count as leakproof, so
 * under a policy every row is checked before the text index may narrow them (measured: p95 from ~80 ms to over
 * 2.7 s on 100 000 documents). Its guard is src/search/sources.ts (the disclosure SQL), held by the search tests
 * and the adversarial suite.
 */
export const unscopedDb = (db: Db): Db => owners.get(db) ?? db;
