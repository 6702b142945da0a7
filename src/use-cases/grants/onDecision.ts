/**
 * Reacts to an organ's decision on a case (see conduct/afterDecision.ts).
 */
import type { Tx } from '../../db/client.ts';
import type { Ctx } from '../context.ts';
import type { DecisionEvent } from '../conduct/afterDecision.ts';

export async function grantsOnDecision(_ctx: Ctx, _tx: Tx, _event: DecisionEvent): Promise<void> {
  // Filled in by the grants register.
}
