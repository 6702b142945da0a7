/**
 * What the public feeds hold, read without an actor: the notice board's current postings (as /anslagstavla
 * shows them) and the minutes that are adjusted and published on the site (R-PUB-1, R-APPEAL-2 through
 * minutesPublicity), newest first; and an organ's meetings for its public calendar.
 */
import { and, desc, eq, inArray, isNotNull, min } from 'drizzle-orm';
import * as t from '../db/schema/index.ts';
import { meetingsCalendar } from '../use-cases/meetings/calendar.ts';
import { listPublicPostings, type PortalBody } from '../use-cases/board/publicBoard.ts';
import { POSTING_KIND_LABELS } from '../use-cases/board/types.ts';
import type { Services } from '../use-cases/context.ts';
import { minutesPublicity } from '../use-cases/public/minutesPublicity.ts';
import { listPortalMeetings } from '../use-cases/public/portalOrgans.ts';
import { meetingRefs } from '../use-cases/public/resolve.ts';
import type { AtomEntry, AtomFeed } from './feedsAtom.ts';
import { postingStatement } from './postingFacts.ts';
import { organSlug, portalUrls } from './urls.ts';

/** How many minutes the minutes feed lists. */
export const MINUTES_FEED_SIZE = 50;

const dayStart = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export async function boardFeed(services: Services, body: PortalBody, baseUrl: string): Promise<AtomFeed> {
  const postings = body.id ? await listPublicPostings(services, body.id) : [];
  const ids = postings.map((p) => p.id);
  const postedAt = new Map(ids.length ? (await services.db.select({ id: t.postingEvents.postingId, at: min(t.postingEvents.at) }).from(t.postingEvents)
    .where(and(inArray(t.postingEvents.postingId, ids), eq(t.postingEvents.kind, 'posted'))).groupBy(t.postingEvents.postingId))
    .map((r) => [r.id, r.at ? new Date(r.at) : null]) : []);
  const entries = postings.map((p): AtomEntry => {
    const at = postedAt.get(p.id) ?? dayStart(p.postedOn);
    return {
      id: `urn:uuid:${p.id}`, title: p.title, updated: at, published: at,
      links: [
        { href: `${baseUrl}${portalUrls.posting(p.id)}`, type: 'text/html' },
        ...(p.hasMinutes ? [{ href: `${baseUrl}${portalUrls.posting(p.id)}/protokoll.pdf`, type: 'application/pdf', rel: 'enclosure' as const }] : []),
      ],
      category: { term: p.kind, label: POSTING_KIND_LABELS[p.kind] },
      summary: `${postingStatement(p)}${p.lastAppealDay ? ` Sista dag för överklagande är ${p.lastAppealDay}.` : ''}`.trim() || p.title,
    };
  });
  return {
    self: `${baseUrl}${portalUrls.boardFeed()}`, page: `${baseUrl}${portalUrls.board()}`,
    title: `Anslagstavla – ${body.name}`, subtitle: `Kungörelser, tillkännagivanden om justerade protokoll och delegationsbeslut på ${body.name}s anslagstavla.`,
    author: body.name, entries, emptyUpdated: dayStart('2000-01-01'),
  };
}

export async function minutesFeed(services: Services, body: PortalBody, baseUrl: string): Promise<AtomFeed> {
  const rows = body.id ? await services.db.select({ id: t.minutes.id, meetingId: t.minutes.meetingId, adjustedAt: t.minutes.adjustedAt })
    .from(t.minutes).where(and(eq(t.minutes.bodyId, body.id), eq(t.minutes.state, 'adjusted'), isNotNull(t.minutes.adjustedAt)))
    .orderBy(desc(t.minutes.adjustedAt)).limit(MINUTES_FEED_SIZE * 2) : [];
  const publicity = rows.length ? await minutesPublicity(services, body.id, rows.map((r) => r.meetingId)) : new Map();
  const refs = rows.length ? await meetingRefs(services, body.id) : new Map();
  const entries: AtomEntry[] = [];
  for (const row of rows) {
    const p = publicity.get(row.meetingId);
    const ref = refs.get(row.meetingId);
    if (!p?.copyPublic || !ref || entries.length >= MINUTES_FEED_SIZE) continue;
    const minutesUrl = `${baseUrl}${portalUrls.meetingMinutes(ref.organCode, ref.date, ref.nthThatDay)}`;
    entries.push({
      id: `urn:uuid:${row.id}`, title: `Protokoll ${ref.organName} ${ref.date}`, updated: row.adjustedAt!, published: row.adjustedAt!,
      links: [
        { href: minutesUrl, type: 'text/html' },
        { href: `${minutesUrl}.pdf`, type: 'application/pdf' },
        { href: `${baseUrl}${portalUrls.meeting(ref.organCode, ref.date, ref.nthThatDay)}`, type: 'text/html', rel: 'related' },
      ],
      category: { term: organSlug(ref.organCode), label: ref.organName },
      summary: `Protokollet från sammanträdet med ${ref.organName} ${ref.date} justerades ${p.adjustedOn}.${p.until ? ` Det publiceras här till och med ${p.until}.` : ''}`,
    });
  }
  return {
    self: `${baseUrl}${portalUrls.minutesFeed()}`, page: `${baseUrl}${portalUrls.meetings()}`,
    title: `Protokoll – ${body.name}`, subtitle: `Justerade protokoll från ${body.name}s sammanträden, när de publiceras på webbplatsen.`,
    author: body.name, entries, emptyUpdated: dayStart('2000-01-01'),
  };
}

/** The public iCalendar feed of an organ (by its address segment), or undefined when there is no such organ. */
export async function organCalendarFeed(services: Services, body: PortalBody, slug: string, baseUrl: string): Promise<string | undefined> {
  if (!body.id) return undefined;
  const organs = await services.db.select({ id: t.organs.id, code: t.organs.code, name: t.organs.name }).from(t.organs).where(eq(t.organs.bodyId, body.id));
  const organ = organs.find((o) => organSlug(o.code) === slug);
  if (!organ) return undefined;
  const meetings = await listPortalMeetings(services, body.id, organ.id);
  const changed = new Map((await services.db.select({ id: t.meetings.id, at: t.meetings.updatedAt }).from(t.meetings).where(eq(t.meetings.organId, organ.id))).map((r) => [r.id, r.at]));
  return meetingsCalendar({ name: organ.name, body: body.name }, meetings.map((m) => ({ ...m, url: `${baseUrl}${m.url}`, updatedAt: changed.get(m.id) })));
}
