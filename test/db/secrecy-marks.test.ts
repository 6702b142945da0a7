/**
 * R-REG-5: a secrecy mark is a warning with legal ground, date and marking organ; release happens after an
 * assessment that records who, when and why, and the mark itself is kept.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends } from '../support/backends.ts';
import { createFixture, errorOf, letter, useDatabase } from '../support/fixtures.ts';
import { registerDocument } from '../../src/use-cases/registerDocument.ts';
import { markSecret } from '../../src/use-cases/markSecret.ts';
import { releaseSecret } from '../../src/use-cases/releaseSecret.ts';
import { getDocument } from '../../src/use-cases/getDocument.ts';

const OSL = 'OSL 19 kap. 3 §';

for (const backend of testBackends()) {
  describe(`${backend.name}: secrecy marks`, () => {
    const database = useDatabase(backend);

    it('R-REG-5: marking records legal ground, organ, marker and time, and hides the document from others', async () => {
      const fx = await createFixture(database.services);
      const doc = await registerDocument(fx.as('registrar'), { metadata: letter(fx) });
      const marked = await markSecret(fx.as('registrar'), doc.id, { legalGround: OSL, organId: fx.organs.KSNAU });
      expect(marked.secrecy).toMatchObject({ legalGround: OSL, organId: fx.organs.KSNAU, markedBy: fx.userId('registrar') });
      expect(Number.isNaN(Date.parse(marked.secrecy!.markedAt))).toBe(false);
      expect((await errorOf(() => getDocument(fx.as('ksOnly'), doc.id))).code).toBe('not_found');
    });

    it('R-REG-5: a document cannot be marked twice', async () => {
      const fx = await createFixture(database.services);
      const doc = await registerDocument(fx.as('registrar'), { metadata: letter(fx, { secrecy: { legalGround: OSL, organId: fx.organs.KS } }) });
      expect((await errorOf(() => markSecret(fx.as('registrar'), doc.id, { legalGround: OSL, organId: fx.organs.KS }))).code).toBe('conflict');
    });

    it('R-REG-6: marking for an organ without own secret access there is forbidden', async () => {
      const fx = await createFixture(database.services);
      const doc = await registerDocument(fx.as('registrar'), { metadata: letter(fx) });
      expect((await errorOf(() => markSecret(fx.as('ksOnly'), doc.id, { legalGround: OSL, organId: fx.organs.KSNAU }))).code).toBe('forbidden');
      expect((await getDocument(fx.as('registrar'), doc.id)).secrecy).toBeNull();
    });

    it('R-REG-5: release after assessment keeps the mark with who, when and why, and opens the document', async () => {
      const fx = await createFixture(database.services);
      const doc = await registerDocument(fx.as('registrar'), { metadata: letter(fx, { secrecy: { legalGround: OSL, organId: fx.organs.KSNAU } }) });
      const released = await releaseSecret(fx.as('registrar'), doc.id, { reason: 'Tilldelningsbeslut fattat; sekretessen har upphört.' });
      expect(released.secrecy).toBeNull();
      expect((await getDocument(fx.as('ksOnly'), doc.id)).id).toBe(doc.id);
      const marks = await database.services.db.execute<{ released_by: string; release_reason: string; released_at: Date | null }>(
        sql`SELECT released_by, release_reason, released_at FROM secrecy_marks WHERE document_id = ${doc.id}`);
      expect(marks.rows).toHaveLength(1);
      expect(marks.rows[0]).toMatchObject({ released_by: fx.userId('registrar'), release_reason: 'Tilldelningsbeslut fattat; sekretessen har upphört.' });
      expect(marks.rows[0]!.released_at).not.toBeNull();
      const events = await database.services.db.execute<{ action: string }>(sql`SELECT action FROM audit_events WHERE entity_id = ${doc.id} ORDER BY id`);
      expect(events.rows.map((e) => e.action)).toContain('document.release_secret');
    });

    it('R-REG-5: release needs a reason, a role allowed to assess, and an active mark', async () => {
      const fx = await createFixture(database.services, {
        registrar: { roles: ['registrar'], access: [{ organ: 'KS', secret: true }, { organ: 'KSNAU', secret: true }] },
        secretOfficer: { roles: ['case_officer'], access: [{ organ: 'KSNAU', secret: true }] },
      });
      const doc = await registerDocument(fx.as('registrar'), { metadata: letter(fx, { secrecy: { legalGround: OSL, organId: fx.organs.KSNAU } }) });
      expect((await errorOf(() => releaseSecret(fx.as('registrar'), doc.id, { reason: '' }))).code).toBe('validation');
      expect((await errorOf(() => releaseSecret(fx.as('secretOfficer'), doc.id, { reason: 'Skäl' }))).code).toBe('forbidden');
      await releaseSecret(fx.as('registrar'), doc.id, { reason: 'Skäl' });
      expect((await errorOf(() => releaseSecret(fx.as('registrar'), doc.id, { reason: 'Igen' }))).code).toBe('conflict');
    });
  });
}
