/**
 * Recording what an organ actually decided on one application of a round it decides — needed when a member's
 * counter-proposal won, so the decision hook returned the applications to "recommended": granted with amounts per
 * year (its commitment against the round's appropriation is replaced by those amounts and bound through
 * `bindCommitments`, a shortfall recorded as an audited override, never blocking) or rejected (its commitment
 * unbound and removed). Recording again corrects it. The applicant's notification is planned in the transaction
 * and sent after the commit. Such a record belongs to no agenda item, so a later run of the decision hook leaves it.
 */
import { and, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { checkDecisionRecord, unitOfLayout, type RoundLayout } from '../../domain/grants.ts';
import { AppError, validationError, type FieldError } from '../../domain/errors.ts';
import { bindCommitments, setProposedCommitment, unbindCommitments } from '../appropriations/commitments.ts';
import type { Ctx } from '../context.ts';
import { answer, inGrantTerms, writeYears, type ApplicationAnswer } from './applications.ts';
import { applicationOf, checkVersion, requireEditor, requireReader, roundOf } from './load.ts';
import { notifyAfterDecision, planNotifications } from './notifications.ts';

export async function recordApplicationDecision(ctx: Ctx, id: string, input: Record<string, unknown>): Promise<ApplicationAnswer> {
  requireReader(ctx);
  const done = await ctx.db.transaction(async (tx) => {
    const app = await applicationOf(tx, ctx, id, true);
    const round = await roundOf(tx, ctx, app.roundId);
    requireEditor(ctx, round.organId);
    checkVersion(app.version, input.version);
    if (round.decidedBy !== 'organ') throw new AppError('conflict', 'Omgången beslutas på delegation; registrera delegationsbeslutet för hela omgången.');
    if (app.decidedEarlier) throw new AppError('conflict', 'Ansökan beslutades före omgången och kan inte beslutas här.');
    const errors: FieldError[] = [];
    const d = checkDecisionRecord(input, unitOfLayout(round.layout as RoundLayout), errors);
    if (errors.length) throw validationError(errors);
    const bodyId = ctx.actor.bodyId;

    if (round.appropriationId) {
      const source = { kind: 'grant_application' as const, id: app.id };
      const [existing] = await tx.select({ id: t.appropriationCommitments.id, status: t.appropriationCommitments.status }).from(t.appropriationCommitments)
        .where(and(eq(t.appropriationCommitments.bodyId, bodyId), eq(t.appropriationCommitments.sourceKind, source.kind), eq(t.appropriationCommitments.sourceId, source.id)));
      if (existing?.status === 'released') throw new AppError('conflict', 'Ansökans åtagande är frigjort i anslaget och kan inte beslutas om.');
      if (existing) await unbindCommitments(ctx, tx, [existing.id]);
      if (d.outcome === 'granted') {
        const amounts = d.granted.map((g) => ({ year: g.year, amountKr: g.kr }));
        const commitmentId = await setProposedCommitment(ctx, tx, source, {
          appropriationId: round.appropriationId, caseId: app.caseId, recipient: app.applicantName, purpose: app.projectTitle, conditions: app.conditions, amounts, decisionFollows: true,
        }).catch((e: unknown) => { throw inGrantTerms(e, amounts); });
        const [organ] = await tx.select({ name: t.organs.name }).from(t.organs).where(eq(t.organs.id, round.organId));
        await bindCommitments(ctx, tx, [commitmentId!], { decidedOn: d.decidedOn, reference: d.decisionRef, agendaItemId: null, deciderName: organ?.name ?? d.decisionRef });
      } else await setProposedCommitment(ctx, tx, source, null);
    }

    const years = await tx.select().from(t.grantApplicationYears).where(eq(t.grantApplicationYears.applicationId, app.id));
    await writeYears(tx, bodyId, app.id, years.map((y) => ({ year: y.year, kr: y.appliedKr })), new Map(d.granted.map((g) => [g.year, g.kr])));
    await tx.update(t.grantApplications).set({
      state: 'decided', outcome: d.outcome, decidedOn: d.decidedOn, decisionRef: d.decisionRef, agendaItemId: null,
      ...(d.motivation !== null ? { motivation: d.motivation } : {}), version: app.version + 1, updatedAt: ctx.clock.now(),
    }).where(eq(t.grantApplications.id, app.id));
    await planNotifications(tx, bodyId, [{ id: app.id, applicantEmail: app.applicantEmail, outcome: d.outcome }], d.decisionRef);
    await recordAudit(tx, { bodyId, actorId: ctx.actor.userId, action: 'grant.application.record_decision', entityType: 'grant_application', entityId: app.id, caseId: app.caseId,
      details: { roundId: round.id, outcome: d.outcome, grantedKr: d.granted, reference: d.decisionRef, decidedOn: d.decidedOn } });
    return { round, caseId: app.caseId };
  });
  await notifyAfterDecision(ctx, done.caseId);
  return ctx.db.transaction((tx) => answer(tx, ctx, done.round, id));
}
