/**
 * Reading the annual cycle: the deadlines of a year (optionally one audience or one responsible organ) and the
 * meetings of the council, the executive board and its committees shown beside them (planned and held; not
 * cancelled ones). Shared by the calendar view, the generated documents, the iCalendar feed and the reminders.
 */
import { and, asc, eq, gte, inArray, lte, ne, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { annualDeadlines, meetings, organs } from '../../db/schema/index.ts';
import type { Executor } from '../../db/client.ts';
import type { Audience } from '../../domain/annualCycle.ts';
import { periodLabel } from '../../domain/annualCycleDates.ts';

export interface DeadlineView {
  id: string; date: string; endDate: string | null; label: string; heading: string; text: string; audience: Audience;
  organId: string | null; organCode: string | null; organName: string | null; deliverer: string; position: number;
  reminderDays: number[]; reminderEmails: string[]; remindOrganStaff: boolean; copiedFromId: string | null; version: number;
}

export interface CycleMeeting { id: string; organId: string; organCode: string; organName: string; organKind: string; date: string; startTime: string; state: string }

export interface DeadlineFilter { from: string; to: string; audience?: Audience; organId?: string; organCode?: string }

export async function loadDeadlines(ex: Executor, bodyId: string, filter: DeadlineFilter): Promise<DeadlineView[]> {
  const where: (SQL | undefined)[] = [eq(annualDeadlines.bodyId, bodyId), gte(annualDeadlines.date, filter.from), lte(annualDeadlines.date, filter.to)];
  if (filter.audience) where.push(eq(annualDeadlines.audience, filter.audience));
  if (filter.organId) where.push(eq(annualDeadlines.organId, filter.organId));
  if (filter.organCode) where.push(eq(organs.code, filter.organCode));
  const rows = await ex.select({ d: annualDeadlines, organCode: organs.code, organName: organs.name }).from(annualDeadlines)
    .leftJoin(organs, eq(organs.id, annualDeadlines.organId)).where(and(...where))
    .orderBy(asc(annualDeadlines.date), asc(annualDeadlines.audience), asc(annualDeadlines.position), asc(annualDeadlines.createdAt));
  return rows.map(({ d, organCode, organName }) => ({
    id: d.id, date: d.date, endDate: d.endDate, label: periodLabel(d.date, d.endDate), heading: d.heading, text: d.text,
    audience: d.audience as Audience, organId: d.organId, organCode, organName, deliverer: d.deliverer, position: d.position,
    reminderDays: d.reminderDays, reminderEmails: d.reminderEmails, remindOrganStaff: d.remindOrganStaff, copiedFromId: d.copiedFromId, version: d.version,
  }));
}

/** Meetings of the council, the executive board and the executive board's committees in [from, to]. */
export async function loadCycleMeetings(ex: Executor, bodyId: string, from: string, to: string, organIds?: string[]): Promise<CycleMeeting[]> {
  const parent = alias(organs, 'parent');
  const rows = await ex.select({
    id: meetings.id, organId: meetings.organId, organCode: organs.code, organName: organs.name, organKind: organs.kind,
    date: meetings.date, startTime: meetings.startTime, state: meetings.state,
  }).from(meetings).innerJoin(organs, eq(organs.id, meetings.organId)).leftJoin(parent, eq(parent.id, organs.parentId))
    .where(and(
      eq(meetings.bodyId, bodyId), gte(meetings.date, from), lte(meetings.date, to), ne(meetings.state, 'cancelled'),
      or(inArray(organs.kind, ['council', 'executive_board']), eq(parent.kind, 'executive_board')),
      organIds ? inArray(meetings.organId, organIds) : undefined,
    ))
    .orderBy(asc(meetings.date), asc(meetings.startTime));
  return rows.map((r) => ({ ...r, startTime: r.startTime.slice(0, 5) }));
}
