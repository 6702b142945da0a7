/**
 * What follows from an item's decision, in the decision's transaction: registers that react to an organ's
 * decision on a case (commitments against appropriations become binding, grant applicants are notified).
 * Runs again when a decision is changed, so every listener must be idempotent for the same agenda item.
 */
import type { Tx } from '../../db/client.ts';
import type { Outcome } from '../../domain/decision.ts';
import type { Ctx } from '../context.ts';
import { appropriationsOnDecision } from '../appropriations/onDecision.ts';
import { grantsOnDecision } from '../grants/onDecision.ts';

export interface DecisionEvent {
  meetingId: string;
  organId: string;
  agendaItemId: string;
  caseId: string | null;
  /** The paragraph as the minutes print it, e.g. "182/24". */
  paragraph: string;
  /** The meeting's date (ÅÅÅÅ-MM-DD). */
  decidedOn: string;
  outcome: Outcome;
  /** The organ adopted the official report's proposal (no member's counter-proposal won). */
  reportProposalAdopted: boolean;
  clauses: string[];
}

export async function afterDecision(ctx: Ctx, tx: Tx, event: DecisionEvent): Promise<void> {
  await appropriationsOnDecision(ctx, tx, event);
  await grantsOnDecision(ctx, tx, event);
}
