/**
 * The annual cycle as a public iCalendar feed: every deadline from the start of last year on, as an all-day
 * event (a period as a multi-day event), with a UID per deadline that never changes, so a calendar that
 * subscribes updates the event when the deadline is moved. All of the whole municipality (/arshjul.ics), one
 * audience (/arshjul/namnder.ics, /bolag, /kommunfullmaktige) or one responsible organ (/arshjul/ks.ics).
 * Only public planning facts: never the reminder settings.
 */
import { and, eq, gte } from 'drizzle-orm';
import ical from 'ical-generator';
import { annualDeadlines, organs } from '../../db/schema/index.ts';
import { AUDIENCE_LABELS, type Audience } from '../../domain/annualCycle.ts';
import { plusDays } from '../../domain/holidays.ts';
import { swedishDate } from '../../domain/dates.ts';
import type { Services } from '../context.ts';

/** Address segments of the audiences (Swedish, without diacritics in the path). */
export const AUDIENCE_SLUGS: Record<string, Audience> = { namnder: 'committees', bolag: 'companies', kommunfullmaktige: 'council' };

const utcDay = (date: string): Date => new Date(`${date}T00:00:00Z`);

export interface CycleFeedScope { body: { id: string; name: string }; audience?: Audience; organ?: { id: string; code: string; name: string } }

export async function annualCycleFeed(services: Services, scope: CycleFeedScope, pageUrl?: string): Promise<string> {
  const from = `${Number(swedishDate(services.clock.now()).slice(0, 4)) - 1}-01-01`;
  const rows = scope.body.id ? await services.db.select({ d: annualDeadlines, organName: organs.name }).from(annualDeadlines)
    .leftJoin(organs, eq(organs.id, annualDeadlines.organId))
    .where(and(eq(annualDeadlines.bodyId, scope.body.id), gte(annualDeadlines.date, from),
      scope.audience ? eq(annualDeadlines.audience, scope.audience) : undefined, scope.organ ? eq(annualDeadlines.organId, scope.organ.id) : undefined))
    .orderBy(annualDeadlines.date, annualDeadlines.audience, annualDeadlines.position, annualDeadlines.createdAt) : [];
  const what = scope.organ ? ` – ${scope.organ.name}` : scope.audience ? ` – ${AUDIENCE_LABELS[scope.audience]}` : '';
  const calendar = ical({
    name: `Årshjul – ${scope.body.name}${what}`, description: `Viktiga datum i ${scope.body.name}s planerings- och uppföljningsprocess.`,
    prodId: { company: 'Namnd', product: 'namnd', language: 'SV' }, ttl: 3600,
  });
  for (const { d, organName } of rows) {
    calendar.createEvent({
      id: `${d.id}@namnd`, allDay: true, start: utcDay(d.date), end: utcDay(plusDays(d.endDate ?? d.date, 1)),
      summary: d.heading,
      description: [d.text, d.deliverer ? `Vem lämnar: ${d.deliverer}` : '', organName ? `Ansvarigt organ: ${organName}` : '', `Gäller: ${AUDIENCE_LABELS[d.audience as Audience]}`].filter(Boolean).join('\n'),
      categories: [{ name: AUDIENCE_LABELS[d.audience as Audience] }],
      url: pageUrl, stamp: d.updatedAt, sequence: d.version - 1,
    });
  }
  return calendar.toString();
}
