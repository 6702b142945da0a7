// The staff search's result, as GET /api/v1/search answers (docs/api.md, Search).
import type { DocumentKind } from './types.ts';

export type SearchResultType = 'case' | 'document' | 'report' | 'minutes';

export interface SearchResult {
  type: SearchResultType;
  id: string;
  title: string;
  number: string | null;
  date: string | null;
  organ: { id: string; code: string; name: string } | null;
  kind: DocumentKind | null;
  caseId: string | null;
  caseNumber: string | null;
  meetingId: string | null;
  /** Plain text in pieces; `mark` on the matched words. */
  snippet: { text: string; mark: boolean }[];
  /** The staff app's address of the hit, starting with /app/. */
  url: string;
  score: number;
}

export interface SearchQuery {
  q: string;
  organ?: string;
  kind?: string;
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string | null;
}
