/**
 * The test infrastructure itself: the migrated PGlite template prepared by global setup reaches the workers
 * (so databases are copied, not initialised per test), and every opened database is fully migrated.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends, usesPgliteTemplate } from '../support/backends.ts';
import { useDatabase } from '../support/fixtures.ts';

describe('test databases', () => {
  it('the PGlite template from global setup reaches this worker', () => {
    expect(usesPgliteTemplate()).toBe(true);
  });

  for (const backend of testBackends()) {
    describe(backend.name, () => {
      const database = useDatabase(backend);

      it('opens an empty, fully migrated database with the guards and the trigram extension', async () => {
        const db = database.services.db;
        const tables = (await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM cases`)).rows[0]!;
        expect(Number(tables.n)).toBe(0);
        const triggers = (await db.execute<{ tgname: string }>(sql`SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname`)).rows.map((r) => r.tgname);
        expect(triggers).toEqual(expect.arrayContaining(['audit_events_append_only', 'cases_never_deleted', 'documents_never_deleted']));
        const ext = (await db.execute<{ extname: string }>(sql`SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'`)).rows;
        expect(ext).toHaveLength(1);
      });
    });
  }
});
