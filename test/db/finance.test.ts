/**
 * The financial follow-up's writes on both backends: an import replaces the period's figures or, on any
 * error, leaves them as they were; concurrent imports from the same version end with one winner and one 409;
 * the figures survive the round trip through bigint exactly; the tenant's unique key holds.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends } from '../support/backends.ts';
import { createFixture, useDatabase } from '../support/fixtures.ts';
import { createFollowUp } from '../../src/use-cases/finance/followUps.ts';
import { importFigures } from '../../src/use-cases/finance/importFigures.ts';
import { AppError } from '../../src/domain/errors.ts';

const HEADER = 'Rad;Budget;Utfall;Budget helår;Prognos helår;Jämförelse\n';
const file = (rows: string) => ({ name: 'uppf.csv', bytes: Buffer.from(HEADER + rows) });

for (const backend of testBackends()) {
  describe(`financial follow-up (${backend.name})`, () => {
    const database = useDatabase(backend);

    it('imports all figures or none, exactly, and keeps one follow-up per organ and period', async () => {
      const fx = await createFixture(database.services);
      const ctx = fx.as('officer');
      const created = await createFollowUp(ctx, { organId: fx.organs.KS, year: 2024, tertial: 'T1' });
      const first = await importFigures(ctx, created.id, file('Verksamhetens kostnader;-712 380 211;-750 920 476;-1 641 340 158;-1 731 320 329;-136 140 512\n'), created.version);
      expect(first.values.costs).toEqual({ budget: -712_380_211, outcome: -750_920_476, budget_year: -1_641_340_158, forecast_year: -1_731_320_329, comparison: -136_140_512 });

      const bad = importFigures(ctx, created.id, file('Verksamhetens intäkter;1;2;3;4;5\nVerksamhetens kostnader;-1;-2;x;-4;-5\n'), first.version);
      await expect(bad).rejects.toMatchObject({ code: 'validation', errors: [{ field: 'file', message: expect.stringMatching(/^Rad 3, kolumn Budget helår:/) }] });
      const rows = (await database.services.db.execute<{ line: string; amount_kr: string }>(sql`SELECT line, amount_kr FROM follow_up_values WHERE follow_up_id = ${created.id} ORDER BY measure`)).rows;
      expect(rows.map((r) => [r.line, Number(r.amount_kr)])).toEqual([['costs', -712_380_211], ['costs', -1_641_340_158], ['costs', -136_140_512], ['costs', -1_731_320_329], ['costs', -750_920_476]]);

      await expect(createFollowUp(ctx, { organId: fx.organs.KS, year: 2024, tertial: 'T1' })).rejects.toMatchObject({ code: 'conflict' });
      await expect(createFollowUp(fx.as('officer'), { organId: fx.organs.KSNAU, year: 2024, tertial: 'T1' })).rejects.toMatchObject({ code: 'forbidden' });
    });

    it('two imports from the same version: one is stored, the other answers 409', async () => {
      const fx = await createFixture(database.services);
      const ctx = fx.as('officer');
      const created = await createFollowUp(ctx, { organId: fx.organs.KS, year: 2025, tertial: 'T2' });
      const results = await Promise.allSettled([
        importFigures(ctx, created.id, file('Verksamhetens intäkter;1;2;3;4;5\n'), created.version),
        importFigures(ctx, created.id, file('Verksamhetens intäkter;10;20;30;40;50\n'), created.version),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected).toHaveLength(1);
      expect(rejected[0]!.reason).toBeInstanceOf(AppError);
      expect((rejected[0]!.reason as AppError).code).toBe('conflict');
      const [count] = (await database.services.db.execute<{ n: string }>(sql`SELECT count(*) AS n FROM follow_up_values WHERE follow_up_id = ${created.id}`)).rows;
      expect(Number(count!.n)).toBe(5);
    });
  });
}
