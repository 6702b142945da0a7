/**
 * Lists an organ's meetings and reads one meeting with its agenda and the notice deadlines (R-CALL-1, R-CALL-2).
 */
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { staffReader } from '../../disclosure/reader.ts';
import { meetings, meetingSchedules, organs } from '../../db/schema/index.ts';
import { loadMeeting, type MeetingView } from '../../db/repositories/agenda.ts';
import { noticeDeadlines, type NoticeDeadlines } from '../../domain/notice.ts';
import { swedishDate } from '../../domain/dates.ts';
import { isUuid } from '../../domain/ids.ts';
import { notFound } from '../../domain/errors.ts';
import { canReadMeeting } from '../../policies/meetings.ts';
import type { Ctx } from '../context.ts';

export async function listMeetings(ctx: Ctx, filter: { organId?: string; from?: string; to?: string }) {
  const rows = await ctx.db.select({ id: meetings.id, organId: meetings.organId, organCode: organs.code, organName: organs.name, date: meetings.date, startTime: meetings.startTime, place: meetings.place, state: meetings.state })
    .from(meetings).innerJoin(organs, eq(organs.id, meetings.organId))
    .where(and(eq(meetings.bodyId, ctx.actor.bodyId), isUuid(filter.organId) ? eq(meetings.organId, filter.organId) : undefined,
      filter.from ? gte(meetings.date, filter.from) : undefined, filter.to ? lte(meetings.date, filter.to) : undefined))
    .orderBy(asc(meetings.date), asc(meetings.startTime));
  return rows.filter((r) => canReadMeeting(ctx.actor, r.organId)).map((r) => ({ ...r, startTime: r.startTime.slice(0, 5) }));
}

export async function getMeeting(ctx: Ctx, id: string): Promise<MeetingView & { deadlines: NoticeDeadlines }> {
  if (!isUuid(id)) throw notFound('Sammanträdet');
  const meeting = await loadMeeting(ctx.db, staffReader(ctx.actor), id);
  if (!meeting || !canReadMeeting(ctx.actor, meeting.organId)) throw notFound('Sammanträdet');
  const [schedule] = await ctx.db.select({ noticeDays: meetingSchedules.noticeDays }).from(meetingSchedules)
    .where(and(eq(meetingSchedules.organId, meeting.organId), eq(meetingSchedules.year, Number(meeting.date.slice(0, 4)))));
  const deadlines = noticeDeadlines({ organKind: meeting.organKind, meetingDate: meeting.date, today: swedishDate(ctx.clock.now()), noticeDays: schedule?.noticeDays ?? 5 });
  if (meeting.noticeSentAt) deadlines.warnings = [];
  return { ...meeting, deadlines };
}
