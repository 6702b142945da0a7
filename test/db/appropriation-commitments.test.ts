/**
 * Commitments in the database, on both backends: proposals by source (created, replaced, removed; a case's
 * proposals counted together), the decision making them binding (idempotent, an override recorded when the
 * funds do not suffice, undone when the decision changes), and two simultaneous commitments that cannot both
 * take the last funds.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends } from '../support/backends.ts';
import { createFixture, errorOf, useDatabase, type Fixture } from '../support/fixtures.ts';
import * as t from '../../src/db/schema/index.ts';
import { createCase } from '../../src/use-cases/createCase.ts';
import { createAppropriation } from '../../src/use-cases/appropriations/appropriations.ts';
import { addCommitment } from '../../src/use-cases/appropriations/manageCommitments.ts';
import { remainingFunds, setProposedCommitment } from '../../src/use-cases/appropriations/commitments.ts';
import { appropriationsOnDecision } from '../../src/use-cases/appropriations/onDecision.ts';
import type { Services } from '../../src/use-cases/context.ts';

async function setup(services: Services, fx: Fixture) {
  const ctx = fx.as('officer');
  const a = await createAppropriation(ctx, { organId: fx.organs.KS, name: `Anslag ${Math.random()}`, years: [{ year: 2024, amountKr: 1_000_000 }, { year: 2025, amountKr: 1_000_000 }] });
  const c = await createCase(fx.as('registrar'), { registryId: fx.registryId, title: 'Bidrag' });
  const [meeting] = await services.db.insert(t.meetings).values({ bodyId: fx.bodyId, organId: fx.organs.KSNAU, date: '2024-05-21', startTime: '13:15', place: 'Sal' }).returning();
  const [section] = await services.db.insert(t.agendaSections).values({ bodyId: fx.bodyId, meetingId: meeting!.id, position: 0, heading: 'Beslutsärenden' }).returning();
  const [item] = await services.db.insert(t.agendaItems).values({ bodyId: fx.bodyId, meetingId: meeting!.id, organId: fx.organs.KSNAU, sectionId: section!.id, position: 0, caseId: c.id, title: 'Bidrag' }).returning();
  const event = { meetingId: meeting!.id, organId: fx.organs.KSNAU, agendaItemId: item!.id, caseId: c.id, paragraph: '182/24', decidedOn: '2024-05-21', outcome: 'final' as const, reportProposalAdopted: true, clauses: [] };
  return { ctx, a, caseId: c.id, event };
}

const auditCount = async (services: Services, action: string, entityId: string) =>
  Number(((await services.db.execute(sql`SELECT count(*)::int AS n FROM audit_events WHERE action = ${action} AND entity_id = ${entityId}`)).rows[0] as { n: number }).n);

for (const backend of testBackends()) {
  describe(`${backend.name}: appropriation commitments`, () => {
    const database = useDatabase(backend);

    it('a source\'s proposal is created, replaced and removed; the case\'s proposals are counted together', async () => {
      const fx = await createFixture(database.services);
      const { ctx, a, caseId } = await setup(database.services, fx);
      const draft = (amountKr: number) => ({ appropriationId: a.id, caseId, recipient: 'Förening', amounts: [{ year: 2024, amountKr }] });
      const src1 = { kind: 'grant_application' as const, id: crypto.randomUUID() };
      const src2 = { kind: 'grant_application' as const, id: crypto.randomUUID() };
      const id1 = await database.services.db.transaction((tx) => setProposedCommitment(ctx, tx, src1, draft(600_000)));
      const again = await database.services.db.transaction((tx) => setProposedCommitment(ctx, tx, src1, draft(700_000)));
      expect(again).toBe(id1);
      const failure = await errorOf(() => database.services.db.transaction((tx) => setProposedCommitment(ctx, tx, src2, draft(400_000))));
      expect(failure.errors).toEqual([{ field: 'amounts', message: 'överskrider kvarvarande medel 2024 med 100 000 kr; ange ett skäl för att ändå ta medlen i anspråk' }]);
      await database.services.db.transaction((tx) => setProposedCommitment(ctx, tx, src2, draft(300_000)));
      const rows = await remainingFunds(database.services.db, fx.bodyId, a.id, '2024-05-20', caseId);
      expect(rows[0]).toEqual({ year: 2024, amountKr: 1_000_000, committedKr: 0, proposedKr: 1_000_000, remainingKr: 0 });
      expect(await database.services.db.transaction((tx) => setProposedCommitment(ctx, tx, src1, null))).toBeNull();
      expect((await remainingFunds(database.services.db, fx.bodyId, a.id, '2024-05-20', caseId))[0]!.proposedKr).toBe(300_000);
      expect(await auditCount(database.services, 'appropriation.commitment.remove', id1!)).toBe(1);
    });

    it('the decision makes proposals binding once, records an override when funds do not suffice, and a changed decision undoes it', async () => {
      const fx = await createFixture(database.services);
      const { ctx, a, caseId, event } = await setup(database.services, fx);
      const src = { kind: 'manual' as const, id: crypto.randomUUID() };
      const id = (await database.services.db.transaction((tx) => setProposedCommitment(ctx, tx, src, { appropriationId: a.id, caseId, recipient: 'Projekt', conditions: 'under förutsättning att övrig sökt medfinansiering beviljas', amounts: [{ year: 2024, amountKr: 800_000 }] })))!;
      // Meanwhile another decision took most of 2024 (with its own override nothing is needed here).
      await addCommitment(ctx, a.id, { recipient: 'Annat', status: 'firm', decidedOn: '2024-05-01', amounts: [{ year: 2024, amountKr: 500_000 }] });
      await database.services.db.transaction((tx) => appropriationsOnDecision(ctx, tx, event));
      await database.services.db.transaction((tx) => appropriationsOnDecision(ctx, tx, event)); // run again: nothing more
      const [row] = await database.services.db.execute(sql`SELECT status, decided_on, reference, override_reason FROM appropriation_commitments WHERE id = ${id}`).then((r) => r.rows as Record<string, unknown>[]);
      expect(row).toEqual({ status: 'conditional', decided_on: '2024-05-21', reference: 'KSNAU § 182/24', override_reason: 'Beslutat av Arbetsutskottet (KSNAU § 182/24) trots otillräckliga medel' });
      expect(await auditCount(database.services, 'appropriation.commitment.decide', id)).toBe(1);
      expect(await auditCount(database.services, 'appropriation.override', id)).toBe(1);
      expect((await remainingFunds(database.services.db, fx.bodyId, a.id, '2024-05-21'))[0]!.remainingKr).toBe(-300_000);

      await database.services.db.transaction((tx) => appropriationsOnDecision(ctx, tx, { ...event, reportProposalAdopted: false }));
      const [undone] = await database.services.db.execute(sql`SELECT status, decided_on, override_reason FROM appropriation_commitments WHERE id = ${id}`).then((r) => r.rows as Record<string, unknown>[]);
      expect(undone).toEqual({ status: 'proposed', decided_on: null, override_reason: null });
      expect((await remainingFunds(database.services.db, fx.bodyId, a.id, '2024-05-21'))[0]!.remainingKr).toBe(500_000);
    });

    it('of two simultaneous commitments that each fit but not together, exactly one is kept', async () => {
      const fx = await createFixture(database.services);
      const { ctx, a } = await setup(database.services, fx);
      const add = (recipient: string) => addCommitment(ctx, a.id, { recipient, status: 'firm', decidedOn: '2024-05-01', amounts: [{ year: 2025, amountKr: 600_000 }] });
      const results = await Promise.allSettled([add('A'), add('B')]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason.code).toBe('validation');
      expect((await remainingFunds(database.services.db, fx.bodyId, a.id, '2025-12-31')).find((r) => r.year === 2025)!.remainingKr).toBe(400_000);
    });
  });
}
