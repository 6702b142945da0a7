/**
 * The demo's outcome, after the municipality itself is loaded (load.ts): the reference meeting conducted, its
 * minutes adjusted, posted, dispatched and — the appeal period long over — taken down; and today's notice
 * board. Everything goes through the use cases, so it takes a few seconds (Typst renders the minutes, the
 * public copy and every extract); the server runs it after it has started listening.
 *
 * Returns a line to log, or null when the reference meeting is no longer waiting to be held (already done).
 */
import { and, eq } from 'drizzle-orm';
import * as t from '../db/schema/index.ts';
import type { Services } from '../use-cases/context.ts';
import { demoActors, settableClock } from './actors.ts';
import { conductReferenceMeeting } from './conductMeeting.ts';
import { adjustReferenceMinutes } from './adjustMinutes.ts';
import { fillTodaysBoard } from './boardToday.ts';
import { meetingTimes } from './meetingOutcome.ts';

export async function loadDemoOutcome(services: Services): Promise<string | null> {
  if (!services.mailer) throw new Error('The demo outcome sends notices and extracts: the services need a mailer (SMTP or outbox).');
  const [meeting] = await services.db.select({ id: t.meetings.id, state: t.meetings.state }).from(t.meetings)
    .innerJoin(t.organs, eq(t.organs.id, t.meetings.organId)).where(and(eq(t.organs.code, 'KSNAU'), eq(t.meetings.date, '2024-05-21')));
  if (!meeting || meeting.state !== 'called') return null;
  const actors = await demoActors(services);
  const organs = await services.db.select({ id: t.organs.id, code: t.organs.code }).from(t.organs).where(eq(t.organs.bodyId, actors.bodyId));
  const organId = (code: string) => organs.find((o) => o.code === code)!.id;

  const clock = settableClock(meetingTimes.opened);
  await conductReferenceMeeting(actors, clock, meeting.id);
  const minutes = await adjustReferenceMinutes(actors, clock, meeting.id);
  const board = await fillTodaysBoard(services, actors, organId);
  const sent = minutes.dispatch.sent.length;
  return `Demo meeting KSNAU 2024-05-21 conducted and its minutes adjusted (last day to appeal ${minutes.lastAppealDay}, ${sent} extracts dispatched); `
    + `council meeting ${board.councilDate} announced on the notice board.`;
}
