/**
 * Reacts to an organ's decision on a case (see conduct/afterDecision.ts), in the decision's transaction: when
 * the organ decides the case (outcome `final`) adopting the official report's proposal, the case's recommended
 * applications in rounds the organ decides become decided — granted or rejected as recommended — with the
 * reference "<organ code> § <paragraph>", and their applicants' notifications are planned. Another outcome or a
 * proposal not adopted returns what this agenda item decided to `recommended` (the commitments follow in the
 * appropriations' hook). Running again for the same item changes nothing more.
 */
import { and, eq, inArray, ne, or } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { outcomeOf, type Recommendation } from '../../domain/grants.ts';
import type { Ctx } from '../context.ts';
import type { DecisionEvent } from '../conduct/afterDecision.ts';
import { dropUnsentNotifications, planNotifications } from './notifications.ts';

export async function grantsOnDecision(ctx: Ctx, tx: Tx, event: DecisionEvent): Promise<void> {
  if (!event.caseId) return;
  const bodyId = ctx.actor.bodyId;
  const rows = await tx.select({ a: t.grantApplications }).from(t.grantApplications)
    .innerJoin(t.grantRounds, eq(t.grantRounds.id, t.grantApplications.roundId))
    .where(and(
      eq(t.grantApplications.bodyId, bodyId), eq(t.grantApplications.caseId, event.caseId), eq(t.grantRounds.decidedBy, 'organ'),
      eq(t.grantApplications.decidedEarlier, false),
      or(eq(t.grantApplications.state, 'recommended'), and(eq(t.grantApplications.state, 'decided'), eq(t.grantApplications.agendaItemId, event.agendaItemId))),
      ne(t.grantApplications.state, 'registered')))
    .for('update', { of: t.grantApplications });
  if (rows.length === 0) return;
  const adopted = event.outcome === 'final' && event.reportProposalAdopted;
  const [organ] = await tx.select({ code: t.organs.code }).from(t.organs).where(eq(t.organs.id, event.organId));
  const reference = `${organ?.code ?? ''} § ${event.paragraph}`.trim();
  if (adopted) {
    const changed = rows.map((r) => r.a).filter((a) => a.state !== 'decided' || a.decidedOn !== event.decidedOn || a.decisionRef !== reference || a.outcome !== outcomeOf(a.recommendation as Recommendation));
    for (const a of changed) {
      await tx.update(t.grantApplications).set({
        state: 'decided', outcome: outcomeOf(a.recommendation as Recommendation), decidedOn: event.decidedOn, decisionRef: reference, agendaItemId: event.agendaItemId,
        version: a.version + 1, updatedAt: ctx.clock.now(),
      }).where(eq(t.grantApplications.id, a.id));
    }
    await planNotifications(tx, bodyId, rows.map(({ a }) => ({ id: a.id, applicantEmail: a.applicantEmail, outcome: outcomeOf(a.recommendation as Recommendation) })), reference);
    if (changed.length) {
      await recordAudit(tx, { bodyId, actorId: ctx.actor.userId, action: 'grant.applications.decide', entityType: 'agenda_item', entityId: event.agendaItemId, caseId: event.caseId,
        details: { reference, applications: changed.map((a) => a.id), granted: changed.filter((a) => a.recommendation === 'grant').length } });
    }
    return;
  }
  const undone = rows.map((r) => r.a).filter((a) => a.state === 'decided');
  if (undone.length === 0) return;
  await tx.update(t.grantApplications).set({ state: 'recommended', outcome: null, decidedOn: null, decisionRef: null, agendaItemId: null, updatedAt: ctx.clock.now() })
    .where(inArray(t.grantApplications.id, undone.map((a) => a.id)));
  await dropUnsentNotifications(tx, undone.map((a) => a.id));
  await recordAudit(tx, { bodyId, actorId: ctx.actor.userId, action: 'grant.applications.undecide', entityType: 'agenda_item', entityId: event.agendaItemId, caseId: event.caseId, details: { applications: undone.map((a) => a.id) } });
}
