/**
 * Finds cases by number or title: exact and prefix matches on the number first, then fuzzy (trigram) matches on
 * number and title, then Swedish full-text matches. Keyset pagination with an opaque cursor.
 */
import { sql, type SQL } from 'drizzle-orm';
import { cases, users } from '../db/schema/index.ts';
import { caseSelection, toCaseView, type CaseView } from '../db/repositories/cases.ts';
import { validationError } from '../domain/errors.ts';
import { checkText } from '../domain/text.ts';
import type { Ctx } from './context.ts';
import { eq } from 'drizzle-orm';

export interface ListCasesInput { q?: string; status?: string; limit?: number; cursor?: string }
export interface Page<T> { items: T[]; nextCursor: string | null }

/** `%`, `_` and `\` typed by the user are literal characters, not LIKE wildcards. */
const likeEscape = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

interface Cursor { r: number; n: string }
const encode = (c: Cursor): string => Buffer.from(JSON.stringify(c)).toString('base64url');
function decode(value: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.r === 'number' && typeof c.n === 'string') return c;
  } catch { /* fall through */ }
  throw validationError([{ field: 'cursor', message: 'ogiltig sidmarkör' }]);
}

export async function listCases(ctx: Ctx, input: ListCasesInput): Promise<Page<CaseView>> {
  const errors: { field: string; message: string }[] = [];
  const q = checkText(input.q, { field: 'q', max: 200 }, errors);
  if (input.status && input.status !== 'open' && input.status !== 'closed') errors.push({ field: 'status', message: 'måste vara open eller closed' });
  const limit = input.limit ?? 25;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) errors.push({ field: 'limit', message: 'måste vara mellan 1 och 100' });
  if (errors.length) throw validationError(errors);

  // rank: lower is better. Newest numbers first within a rank.
  let rank: SQL = sql`0::int`;
  let match: SQL = sql`TRUE`;
  if (q) {
    const upper = likeEscape(q.toUpperCase());
    const like = likeEscape(q);
    rank = sql`CASE WHEN upper(${cases.number}) = ${q.toUpperCase()} THEN 0 WHEN upper(${cases.number}) LIKE ${upper + '%'} THEN 1
      WHEN ${cases.title} ILIKE ${'%' + like + '%'} THEN 2 ELSE 3 END`;
    match = sql`(upper(${cases.number}) LIKE ${'%' + upper + '%'} OR ${cases.title} ILIKE ${'%' + like + '%'}
      OR similarity(${cases.number}, ${q}) > 0.35 OR word_similarity(${q}, ${cases.title}) > 0.45
      OR to_tsvector('swedish', ${cases.title}) @@ plainto_tsquery('swedish', ${q}))`;
  }
  const cursor = input.cursor ? decode(input.cursor) : null;
  const after = cursor ? sql`(${rank} > ${cursor.r} OR (${rank} = ${cursor.r} AND ${cases.number} < ${cursor.n}))` : sql`TRUE`;
  const status = input.status ? sql`${cases.status} = ${input.status}` : sql`TRUE`;
  const rows = await ctx.db.select({ ...caseSelection(ctx.actor), rank: sql<number>`${rank}` }).from(cases)
    .leftJoin(users, eq(users.id, cases.caseOfficerId))
    .where(sql`${cases.bodyId} = ${ctx.actor.bodyId} AND ${match} AND ${status} AND ${after}`)
    .orderBy(...(q ? [sql`${rank}`, sql`${cases.number} DESC`] : [sql`${cases.number} DESC`]))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toCaseView),
    nextCursor: rows.length > limit && last ? encode({ r: Number(last.rank), n: last.number }) : null,
  };
}
