/**
 * The risk register on both database backends: the tables' own checks refuse what the rules refuse (probability
 * and consequence outside 1–4, an empty or wrong frequency, a tertial outside 1–3), a refused change writes
 * nothing, of two edits from the same version exactly one wins and only it is audited, and of two copies to the
 * next year made at once exactly one is written.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends } from '../support/backends.ts';
import { countRows, createFixture, errorOf, useDatabase } from '../support/fixtures.ts';
import * as t from '../../src/db/schema/index.ts';
import { createRiskAnalysis } from '../../src/use-cases/risks/analyses.ts';
import { addRisk, updateRisk } from '../../src/use-cases/risks/riskRows.ts';
import { saveControl, saveFollowUp } from '../../src/use-cases/risks/controlPlan.ts';
import { copyRiskAnalysis } from '../../src/use-cases/risks/copyAnalysis.ts';

const TABLES = ['risk_analyses', 'risks', 'internal_controls', 'internal_control_follow_ups', 'audit_events'];

for (const backend of testBackends()) {
  describe(`${backend.name}: risk analysis and internal control`, () => {
    const database = useDatabase(backend);

    async function analysisWithRisk() {
      const fx = await createFixture(database.services);
      const officer = fx.as('officer');
      const analysis = await createRiskAnalysis(officer, { organId: fx.organs.KS, year: 2024, establishedOn: '2023-11-05' });
      const view = await addRisk(officer, analysis.id, { number: 'R4', controlArea: 'Säkerhet och krisberedskap', description: 'Risk för att kommunala medel finansierar organiserad brottslighet.', probability: 4, consequence: 4 });
      return { fx, officer, view, risk: view.risks[0]! };
    }

    it('the tables refuse probability or consequence outside 1–4, an empty frequency and a fifth tertial', async () => {
      const { fx, view, risk } = await analysisWithRisk();
      const { db } = database.services;
      await expect(db.insert(t.risks).values({ bodyId: fx.bodyId, analysisId: view.id, number: 'R5', controlArea: 'X', description: 'Y', probability: 5, consequence: 1 })).rejects.toThrow();
      await expect(db.insert(t.risks).values({ bodyId: fx.bodyId, analysisId: view.id, number: 'R6', controlArea: 'X', description: 'Y', probability: 1, consequence: 0 })).rejects.toThrow();
      await expect(db.insert(t.internalControls).values({ bodyId: fx.bodyId, riskId: risk.id, control: 'K', method: 'M', responsible: 'A', tertials: [] })).rejects.toThrow();
      await expect(db.insert(t.internalControls).values({ bodyId: fx.bodyId, riskId: risk.id, control: 'K', method: 'M', responsible: 'A', tertials: [1, 4] })).rejects.toThrow();
      const [control] = await db.insert(t.internalControls).values({ bodyId: fx.bodyId, riskId: risk.id, control: 'K', method: 'M', responsible: 'A', tertials: [1, 2, 3] }).returning();
      await expect(db.insert(t.internalControlFollowUps).values({ bodyId: fx.bodyId, controlId: control!.id, tertial: 4, comment: 'X' })).rejects.toThrow();
      await expect(db.insert(t.risks).values({ bodyId: fx.bodyId, analysisId: view.id, number: 'R4', controlArea: 'X', description: 'Y', probability: 1, consequence: 1 })).rejects.toThrow();
    });

    it('a refused risk, control or comment writes nothing', async () => {
      const { officer, view, risk } = await analysisWithRisk();
      const withControl = await saveControl(officer, risk.id, { control: 'Kontroll', method: 'Metod', responsible: 'Säkerhetschef', tertials: [2] });
      const before = await countRows(database.services.db, TABLES);
      expect((await errorOf(() => addRisk(officer, view.id, { number: 'R5', controlArea: 'X', description: 'Y', probability: 0, consequence: 3 }))).errors.map((e) => e.field)).toEqual(['probability']);
      expect((await errorOf(() => saveFollowUp(officer, withControl.risks[0]!.control!.id, { tertial: 1, comment: 'Utanför frekvensen' }))).errors.map((e) => e.field)).toEqual(['tertial']);
      expect((await errorOf(() => saveControl(officer, risk.id, { control: 'K', method: 'M', responsible: 'A', tertials: 'T4', version: 1 }))).errors.map((e) => e.field)).toEqual(['tertials']);
      expect((await errorOf(() => addRisk(fixtureAuditor(officer), view.id, { number: 'R5', controlArea: 'X', description: 'Y', probability: 1, consequence: 3 }))).code).toBe('forbidden');
      expect(await countRows(database.services.db, TABLES)).toEqual(before);
    });

    it('of two edits of a risk from the same version exactly one wins, and only it is audited', async () => {
      const { officer, risk } = await analysisWithRisk();
      const edit = (probability: number) => updateRisk(officer, risk.id, { number: 'R4', controlArea: risk.controlArea, description: risk.description, probability, consequence: 4, version: risk.version });
      const results = await Promise.allSettled([edit(3), edit(2)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['conflict']);
      const logged = await database.services.db.execute(sql`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = ${risk.id} AND action = 'risk.update'`);
      expect(Number((logged.rows[0] as { n: number }).n)).toBe(1);
    });

    it('of two copies to the next year made at once exactly one is written; the other is a conflict and leaves nothing', async () => {
      const { officer, view, risk } = await analysisWithRisk();
      await saveControl(officer, risk.id, { control: 'Kontroll', method: 'Metod', responsible: 'Säkerhetschef', tertials: [1, 2, 3] });
      const before = await countRows(database.services.db, TABLES);
      const results = await Promise.allSettled([copyRiskAnalysis(officer, view.id, {}), copyRiskAnalysis(officer, view.id, {})]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['conflict']);
      const after = await countRows(database.services.db, TABLES);
      expect(after).toEqual({ ...before, risk_analyses: before.risk_analyses! + 1, risks: before.risks! + 1, internal_controls: before.internal_controls! + 1, audit_events: before.audit_events! + 1 });
    });
  });
}

/** The same user seen with the auditor's role only (reads the registers, keeps none). */
function fixtureAuditor(ctx: Parameters<typeof addRisk>[0]): Parameters<typeof addRisk>[0] {
  return { ...ctx, actor: { ...ctx.actor, roles: ['auditor'] } };
}
