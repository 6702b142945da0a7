/**
 * R-REG-9 and R-REG-8 enforced by the database itself: registered cases, documents, files and secrecy marks are
 * never deleted, and the audit log is append-only — whatever code runs against it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends } from '../support/backends.ts';
import { countRows, createFixture, letter, useDatabase, type Fixture } from '../support/fixtures.ts';
import { registerDocument } from '../../src/use-cases/registerDocument.ts';
import { textPdf } from '../../src/demo/pdf.ts';
import type { Services } from '../../src/use-cases/context.ts';

/** The database's own message (drizzle wraps it as "Failed query: …" with the driver error as cause). */
async function failure(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    const e = error as { message: string; cause?: { message?: string } };
    return e.cause?.message ?? e.message;
  }
  return 'no error: the statement succeeded';
}

async function seed(services: Services): Promise<Fixture> {
  const fx = await createFixture(services);
  await registerDocument(fx.as('registrar'), {
    metadata: letter(fx, { secrecy: { legalGround: 'OSL 19 kap. 3 §', organId: fx.organs.KS } }),
    file: { name: 'a.pdf', mediaType: 'application/pdf', bytes: await textPdf('A', 'B', 'C') },
  });
  return fx;
}

for (const backend of testBackends()) {
  describe(`${backend.name}: nothing is hard-deleted, the audit log is append-only`, () => {
    const database = useDatabase(backend);
    let fx: Fixture;
    beforeAll(async () => { fx = await seed(database.services); });

    const rejected = async (statement: string): Promise<void> => {
      const db = database.services.db;
      const before = await countRows(db);
      expect(await failure(() => db.execute(sql.raw(statement)))).toMatch(/is not allowed \(append-only \/ never deleted\)/);
      expect(await countRows(db)).toEqual(before);
    };

    it('R-REG-9: DELETE FROM documents is rejected by the database', async () => { await rejected('DELETE FROM documents'); });
    it('R-REG-9: DELETE FROM cases is rejected by the database', async () => { await rejected('DELETE FROM cases'); });
    it('R-REG-9: DELETE FROM files and secrecy_marks is rejected by the database', async () => {
      await rejected('DELETE FROM files');
      await rejected('DELETE FROM secrecy_marks');
    });
    it('R-REG-8: DELETE FROM audit_events is rejected by the database', async () => { await rejected('DELETE FROM audit_events'); });
    it('R-REG-8: UPDATE audit_events is rejected by the database', async () => {
      const db = database.services.db;
      const before = await db.execute(sql`SELECT id, action FROM audit_events ORDER BY id`);
      expect(await failure(() => db.execute(sql.raw("UPDATE audit_events SET action = 'tampered'")))).toMatch(/UPDATE on audit_events is not allowed/);
      expect((await db.execute(sql`SELECT id, action FROM audit_events ORDER BY id`)).rows).toEqual(before.rows);
    });

    it('R-REG-9: ordinary edits of a case remain possible', async () => {
      const db = database.services.db;
      await db.execute(sql`UPDATE cases SET title = 'Ny rubrik' WHERE body_id = ${fx.bodyId}`);
      const rows = await db.execute<{ title: string }>(sql`SELECT title FROM cases WHERE body_id = ${fx.bodyId}`);
      expect(rows.rows.map((r) => r.title)).toEqual(['Ny rubrik']);
    });
  });

  describe(`${backend.name}: TRUNCATE cannot bypass the row triggers`, () => {
    const database = useDatabase(backend);
    beforeAll(async () => { await seed(database.services); });

    it('R-REG-8: TRUNCATE audit_events is rejected by the database', async () => {
      const db = database.services.db;
      const before = await countRows(db, ['audit_events']);
      expect(before.audit_events).toBeGreaterThan(0);
      expect(await failure(() => db.execute(sql.raw('TRUNCATE audit_events')))).toMatch(/not allowed/);
      expect(await countRows(db, ['audit_events'])).toEqual(before);
    });

    it('R-REG-9: TRUNCATE … CASCADE of the register is rejected by the database', async () => {
      const db = database.services.db;
      const before = await countRows(db);
      expect(await failure(() => db.execute(sql.raw('TRUNCATE cases CASCADE')))).toMatch(/not allowed/);
      expect(await countRows(db)).toEqual(before);
    });
  });
}
