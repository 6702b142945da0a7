/**
 * The demo municipality loads into an empty database exactly once, with its numbers, documents, files, secrecy
 * marks and staff accounts.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends } from '../support/backends.ts';
import { useDatabase } from '../support/fixtures.ts';
import { loadDemoIfEmpty } from '../../src/demo/load.ts';
import * as demo from '../../src/demo/data.ts';
import { LoginThrottle } from '../../src/auth/loginThrottle.ts';
import { actorOf, loadUserView, login } from '../../src/use-cases/sessions.ts';
import { createCase } from '../../src/use-cases/createCase.ts';

for (const backend of testBackends()) {
  describe(`${backend.name}: demo loader`, () => {
    const database = useDatabase(backend);
    const rows = async <T>(query: ReturnType<typeof sql>): Promise<T[]> => (await database.services.db.execute(query)).rows as T[];

    it('loads the demo municipality once; the second call returns null and adds nothing', async () => {
      const printed = await loadDemoIfEmpty(database.services);
      expect(printed).toContain('Umeå kommun');
      for (const u of demo.users) expect(printed).toContain(u.username);
      const counts = async () => (await rows<{ n: number }>(sql`SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM documents) * 1000 AS n`))[0]!.n;
      const before = await counts();
      expect(await loadDemoIfEmpty(database.services)).toBeNull();
      expect(await counts()).toBe(before);
      expect(await rows(sql`SELECT id FROM bodies`)).toHaveLength(1);
    });

    it('R-REG-4: has every demo case and KS-2024/00456-2 with a PDF file', async () => {
      const numbers = (await rows<{ number: string }>(sql`SELECT number FROM cases ORDER BY number`)).map((r) => r.number);
      expect(numbers).toEqual(demo.cases.map((c) => c.number).sort());
      const [doc] = await rows<{ number: string; media_type: string; size: number }>(
        sql`SELECT d.number, f.media_type, f.size FROM documents d JOIN files f ON f.document_id = d.id WHERE d.number = 'KS-2024/00456-2'`);
      expect(doc).toMatchObject({ number: 'KS-2024/00456-2', media_type: 'application/pdf' });
      expect(Number(doc!.size)).toBeGreaterThan(500);
      const documents = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM documents`);
      expect(Number(documents[0]!.n)).toBe(demo.cases.reduce((n, c) => n + c.documents.length, 0));
    });

    it('R-REG-5: secret-marks every procurement document for KSNAU under OSL 19 kap. 3 §', async () => {
      const marks = await rows<{ case_number: string; legal_ground: string; organ: string }>(sql`
        SELECT c.number AS case_number, m.legal_ground, o.code AS organ FROM secrecy_marks m
        JOIN documents d ON d.id = m.document_id JOIN cases c ON c.id = d.case_id JOIN organs o ON o.id = m.organ_id
        WHERE c.number IN ('KS-2024/00410', 'KS-2024/00415', 'KS-2024/00420')`);
      expect(marks).toHaveLength(6);
      for (const m of marks) expect(m).toMatchObject({ legal_ground: 'OSL 19 kap. 3 §', organ: 'KSNAU' });
    });

    it('R-REG-4: the case counter continues after the highest demo number of the year', async () => {
      const [body] = await rows<{ id: string }>(sql`SELECT id FROM bodies`);
      const [registry] = await rows<{ id: string }>(sql`SELECT id FROM registries WHERE code = 'KS'`);
      const [user] = await rows<{ id: string }>(sql`SELECT id FROM users WHERE username = 'registrator'`);
      const ctx = { ...database.services, actor: actorOf((await loadUserView(database.services.db, user!.id))!, body!.id) };
      const highest = Math.max(...demo.cases.filter((c) => c.number.startsWith('KS-2024/')).map((c) => Number(c.number.slice(-5))));
      const created = await createCase(ctx, { registryId: registry!.id, title: 'Första ärendet efter demodata' });
      expect(created.number).toBe(`KS-2024/${String(highest + 1).padStart(5, '0')}`);
    });

    it('creates the staff accounts with the demo password and per-organ secret access', async () => {
      const result = await login(database.services.db, database.services.clock, new LoginThrottle(), { username: 'registrator', password: demo.demoPassword, address: '127.0.0.1' });
      expect(result.user).toMatchObject({ username: 'registrator', roles: ['registrar'], protectedDataAccess: true });
      const secret = await rows<{ username: string; organ: string }>(sql`
        SELECT u.username, o.code AS organ FROM user_organ_access a JOIN users u ON u.id = a.user_id JOIN organs o ON o.id = a.organ_id
        WHERE a.secret ORDER BY u.username, o.code`);
      expect(secret.filter((r) => r.username === 'registrator').map((r) => r.organ)).toEqual(['KS', 'KSNAU']);
      expect(secret.filter((r) => r.username === 'registrator2')).toEqual([]);
    });
  });
}
