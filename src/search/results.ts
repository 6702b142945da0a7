/**
 * Runs a search for a reader: the ranked page, then each hit's details, as result items in rank order.
 */
import type { Executor } from '../db/client.ts';
import { encodeSearchCursor, MAX_OFFSET, snippetHtml, snippetParts, type SearchRequest, type SearchType, type SnippetPart } from '../domain/search.ts';
import { maskPersonalNumbers } from '../domain/masking.ts';
import { portalUrls } from '../portal/urls.ts';
import { caseDetails, documentDetails, minutesDetails, type DocumentDetails } from './details.ts';
import { withCompounds } from './compounds.ts';
import { rankHits } from './rank.ts';
import type { Reader } from './sources.ts';

export interface SearchResult {
  type: SearchType;
  id: string;
  title: string;
  /** Diarienummer of a case, handlingsnummer of a document; null for minutes. */
  number: string | null;
  /** Case: opened; document: registered; minutes: the meeting's day. */
  date: string;
  organ: { id: string; code: string; name: string } | null;
  /** Document kind (letter, official_report, …) for documents and reports. */
  kind: string | null;
  caseId: string | null;
  caseNumber: string | null;
  meetingId: string | null;
  /** Plain-text pieces; `mark` pieces are the matched words. */
  snippet: SnippetPart[];
  /** The same snippet as escaped HTML with `<mark>` around matched words. */
  snippetHtml: string;
  /** Public search: the portal address; staff search: the staff app's page. */
  url: string;
  score: number;
}

export interface SearchPage { items: SearchResult[]; nextCursor: string | null }

const organOf = (r: { organ_id: string | null; organ_code: string | null; organ_name: string | null }) =>
  (r.organ_id && r.organ_code && r.organ_name ? { id: r.organ_id, code: r.organ_code, name: r.organ_name } : null);

function documentType(d: DocumentDetails): SearchType {
  if (d.report_id) return 'report';
  if (d.meeting_id) return 'minutes';
  return 'document';
}

function documentUrl(reader: Reader, d: DocumentDetails): string {
  if (reader.kind === 'public') return portalUrls.document(d.id);
  if (d.report_id) return `/app/reports/${d.report_id}`;
  if (d.meeting_id) return `/app/meetings/${d.meeting_id}/minutes`;
  return `/app/cases/${d.case_id}`;
}

export interface SearchRun { page: SearchPage; sensitive: DocumentDetails[] }

export async function runSearch(ex: Executor, reader: Reader, asked: SearchRequest): Promise<SearchRun> {
  const req = await withCompounds(ex, asked);
  const ranked = await rankHits(ex, reader, req);
  const hits = ranked.slice(0, req.limit);
  const of = (type: string) => hits.filter((h) => h.type === type).map((h) => h.id);
  // One after another: inside a transaction the queries share one connection.
  const cases = await caseDetails(ex, reader, req, of('case'));
  const documents = await documentDetails(ex, reader, req, of('document'));
  const minutes = await minutesDetails(ex, reader, req, of('minutes'));
  // R-PUB-2: public titles and snippets are masked. The snippet's text was masked whole before it was cut and
  // highlighted (details.ts); masking each part again changes nothing there and guards any other source.
  const mask = reader.kind === 'public' ? maskPersonalNumbers : undefined;
  const title = mask ?? ((text: string) => text);
  const snippet = (headline: string) => { const parts = snippetParts(headline, mask); return { snippet: parts, snippetHtml: snippetHtml(parts) }; };
  const byId = new Map<string, SearchResult>();
  for (const c of cases) {
    byId.set(`case:${c.id}`, {
      type: 'case', id: c.id, title: title(c.title), number: c.number, date: c.date, organ: organOf(c), kind: null, caseId: c.id, caseNumber: c.number, meetingId: null,
      ...snippet(c.headline), url: reader.kind === 'public' ? portalUrls.case(c.number) : `/app/cases/${c.id}`, score: 0,
    });
  }
  for (const d of documents) {
    byId.set(`document:${d.id}`, {
      type: documentType(d), id: d.id, title: title(d.title), number: d.number, date: d.date, organ: organOf(d), kind: d.kind, caseId: d.case_id,
      caseNumber: d.case_number, meetingId: d.meeting_id, ...snippet(d.headline), url: documentUrl(reader, d), score: 0,
    });
  }
  for (const m of minutes) {
    byId.set(`minutes:${m.id}`, {
      type: 'minutes', id: m.id, title: `Protokoll ${m.organ_name ?? ''} ${m.date}`.replace(/\s+/g, ' '), number: null, date: m.date, organ: organOf(m),
      kind: null, caseId: null, caseNumber: null, meetingId: m.meeting_id, ...snippet(m.headline),
      url: portalUrls.meetingMinutes(m.organ_code ?? '', m.date, m.nth), score: 0,
    });
  }
  const items = hits.flatMap((h) => {
    const item = byId.get(`${h.type}:${h.id}`);
    return item ? [{ ...item, score: Math.round(h.score * 10_000) / 10_000 }] : [];
  });
  const next = req.offset + req.limit;
  const nextCursor = ranked.length > req.limit && next <= MAX_OFFSET ? encodeSearchCursor(next) : null;
  const sensitiveIds = new Set(items.filter((i) => i.type !== 'case').map((i) => i.id));
  return { page: { items, nextCursor }, sensitive: documents.filter((d) => d.sensitive && sensitiveIds.has(d.id)) };
}
