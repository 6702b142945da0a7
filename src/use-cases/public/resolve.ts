/**
 * Resolves the public site's readable addresses (src/portal/urls.ts) to rows: an organ slug and a meeting slug
 * ("2024-05-21", or "2024-05-21-2" for an organ's second meeting that day) to a meeting; a case slug
 * ("ks-2024-00361") to a case. Cancelled meetings keep their place in the day's order, so an address never moves.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { cases, meetings, organs } from '../../db/schema/index.ts';
import { caseSlug, meetingSlug, organSlug } from '../../portal/urls.ts';
import type { Services } from '../context.ts';

export interface PublicMeetingRef {
  id: string; organId: string; organCode: string; organName: string; date: string;
  /** 1 for the organ's first meeting that day, 2 for the second … (by start time). */
  nthThatDay: number;
}

export interface PublicCaseRef { id: string; number: string; publicTitle: string }

const MEETING_SLUG = /^(\d{4}-\d{2}-\d{2})(?:-([2-9]|[1-9]\d+))?$/;

/** Every meeting of the body with its place in its organ's day, for building addresses. */
export async function meetingRefs(services: Services, bodyId: string): Promise<Map<string, PublicMeetingRef>> {
  const rows = await services.db.select({
    id: meetings.id, organId: organs.id, organCode: organs.code, organName: organs.name, date: meetings.date,
    nth: sql<number>`row_number() OVER (PARTITION BY ${meetings.organId}, ${meetings.date} ORDER BY ${meetings.startTime}, ${meetings.createdAt}, ${meetings.id})`.mapWith(Number),
  }).from(meetings).innerJoin(organs, eq(organs.id, meetings.organId)).where(eq(meetings.bodyId, bodyId));
  return new Map(rows.map((r) => [r.id, { id: r.id, organId: r.organId, organCode: r.organCode, organName: r.organName, date: r.date, nthThatDay: r.nth }]));
}

/** The meeting behind `/organ/:organ/:meeting`, or undefined when there is none (also for non-canonical slugs). */
export async function findMeetingBySlug(services: Services, bodyId: string, organSlugValue: string, meetingSlugValue: string): Promise<PublicMeetingRef | undefined> {
  const match = MEETING_SLUG.exec(meetingSlugValue);
  if (!match) return undefined;
  const [, date, nthText] = match;
  const nth = nthText ? Number(nthText) : 1;
  const organRows = await services.db.select({ id: organs.id, code: organs.code, name: organs.name }).from(organs).where(eq(organs.bodyId, bodyId));
  const organ = organRows.find((o) => organSlug(o.code) === organSlugValue);
  if (!organ) return undefined;
  const day = await services.db.select({ id: meetings.id }).from(meetings)
    .where(and(eq(meetings.bodyId, bodyId), eq(meetings.organId, organ.id), eq(meetings.date, date!)))
    .orderBy(asc(meetings.startTime), asc(meetings.createdAt), asc(meetings.id));
  const row = day[nth - 1];
  if (!row || meetingSlug(date!, nth) !== meetingSlugValue) return undefined;
  return { id: row.id, organId: organ.id, organCode: organ.code, organName: organ.name, date: date!, nthThatDay: nth };
}

/** The case behind `/arenden/:case`, or undefined. */
export async function findCaseBySlug(services: Services, bodyId: string, caseSlugValue: string): Promise<PublicCaseRef | undefined> {
  if (!/^[a-z0-9åäö]+(?:-[a-z0-9åäö]+)*$/.test(caseSlugValue) || caseSlugValue.length > 100) return undefined;
  // Narrow in SQL by the digits, then compare the exact slug in code (one definition of the slug: urls.ts).
  const digits = caseSlugValue.replace(/[^0-9]/g, '');
  const rows = await services.db.select({ id: cases.id, number: cases.number, publicTitle: cases.publicTitle }).from(cases)
    .where(and(eq(cases.bodyId, bodyId), sql`regexp_replace(${cases.number}, '[^0-9]', '', 'g') = ${digits}`));
  return rows.find((c) => caseSlug(c.number) === caseSlugValue);
}
