/**
 * R-REG-4 / R-REG-1: a registration is one transaction. When it fails half-way — after the case number was
 * taken — nothing stays behind: no case, no document, no counter increment, no audit row.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends } from '../support/backends.ts';
import { countRows, counterValue, createFixture, errorOf, letter, useDatabase, type Fixture } from '../support/fixtures.ts';
import { registerDocument } from '../../src/use-cases/registerDocument.ts';
import type { Ctx } from '../../src/use-cases/context.ts';

/** A context whose access list still names an organ that does not exist (e.g. access granted, organ since removed). */
function withStaleOrganAccess(ctx: Ctx, organId: string): Ctx {
  return { ...ctx, actor: { ...ctx.actor, organAccess: new Map([...ctx.actor.organAccess, [organId, { secret: true }]]) } };
}

async function expectNothingChanged(fx: Fixture, db: Parameters<typeof countRows>[0], before: Record<string, number>): Promise<void> {
  expect(await countRows(db)).toEqual(before);
  expect(await counterValue(db, fx.registryId, 2024)).toBe(0);
  const cases = await db.execute(sql`SELECT number FROM cases WHERE body_id = ${fx.bodyId}`);
  expect(cases.rows).toEqual([]);
}

for (const backend of testBackends()) {
  describe(`${backend.name}: a failed registration leaves nothing behind`, () => {
    const database = useDatabase(backend);

    it('R-REG-4: an unknown secrecy organ found inside the transaction rolls back case, number and audit', async () => {
      const fx = await createFixture(database.services);
      const db = database.services.db;
      const ghost = '00000000-0000-4000-8000-000000000001';
      const before = await countRows(db);
      const failure = await errorOf(() => registerDocument(withStaleOrganAccess(fx.as('registrar'), ghost), {
        metadata: letter(fx, { secrecy: { legalGround: 'OSL 19 kap. 3 §', organId: ghost } }),
      }));
      expect(failure.code).toBe('validation');
      expect(failure.errors.map((e) => e.field)).toEqual(['secrecy.organId']);
      await expectNothingChanged(fx, db, before);

      const next = await registerDocument(fx.as('registrar'), { metadata: letter(fx) });
      expect(next.caseNumber).toBe('KS-2024/00001');
    });

    it('R-REG-4: a database failure while inserting the document rolls back the new case and its number', async () => {
      const fx = await createFixture(database.services);
      const db = database.services.db;
      // A forced failure after the case row and the counter were written: the document insert raises.
      await db.execute(sql.raw(`
        CREATE OR REPLACE FUNCTION test_fail_document() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.description = 'TVINGAT FEL' THEN RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$`));
      await db.execute(sql.raw('CREATE TRIGGER test_fail_document BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION test_fail_document()'));
      try {
        const before = await countRows(db);
        await expect(registerDocument(fx.as('registrar'), { metadata: letter(fx, { description: 'TVINGAT FEL' }) })).rejects.toThrow();
        await expectNothingChanged(fx, db, before);

        const next = await registerDocument(fx.as('registrar'), { metadata: letter(fx) });
        expect(next.caseNumber).toBe('KS-2024/00001');
        expect(next.number).toBe('KS-2024/00001-1');
      } finally {
        await db.execute(sql.raw('DROP TRIGGER test_fail_document ON documents'));
      }
    });

    it('R-REG-4: a failure while adding to an existing case keeps its document sequence gapless', async () => {
      const fx = await createFixture(database.services);
      const db = database.services.db;
      const first = await registerDocument(fx.as('registrar'), { metadata: letter(fx) });
      const ghost = '00000000-0000-4000-8000-000000000002';
      const before = await countRows(db);
      await errorOf(() => registerDocument(withStaleOrganAccess(fx.as('registrar'), ghost), {
        metadata: letter(fx, { newCase: undefined, caseId: first.caseId, secrecy: { legalGround: 'OSL 19 kap. 3 §', organId: ghost } }),
      }));
      expect(await countRows(db)).toEqual(before);
      const second = await registerDocument(fx.as('registrar'), { metadata: letter(fx, { newCase: undefined, caseId: first.caseId }) });
      expect(second.number).toBe(`${first.caseNumber}-2`);
    });

    it('R-REG-1: invalid input is refused before anything is written, naming every bad field', async () => {
      const fx = await createFixture(database.services);
      const db = database.services.db;
      const before = await countRows(db);
      const failure = await errorOf(() => registerDocument(fx.as('registrar'), {
        metadata: letter(fx, { registeredDate: '2024-05-21', counterparty: null, newCase: { registryId: fx.registryId, title: 'Rad 1\nRad 2' } }),
      }));
      expect(failure.code).toBe('validation');
      expect(failure.errors.map((e) => e.field).sort()).toEqual(['counterparty.name', 'newCase.title', 'registeredDate']);
      await expectNothingChanged(fx, db, before);
    });

    it('R-REG-1: an unknown case answers not_found and writes nothing', async () => {
      const fx = await createFixture(database.services);
      const db = database.services.db;
      const before = await countRows(db);
      const failure = await errorOf(() => registerDocument(fx.as('registrar'), { metadata: letter(fx, { newCase: undefined, caseId: '00000000-0000-4000-8000-000000000003' }) }));
      expect(failure.code).toBe('not_found');
      expect(await countRows(db)).toEqual(before);
    });

    it('only registry roles may register', async () => {
      const fx = await createFixture(database.services);
      expect((await errorOf(() => registerDocument(fx.as('auditor'), { metadata: letter(fx) }))).code).toBe('forbidden');
    });
  });
}
