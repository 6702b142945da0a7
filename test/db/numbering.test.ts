/**
 * R-REG-4 on every backend: numbers are allocated in the registration transaction, so concurrent registrations
 * get consecutive numbers without gaps or duplicates.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends } from '../support/backends.ts';
import { counterValue, createFixture, letter, useDatabase, type Fixture } from '../support/fixtures.ts';
import { registerDocument } from '../../src/use-cases/registerDocument.ts';
import { createCase } from '../../src/use-cases/createCase.ts';
import { getCase } from '../../src/use-cases/getCase.ts';
import { fixedClock } from '../../src/clock.ts';

const N = 50;
const seqOf = (number: string): number => Number(/\/(\d+)$/.exec(number)![1]);

for (const backend of testBackends()) {
  describe(`${backend.name}: case and document numbers`, () => {
    const database = useDatabase(backend);
    let fx: Fixture;
    beforeAll(async () => { fx = await createFixture(database.services); });

    it('R-REG-4: the first case of the year is KS-2024/00001 and its first document KS-2024/00001-1', async () => {
      const own = await createFixture(database.services);
      const doc = await registerDocument(own.as('registrar'), { metadata: letter(own) });
      expect(doc.caseNumber).toBe('KS-2024/00001');
      expect(doc.number).toBe('KS-2024/00001-1');
    });

    it(`R-REG-4: ${N} concurrent registrations into new cases get numbers 1..${N}: no gap, no duplicate`, async () => {
      const ctx = fx.as('registrar');
      const settled = await Promise.allSettled(Array.from({ length: N }, (_, i) =>
        registerDocument(ctx, { metadata: letter(fx, { newCase: { registryId: fx.registryId, title: `Samtidigt ärende ${i}` } }) })));
      // What the register holds: exactly 1..N, each case with its document -1.
      const stored = await database.services.db.execute<{ number: string; docs: string }>(sql`
        SELECT c.number, string_agg(d.number, ',') AS docs FROM cases c LEFT JOIN documents d ON d.case_id = c.id
        WHERE c.registry_id = ${fx.registryId} GROUP BY c.number`);
      expect(stored.rows.map((r) => seqOf(r.number)).sort((a, b) => a - b)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
      for (const r of stored.rows) expect(r.docs).toBe(`${r.number}-1`);
      expect(await counterValue(database.services.db, fx.registryId, 2024)).toBe(N);
      // What the callers got: every registration succeeded and reported its own number.
      expect(settled.filter((s) => s.status === 'rejected').map((s) => String((s as PromiseRejectedResult).reason).slice(0, 120))).toEqual([]);
      const numbers = settled.map((s) => (s as PromiseFulfilledResult<{ caseNumber: string }>).value.caseNumber);
      expect(new Set(numbers).size).toBe(N);
      for (const n of numbers) expect(n).toMatch(/^KS-2024\/\d{5}$/);
    });

    it(`R-REG-4: ${N} concurrent documents in one case are numbered -1..-${N}`, async () => {
      const ctx = fx.as('registrar');
      const created = await createCase(ctx, { registryId: fx.registryId, title: 'Ärende med många handlingar' });
      const settled = await Promise.allSettled(Array.from({ length: N }, (_, i) =>
        registerDocument(ctx, { metadata: letter(fx, { newCase: undefined, caseId: created.id, description: `Handling ${i}` }) })));
      const view = await getCase(ctx, created.id);
      expect(view.documentCount).toBe(N);
      expect(view.documents.map((d) => d.number)).toEqual(Array.from({ length: N }, (_, i) => `${created.number}-${i + 1}`));
      expect(settled.filter((s) => s.status === 'rejected').map((s) => String((s as PromiseRejectedResult).reason).slice(0, 120))).toEqual([]);
      const docs = settled.map((s) => (s as PromiseFulfilledResult<{ number: string }>).value);
      const suffixes = docs.map((d) => Number(d.number.slice(created.number.length + 1)));
      expect(docs.every((d) => d.number.startsWith(`${created.number}-`))).toBe(true);
      expect(suffixes.sort((a, b) => a - b)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    });

    it('R-REG-4: concurrent createCase and registerDocument share one gapless series', async () => {
      const own = await createFixture(database.services);
      const ctx = own.as('registrar');
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2
        ? createCase(ctx, { registryId: own.registryId, title: `Nytt ärende ${i}` }).then((c) => c.number)
        : registerDocument(ctx, { metadata: letter(own) }).then((d) => d.caseNumber))));
      expect(results.map(seqOf).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });

    it('R-REG-4: the year of a number is the Swedish calendar year (new series after midnight on New Year\'s Eve)', async () => {
      const own = await createFixture(database.services);
      const at = (iso: string) => ({ ...own.as('registrar'), clock: fixedClock(iso) });
      const before = await createCase(at('2024-12-31T22:59:00Z'), { registryId: own.registryId, title: 'Sista ärendet 2024' });
      const after = await createCase(at('2024-12-31T23:01:00Z'), { registryId: own.registryId, title: 'Första ärendet 2025' });
      expect(before).toMatchObject({ number: 'KS-2024/00001', openedAt: '2024-12-31' });
      expect(after).toMatchObject({ number: 'KS-2025/00001', openedAt: '2025-01-01' });
    });

    it('R-REG-4: each registry has its own series', async () => {
      const a = await createFixture(database.services);
      const b = await createFixture(database.services);
      const first = await createCase(a.as('registrar'), { registryId: a.registryId, title: 'Ärende A' });
      const second = await createCase(b.as('registrar'), { registryId: b.registryId, title: 'Ärende B' });
      expect(first.number).toBe('KS-2024/00001');
      expect(second.number).toBe('KS-2024/00001');
    });
  });
}
