/**
 * A connection the database server closes while it is idle (restart, failover, a terminated backend) must not
 * take the process down: the pool drops it and the next query works.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { testBackends } from '../support/backends.ts';

const postgres = testBackends().find((b) => b.name === 'postgres');

describe.runIf(postgres)('postgres: an idle connection closed by the server', () => {
  it('is replaced; queries go on', async () => {
    const db = await postgres!.open();
    try {
      const [{ pid }] = (await db.services.db.execute<{ pid: number }>(sql`SELECT pg_backend_pid() AS pid`)).rows as [{ pid: number }];
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      await admin.end();
      await new Promise((resolve) => setTimeout(resolve, 200)); // the pool's idle client receives the termination
      const after = (await db.services.db.execute<{ one: number }>(sql`SELECT 1 AS one`)).rows;
      expect(after).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  });
});
