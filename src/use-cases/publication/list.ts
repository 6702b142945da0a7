/**
 * "Publicerat på webben": what was published on the web, when and by whom, and what was withdrawn, when, by whom
 * and why (R-PUB-1), newest event first, page by page. Only documents the reader may see are listed.
 */
import { sql, type SQL } from 'drizzle-orm';
import { AppError, validationError, type FieldError } from '../../domain/errors.ts';
import { canReadWebPublications } from '../../policies/webPublication.ts';
import { documentListedSql, documentRef } from '../../disclosure/sql.ts';
import { staffReader } from '../../disclosure/reader.ts';
import type { Ctx } from '../context.ts';

export interface PublicationFilter { state?: string; basis?: string; limit?: number; cursor?: string }

export interface PublicationListItem {
  id: string;
  document: { id: string; number: string; caseId: string; caseNumber: string; kind: string; description: string };
  basis: 'default' | 'choice';
  publishedAt: string; publishedBy: { id: string; displayName: string } | null;
  withdrawnAt: string | null; withdrawnBy: { id: string; displayName: string } | null; withdrawalReason: string | null;
}

interface Row extends Record<string, unknown> {
  id: string; document_id: string; number: string; case_id: string; case_number: string; kind: string; description: string; basis: string;
  published_at: string | Date; published_by: string | null; publisher: string | null;
  withdrawn_at: string | Date | null; withdrawn_by: string | null; withdrawer: string | null; withdrawal_reason: string | null;
  last_at: string;
}

const iso = (v: string | Date): string => (v instanceof Date ? v : new Date(v)).toISOString();

/** Cursor: the last item's event time (to the microsecond, as stored) and id. */
const CURSOR = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z)_([0-9a-f-]{36})$/;

export async function listPublications(ctx: Ctx, filter: PublicationFilter): Promise<{ items: PublicationListItem[]; nextCursor: string | null }> {
  if (!canReadWebPublications(ctx.actor)) throw new AppError('not_found', 'Sidan finns inte.');
  const errors: FieldError[] = [];
  const state = filter.state || 'all';
  if (!['all', 'active', 'withdrawn'].includes(state)) errors.push({ field: 'state', message: 'måste vara all, active eller withdrawn' });
  const basis = filter.basis || 'all';
  if (!['all', 'default', 'choice'].includes(basis)) errors.push({ field: 'basis', message: 'måste vara all, default eller choice' });
  const limit = filter.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) errors.push({ field: 'limit', message: 'måste vara mellan 1 och 500' });
  const cursor = filter.cursor ? CURSOR.exec(filter.cursor) : null;
  if (filter.cursor && !cursor) errors.push({ field: 'cursor', message: 'ogiltig sidmarkör' });
  if (errors.length) throw validationError(errors);

  const lastAt = sql`COALESCE(p.withdrawn_at, p.published_at)`;
  const conditions: SQL[] = [
    sql`p.body_id = ${ctx.actor.bodyId}`,
    documentListedSql(staffReader(ctx.actor), documentRef('d')),
    ...(state === 'active' ? [sql`p.withdrawn_at IS NULL`] : state === 'withdrawn' ? [sql`p.withdrawn_at IS NOT NULL`] : []),
    ...(basis === 'all' ? [] : [sql`p.basis = ${basis}`]),
    ...(cursor ? [sql`(${lastAt}, p.id) < (${cursor[1]}::timestamptz, ${cursor[2]}::uuid)`] : []),
  ];
  const result = await ctx.db.execute<Row>(sql`
    SELECT p.id, p.document_id, d.number, d.case_id, c.number AS case_number, d.kind, d.description, p.basis,
      p.published_at, p.published_by, pu.display_name AS publisher, p.withdrawn_at, p.withdrawn_by, wu.display_name AS withdrawer,
      p.withdrawal_reason, to_char(${lastAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS last_at
    FROM web_publications p
    JOIN documents d ON d.id = p.document_id
    JOIN cases c ON c.id = d.case_id
    LEFT JOIN users pu ON pu.id = p.published_by
    LEFT JOIN users wu ON wu.id = p.withdrawn_by
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY ${lastAt} DESC, p.id DESC
    LIMIT ${limit + 1}`);
  const rows = result.rows.slice(0, limit);
  const items = rows.map((r): PublicationListItem => ({
    id: r.id,
    document: { id: r.document_id, number: r.number, caseId: r.case_id, caseNumber: r.case_number, kind: r.kind, description: r.description },
    basis: r.basis as 'default' | 'choice',
    publishedAt: iso(r.published_at), publishedBy: r.published_by ? { id: r.published_by, displayName: r.publisher ?? '' } : null,
    withdrawnAt: r.withdrawn_at ? iso(r.withdrawn_at) : null, withdrawnBy: r.withdrawn_by ? { id: r.withdrawn_by, displayName: r.withdrawer ?? '' } : null,
    withdrawalReason: r.withdrawal_reason,
  }));
  const last = rows[rows.length - 1];
  return { items, nextCursor: result.rows.length > limit && last ? `${last.last_at}_${last.id}` : null };
}
