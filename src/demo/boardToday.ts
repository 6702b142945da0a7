/**
 * Keeps the demo's public notice board alive on whatever day the demo is loaded: a delegated decision posted a
 * few days earlier (R-DEL-1, its appeal period still running) and a coming council meeting, called and thereby
 * announced on the board (R-CALL-1). Both through the use cases, dated relative to the load day.
 */
import { swedishDate } from '../domain/dates.ts';
import { isNonWorkingDay, plusDays, weekday } from '../domain/holidays.ts';
import { createMeeting } from '../use-cases/meetings/createMeeting.ts';
import { addAgendaItem } from '../use-cases/meetings/agendaItems.ts';
import { sendNotice } from '../use-cases/meetings/sendNotice.ts';
import { postDelegatedDecision } from '../use-cases/board/postDelegatedDecision.ts';
import { fixedClock } from '../clock.ts';
import { councilMeeting, delegatedDecision } from './meetingOutcome.ts';
import type { DemoActors } from './actors.ts';
import type { Services } from '../use-cases/context.ts';

/** The first working Monday at least `minDaysAhead` days after `today` (Umeå's council meets on Mondays). */
export function councilMeetingDate(today: string, minDaysAhead = councilMeeting.minDaysAhead): string {
  let date = plusDays(today, minDaysAhead);
  while (weekday(date) !== 1 || isNonWorkingDay(date)) date = plusDays(date, 1);
  return date;
}

export interface BoardToday { delegatedPostingId: string; councilMeetingId: string; councilDate: string }

export async function fillTodaysBoard(services: Services, actors: DemoActors, organId: (code: string) => string): Promise<BoardToday> {
  const today = swedishDate(services.clock.now());
  const postedOn = plusDays(today, -delegatedDecision.daysBeforeLoad);
  // Mid-morning Swedish time on the posting day, whatever the season.
  const registrar = actors.as('registrator', fixedClock(`${postedOn}T08:00:00Z`));
  const posting = await postDelegatedDecision(registrar, {
    organId: organId(delegatedDecision.organCode), decisionTitle: delegatedDecision.decisionTitle, decisionDate: plusDays(postedOn, -1),
    delegate: delegatedDecision.delegate, keptAt: delegatedDecision.keptAt,
  });

  const admin = actors.as('admin', services.clock);
  const councilDate = councilMeetingDate(today);
  const meeting = await createMeeting(admin, {
    organId: organId('KF'), date: councilDate, startTime: councilMeeting.startTime, endTime: councilMeeting.endTime, place: councilMeeting.place,
    sections: councilMeeting.sections,
  });
  const sectionId = new Map(meeting.sections.map((s) => [s.heading, s.id]));
  for (const item of councilMeeting.items) {
    await addAgendaItem(admin, meeting.id, { sectionId: sectionId.get(item.section), title: item.title, kind: item.kind });
  }
  await sendNotice(admin, meeting.id);
  return { delegatedPostingId: posting.id, councilMeetingId: meeting.id, councilDate };
}
