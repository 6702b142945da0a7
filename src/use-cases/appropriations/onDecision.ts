/**
 * Reacts to an organ's decision on a case (see conduct/afterDecision.ts), in the decision's transaction: when the
 * organ decides the case (outcome `final`) and adopts the official report's proposal, the case's proposed
 * commitments become binding — conditional when they carry conditions, firm otherwise — decided on the meeting's
 * date with the reference "<organ code> § <paragraph>". Insufficient funds never stop a decision: the shortfall is
 * recorded as an override and audited. A changed decision (another outcome, the proposal not adopted) returns the
 * commitments this agenda item made binding to `proposed`; running twice changes nothing more.
 */
import { and, eq, inArray, or } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { decidedDespiteReason, decidedStatus, decisionReference, shortfalls } from '../../domain/appropriations.ts';
import type { Ctx } from '../context.ts';
import type { DecisionEvent } from '../conduct/afterDecision.ts';
import { loadAppropriation, loadCommitments } from './load.ts';

const DECIDED_PREFIX = 'Beslutat av ';

export async function appropriationsOnDecision(ctx: Ctx, tx: Tx, event: DecisionEvent): Promise<void> {
  if (!event.caseId) return;
  const bodyId = ctx.actor.bodyId;
  const adopted = event.outcome === 'final' && event.reportProposalAdopted;
  const touched = await tx.select({ id: t.appropriationCommitments.id, appropriationId: t.appropriationCommitments.appropriationId }).from(t.appropriationCommitments).where(and(
    eq(t.appropriationCommitments.bodyId, bodyId), eq(t.appropriationCommitments.caseId, event.caseId),
    or(eq(t.appropriationCommitments.status, 'proposed'), and(eq(t.appropriationCommitments.agendaItemId, event.agendaItemId), inArray(t.appropriationCommitments.status, ['conditional', 'firm'])))));
  if (!touched.length) return;
  const [organ] = await tx.select({ code: t.organs.code, name: t.organs.name }).from(t.organs).where(eq(t.organs.id, event.organId));
  const reference = decisionReference(organ?.code ?? '', event.paragraph);
  for (const appropriationId of [...new Set(touched.map((c) => c.appropriationId))]) {
    const record = (await loadAppropriation(tx, bodyId, appropriationId, true))!;
    const mine = await loadCommitments(tx, bodyId, { ids: touched.filter((c) => c.appropriationId === appropriationId).map((c) => c.id) });
    let others = record.commitments;
    for (const c of mine) {
      if (adopted) {
        const status = decidedStatus(c.conditions);
        const decided = { ...c, status, decidedOn: event.decidedOn };
        const short = shortfalls(record.years, others, decided);
        const keepReason = c.overrideReason && !c.overrideReason.startsWith(DECIDED_PREFIX) ? c.overrideReason : null;
        const overrideReason = short.length ? (keepReason ?? decidedDespiteReason(organ?.name ?? reference, reference)) : keepReason;
        if (c.status === status && c.decidedOn === event.decidedOn && c.reference === reference && c.agendaItemId === event.agendaItemId && c.overrideReason === overrideReason) {
          others = others.map((o) => (o.id === c.id ? decided : o));
          continue;
        }
        await tx.update(t.appropriationCommitments).set({ status, decidedOn: event.decidedOn, reference, agendaItemId: event.agendaItemId, overrideReason, version: c.version + 1, updatedAt: ctx.clock.now() })
          .where(eq(t.appropriationCommitments.id, c.id));
        others = others.map((o) => (o.id === c.id ? decided : o));
        await recordAudit(tx, { bodyId, actorId: ctx.actor.userId, action: 'appropriation.commitment.decide', entityType: 'appropriation_commitment', entityId: c.id, caseId: event.caseId, details: { appropriationId, status, agendaItemId: event.agendaItemId, reference } });
        if (short.length) await recordAudit(tx, { bodyId, actorId: ctx.actor.userId, action: 'appropriation.override', entityType: 'appropriation_commitment', entityId: c.id, caseId: event.caseId, details: { appropriationId, shortfalls: short, reason: overrideReason } });
      } else if (c.status !== 'proposed') {
        const overrideReason = c.overrideReason?.startsWith(DECIDED_PREFIX) ? null : c.overrideReason;
        await tx.update(t.appropriationCommitments).set({ status: 'proposed', decidedOn: null, reference: null, agendaItemId: null, overrideReason, version: c.version + 1, updatedAt: ctx.clock.now() })
          .where(eq(t.appropriationCommitments.id, c.id));
        others = others.map((o) => (o.id === c.id ? { ...o, status: 'proposed', decidedOn: null } : o));
        await recordAudit(tx, { bodyId, actorId: ctx.actor.userId, action: 'appropriation.commitment.undecide', entityType: 'appropriation_commitment', entityId: c.id, caseId: event.caseId, details: { appropriationId, agendaItemId: event.agendaItemId } });
      }
    }
  }
}
