/**
 * Takes a posting down (R-APPEAL-1, R-BOARD-2): never before its removal date — the last day to appeal has to
 * pass first. The database refuses an early removal too. The removal is recorded as a posting event and audited.
 */
import { and, eq } from 'drizzle-orm';
import { postingEvents, postings } from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { removalErrors } from '../../domain/appeal.ts';
import { swedishDate } from '../../domain/dates.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import { checkText } from '../../domain/text.ts';
import { validationError, type FieldError } from '../../domain/errors.ts';
import type { Ctx } from '../context.ts';
import { canManageBoard } from './access.ts';
import { getPosting } from './listPostings.ts';
import type { PostingView } from './types.ts';

export async function removePosting(ctx: Ctx, postingId: string, input: { reason?: unknown } = {}): Promise<PostingView> {
  const errors: FieldError[] = [];
  const reason = checkText(input.reason, { field: 'reason', max: 500 }, errors) || null;
  if (errors.length) throw validationError(errors);
  await ctx.db.transaction(async (tx) => {
    const [posting] = isUuid(postingId)
      ? await tx.select().from(postings).where(and(eq(postings.id, postingId), eq(postings.bodyId, ctx.actor.bodyId))).for('update')
      : [];
    if (!posting) throw notFound('Anslaget');
    if (!canManageBoard(ctx.actor, posting.organId)) throw new AppError('forbidden', 'Du har inte behörighet att ta ned anslaget.');
    if (posting.removedOn) throw new AppError('conflict', `Anslaget togs ned ${posting.removedOn}.`);
    const today = swedishDate(ctx.clock.now());
    const early = removalErrors(posting.removableFrom, today);
    if (early.length) throw new AppError('conflict', `Anslaget får tas ned tidigast ${posting.removableFrom}${posting.lastAppealDay ? ` (sista dag för överklagande är ${posting.lastAppealDay})` : ''}.`, early);
    await tx.update(postings).set({ removedOn: today }).where(eq(postings.id, posting.id));
    await tx.insert(postingEvents).values({ bodyId: ctx.actor.bodyId, postingId: posting.id, kind: 'removed', at: ctx.clock.now(), actorId: ctx.actor.userId, details: { removedOn: today, reason } });
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'board.remove', entityType: 'posting', entityId: posting.id, details: { kind: posting.kind, removedOn: today, removableFrom: posting.removableFrom } });
  });
  return getPosting(ctx, postingId);
}
