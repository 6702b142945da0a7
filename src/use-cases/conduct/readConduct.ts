/**
 * The live meeting as one read for the meeting-mode screen: everything loadConduct gives, plus per item the
 * decision the screen offers (clauses from the official report and the procedure, outcome, next organ).
 */
import type { ConductItem, ConductView } from '../../db/repositories/conduct.ts';
import { staffReader } from '../../disclosure/reader.ts';
import type { Outcome } from '../../domain/decision.ts';
import { readConduct } from './guard.ts';
import { suggestedDecision } from './decideItem.ts';
import { readyCasesFor, type ReadyCase } from './caseFlow.ts';
import { isUuid } from '../../domain/ids.ts';
import { notFound } from '../../domain/errors.ts';
import { loadMeeting } from '../../db/repositories/agenda.ts';
import { canReadMeeting } from '../../policies/meetings.ts';
import type { Ctx } from '../context.ts';

export type ConductScreen = Omit<ConductView, 'items'> & {
  items: (ConductItem & { suggestedDecision: { clauses: string[]; outcome: Outcome; toOrganId: string | null } | null })[];
};

export async function getConduct(ctx: Ctx, meetingId: string): Promise<ConductScreen> {
  const view = await readConduct(ctx, meetingId);
  const items = [];
  for (const item of view.items) {
    items.push({ ...item, suggestedDecision: item.attendance ? await suggestedDecision(ctx.db, view, item) : null });
  }
  return { ...view, items };
}

/** Cases waiting for the meeting's organ (e.g. prepared by KSNAU for KS), for building its agenda. */
export async function getReadyCases(ctx: Ctx, meetingId: string): Promise<ReadyCase[]> {
  const meeting = isUuid(meetingId) ? await loadMeeting(ctx.db, staffReader(ctx.actor), meetingId) : undefined;
  if (!meeting || !canReadMeeting(ctx.actor, meeting.organId)) throw notFound('Sammanträdet');
  return readyCasesFor(ctx, ctx.db, meeting.organId);
}
