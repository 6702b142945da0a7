/**
 * Reacts to an organ's decision on a case (see conduct/afterDecision.ts), in the decision's transaction: when the
 * organ decides the case (outcome `final`) and adopts the official report's proposal, the case's proposed
 * commitments become binding (`bindCommitments`: conditional when they carry conditions, firm otherwise, decided
 * on the meeting's date with the reference "<organ code> § <paragraph>"; insufficient funds never stop a decision,
 * the shortfall is recorded as an override and audited). A changed decision (another outcome, the proposal not
 * adopted) returns the commitments this agenda item made binding to `proposed`; running twice changes nothing more.
 */
import { and, eq, inArray, or } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { decisionReference } from '../../domain/appropriations.ts';
import type { Ctx } from '../context.ts';
import type { DecisionEvent } from '../conduct/afterDecision.ts';
import { bindCommitments, unbindCommitments } from './commitments.ts';

export async function appropriationsOnDecision(ctx: Ctx, tx: Tx, event: DecisionEvent): Promise<void> {
  if (!event.caseId) return;
  const adopted = event.outcome === 'final' && event.reportProposalAdopted;
  const touched = await tx.select({ id: t.appropriationCommitments.id, status: t.appropriationCommitments.status }).from(t.appropriationCommitments).where(and(
    eq(t.appropriationCommitments.bodyId, ctx.actor.bodyId), eq(t.appropriationCommitments.caseId, event.caseId),
    or(eq(t.appropriationCommitments.status, 'proposed'), and(eq(t.appropriationCommitments.agendaItemId, event.agendaItemId), inArray(t.appropriationCommitments.status, ['conditional', 'firm'])))));
  if (!touched.length) return;
  if (!adopted) {
    await unbindCommitments(ctx, tx, touched.filter((c) => c.status !== 'proposed').map((c) => c.id));
    return;
  }
  const [organ] = await tx.select({ code: t.organs.code, name: t.organs.name }).from(t.organs).where(eq(t.organs.id, event.organId));
  const reference = decisionReference(organ?.code ?? '', event.paragraph);
  await bindCommitments(ctx, tx, touched.map((c) => c.id), { decidedOn: event.decidedOn, reference, agendaItemId: event.agendaItemId, deciderName: organ?.name ?? reference });
}
