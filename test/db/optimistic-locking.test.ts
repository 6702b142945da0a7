/**
 * Editing a case with optimistic locking: the second of two edits made from the same version is a conflict and
 * changes nothing; the first edit is kept.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends } from '../support/backends.ts';
import { createFixture, errorOf, useDatabase } from '../support/fixtures.ts';
import { createCase } from '../../src/use-cases/createCase.ts';
import { updateCase } from '../../src/use-cases/updateCase.ts';
import { getCase } from '../../src/use-cases/getCase.ts';

for (const backend of testBackends()) {
  describe(`${backend.name}: optimistic locking of cases`, () => {
    const database = useDatabase(backend);

    it('a second edit with the same version is a conflict, and the first edit is kept', async () => {
      const fx = await createFixture(database.services);
      const created = await createCase(fx.as('registrar'), { registryId: fx.registryId, title: 'Ursprunglig rubrik' });
      expect(created.version).toBe(1);
      const first = await updateCase(fx.as('registrar'), created.id, { version: 1, title: 'Första ändringen' });
      expect(first).toMatchObject({ title: 'Första ändringen', version: 2 });
      const failure = await errorOf(() => updateCase(fx.as('officer'), created.id, { version: 1, title: 'Andra ändringen' }));
      expect(failure.code).toBe('conflict');
      expect(failure.message).toContain(created.number);
      expect(await getCase(fx.as('registrar'), created.id)).toMatchObject({ title: 'Första ändringen', version: 2 });
    });

    it('of two simultaneous edits from the same version exactly one wins, and only it is logged', async () => {
      const fx = await createFixture(database.services);
      const created = await createCase(fx.as('registrar'), { registryId: fx.registryId, title: 'Ursprunglig rubrik' });
      const results = await Promise.allSettled([
        updateCase(fx.as('registrar'), created.id, { version: 1, title: 'Rubrik A' }),
        updateCase(fx.as('officer'), created.id, { version: 1, title: 'Rubrik B' }),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost.map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['conflict']);
      const winner = (won[0] as PromiseFulfilledResult<{ title: string }>).value.title;
      expect(await getCase(fx.as('registrar'), created.id)).toMatchObject({ title: winner, version: 2 });
      const logged = await database.services.db.execute(sql`SELECT count(*)::int AS n FROM audit_events WHERE case_id = ${created.id} AND action = 'case.update'`);
      expect(Number((logged.rows[0] as { n: number }).n)).toBe(1);
    });

    it('closing a case sets its closing date; reopening clears it', async () => {
      const fx = await createFixture(database.services);
      const created = await createCase(fx.as('registrar'), { registryId: fx.registryId, title: 'Att stänga' });
      const closed = await updateCase(fx.as('registrar'), created.id, { version: 1, status: 'closed' });
      expect(closed).toMatchObject({ status: 'closed', closedAt: fx.today, version: 2 });
      const reopened = await updateCase(fx.as('registrar'), created.id, { version: 2, status: 'open' });
      expect(reopened).toMatchObject({ status: 'open', closedAt: null, version: 3 });
    });

    it('rejects a missing version and invalid fields without changing anything', async () => {
      const fx = await createFixture(database.services);
      const created = await createCase(fx.as('registrar'), { registryId: fx.registryId, title: 'Orörd' });
      const failure = await errorOf(() => updateCase(fx.as('registrar'), created.id, { title: 'Rad 1\nRad 2', status: 'archived' }));
      expect(failure.code).toBe('validation');
      expect(failure.errors.map((e) => e.field).sort()).toEqual(['status', 'title', 'version']);
      expect(await getCase(fx.as('registrar'), created.id)).toMatchObject({ title: 'Orörd', version: 1 });
    });

    it('auditors may not edit cases; unknown cases are not_found', async () => {
      const fx = await createFixture(database.services);
      const created = await createCase(fx.as('registrar'), { registryId: fx.registryId, title: 'Orörd' });
      expect((await errorOf(() => updateCase(fx.as('auditor'), created.id, { version: 1, title: 'X' }))).code).toBe('forbidden');
      expect((await errorOf(() => updateCase(fx.as('registrar'), '00000000-0000-4000-8000-000000000009', { version: 1, title: 'X' }))).code).toBe('not_found');
    });
  });
}
