/**
 * Importing an existing diarium from CSV: every row is checked first; then all rows are imported, or none.
 * Number counters continue after the highest imported number (R-REG-4).
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends } from '../support/backends.ts';
import { countRows, counterValue, createFixture, useDatabase, type Fixture } from '../support/fixtures.ts';
import { importCases, type ImportResult } from '../../src/use-cases/importCases.ts';
import { createCase } from '../../src/use-cases/createCase.ts';
import type { Services } from '../../src/use-cases/context.ts';

const HEADER = 'number,title,publicTitle,openedAt,status,closedAt,classificationCode,caseOfficer';
const csv = (...rows: string[]): string => [HEADER, ...rows].join('\n') + '\n';

const errorsOf = (result: ImportResult) => (result.ok ? [] : result.errors);

async function setup(services: Services): Promise<Fixture> {
  return createFixture(services);
}

async function caseNumbers(services: Services, fx: Fixture): Promise<string[]> {
  const rows = await services.db.execute<{ number: string }>(sql`SELECT number FROM cases WHERE body_id = ${fx.bodyId} ORDER BY number`);
  return rows.rows.map((r) => r.number);
}

for (const backend of testBackends()) {
  describe(`${backend.name}: importing cases from CSV`, () => {
    const database = useDatabase(backend);

    it('R-REG-4: imports a valid file, and new cases continue after the highest imported number', async () => {
      const fx = await setup(database.services);
      const result = await importCases(database.services.db, fx.bodyId, fx.userId('admin'), csv(
        'KS-2023/00651,Planeringsdirektiv 2025,,2023-12-11,open,,,registrar',
        'KS-2024/00361,Detaljplan Vattenormen,Detaljplan,2024-03-04,closed,2024-05-01,2.3.1,',
        'KS-2024/00017,Motion om kor på taket,,2024-01-20,,,,',
      ));
      expect(result).toEqual({ ok: true, imported: 3 });
      expect(await caseNumbers(database.services, fx)).toEqual(['KS-2023/00651', 'KS-2024/00017', 'KS-2024/00361']);
      expect(await counterValue(database.services.db, fx.registryId, 2024)).toBe(361);
      expect(await counterValue(database.services.db, fx.registryId, 2023)).toBe(651);
      const next = await createCase(fx.as('registrar'), { registryId: fx.registryId, title: 'Nytt ärende efter import' });
      expect(next.number).toBe('KS-2024/00362');
      const imported = await database.services.db.execute<{ status: string; closed_at: string | null; public_title: string; case_officer_id: string | null }>(
        sql`SELECT status, closed_at, public_title, case_officer_id FROM cases WHERE body_id = ${fx.bodyId} AND number IN ('KS-2024/00361', 'KS-2023/00651') ORDER BY number`);
      expect(imported.rows).toEqual([
        { status: 'open', closed_at: null, public_title: 'Planeringsdirektiv 2025', case_officer_id: fx.userId('registrar') },
        { status: 'closed', closed_at: '2024-05-01', public_title: 'Detaljplan', case_officer_id: null },
      ]);
    });

    it('accepts semicolon-separated files with a byte-order mark (as saved by Swedish Excel)', async () => {
      const fx = await setup(database.services);
      const text = '\uFEFFnumber;title;openedAt\r\nKS-2024/00005;Skrivelse om snöröjning;2024-02-01\r\n';
      expect(await importCases(database.services.db, fx.bodyId, null, text)).toEqual({ ok: true, imported: 1 });
    });

    it('R-REG-4: a malformed number fails the whole file with a per-row error, importing nothing', async () => {
      const fx = await setup(database.services);
      const before = await countRows(database.services.db);
      const result = await importCases(database.services.db, fx.bodyId, null, csv(
        'KS-2024/00001,Bra rad,,2024-01-02,,,,',
        'KS-2024/12,Icke-kanoniskt nummer,,2024-01-03,,,,',
        'KS 2024/00003,Fel avskiljare,,2024-01-04,,,,',
      ));
      expect(errorsOf(result).map((e) => [e.row, e.field])).toEqual([[3, 'number'], [4, 'number']]);
      expect(errorsOf(result)[0]!.message).toContain('KS-2024/12');
      expect(await countRows(database.services.db)).toEqual(before);
      expect(await counterValue(database.services.db, fx.registryId, 2024)).toBe(0);
    });

    it('R-REG-4: a number twice in the file is reported on the second row, naming the first', async () => {
      const fx = await setup(database.services);
      const result = await importCases(database.services.db, fx.bodyId, null, csv(
        'KS-2024/00001,Första,,2024-01-02,,,,',
        'KS-2024/00002,Andra,,2024-01-02,,,,',
        'KS-2024/00001,Dubblett,,2024-01-03,,,,',
      ));
      expect(errorsOf(result)).toEqual([{ row: 4, field: 'number', message: 'KS-2024/00001 förekommer även på rad 2' }]);
      expect(await caseNumbers(database.services, fx)).toEqual([]);
    });

    it('R-REG-4: a number already in the register fails the file, leaving the register unchanged', async () => {
      const fx = await setup(database.services);
      const existing = await createCase(fx.as('registrar'), { registryId: fx.registryId, title: 'Finns redan' });
      const before = await countRows(database.services.db);
      const result = await importCases(database.services.db, fx.bodyId, null, csv(
        'KS-2024/00900,Ny,,2024-01-02,,,,',
        `${existing.number},Krockar,,2024-01-02,,,,`,
      ));
      expect(errorsOf(result)).toEqual([{ row: 3, field: 'number', message: `${existing.number} finns redan i diariet` }]);
      expect(await countRows(database.services.db)).toEqual(before);
      expect(await counterValue(database.services.db, fx.registryId, 2024)).toBe(1);
    });

    it('reports every bad field of every row: dates, status, year mismatch, unknown officer, text', async () => {
      const fx = await setup(database.services);
      const result = await importCases(database.services.db, fx.bodyId, null, csv(
        'KS-2024/00001,Titel,,2024-02-30,,,,',
        'KS-2024/00002,Titel,,2024-01-02,archived,,,',
        'KS-2024/00003,Titel,,2023-12-31,,,,',
        'KS-2024/00004,Titel,,2024-01-02,,,,nobody',
        'KS-2024/00005,,,2024-01-02,,,,',
        'KS-2024/00006,Titel,,2024-01-02,closed,2024-13-01,,',
      ));
      expect(errorsOf(result).map((e) => [e.row, e.field])).toEqual([
        [2, 'openedAt'], [3, 'status'], [4, 'openedAt'], [5, 'caseOfficer'], [6, 'title'], [7, 'closedAt'],
      ]);
    });

    it('rejects a file without the required columns, or one that is not CSV', async () => {
      const fx = await setup(database.services);
      const missing = await importCases(database.services.db, fx.bodyId, null, 'number,rubrik\nKS-2024/00001,X\n');
      expect(errorsOf(missing)).toEqual([expect.objectContaining({ row: 1, field: 'rubrik' })]);
      expect(errorsOf(missing)[0]!.message).toContain('title');
      const broken = await importCases(database.services.db, fx.bodyId, null, 'number,title,openedAt\n"KS-2024/00001,X,2024-01-02\n');
      expect(errorsOf(broken)).toEqual([expect.objectContaining({ row: 0, field: 'fil' })]);
      expect(await caseNumbers(database.services, fx)).toEqual([]);
    });

    it('R-REG-8: a successful import is logged once', async () => {
      const fx = await setup(database.services);
      await importCases(database.services.db, fx.bodyId, fx.userId('admin'), csv('KS-2024/00010,Titel,,2024-01-02,,,,', 'KS-2024/00011,Titel,,2024-01-02,,,,'));
      const events = await database.services.db.execute<{ actor_id: string; details: { count: number } }>(
        sql`SELECT actor_id, details FROM audit_events WHERE body_id = ${fx.bodyId} AND action = 'case.import'`);
      expect(events.rows).toEqual([{ actor_id: fx.userId('admin'), details: { count: 2 } }]);
    });
  });
}
