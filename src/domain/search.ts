/**
 * Search input: the query a person types, parsed into Swedish full-text terms and a diarienummer; the filters;
 * the snippet format. Pure; the SQL lives in src/search/.
 *
 * Word forms and compounds: every word of four or more letters is matched as a prefix of its Swedish stem, so
 * "upphandling" finds "upphandlingar" (the stemmer) and "telefoni" finds "telefonitjänster" (the prefix of a
 * compound); inside or at the end of a compound ("upphandling" → "telefoniupphandlingen") through the
 * vocabulary (domain/searchCompounds.ts). Shorter words match their stem exactly, as a short prefix would match
 * almost anything. All words must occur (AND).
 */
import { DOCUMENT_KINDS, type DocumentKind } from './documents.ts';
import { validationError, type FieldError } from './errors.ts';
import { isUuid } from './ids.ts';
import { containsPersonalNumber } from './masking.ts';

export const MIN_PREFIX_LENGTH = 4;
export const MAX_TERMS = 12;
export const MAX_QUERY_LENGTH = 200;
export const MAX_LIMIT = 50;
export const DEFAULT_LIMIT = 20;
/** Results reachable by paging; beyond, a narrower query serves better. */
export const MAX_OFFSET = 1000;

/** A diarienummer as typed (`text`, for trigram similarity) and its parts (for an exact match). */
export interface CaseNumberQuery { series: string; year: number; seq: number; text: string }

export interface ParsedQuery {
  /** The query as typed, trimmed, with runs of white space as one space. */
  text: string;
  /** Lower-case words (letters and digits). */
  terms: string[];
  /** Input for `to_tsquery('swedish', …)`: only letters, digits, `:*` and ` & `; null when there is no word. */
  tsquery: string | null;
  /**
   * Per word, the index stems of compounds that hold it (domain/searchCompounds.ts), matched as they are, as
   * alternatives to the word; empty until the search has looked them up.
   */
  compounds: ReadonlyMap<string, readonly string[]>;
  /** A diarienummer in the query ("KS-2024/0361", "ks 2024/361"): series, year and sequence. */
  caseNumber: CaseNumberQuery | null;
}

const CASE_NUMBER = /(?<![\p{L}\p{N}])(\p{L}{1,12})[\s-]?((?:19|20)\d{2})\s*[/:\-\s]\s*(\d{1,6})(?:-\d{1,4})?(?![\p{N}])/u;
const WORD = /[\p{L}\p{N}]+/gu;

export function parseSearchQuery(raw: string): ParsedQuery {
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  const number = CASE_NUMBER.exec(text);
  const caseNumber = number ? { series: number[1]!.toUpperCase(), year: Number(number[2]), seq: Number(number[3]), text: number[0] } : null;
  // The diarienummer's parts are not words to look for in texts.
  const words = number ? text.replace(number[0], ' ') : text;
  const terms = [...new Set((words.toLowerCase().match(WORD) ?? []))].slice(0, MAX_TERMS);
  const parts = terms.map(termTsquery);
  return { text, terms, tsquery: parts.length ? parts.join(' & ') : null, caseNumber, compounds: new Map() };
}

/** One word as `to_tsquery('swedish', …)` input: four or more letters as a prefix, else exactly. */
export const termTsquery = (term: string): string => (term.length >= MIN_PREFIX_LENGTH && !/^\d+$/.test(term) ? `${term}:*` : term);

export const SEARCH_TYPES = ['case', 'document', 'report', 'minutes'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** `kind`: a document kind (documents and reports of that kind), or `case` / `minutes` for those results only. */
export type SearchKind = DocumentKind | 'case' | 'minutes';

/** As typed in a query string: `limit` may come as text. */
export interface SearchInput { q?: string; organ?: string; from?: string; to?: string; kind?: string; limit?: number | string; cursor?: string }

export interface SearchRequest {
  query: ParsedQuery;
  /** Organ id or organ code. */
  organ: { id: string } | { code: string } | null;
  from: string | null;
  to: string | null;
  kind: SearchKind | null;
  limit: number;
  offset: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string): boolean => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export const encodeSearchCursor = (offset: number): string => Buffer.from(JSON.stringify({ o: offset })).toString('base64url');

function decodeCursor(value: string, errors: FieldError[]): number {
  try {
    const c = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof c.o === 'number' && Number.isInteger(c.o) && c.o >= 0 && c.o <= MAX_OFFSET) return c.o;
  } catch { /* fall through */ }
  errors.push({ field: 'cursor', message: 'ogiltig sidmarkör' });
  return 0;
}

/** Validates the search input; throws a validation error naming each wrong field (in Swedish). */
export function checkSearchInput(input: SearchInput): SearchRequest {
  const errors: FieldError[] = [];
  const q = typeof input.q === 'string' ? input.q : '';
  if (q.length > MAX_QUERY_LENGTH) errors.push({ field: 'q', message: `högst ${MAX_QUERY_LENGTH} tecken` });
  const query = parseSearchQuery(q);
  if (!query.tsquery && !query.caseNumber) errors.push({ field: 'q', message: 'ange minst ett sökord eller ett diarienummer' });
  let organ: SearchRequest['organ'] = null;
  if (input.organ) {
    if (isUuid(input.organ)) organ = { id: input.organ };
    else if (/^[\p{L}\p{N}-]{1,20}$/u.test(input.organ)) organ = { code: input.organ };
    else errors.push({ field: 'organ', message: 'ange organets id eller kod' });
  }
  const from = input.from || null;
  const to = input.to || null;
  if (from && !validDate(from)) errors.push({ field: 'from', message: 'ange ett datum ÅÅÅÅ-MM-DD' });
  if (to && !validDate(to)) errors.push({ field: 'to', message: 'ange ett datum ÅÅÅÅ-MM-DD' });
  if (from && to && validDate(from) && validDate(to) && from > to) errors.push({ field: 'to', message: 'slutdatumet ligger före startdatumet' });
  let kind: SearchKind | null = null;
  if (input.kind) {
    if (input.kind === 'case' || input.kind === 'minutes' || (DOCUMENT_KINDS as readonly string[]).includes(input.kind)) kind = input.kind as SearchKind;
    else errors.push({ field: 'kind', message: `okänd typ; tillåtna: case, minutes, ${DOCUMENT_KINDS.join(', ')}` });
  }
  const limit = input.limit === undefined || input.limit === '' ? DEFAULT_LIMIT : Number(input.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) errors.push({ field: 'limit', message: `måste vara mellan 1 och ${MAX_LIMIT}` });
  const offset = input.cursor ? decodeCursor(input.cursor, errors) : 0;
  if (errors.length) throw validationError(errors);
  return { query, organ, from, to, kind, limit, offset };
}

/** A piece of a snippet; `mark` pieces are the matched words, to be highlighted. Text is plain, never HTML. */
export interface SnippetPart { text: string; mark: boolean }

/** Highlight delimiters given to ts_headline; control characters never occur in stored text. */
export const MARK_START = '\u0001';
export const MARK_STOP = '\u0002';

/**
 * Splits a ts_headline result into plain and marked parts. Stray delimiters are dropped, white space is
 * collapsed, and `mask` (e.g. personal identity numbers on the public site) is applied to every part's text.
 */
export function snippetParts(headline: string, mask: (text: string) => string = (t) => t): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let mark = false;
  for (const piece of headline.split(/([\u0001\u0002])/)) {
    if (piece === MARK_START) { mark = true; continue; }
    if (piece === MARK_STOP) { mark = false; continue; }
    const text = mask(piece.replace(/[\u0000-\u0008\u000b-\u001f]/g, '').replace(/\s+/g, ' '));
    if (!text) continue;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}

/** The snippet as HTML: every part escaped, marked parts in `<mark>`. */
export function snippetHtml(parts: readonly SnippetPart[]): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
  return parts.map((p) => (p.mark ? `<mark>${escape(p.text)}</mark>` : escape(p.text))).join('');
}

/** Removes control characters (except line breaks) from extracted text and caps its length. */
export function cleanExtractedText(text: string, maxChars: number): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ').replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n').trim().slice(0, maxChars);
}

/**
 * R-PUB-2: the public search never answers whether a personal identity number occurs in public text (the number is
 * masked wherever the public reads it, but the index holds the text as registered): such a query is refused.
 */
export function checkPublicSearchInput(input: SearchInput): SearchRequest {
  if (typeof input.q === 'string' && containsPersonalNumber(input.q)) {
    throw validationError([{ field: 'q', message: 'sök inte på personnummer; den offentliga sökningen visar inga personuppgifter' }]);
  }
  return checkSearchInput(input);
}
