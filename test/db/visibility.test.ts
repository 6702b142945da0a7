/**
 * R-REG-6 in the database: secret-marked documents are visible only to readers with secret access in every
 * marking organ — in single reads, case views, document counts and case history.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends } from '../support/backends.ts';
import { createFixture, errorOf, letter, useDatabase, type Fixture } from '../support/fixtures.ts';
import { registerDocument } from '../../src/use-cases/registerDocument.ts';
import { getDocument } from '../../src/use-cases/getDocument.ts';
import { getCase } from '../../src/use-cases/getCase.ts';
import { caseHistory } from '../../src/use-cases/caseHistory.ts';
import { listCases } from '../../src/use-cases/listCases.ts';
import type { DocumentView } from '../../src/db/repositories/documents.ts';

const OSL = 'OSL 19 kap. 3 §';

for (const backend of testBackends()) {
  describe(`${backend.name}: who sees secret documents`, () => {
    const database = useDatabase(backend);
    let fx: Fixture;
    let open: DocumentView, secret: DocumentView;

    beforeAll(async () => {
      fx = await createFixture(database.services);
      const registrar = fx.as('registrar');
      open = await registerDocument(registrar, { metadata: letter(fx, { description: 'Öppen anbudsförfrågan' }) });
      secret = await registerDocument(registrar, {
        metadata: letter(fx, { newCase: undefined, caseId: open.caseId, description: 'Anbudsutvärdering', secrecy: { legalGround: OSL, organId: fx.organs.KSNAU } }),
      });
    });

    it('R-REG-6: the reader with secret access in the marking organ sees the document and its mark', async () => {
      const doc = await getDocument(fx.as('registrar'), secret.id);
      expect(doc.secrecy).toMatchObject({ legalGround: OSL, organId: fx.organs.KSNAU, markedBy: fx.userId('registrar') });
      expect((await getCase(fx.as('registrar'), open.caseId)).documents.map((d) => d.id)).toEqual([open.id, secret.id]);
    });

    it('R-REG-6: a reader with no secret access at all gets not_found and does not see it in the case', async () => {
      expect((await errorOf(() => getDocument(fx.as('registrar2'), secret.id))).code).toBe('not_found');
      const view = await getCase(fx.as('registrar2'), open.caseId);
      expect(view.documents.map((d) => d.id)).toEqual([open.id]);
      expect(view.documentCount).toBe(1);
    });

    it('R-REG-6: secret access in another organ (KS) does not open a KSNAU-marked document', async () => {
      expect((await errorOf(() => getDocument(fx.as('ksOnly'), secret.id))).code).toBe('not_found');
      expect((await getCase(fx.as('ksOnly'), open.caseId)).documents.map((d) => d.id)).toEqual([open.id]);
    });

    it('R-REG-6: roles without organ access (admin, auditor) do not see it either', async () => {
      for (const user of ['admin', 'auditor', 'officer']) {
        expect((await errorOf(() => getDocument(fx.as(user), secret.id))).code, user).toBe('not_found');
      }
    });

    it('R-REG-6: document counts in case lists leave out what the reader may not see', async () => {
      const count = async (user: string) => (await listCases(fx.as(user), { q: open.caseNumber })).items.find((c) => c.id === open.caseId)?.documentCount;
      expect(await count('registrar')).toBe(2);
      expect(await count('registrar2')).toBe(1);
      expect(await count('ksOnly')).toBe(1);
    });

    it('R-REG-6: the case history does not mention the secret document to readers without access', async () => {
      const numbers = (entries: { details: Record<string, unknown> }[]) => entries.map((e) => e.details.number);
      expect(numbers(await caseHistory(fx.as('registrar'), open.caseId))).toContain(secret.number);
      expect(numbers(await caseHistory(fx.as('registrar2'), open.caseId))).not.toContain(secret.number);
      expect(numbers(await caseHistory(fx.as('ksOnly'), open.caseId))).not.toContain(secret.number);
    });

    it('R-REG-6: a document marked by two organs needs secret access in both', async () => {
      const both = await registerDocument(fx.as('registrar'), {
        metadata: letter(fx, { newCase: undefined, caseId: open.caseId, description: 'Dubbelmarkerad', secrecy: { legalGround: OSL, organId: fx.organs.KS } }),
      });
      expect((await getDocument(fx.as('ksOnly'), both.id)).id).toBe(both.id);
      await database.services.db.execute(sql`INSERT INTO secrecy_marks (body_id, document_id, legal_ground, organ_id) VALUES (${fx.bodyId}, ${both.id}, ${OSL}, ${fx.organs.KSNAU})`);
      expect((await errorOf(() => getDocument(fx.as('ksOnly'), both.id))).code).toBe('not_found');
      expect((await getDocument(fx.as('registrar'), both.id)).id).toBe(both.id);
    });

    it('R-REG-6: registering a secret document for an organ without own secret access is refused', async () => {
      const failure = await errorOf(() => registerDocument(fx.as('ksOnly'), {
        metadata: letter(fx, { secrecy: { legalGround: OSL, organId: fx.organs.KSNAU } }),
      }));
      expect(failure.code).toBe('validation');
      expect(failure.errors.map((e) => e.field)).toEqual(['secrecy.organId']);
    });
  });
}
