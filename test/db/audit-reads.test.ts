/**
 * R-REG-8: every read of a secret or protected document is logged in the same transaction as the read; a
 * refused read (not found) logs nothing and reveals nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends } from '../support/backends.ts';
import { createFixture, errorOf, letter, useDatabase, type Fixture } from '../support/fixtures.ts';
import { registerDocument } from '../../src/use-cases/registerDocument.ts';
import { getDocument } from '../../src/use-cases/getDocument.ts';
import { getCase } from '../../src/use-cases/getCase.ts';
import { readFile } from '../../src/use-cases/readFile.ts';
import { textPdf } from '../../src/demo/pdf.ts';
import type { DocumentView } from '../../src/db/repositories/documents.ts';
import type { Db } from '../../src/db/client.ts';

type AuditRow = { action: string; actor_id: string | null; entity_id: string | null; case_id: string | null; secret_access: boolean; details: Record<string, unknown> };

async function eventsAfter(db: Db, bodyId: string, afterId: number): Promise<AuditRow[]> {
  const result = await db.execute<AuditRow>(sql`SELECT action, actor_id, entity_id, case_id, secret_access, details FROM audit_events WHERE body_id = ${bodyId} AND id > ${afterId} ORDER BY id`);
  return result.rows;
}

async function lastId(db: Db): Promise<number> {
  const result = await db.execute<{ id: string | null }>(sql`SELECT max(id)::text AS id FROM audit_events`);
  return Number(result.rows[0]?.id ?? 0);
}

for (const backend of testBackends()) {
  describe(`${backend.name}: logging of sensitive reads`, () => {
    const database = useDatabase(backend);
    let fx: Fixture;
    let secret: DocumentView, protectedLetter: DocumentView, plain: DocumentView;

    beforeAll(async () => {
      fx = await createFixture(database.services);
      const pdf = await textPdf('Anbudsutvärdering', 'KS', 'HEMLIG-TEXT');
      secret = await registerDocument(fx.as('registrar'), {
        metadata: letter(fx, { description: 'Anbudsutvärdering', secrecy: { legalGround: 'OSL 19 kap. 3 §', organId: fx.organs.KSNAU } }),
        file: { name: 'utvardering.pdf', mediaType: 'application/pdf', bytes: pdf },
      });
      protectedLetter = await registerDocument(fx.as('registrar'), {
        metadata: letter(fx, { description: 'Skrivelse från privatperson', counterparty: { name: 'Linnea Sjölander', address: 'Hemlig väg 1', protectedIdentity: true } }),
      });
      plain = await registerDocument(fx.as('registrar'), { metadata: letter(fx) });
    });

    it('R-REG-8: an authorised read of a secret document writes document.read with secretAccess=true', async () => {
      const db = database.services.db;
      const mark = await lastId(db);
      const doc = await getDocument(fx.as('registrar'), secret.id);
      expect(doc.id).toBe(secret.id);
      const events = await eventsAfter(db, fx.bodyId, mark);
      expect(events).toEqual([expect.objectContaining({
        action: 'document.read', actor_id: fx.userId('registrar'), entity_id: secret.id, case_id: secret.caseId, secret_access: true,
      })]);
      expect(events[0]!.details).toMatchObject({ number: secret.number, secret: true });
    });

    it('R-REG-8: an unauthorised read answers not_found and writes no event', async () => {
      const db = database.services.db;
      const mark = await lastId(db);
      for (const user of ['registrar2', 'ksOnly']) {
        expect((await errorOf(() => getDocument(fx.as(user), secret.id))).code, user).toBe('not_found');
      }
      expect(await eventsAfter(db, fx.bodyId, mark)).toEqual([]);
    });

    it('R-REG-8: reading a public document writes no event', async () => {
      const db = database.services.db;
      const mark = await lastId(db);
      await getDocument(fx.as('registrar2'), plain.id);
      expect(await eventsAfter(db, fx.bodyId, mark)).toEqual([]);
    });

    it('R-REG-8/R-REG-7: reading a protected person\'s contact data is logged; the masked view is not', async () => {
      const db = database.services.db;
      const mark = await lastId(db);
      const full = await getDocument(fx.as('registrar'), protectedLetter.id);
      expect(full.counterparty).toMatchObject({ name: 'Linnea Sjölander', address: 'Hemlig väg 1' });
      const masked = await getDocument(fx.as('registrar2'), protectedLetter.id);
      expect(masked.counterparty).toMatchObject({ name: 'Skyddad identitet', address: null, email: null });
      const events = await eventsAfter(db, fx.bodyId, mark);
      expect(events.map((e) => [e.action, e.actor_id, e.secret_access])).toEqual([['document.read', fx.userId('registrar'), true]]);
      expect(events[0]!.details).toMatchObject({ protectedIdentity: true });
    });

    it('R-REG-8: reading a case with secret entries and downloading a secret file are logged', async () => {
      const db = database.services.db;
      const mark = await lastId(db);
      await getCase(fx.as('registrar'), secret.caseId);
      expect((await errorOf(() => readFile(fx.as('registrar'), secret.files[0]!.id))).code).toBe('validation'); // no purpose stated
      const file = await readFile(fx.as('registrar'), secret.files[0]!.id, 'Prövning av begäran om utlämnande');
      expect(file.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const events = await eventsAfter(db, fx.bodyId, mark);
      expect(events.map((e) => [e.action, e.secret_access])).toEqual([['case.read_sensitive_entries', true], ['file.read', true]]);
      expect(events[0]!.details).toMatchObject({ documents: [secret.number] });
      expect(events[1]!.details).toMatchObject({ purpose: 'Prövning av begäran om utlämnande' });
    });

    it('R-REG-8: a refused file download answers not_found and writes no event', async () => {
      const db = database.services.db;
      const mark = await lastId(db);
      expect((await errorOf(() => readFile(fx.as('registrar2'), secret.files[0]!.id))).code).toBe('not_found');
      expect(await eventsAfter(db, fx.bodyId, mark)).toEqual([]);
    });

    it('R-REG-8: the log entry and the read share one transaction — if logging fails, nothing is read', async () => {
      const db = database.services.db;
      await db.execute(sql.raw(`
        CREATE OR REPLACE FUNCTION test_fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.action = 'document.read' THEN RAISE EXCEPTION 'audit log unavailable'; END IF; RETURN NEW; END $$`));
      await db.execute(sql.raw('CREATE TRIGGER test_fail_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_fail_audit()'));
      try {
        await expect(getDocument(fx.as('registrar'), secret.id)).rejects.toThrow();
        expect((await getDocument(fx.as('registrar'), plain.id)).id).toBe(plain.id);
      } finally {
        await db.execute(sql.raw('DROP TRIGGER test_fail_audit ON audit_events'));
      }
    });
  });
}
