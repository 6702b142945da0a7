/**
 * iCalendar feed of an organ's meetings (public: times and places of meetings are public information).
 */
import { and, asc, eq, ne } from 'drizzle-orm';
import ical from 'ical-generator';
import { bodies, meetings, organs } from '../../db/schema/index.ts';
import type { Services } from '../context.ts';
import { notFound } from '../../domain/errors.ts';

/**
 * The meeting's wall-clock time. ical-generator writes a date with a TZID from its UTC fields, so the local
 * time is passed as if it were UTC and the feed declares Europe/Stockholm.
 */
const wallClock = (date: string, time: string): Date => new Date(`${date}T${time}:00Z`);

/** One meeting in a calendar feed; `url` is where a reader finds it (the staff app or the public portal). */
export interface CalendarMeeting {
  id: string; date: string; startTime: string; endTime: string | null; place: string; state: string; url?: string;
  /** Last change of the meeting, the event's DTSTAMP (so an unchanged feed is byte-identical and cacheable). */
  updatedAt?: Date;
}

/** The iCalendar text of an organ's meetings (cancelled meetings are left out). */
export function meetingsCalendar(organ: { name: string; body: string }, meetings: readonly CalendarMeeting[]): string {
  const calendar = ical({ name: `${organ.name} – sammanträden`, timezone: 'Europe/Stockholm', prodId: { company: 'Namnd', product: 'namnd', language: 'SV' } });
  for (const m of meetings) {
    if (m.state === 'cancelled') continue;
    const start = wallClock(m.date, m.startTime.slice(0, 5));
    const end = m.endTime ? wallClock(m.date, m.endTime.slice(0, 5)) : new Date(start.getTime() + 3 * 3600_000);
    calendar.createEvent({
      id: `${m.id}@namnd`, start, end, timezone: 'Europe/Stockholm', summary: `${organ.name} sammanträder`, location: m.place,
      description: `${organ.body}: sammanträde med ${organ.name}${m.state === 'planned' ? ' (planerat)' : ''}.`,
      url: m.url, stamp: m.updatedAt ?? new Date(0),
    });
  }
  return calendar.toString();
}

export async function organCalendar(services: Services, bodyCode: string, organCode: string): Promise<string> {
  const [organ] = await services.db.select({ id: organs.id, name: organs.name, code: organs.code, body: bodies.name }).from(organs)
    .innerJoin(bodies, eq(bodies.id, organs.bodyId)).where(and(eq(bodies.code, bodyCode), eq(organs.code, organCode.toUpperCase())));
  if (!organ) throw notFound('Organet');
  const rows = await services.db.select().from(meetings).where(and(eq(meetings.organId, organ.id), ne(meetings.state, 'cancelled'))).orderBy(asc(meetings.date));
  return meetingsCalendar(organ, rows.map((m) => ({ ...m, url: services.baseUrl ? `${services.baseUrl}/app/meetings/${m.id}` : undefined })));
}
