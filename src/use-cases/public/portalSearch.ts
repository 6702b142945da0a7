/**
 * The search behind /sok: reads the query and filters from the address, runs the public search
 * (use-cases/search/publicSearch.ts: public text only, snippets from public text only) and answers in the page's
 * shape, each hit linked to the portal page that shows it — a document to its case, minutes to their page.
 */
import { eq } from 'drizzle-orm';
import { organs } from '../../db/schema/index.ts';
import { AppError } from '../../domain/errors.ts';
import { isIsoDate } from '../../domain/dates.ts';
import { organSlug, portalUrls } from '../../portal/urls.ts';
import type { PortalSearchHit, PortalSearchResult, SearchFilters } from '../../portal/searchPage.ts';
import type { SearchResult } from '../../search/results.ts';
import { publicSearch } from '../search/publicSearch.ts';
import type { Services } from '../context.ts';
import { meetingRefs, type PublicMeetingRef } from './resolve.ts';

export const SEARCH_LIMIT = 20;

const one = (v: unknown): string => (Array.isArray(v) ? one(v[0]) : typeof v === 'string' ? v : '');

/** The filters from the query string, cleaned: unknown values are dropped rather than refused. */
export function searchFilters(query: Record<string, unknown>, organSlugs: readonly string[], kinds: readonly string[]): SearchFilters {
  const date = (v: string) => (isIsoDate(v) ? v : '');
  const organ = one(query.organ);
  const kind = one(query.typ);
  const cursor = one(query.fler);
  return {
    q: one(query.q).replace(/\s+/g, ' ').trim().slice(0, 200), organ: organSlugs.includes(organ) ? organ : '',
    from: date(one(query.fran)), to: date(one(query.till)), kind: kinds.includes(kind) ? kind : '', cursor: /^[A-Za-z0-9_-]{1,200}$/.test(cursor) ? cursor : '',
  };
}

function hitUrl(r: SearchResult, refs: Map<string, PublicMeetingRef>): string {
  if (r.type === 'minutes' && r.meetingId) {
    const ref = refs.get(r.meetingId);
    if (ref) return portalUrls.meetingMinutes(ref.organCode, ref.date, ref.nthThatDay);
  }
  if (r.type !== 'case' && r.caseNumber) return portalUrls.case(r.caseNumber);
  return r.url;
}

export async function portalSearch(services: Services, bodyId: string, f: SearchFilters): Promise<PortalSearchResult> {
  const organCode = f.organ ? (await organCodes(services, bodyId)).find((code) => organSlug(code) === f.organ) : undefined;
  try {
    const page = await publicSearch(services, bodyId, {
      q: f.q, organ: organCode, from: f.from || undefined, to: f.to || undefined, kind: f.kind || undefined, limit: SEARCH_LIMIT, cursor: f.cursor || undefined,
    });
    const refs = page.items.some((r) => r.type === 'minutes') ? await meetingRefs(services, bodyId) : new Map<string, PublicMeetingRef>();
    const hits: PortalSearchHit[] = page.items.map((r) => ({
      type: r.type, title: r.title, number: r.number, date: r.date, organName: r.organ?.name ?? null, url: hitUrl(r, refs),
      snippet: r.snippet.map((p) => ({ text: p.text, marked: p.mark })),
    }));
    return { hits, nextCursor: page.nextCursor };
  } catch (error) {
    // A query the search cannot take (e.g. only punctuation) finds nothing.
    if (error instanceof AppError && error.code === 'validation') return { hits: [], nextCursor: null };
    throw error;
  }
}

async function organCodes(services: Services, bodyId: string): Promise<string[]> {
  return (await services.db.select({ code: organs.code }).from(organs).where(eq(organs.bodyId, bodyId))).map((o) => o.code);
}
