/**
 * Shared by the minutes use cases: the minutes row (locked when changing), the meeting's organ, the acting
 * user's person, who may manage or read, and the audit of refused changes — a refused change of adjusted
 * minutes is logged (R-JUST-3) even though the change itself is rolled back.
 */
import { and, eq, sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { isUuid } from '../../domain/ids.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { MinutesState } from '../../domain/adjustment.ts';
import { canManageMeeting, canReadMeeting } from '../../policies/meetings.ts';
import type { Ctx } from '../context.ts';

export type MinutesRow = typeof t.minutes.$inferSelect & { state: MinutesState };

export interface MeetingRef { id: string; organId: string; organCode: string; organName: string; date: string; state: string }

export async function meetingRef(ex: Executor, ctx: Ctx, meetingId: string): Promise<MeetingRef> {
  const [m] = isUuid(meetingId) ? await ex.select({ id: t.meetings.id, organId: t.meetings.organId, organCode: t.organs.code, organName: t.organs.name, date: t.meetings.date, state: t.meetings.state })
    .from(t.meetings).innerJoin(t.organs, eq(t.organs.id, t.meetings.organId)).where(and(eq(t.meetings.id, meetingId), eq(t.meetings.bodyId, ctx.actor.bodyId))) : [];
  if (!m) throw notFound('Sammanträdet');
  return m;
}

export async function minutesRow(ex: Executor, ctx: Ctx, meetingId: string, lock = false): Promise<MinutesRow | undefined> {
  const query = ex.select().from(t.minutes).where(and(eq(t.minutes.meetingId, meetingId), eq(t.minutes.bodyId, ctx.actor.bodyId)));
  const [row] = lock ? await query.for('update') : await query;
  return row as MinutesRow | undefined;
}

/** The person (elected member) the acting user is linked to, if any. */
export async function actorPersonId(ex: Executor, ctx: Ctx): Promise<string | null> {
  if (!ctx.actor.userId) return null;
  const [u] = await ex.select({ personId: t.users.personId }).from(t.users).where(and(eq(t.users.id, ctx.actor.userId), eq(t.users.bodyId, ctx.actor.bodyId)));
  return u?.personId ?? null;
}

/** The chair and the chosen adjusters of the meeting. */
export async function signerFacts(ex: Executor, meetingId: string): Promise<{ chairPersonId: string | null; adjusterPersonIds: string[] }> {
  const [c] = await ex.select({ chair: t.meetingConduct.chairPersonId, adjusters: t.meetingConduct.adjusterPersonIds }).from(t.meetingConduct).where(eq(t.meetingConduct.meetingId, meetingId));
  return { chairPersonId: c?.chair ?? null, adjusterPersonIds: c?.adjusters ?? [] };
}

export function assertManage(ctx: Ctx, meeting: MeetingRef, what: string): void {
  if (!canReadMeeting(ctx.actor, meeting.organId)) throw notFound('Sammanträdet');
  if (!canManageMeeting(ctx.actor, meeting.organId)) throw new AppError('forbidden', `Du har inte behörighet att ${what}.`);
}

/** Readers: staff who read the meeting, and the chair and adjusters (who must read what they sign). */
export async function assertRead(ex: Executor, ctx: Ctx, meeting: MeetingRef): Promise<void> {
  if (canReadMeeting(ctx.actor, meeting.organId)) return;
  const personId = await actorPersonId(ex, ctx);
  const signers = await signerFacts(ex, meeting.id);
  if (!personId || (signers.chairPersonId !== personId && !signers.adjusterPersonIds.includes(personId))) throw notFound('Sammanträdet');
}

/**
 * Runs a change of the minutes in one transaction. When it is refused (conflict, forbidden, validation), the
 * refusal is written to the audit log in a transaction of its own, after the change was rolled back.
 */
export async function auditedChange<T>(ctx: Ctx, meetingId: string, action: string, change: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await ctx.db.transaction(async (tx) => {
      // The meeting's row lock first, as every write to the live meeting takes it (conduct/guard.ts): a change of
      // the meeting in progress commits before the minutes are generated, sent or signed (R-JUST-3), never after.
      if (isUuid(meetingId)) await tx.execute(sql`SELECT id FROM meetings WHERE id = ${meetingId} FOR UPDATE`);
      return change(tx);
    });
  } catch (error) {
    if (error instanceof AppError && ['conflict', 'forbidden', 'validation'].includes(error.code) && isUuid(meetingId)) {
      const [m] = await ctx.db.select({ id: t.minutes.id, state: t.minutes.state }).from(t.minutes).where(and(eq(t.minutes.meetingId, meetingId), eq(t.minutes.bodyId, ctx.actor.bodyId)));
      await ctx.db.transaction((tx) => recordAudit(tx, {
        bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId || null, action: `minutes.${action}_refused`, entityType: 'minutes', entityId: m?.id ?? null,
        details: { meetingId, state: m?.state ?? null, code: error.code, fields: error.errors.map((e) => e.field), reason: error.message },
      }));
    }
    throw error;
  }
}

export const frozenError = (problem: string): AppError => new AppError('conflict', problem);
