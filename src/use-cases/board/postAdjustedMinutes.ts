/**
 * Announces adjusted minutes on the notice board (R-BOARD-2, R-APPEAL-1). Runs inside the adjustment's own
 * transaction: the announcement is posted on the day of the adjustment (today in Swedish time), which is within
 * the two days the law allows, and states the organ, the meeting date, the date of adjustment, where the minutes
 * are kept, the posting date and the last day to appeal.
 */
import { and, eq } from 'drizzle-orm';
import { meetings, organs, postings } from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { appealDates, checkPostingDate } from '../../domain/appeal.ts';
import { swedishDate } from '../../domain/dates.ts';
import { notFound, validationError, type FieldError } from '../../domain/errors.ts';
import { checkText } from '../../domain/text.ts';
import type { Ctx } from '../context.ts';
import { insertPosting } from './insertPosting.ts';

export interface AdjustedMinutesInput { minutesId: string; meetingId: string; organId: string; adjustedOn: string; keptAt: string }
export interface PostedAnnouncement { postingId: string; postedOn: string; lastAppealDay: string; removableFrom: string }

export async function postAdjustedMinutes(tx: Tx, ctx: Ctx, input: AdjustedMinutesInput): Promise<PostedAnnouncement> {
  const errors: FieldError[] = [];
  const keptAt = checkText(input.keptAt, { field: 'keptAt', required: true, max: 300 }, errors);
  if (errors.length) throw validationError(errors);
  const bodyId = ctx.actor.bodyId;
  const [existing] = await tx.select().from(postings)
    .where(and(eq(postings.bodyId, bodyId), eq(postings.minutesId, input.minutesId), eq(postings.kind, 'adjusted_minutes')));
  if (existing) return { postingId: existing.id, postedOn: existing.postedOn, lastAppealDay: existing.lastAppealDay!, removableFrom: existing.removableFrom };
  const [meeting] = await tx.select({ date: meetings.date, organName: organs.name }).from(meetings).innerJoin(organs, eq(organs.id, meetings.organId))
    .where(and(eq(meetings.id, input.meetingId), eq(meetings.bodyId, bodyId), eq(meetings.organId, input.organId)));
  if (!meeting) throw notFound('Sammanträdet');
  const postedOn = swedishDate(ctx.clock.now());
  checkPostingDate(input.adjustedOn, postedOn);
  const dates = appealDates(postedOn);
  const postingId = await insertPosting(tx, ctx, {
    kind: 'adjusted_minutes', organId: input.organId, meetingId: input.meetingId, minutesId: input.minutesId,
    title: `Protokoll från ${meeting.organName} ${meeting.date}`,
    body: { organName: meeting.organName, meetingDate: meeting.date, adjustedOn: input.adjustedOn, keptAt },
    ...dates,
  });
  return { postingId, postedOn, lastAppealDay: dates.lastAppealDay, removableFrom: dates.removableFrom };
}
