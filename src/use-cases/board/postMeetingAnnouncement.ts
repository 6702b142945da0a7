/**
 * Announces a meeting on the notice board (R-BOARD-1, R-CALL-1): time, place and the matters to be handled.
 * Council meetings are announced when the notice is sent; other organs' notices may be posted as well. The
 * announcement stays up until the meeting has been held. Runs in the caller's transaction.
 */
import { and, asc, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { swedishDate } from '../../domain/dates.ts';
import { plusDays } from '../../domain/holidays.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import type { Ctx } from '../context.ts';
import { canManageBoard } from './access.ts';
import { insertPosting } from './insertPosting.ts';

export interface MeetingAnnouncementInput { meetingId: string }

export async function postMeetingAnnouncement(tx: Tx, ctx: Ctx, input: MeetingAnnouncementInput): Promise<string> {
  const bodyId = ctx.actor.bodyId;
  const [meeting] = isUuid(input.meetingId)
    ? await tx.select({ m: t.meetings, organName: t.organs.name, organKind: t.organs.kind }).from(t.meetings).innerJoin(t.organs, eq(t.organs.id, t.meetings.organId))
      .where(and(eq(t.meetings.id, input.meetingId), eq(t.meetings.bodyId, bodyId)))
    : [];
  if (!meeting) throw notFound('Sammanträdet');
  if (meeting.m.state === 'cancelled') throw new AppError('conflict', 'Sammanträdet är inställt och kan inte kungöras.');
  const today = swedishDate(ctx.clock.now());
  if (meeting.m.date < today) throw new AppError('conflict', `Sammanträdet ${meeting.m.date} har redan hållits.`);
  // Items in agenda order; a case's public title, never its internal one (R-REG-3).
  const rows = await tx.select({ title: t.agendaItems.title, publicTitle: t.cases.publicTitle, withdrawn: t.agendaItems.withdrawn })
    .from(t.agendaItems).innerJoin(t.agendaSections, eq(t.agendaSections.id, t.agendaItems.sectionId)).leftJoin(t.cases, eq(t.cases.id, t.agendaItems.caseId))
    .where(eq(t.agendaItems.meetingId, meeting.m.id)).orderBy(asc(t.agendaSections.position), asc(t.agendaItems.position));
  const earlier = await tx.select({ id: t.postings.id }).from(t.postings)
    .where(and(eq(t.postings.meetingId, meeting.m.id), eq(t.postings.kind, 'meeting_announcement')));
  const renewed = earlier.length > 0;
  const council = meeting.organKind === 'council';
  return insertPosting(tx, ctx, {
    kind: 'meeting_announcement', organId: meeting.m.organId, meetingId: meeting.m.id,
    title: `${renewed ? 'Ändrad kungörelse' : council ? 'Kungörelse' : 'Kallelse'}: sammanträde med ${meeting.organName} ${meeting.m.date}`,
    body: {
      organName: meeting.organName, meetingDate: meeting.m.date, startTime: meeting.m.startTime.slice(0, 5), place: meeting.m.place,
      matters: rows.filter((r) => !r.withdrawn).map((r) => r.publicTitle ?? r.title), ...(renewed ? { renewed: true } : {}),
    },
    postedOn: today, lastAppealDay: null, removableFrom: plusDays(meeting.m.date, 1),
  });
}

/** Posts the announcement of a meeting as its own request (e.g. a committee's notice), with a permission check. */
export async function announceMeeting(ctx: Ctx, meetingId: string): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    const [meeting] = isUuid(meetingId) ? await tx.select({ organId: t.meetings.organId, state: t.meetings.state }).from(t.meetings)
      .where(and(eq(t.meetings.id, meetingId), eq(t.meetings.bodyId, ctx.actor.bodyId))) : [];
    if (!meeting) throw notFound('Sammanträdet');
    if (!canManageBoard(ctx.actor, meeting.organId)) throw new AppError('forbidden', 'Du har inte behörighet att sätta upp anslag för organet.');
    if (meeting.state === 'planned') throw new AppError('conflict', 'Skicka kallelsen innan sammanträdet kungörs på anslagstavlan.');
    return postMeetingAnnouncement(tx, ctx, { meetingId });
  });
}
