/**
 * External object lists: the filters `created_since`, `created_until`, `modified_since`, `modified_until`
 * (full date-times), `limit` and `page`, stable order (created, then id), pagination with `links.next`, and
 * deleted objects only under `modified_since` (OParl 1.1, "Objektlisten und Paginierung").
 */
import { AppError, type FieldError } from '../domain/errors.ts';
import { asListItem } from './catalog.ts';
import type { Entry, Json } from './entry.ts';
import type { OparlUrls } from './urls.ts';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

export interface ListQuery {
  createdSince?: Date; createdUntil?: Date; modifiedSince?: Date; modifiedUntil?: Date;
  limit: number; page: number; omitInternal: boolean;
  /** The filters as given, to carry into every page's links. */
  carried: [string, string][];
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const FILTERS = [['created_since', 'createdSince'], ['created_until', 'createdUntil'], ['modified_since', 'modifiedSince'], ['modified_until', 'modifiedUntil']] as const;

export function parseListQuery(query: Record<string, unknown>): ListQuery {
  const errors: FieldError[] = [];
  const out: ListQuery = { limit: DEFAULT_LIMIT, page: 1, omitInternal: false, carried: [] };
  for (const [param, key] of FILTERS) {
    const raw = query[param];
    if (raw === undefined) continue;
    // A "+" sent unencoded in a query string arrives as a space.
    const value = String(raw).replace(' ', '+');
    const instant = new Date(value);
    if (!DATE_TIME.test(value) || Number.isNaN(instant.getTime())) {
      errors.push({ field: param, message: 'måste vara en tidpunkt på formen ÅÅÅÅ-MM-DDTtt:mm:ss±tt:mm' });
      continue;
    }
    out[key] = instant;
    out.carried.push([param, value]);
  }
  if (query.omit_internal !== undefined) {
    out.omitInternal = query.omit_internal === 'true';
    out.carried.push(['omit_internal', String(query.omit_internal)]);
  }
  if (query.limit !== undefined) {
    const limit = Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1) errors.push({ field: 'limit', message: 'måste vara ett heltal större än 0' });
    else out.limit = Math.min(limit, MAX_LIMIT);
  }
  if (query.page !== undefined) {
    const page = Number(query.page);
    if (!Number.isInteger(page) || page < 1) errors.push({ field: 'page', message: 'måste vara ett heltal större än 0' });
    else out.page = page;
  }
  if (errors.length) throw new AppError('validation', `Ogiltig parameter: ${errors.map((e) => e.field).join(', ')}.`, errors);
  return out;
}

const within = (d: Date, since?: Date, until?: Date) => (!since || d >= since) && (!until || d <= until);

/** Internal lists a client may ask to leave out (omit_internal=true). */
const INTERNAL = ['auxiliaryFile', 'membership', 'agendaItem', 'legislativeTerm'];
const internal = (type: Entry['type'], key: string) => INTERNAL.includes(key) || (type === 'Paper' && key === 'location');

export function listPage(urls: OparlUrls, listUrl: string, entries: readonly Entry[], q: ListQuery): Json {
  const selected = entries
    .filter((e) => (e.public || (q.modifiedSince !== undefined && e.tombstone)))
    .filter((e) => within(e.created, q.createdSince, q.createdUntil) && within(e.modified, q.modifiedSince, q.modifiedUntil))
    .sort((a, b) => a.created.getTime() - b.created.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const totalPages = Math.max(1, Math.ceil(selected.length / q.limit));
  const data = selected.slice((q.page - 1) * q.limit, q.page * q.limit).map((e) => {
    const object = asListItem(urls, e);
    return q.omitInternal ? Object.fromEntries(Object.entries(object).filter(([k]) => !internal(e.type, k))) : object;
  });
  const pageUrl = (page: number) => {
    const params = new URLSearchParams([...q.carried, ...(q.limit !== DEFAULT_LIMIT ? [['limit', String(q.limit)]] : []), ...(page > 1 ? [['page', String(page)]] : [])]);
    const text = params.toString();
    return text ? `${listUrl}?${text}` : listUrl;
  };
  return {
    data,
    pagination: { totalElements: selected.length, elementsPerPage: q.limit, currentPage: q.page, totalPages },
    links: {
      first: pageUrl(1), ...(q.page > 1 ? { prev: pageUrl(q.page - 1) } : {}), self: pageUrl(q.page),
      ...(q.page < totalPages ? { next: pageUrl(q.page + 1) } : {}), last: pageUrl(totalPages),
    },
  };
}
