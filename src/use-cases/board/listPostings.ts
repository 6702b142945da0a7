/**
 * The notice board for staff: every posting (current and taken down) with its append-only history.
 */
import { and, asc, desc, eq, inArray, isNull, isNotNull } from 'drizzle-orm';
import { organs, postingEvents, postings, users } from '../../db/schema/index.ts';
import type { Executor } from '../../db/client.ts';
import { swedishDate } from '../../domain/dates.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import type { Ctx } from '../context.ts';
import { canReadBoard } from './access.ts';
import type { PostingBody, PostingKind, PostingView } from './types.ts';

export interface PostingFilter { state?: 'current' | 'removed' | 'all' }

async function load(ex: Executor, bodyId: string, today: string, where: ReturnType<typeof and>): Promise<PostingView[]> {
  const rows = await ex.select({ p: postings, organName: organs.name, createdBy: users.displayName }).from(postings)
    .leftJoin(organs, eq(organs.id, postings.organId)).leftJoin(users, eq(users.id, postings.createdBy))
    .where(and(eq(postings.bodyId, bodyId), where)).orderBy(desc(postings.postedOn), desc(postings.createdAt));
  const ids = rows.map((r) => r.p.id);
  const events = ids.length ? await ex.select({ e: postingEvents, actor: users.displayName }).from(postingEvents)
    .leftJoin(users, eq(users.id, postingEvents.actorId)).where(inArray(postingEvents.postingId, ids)).orderBy(asc(postingEvents.at)) : [];
  return rows.map(({ p, organName, createdBy }) => ({
    id: p.id, kind: p.kind as PostingKind, title: p.title, organId: p.organId, organName, meetingId: p.meetingId, minutesId: p.minutesId,
    body: p.body as PostingBody, postedOn: p.postedOn, lastAppealDay: p.lastAppealDay, removableFrom: p.removableFrom, removedOn: p.removedOn,
    removable: p.removedOn === null && today >= p.removableFrom, createdBy, createdAt: p.createdAt.toISOString(),
    events: events.filter((e) => e.e.postingId === p.id).map(({ e, actor }) => ({ kind: e.kind, at: e.at.toISOString(), actor, details: e.details as Record<string, unknown> })),
  }));
}

export async function listPostings(ctx: Ctx, filter: PostingFilter = {}): Promise<PostingView[]> {
  if (!canReadBoard(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att se anslagstavlans historik.');
  const state = filter.state ?? 'all';
  const where = state === 'current' ? isNull(postings.removedOn) : state === 'removed' ? isNotNull(postings.removedOn) : undefined;
  return load(ctx.db, ctx.actor.bodyId, swedishDate(ctx.clock.now()), and(where));
}

export async function getPosting(ctx: Ctx, id: string): Promise<PostingView> {
  if (!canReadBoard(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att se anslagstavlans historik.');
  const [posting] = isUuid(id) ? await load(ctx.db, ctx.actor.bodyId, swedishDate(ctx.clock.now()), and(eq(postings.id, id))) : [];
  if (!posting) throw notFound('Anslaget');
  return posting;
}
