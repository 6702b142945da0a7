/**
 * The public notice board (R-BOARD-1): what is posted today, for everyone, without logging in. Only the
 * postings' own public facts are read — never documents, cases or people. The public copy of adjusted minutes
 * (R-PUB-1, masked when it was made) is served while its announcement is up and the minutes are public
 * (publication period, R-APPEAL-2 for preparatory paragraphs).
 */
import { and, asc, desc, eq, isNull, lte } from 'drizzle-orm';
import { bodies, minutes, organs, postings } from '../../db/schema/index.ts';
import { swedishDate } from '../../domain/dates.ts';
import { minutesPublicity } from '../public/minutesPublicity.ts';
import { isUuid } from '../../domain/ids.ts';
import type { Services } from '../context.ts';
import type { PostingBody, PostingKind } from './types.ts';

export interface PortalBody { id: string; code: string; name: string }

export interface PublicPosting {
  id: string; kind: PostingKind; title: string; organName: string | null; body: PostingBody;
  postedOn: string; lastAppealDay: string | null; removableFrom: string;
  /** The public copy of the adjusted minutes can be downloaded. */
  hasMinutes: boolean;
}

/** The municipality the public site shows: the installation's (first) body. */
export async function portalBody(services: Services): Promise<PortalBody | undefined> {
  const [body] = await services.db.select({ id: bodies.id, code: bodies.code, name: bodies.name }).from(bodies).orderBy(asc(bodies.createdAt)).limit(1);
  return body;
}

function currentlyPosted(bodyId: string, today: string) {
  return and(eq(postings.bodyId, bodyId), isNull(postings.removedOn), lte(postings.postedOn, today));
}

async function select(services: Services, bodyId: string, id?: string): Promise<PublicPosting[]> {
  const today = swedishDate(services.clock.now());
  const rows = await services.db.select({
    p: { id: postings.id, kind: postings.kind, title: postings.title, body: postings.body, postedOn: postings.postedOn, lastAppealDay: postings.lastAppealDay, removableFrom: postings.removableFrom },
    organName: organs.name, meetingId: minutes.meetingId,
  }).from(postings).leftJoin(organs, eq(organs.id, postings.organId)).leftJoin(minutes, eq(minutes.id, postings.minutesId))
    .where(and(currentlyPosted(bodyId, today), id ? eq(postings.id, id) : undefined))
    .orderBy(desc(postings.postedOn), desc(postings.createdAt));
  // The same rule as every other public place: published period (R-PUB-1) and preparatory paragraphs (R-APPEAL-2).
  const publicity = await minutesPublicity(services, bodyId, [...new Set(rows.flatMap((r) => (r.meetingId ? [r.meetingId] : [])))]);
  return rows.map(({ p, organName, meetingId }) => {
    const minutesFacts = meetingId ? publicity.get(meetingId) : undefined;
    return {
      ...p, kind: p.kind as PostingKind, body: p.body as PostingBody, organName,
      hasMinutes: p.kind === 'adjusted_minutes' && Boolean(minutesFacts?.copyPublic && minutesFacts.publicPdfSha256),
    };
  });
}

export function listPublicPostings(services: Services, bodyId: string): Promise<PublicPosting[]> {
  return select(services, bodyId);
}

export async function getPublicPosting(services: Services, bodyId: string, id: string): Promise<PublicPosting | undefined> {
  if (!isUuid(id)) return undefined;
  return (await select(services, bodyId, id))[0];
}

/** The public PDF of the minutes a current posting announces, or undefined. */
export async function publicMinutesPdf(services: Services, bodyId: string, postingId: string): Promise<{ pdf: Buffer; fileName: string } | undefined> {
  const posting = await getPublicPosting(services, bodyId, postingId);
  if (!posting?.hasMinutes) return undefined;
  const [row] = await services.db.select({ sha: minutes.publicPdfSha256 }).from(postings).innerJoin(minutes, eq(minutes.id, postings.minutesId))
    .where(and(eq(postings.id, postingId), eq(minutes.state, 'adjusted')));
  if (!row?.sha) return undefined;
  const date = posting.body.meetingDate ?? posting.postedOn;
  return { pdf: await services.files.get(row.sha), fileName: `protokoll-${date}.pdf` };
}
