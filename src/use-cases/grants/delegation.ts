/**
 * A round decided by delegation (e.g. "Fritidsbyrån, Strategisk utveckling enl. delegationsordning"): recording
 * who decided and when decides every recommended application as recommended, makes the proposed commitments of
 * the granted ones binding (conditional when they carry conditions), plans the applicants' notifications, and —
 * after the commit — sends the e-mails. Recording it again (another date or delegate) updates the decision.
 */
import { and, eq, inArray } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { checkDelegationDecision, outcomeOf, type Recommendation } from '../../domain/grants.ts';
import { AppError, validationError, type FieldError } from '../../domain/errors.ts';
import { bindCommitments } from '../appropriations/commitments.ts';
import type { Ctx } from '../context.ts';
import { checkVersion, loadRoundView, requireEditor, requireReader, roundOf, type RoundView } from './load.ts';
import { planNotifications, sendNotifications, type SendResult } from './notifications.ts';

export async function recordDelegationDecision(ctx: Ctx, roundId: string, input: Record<string, unknown>): Promise<{ round: RoundView; notifications: SendResult }> {
  requireReader(ctx);
  const errors: FieldError[] = [];
  const decision = checkDelegationDecision(input, errors);
  if (errors.length) throw validationError(errors);
  await ctx.db.transaction(async (tx) => {
    const round = await roundOf(tx, ctx, roundId, true);
    requireEditor(ctx, round.organId);
    checkVersion(round.version, input.version);
    if (round.decidedBy !== 'delegation') throw new AppError('conflict', 'Omgången beslutas av organet, inte på delegation.');
    const apps = (await tx.select().from(t.grantApplications).where(eq(t.grantApplications.roundId, round.id)).for('update')).filter((a) => !a.decidedEarlier);
    const unassessed = apps.filter((a) => a.state === 'registered');
    if (unassessed.length) throw new AppError('conflict', `${unassessed.length} ansökningar saknar rekommendation och kan inte beslutas.`);
    if (apps.length === 0) throw new AppError('conflict', 'Omgången har inga ansökningar att besluta om.');
    const now = ctx.clock.now();
    for (const a of apps) {
      await tx.update(t.grantApplications).set({
        state: 'decided', outcome: outcomeOf(a.recommendation as Recommendation), decidedOn: decision.decidedOn, decisionRef: decision.delegateName,
        version: a.version + 1, updatedAt: now,
      }).where(eq(t.grantApplications.id, a.id));
    }
    const granted = apps.filter((a) => a.recommendation === 'grant');
    if (granted.length) {
      // The appropriation's own rule binds them: a shortfall is recorded as an audited override, never blocking.
      const commitments = await tx.select({ id: t.appropriationCommitments.id }).from(t.appropriationCommitments).where(and(
        eq(t.appropriationCommitments.bodyId, ctx.actor.bodyId), eq(t.appropriationCommitments.sourceKind, 'grant_application'),
        inArray(t.appropriationCommitments.sourceId, granted.map((a) => a.id)), inArray(t.appropriationCommitments.status, ['proposed', 'conditional', 'firm'])));
      await bindCommitments(ctx, tx, commitments.map((c) => c.id), { decidedOn: decision.decidedOn, reference: decision.delegateName, agendaItemId: null, deciderName: decision.delegateName });
    }
    await tx.update(t.grantRounds).set({ delegateName: decision.delegateName, delegationDecidedOn: decision.decidedOn, version: round.version + 1, updatedAt: now }).where(eq(t.grantRounds.id, round.id));
    await planNotifications(tx, ctx.actor.bodyId, apps.map((a) => ({ id: a.id, applicantEmail: a.applicantEmail, outcome: outcomeOf(a.recommendation as Recommendation) })), decision.delegateName);
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'grant.round.delegation_decision', entityType: 'grant_round', entityId: round.id, caseId: round.caseId,
      details: { decidedOn: decision.decidedOn, granted: granted.length, rejected: apps.length - granted.length } });
  });
  const notifications = await sendNotifications(ctx, roundId);
  return { round: await loadRoundView(ctx.db, ctx, await roundOf(ctx.db, ctx, roundId)), notifications };
}
