/**
 * Puts a posting on the board: the posting row, its `posted` event (append-only, R-APPEAL-1) and the audit
 * event, all in the caller's transaction.
 */
import { postingEvents, postings } from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import type { Ctx } from '../context.ts';
import type { PostingBody, PostingKind } from './types.ts';

export interface NewPosting {
  kind: PostingKind;
  organId: string | null;
  meetingId?: string | null;
  minutesId?: string | null;
  title: string;
  body: PostingBody;
  postedOn: string;
  lastAppealDay: string | null;
  removableFrom: string;
}

export async function insertPosting(tx: Tx, ctx: Ctx, posting: NewPosting): Promise<string> {
  const bodyId = ctx.actor.bodyId;
  const [row] = await tx.insert(postings).values({
    bodyId, kind: posting.kind, organId: posting.organId, meetingId: posting.meetingId ?? null, minutesId: posting.minutesId ?? null,
    title: posting.title, body: posting.body, postedOn: posting.postedOn, lastAppealDay: posting.lastAppealDay,
    removableFrom: posting.removableFrom, createdBy: ctx.actor.userId,
  }).returning({ id: postings.id });
  const id = row!.id;
  const dates = { postedOn: posting.postedOn, lastAppealDay: posting.lastAppealDay, removableFrom: posting.removableFrom };
  await tx.insert(postingEvents).values({ bodyId, postingId: id, kind: 'posted', at: ctx.clock.now(), actorId: ctx.actor.userId, details: dates });
  await recordAudit(tx, {
    bodyId, actorId: ctx.actor.userId, action: 'board.post', entityType: 'posting', entityId: id,
    details: { kind: posting.kind, meetingId: posting.meetingId ?? null, minutesId: posting.minutesId ?? null, ...dates },
  });
  return id;
}
