/**
 * Grant rounds in the database, on both backends: applications registered at the same time are numbered
 * gaplessly in the round's case; a refused recommendation writes nothing; the decision hook binds the granted
 * applications' commitments and unbinds them when the decision changes — each only once however often it runs;
 * a decision recorded per application (after a counter-proposal won) binds and unbinds through the same function
 * and is left alone by the hook; a delegation decision beyond the remaining funds is recorded as an override.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends } from '../support/backends.ts';
import { countRows, createFixture, errorOf, useDatabase, type Fixture } from '../support/fixtures.ts';
import * as t from '../../src/db/schema/index.ts';
import { createCase } from '../../src/use-cases/createCase.ts';
import { createAppropriation } from '../../src/use-cases/appropriations/appropriations.ts';
import { addCommitment } from '../../src/use-cases/appropriations/manageCommitments.ts';
import { remainingFunds } from '../../src/use-cases/appropriations/commitments.ts';
import { afterDecision, type DecisionEvent } from '../../src/use-cases/conduct/afterDecision.ts';
import { createRound } from '../../src/use-cases/grants/rounds.ts';
import { recommend, registerApplication } from '../../src/use-cases/grants/applications.ts';
import { recordApplicationDecision } from '../../src/use-cases/grants/recordDecision.ts';
import { recordDelegationDecision } from '../../src/use-cases/grants/delegation.ts';
import type { Services } from '../../src/use-cases/context.ts';

async function setup(services: Services, fx: Fixture, decidedBy: 'organ' | 'delegation' = 'organ') {
  const ctx = fx.as('officer');
  const appropriation = await createAppropriation(ctx, { organId: fx.organs.KS, name: `Anslag ${crypto.randomUUID()}`, years: [{ year: 2024, amountKr: 1_000_000 }, { year: 2025, amountKr: 1_000_000 }] });
  const kase = await createCase(fx.as('registrar'), { registryId: fx.registryId, title: 'Bidrag till klimatprojekt' });
  const round = await createRound(ctx, { organId: fx.organs.KS, caseId: kase.id, appropriationId: appropriation.id, name: `Omgång ${crypto.randomUUID()}`, decidedBy, criteria: ['Minskar utsläppen'] });
  const [meeting] = await services.db.insert(t.meetings).values({ bodyId: fx.bodyId, organId: fx.organs.KS, date: '2024-05-21', startTime: '13:15', place: 'Sal' }).returning();
  const [section] = await services.db.insert(t.agendaSections).values({ bodyId: fx.bodyId, meetingId: meeting!.id, position: 0, heading: 'Beslutsärenden' }).returning();
  const [item] = await services.db.insert(t.agendaItems).values({ bodyId: fx.bodyId, meetingId: meeting!.id, organId: fx.organs.KS, sectionId: section!.id, position: 0, caseId: kase.id, title: 'Bidrag' }).returning();
  const event: DecisionEvent = { meetingId: meeting!.id, organId: fx.organs.KS, agendaItemId: item!.id, caseId: kase.id, paragraph: '12/24', decidedOn: '2024-05-21', outcome: 'final', reportProposalAdopted: true, clauses: [] };
  const register = async (title: string, applied: Record<string, string>) =>
    (await registerApplication(ctx, round.id, { applicantKind: 'association', applicantName: `Förening ${title}`, applicantEmail: `${title.toLowerCase()}@example.se`, projectTitle: title, applied })).application;
  return { ctx, appropriation, caseId: kase.id, round, event, register };
}

const rows = async <T>(services: Services, query: ReturnType<typeof sql>) => (await services.db.execute(query)).rows as T[];
const auditCount = async (services: Services, action: string, entityId: string) =>
  Number((await rows<{ n: number }>(services, sql`SELECT count(*)::int AS n FROM audit_events WHERE action = ${action} AND entity_id = ${entityId}`))[0]!.n);
const commitmentOf = async (services: Services, applicationId: string) =>
  (await rows<{ id: string; status: string; decided_on: string | null; reference: string | null; override_reason: string | null }>(services,
    sql`SELECT id, status, decided_on::text, reference, override_reason FROM appropriation_commitments WHERE source_kind = 'grant_application' AND source_id = ${applicationId}`))[0] ?? null;
const applicationState = async (services: Services, id: string) =>
  (await rows<{ state: string; outcome: string | null; decision_ref: string | null }>(services, sql`SELECT state, outcome, decision_ref FROM grant_applications WHERE id = ${id}`))[0]!;

for (const backend of testBackends()) {
  describe(`${backend.name}: grant rounds`, () => {
    const database = useDatabase(backend);

    it('20 applications registered at the same time are documents 1–20 of the case and positions 1–20 of the round', async () => {
      const fx = await createFixture(database.services);
      const { ctx, round, caseId } = await setup(database.services, fx);
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) =>
        registerApplication(ctx, round.id, { applicantKind: 'association', applicantName: `Förening ${i}`, projectTitle: `Projekt ${i}`, applied: { 2024: '10' } })));
      const numbers = results.map((r) => r.application.documentNumber!);
      const seqs = numbers.map((n) => Number(n.split('-').at(-1))).sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(results.map((r) => r.application.position).sort((a, b) => a - b)).toEqual(seqs);
      const [kase] = await rows<{ last_document_seq: number }>(database.services, sql`SELECT last_document_seq FROM cases WHERE id = ${caseId}`);
      expect(Number(kase!.last_document_seq)).toBe(20);
      const docs = await rows<{ n: number }>(database.services, sql`SELECT count(*)::int AS n FROM documents WHERE case_id = ${caseId}`);
      expect(Number(docs[0]!.n)).toBe(20);
    });

    it('a recommendation beyond the remaining funds without a reason is refused and writes nothing', async () => {
      const fx = await createFixture(database.services);
      const { ctx, register } = await setup(database.services, fx);
      const app = await register('Solceller', { 2024: '2 000' });
      const tables = ['grant_applications', 'grant_application_years', 'appropriation_commitments', 'appropriation_commitment_amounts', 'audit_events'];
      const before = await countRows(database.services.db, tables);
      const failure = await errorOf(() => recommend(ctx, app.id, { version: app.version, recommendation: 'grant', granted: { 2024: '1 500' }, motivation: 'Bra' }));
      expect(failure.errors).toEqual([{ field: 'overrideReason', message: 'överskrider kvarvarande medel 2024 med 500 000 kr; ange ett skäl för att ändå ta medlen i anspråk' }]);
      expect(await countRows(database.services.db, tables)).toEqual(before);
      const [row] = await rows<{ state: string; version: number; recommendation: string | null }>(database.services, sql`SELECT state, version, recommendation FROM grant_applications WHERE id = ${app.id}`);
      expect(row).toEqual({ state: 'registered', version: 1, recommendation: null });
      const years = await rows<{ granted_kr: number | null }>(database.services, sql`SELECT granted_kr FROM grant_application_years WHERE application_id = ${app.id}`);
      expect(years).toEqual([{ granted_kr: null }]);
    });

    it('the decision hook binds the granted applications\' commitments once and unbinds them once when the decision changes', async () => {
      const fx = await createFixture(database.services);
      const { ctx, appropriation, event, register } = await setup(database.services, fx);
      const firm = await register('Cykelkök', { 2024: '300' });
      const conditional = await register('Laddpunkter', { 2024: '200', 2025: '200' });
      const rejected = await register('Flygresa', { 2024: '100' });
      await recommend(ctx, firm.id, { version: firm.version, recommendation: 'grant', granted: { 2024: '300' }, motivation: 'Bra' });
      await recommend(ctx, conditional.id, { version: conditional.version, recommendation: 'grant', granted: { 2024: '200', 2025: '200' }, conditions: 'under förutsättning att övrig sökt medfinansiering beviljas' });
      await recommend(ctx, rejected.id, { version: rejected.version, recommendation: 'reject', motivation: 'Ökar utsläppen.' });
      const decide = (e: DecisionEvent) => database.services.db.transaction((tx) => afterDecision(ctx, tx, e));

      await decide(event);
      await decide(event);
      expect(await commitmentOf(database.services, firm.id)).toMatchObject({ status: 'firm', decided_on: '2024-05-21', reference: 'KS § 12/24', override_reason: null });
      expect(await commitmentOf(database.services, conditional.id)).toMatchObject({ status: 'conditional', reference: 'KS § 12/24' });
      expect(await commitmentOf(database.services, rejected.id)).toBeNull();
      expect(await applicationState(database.services, rejected.id)).toEqual({ state: 'decided', outcome: 'rejected', decision_ref: 'KS § 12/24' });
      const firmId = (await commitmentOf(database.services, firm.id))!.id;
      expect(await auditCount(database.services, 'appropriation.commitment.decide', firmId)).toBe(1);
      expect(await auditCount(database.services, 'grant.applications.decide', event.agendaItemId)).toBe(1);
      expect((await remainingFunds(database.services.db, fx.bodyId, appropriation.id, '2024-05-21')).map((r) => r.remainingKr)).toEqual([500_000, 800_000]);

      const changed = { ...event, reportProposalAdopted: false };
      await decide(changed);
      await decide(changed);
      expect(await commitmentOf(database.services, firm.id)).toMatchObject({ status: 'proposed', decided_on: null, reference: null });
      expect(await commitmentOf(database.services, conditional.id)).toMatchObject({ status: 'proposed' });
      expect(await applicationState(database.services, firm.id)).toEqual({ state: 'recommended', outcome: null, decision_ref: null });
      expect(await auditCount(database.services, 'appropriation.commitment.undecide', firmId)).toBe(1);
      expect(await auditCount(database.services, 'grant.applications.undecide', event.agendaItemId)).toBe(1);
      expect((await remainingFunds(database.services.db, fx.bodyId, appropriation.id, '2024-05-21')).map((r) => r.remainingKr)).toEqual([1_000_000, 1_000_000]);
    });

    it('after a counter-proposal won, a decision recorded per application binds beyond the funds as an audited override, and the hook leaves it', async () => {
      const fx = await createFixture(database.services);
      const { ctx, appropriation, event, register } = await setup(database.services, fx);
      const app = await register('Biogas', { 2024: '400' });
      const other = await register('Vindkraft', { 2024: '400' });
      await recommend(ctx, app.id, { version: app.version, recommendation: 'reject', motivation: 'Ryms inte.' });
      await recommend(ctx, other.id, { version: other.version, recommendation: 'grant', granted: { 2024: '400' } });
      const counter = { ...event, reportProposalAdopted: false };
      await database.services.db.transaction((tx) => afterDecision(ctx, tx, counter));

      // The organ granted Biogas 1 200 tkr against the office's rejection: more than the 1 000 tkr of 2024.
      const invalid = await errorOf(() => recordApplicationDecision(ctx, app.id, { outcome: 'rejected', granted: { 2024: '5' }, decisionRef: 'KS § 12/24', decidedOn: '2024-05-21' }));
      expect(invalid.errors).toEqual([{ field: 'granted.2024', message: 'ett avslag kan inte ha ett beviljat belopp' }]);
      const answer = await recordApplicationDecision(ctx, app.id, { outcome: 'granted', granted: { 2024: '1 200' }, decisionRef: 'KS § 12/24', decidedOn: '2024-05-21', motivation: 'Enligt yrkande.' });
      expect(answer.application).toMatchObject({ state: 'decided', outcome: 'granted', decisionRef: 'KS § 12/24', motivation: 'Enligt yrkande.' });
      const bound = (await commitmentOf(database.services, app.id))!;
      expect(bound).toMatchObject({ status: 'firm', reference: 'KS § 12/24', override_reason: 'Beslutat av Kommunstyrelsen (KS § 12/24) trots otillräckliga medel' });
      expect(await auditCount(database.services, 'appropriation.override', bound.id)).toBe(1);
      expect(await auditCount(database.services, 'grant.application.record_decision', app.id)).toBe(1);
      // Without a mailer the applicant's e-mail stays due.
      const [note] = await rows<{ channel: string; sent_at: string | null }>(database.services, sql`SELECT channel, sent_at FROM grant_notifications WHERE application_id = ${app.id}`);
      expect(note).toEqual({ channel: 'email', sent_at: null });

      await database.services.db.transaction((tx) => afterDecision(ctx, tx, counter));
      expect(await commitmentOf(database.services, app.id)).toMatchObject({ status: 'firm' });
      expect(await applicationState(database.services, app.id)).toMatchObject({ state: 'decided', outcome: 'granted' });
      expect((await remainingFunds(database.services.db, fx.bodyId, appropriation.id, '2024-05-21'))[0]!.remainingKr).toBe(-200_000);

      // Corrected to a rejection: the commitment is unbound and removed, the funds return.
      const current = (await rows<{ version: number }>(database.services, sql`SELECT version FROM grant_applications WHERE id = ${app.id}`))[0]!;
      expect((await errorOf(() => recordApplicationDecision(ctx, app.id, { version: current.version - 1, outcome: 'rejected', decisionRef: 'KS § 12/24', decidedOn: '2024-05-21' }))).code).toBe('conflict');
      await recordApplicationDecision(ctx, app.id, { version: current.version, outcome: 'rejected', decisionRef: 'KS § 12/24', decidedOn: '2024-05-21' });
      expect(await commitmentOf(database.services, app.id)).toBeNull();
      expect(await auditCount(database.services, 'appropriation.commitment.undecide', bound.id)).toBe(1);
      expect((await remainingFunds(database.services.db, fx.bodyId, appropriation.id, '2024-05-21'))[0]!.remainingKr).toBe(1_000_000);
    });

    it('a delegation decision binds through the appropriations\' rule: beyond the funds it is recorded as an override, never refused', async () => {
      const fx = await createFixture(database.services);
      const { ctx, appropriation, round, register } = await setup(database.services, fx, 'delegation');
      const app = await register('Fröbibliotek', { 2024: '600' });
      await recommend(ctx, app.id, { version: app.version, recommendation: 'grant', granted: { 2024: '600' } });
      // Meanwhile another decision took most of 2024.
      await addCommitment(ctx, appropriation.id, { recipient: 'Annat', status: 'firm', decidedOn: '2024-05-01', amounts: [{ year: 2024, amountKr: 700_000 }] });
      const result = await recordDelegationDecision(ctx, round.id, { delegateName: 'Fritidsbyrån enl. delegationsordning', decidedOn: '2024-05-20' });
      expect(result.round.items[0]).toMatchObject({ state: 'decided', outcome: 'granted' });
      const bound = (await commitmentOf(database.services, app.id))!;
      expect(bound).toEqual({ id: bound.id, status: 'firm', decided_on: '2024-05-20', reference: 'Fritidsbyrån enl. delegationsordning', override_reason: 'Beslutat av Fritidsbyrån enl. delegationsordning trots otillräckliga medel' });
      expect(await auditCount(database.services, 'appropriation.override', bound.id)).toBe(1);
      expect((await remainingFunds(database.services.db, fx.bodyId, appropriation.id, '2024-05-20'))[0]!.remainingKr).toBe(-300_000);
    });
  });
}
