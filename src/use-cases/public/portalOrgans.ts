/**
 * The organs and their meetings as the public portal shows them (/organ, /organ/:organ, /sammantraden): times
 * and places of meetings are public; members are listed by name and party only, and people with protected
 * identity are never listed (R-REG-7). Read without an actor.
 */
import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { swedishDate } from '../../domain/dates.ts';
import { organSlug, portalUrls } from '../../portal/urls.ts';
import type { Services } from '../context.ts';
import { meetingRefs } from './resolve.ts';

export interface PortalMeeting {
  id: string; organCode: string; organName: string; date: string; startTime: string; endTime: string | null; place: string; state: string; url: string;
}
export interface PortalOrgan { id: string; code: string; name: string; kind: string; parentName: string | null; url: string; next: PortalMeeting | null; last: PortalMeeting | null }
export interface PortalMember { name: string; role: string; substituteOrder: number | null }
export interface PortalOrganDetail extends PortalOrgan {
  parties: { code: string | null; name: string; members: PortalMember[] }[];
  coming: PortalMeeting[]; past: PortalMeeting[];
}

const KIND_ORDER = ['council', 'executive_board', 'sub_committee', 'committee', 'drafting_committee'];
const ROLE_ORDER = ['chair', 'vice_chair', 'member', 'substitute'];

/** Every meeting of the body (or of one organ), oldest first, with its public address. */
export async function listPortalMeetings(services: Services, bodyId: string, organId?: string): Promise<PortalMeeting[]> {
  const refs = await meetingRefs(services, bodyId);
  const rows = await services.db.select({ m: t.meetings, code: t.organs.code, name: t.organs.name }).from(t.meetings).innerJoin(t.organs, eq(t.organs.id, t.meetings.organId))
    .where(and(eq(t.meetings.bodyId, bodyId), organId ? eq(t.meetings.organId, organId) : undefined)).orderBy(asc(t.meetings.date), asc(t.meetings.startTime));
  return rows.map(({ m, code, name }) => ({
    id: m.id, organCode: code, organName: name, date: m.date, startTime: m.startTime.slice(0, 5), endTime: m.endTime?.slice(0, 5) ?? null, place: m.place,
    state: m.state, url: portalUrls.meeting(code, m.date, refs.get(m.id)?.nthThatDay ?? 1),
  }));
}

/** Coming meetings (today and later, not cancelled, soonest first) and past ones (latest first). */
export function splitMeetings(meetings: readonly PortalMeeting[], today: string): { coming: PortalMeeting[]; past: PortalMeeting[] } {
  return {
    coming: meetings.filter((m) => m.date >= today),
    past: meetings.filter((m) => m.date < today).reverse(),
  };
}

function organOrder(a: { kind: string; name: string }, b: { kind: string; name: string }): number {
  return (KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)) || a.name.localeCompare(b.name, 'sv');
}

export async function listPortalOrgans(services: Services, bodyId: string): Promise<PortalOrgan[]> {
  const today = swedishDate(services.clock.now());
  const organRows = await services.db.select().from(t.organs).where(eq(t.organs.bodyId, bodyId));
  const meetings = await listPortalMeetings(services, bodyId);
  const names = new Map(organRows.map((o) => [o.id, o.name]));
  return organRows.sort(organOrder).map((o) => {
    const own = splitMeetings(meetings.filter((m) => m.organCode === o.code), today);
    return {
      id: o.id, code: o.code, name: o.name, kind: o.kind, parentName: o.parentId ? names.get(o.parentId) ?? null : null, url: portalUrls.organ(o.code),
      next: own.coming.find((m) => m.state !== 'cancelled') ?? null, last: own.past.find((m) => m.state !== 'cancelled') ?? null,
    };
  });
}

export async function getPortalOrgan(services: Services, bodyId: string, slug: string): Promise<PortalOrganDetail | undefined> {
  const organ = (await listPortalOrgans(services, bodyId)).find((o) => organSlug(o.code) === slug);
  if (!organ) return undefined;
  const today = swedishDate(services.clock.now());
  const rows = await services.db.select({ given: t.people.givenName, family: t.people.familyName, role: t.memberships.role, order: t.memberships.substituteOrder, partyCode: t.parties.code, partyName: t.parties.name })
    .from(t.memberships).innerJoin(t.people, eq(t.people.id, t.memberships.personId)).leftJoin(t.parties, eq(t.parties.id, t.people.partyId))
    .where(and(eq(t.memberships.organId, organ.id), eq(t.people.protectedIdentity, false), lte(t.memberships.startsOn, today),
      or(isNull(t.memberships.endsOn), gte(t.memberships.endsOn, today))));
  const parties = new Map<string, { code: string | null; name: string; members: PortalMember[] }>();
  for (const r of rows) {
    const key = r.partyCode ?? '';
    if (!parties.has(key)) parties.set(key, { code: r.partyCode, name: r.partyName ?? 'Utan parti', members: [] });
    parties.get(key)!.members.push({ name: `${r.given} ${r.family}`, role: r.role, substituteOrder: r.order });
  }
  for (const p of parties.values()) {
    p.members.sort((a, b) => (ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role)) || ((a.substituteOrder ?? 0) - (b.substituteOrder ?? 0)) || a.name.localeCompare(b.name, 'sv'));
  }
  const { coming, past } = splitMeetings(await listPortalMeetings(services, bodyId, organ.id), today);
  return { ...organ, parties: [...parties.values()].sort((a, b) => b.members.length - a.members.length || a.name.localeCompare(b.name, 'sv')), coming, past };
}
