/**
 * The search behind /sok: reads the query and filters from the address and answers in the page's shape. Only
 * public text is searched: public case titles and public descriptions of documents that are neither
 * secret-marked nor hold protected personal data, so neither a hit nor a snippet can reveal secret text.
 */
import { and, desc, eq, gte, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { isIsoDate } from '../../domain/dates.ts';
import { organSlug, portalUrls } from '../../portal/urls.ts';
import type { PortalSearchHit, PortalSearchResult, SearchFilters } from '../../portal/searchPage.ts';
import type { Services } from '../context.ts';
import { documentVisibleSql } from '../../db/repositories/visibility.ts';
import type { Actor } from '../../policies/actor.ts';

export const SEARCH_LIMIT = 20;

/** The public reader: no organ's secret documents, no protected data. */
const publicReader = (bodyId: string): Actor => ({ userId: '', bodyId, roles: [], protectedDataAccess: false, organAccess: new Map() });

const one = (v: unknown): string => (Array.isArray(v) ? one(v[0]) : typeof v === 'string' ? v : '');

/** The filters from the query string, cleaned: unknown values are dropped rather than refused. */
export function searchFilters(query: Record<string, unknown>, organSlugs: readonly string[], kinds: readonly string[]): SearchFilters {
  const date = (v: string) => (isIsoDate(v) ? v : '');
  const organ = one(query.organ);
  const kind = one(query.typ);
  return {
    q: one(query.q).replace(/\s+/g, ' ').trim().slice(0, 200), organ: organSlugs.includes(organ) ? organ : '',
    from: date(one(query.fran)), to: date(one(query.till)), kind: kinds.includes(kind) ? kind : '',
  };
}

/** Splits `text` into fragments, marking every case-insensitive occurrence of a word (at most `max` characters, around the first hit). */
export function markWords(text: string, words: readonly string[], max = 220): PortalSearchHit['snippet'] {
  const pattern = words.filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  let shown = text;
  if (pattern) {
    const first = new RegExp(pattern, 'iu').exec(text)?.index ?? 0;
    const start = Math.max(0, Math.min(first - 60, text.length - max));
    shown = `${start > 0 ? '…' : ''}${text.slice(start, start + max)}${start + max < text.length ? '…' : ''}`;
  } else if (text.length > max) shown = `${text.slice(0, max)}…`;
  if (!pattern) return [{ text: shown, marked: false }];
  return shown.split(new RegExp(`(${pattern})`, 'iu')).filter(Boolean).map((part) => ({ text: part, marked: new RegExp(`^(?:${pattern})$`, 'iu').test(part) }));
}

export async function portalSearch(services: Services, bodyId: string, f: SearchFilters): Promise<PortalSearchResult> {
  const words = f.q.split(' ').filter((w) => w.length > 0).slice(0, 8);
  if (words.length === 0) return { total: 0, hits: [] };
  const organs = await services.db.select({ id: t.organs.id, code: t.organs.code, name: t.organs.name }).from(t.organs).where(eq(t.organs.bodyId, bodyId));
  const organ = organs.find((o) => organSlug(o.code) === f.organ);

  const caseWhere: SQL[] = [eq(t.cases.bodyId, bodyId), ...words.map((w) => or(ilike(t.cases.publicTitle, `%${w}%`), ilike(t.cases.number, `%${w}%`))!)];
  if (organ) caseWhere.push(eq(t.cases.organId, organ.id));
  if (f.from) caseWhere.push(gte(t.cases.openedAt, f.from));
  if (f.to) caseWhere.push(lte(t.cases.openedAt, f.to));
  const caseRows = f.kind ? [] : await services.db.select({ c: t.cases, organName: t.organs.name }).from(t.cases).leftJoin(t.organs, eq(t.organs.id, t.cases.organId))
    .where(and(...caseWhere)).orderBy(desc(t.cases.openedAt)).limit(100);

  const docWhere: SQL[] = [eq(t.documents.bodyId, bodyId), documentVisibleSql(publicReader(bodyId)), eq(t.documents.counterpartyProtected, false), ...words.map((w) => or(ilike(t.documents.publicDescription, `%${w}%`), ilike(t.documents.number, `%${w}%`))!)];
  if (organ) docWhere.push(eq(t.cases.organId, organ.id));
  if (f.from) docWhere.push(gte(t.documents.registeredDate, f.from));
  if (f.to) docWhere.push(lte(t.documents.registeredDate, f.to));
  if (f.kind) docWhere.push(eq(t.documents.kind, f.kind));
  const docRows = await services.db.select({ d: t.documents, caseNumber: t.cases.number, caseTitle: t.cases.publicTitle, organName: t.organs.name })
    .from(t.documents).innerJoin(t.cases, eq(t.cases.id, t.documents.caseId)).leftJoin(t.organs, eq(t.organs.id, t.cases.organId))
    .where(and(...docWhere)).orderBy(desc(t.documents.registeredDate), sql`${t.documents.number} DESC`).limit(100);

  const hits: PortalSearchHit[] = [
    ...caseRows.map(({ c, organName }) => ({ type: 'case', title: c.publicTitle, number: c.number, date: c.openedAt, organName, url: portalUrls.case(c.number), snippet: markWords(c.publicTitle, words) })),
    ...docRows.map(({ d, caseNumber, caseTitle, organName }) => ({
      type: d.kind === 'official_report' ? 'official_report' : 'document', title: d.publicDescription, number: d.number, date: d.registeredDate, organName,
      url: portalUrls.case(caseNumber), snippet: markWords(`${d.publicDescription} – ärende: ${caseTitle}`, words),
    })),
  ];
  return { total: hits.length, hits: hits.slice(0, SEARCH_LIMIT) };
}
