/**
 * The auditors' view of the audit log (R-REG-8): filters, keyset pagination and CSV export.
 */
import { and, desc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import { auditEvents, cases, users } from '../db/schema/index.ts';
import { isIsoDate } from '../domain/dates.ts';
import { AppError, validationError, type FieldError } from '../domain/errors.ts';
import { canReadAudit } from '../policies/registry.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import type { Ctx } from './context.ts';

export interface AuditFilter { from?: string; to?: string; actorId?: string; action?: string; entityId?: string; secretOnly?: boolean; limit?: number; cursor?: string }
export interface AuditRow { id: number; at: string; actor: { id: string; displayName: string } | null; action: string; entityType: string; entityId: string | null; caseNumber: string | null; documentNumber: string | null; secretAccess: boolean; details: Record<string, unknown> }

const UUID = /^[0-9a-f-]{36}$/i;

export async function listAudit(ctx: Ctx, filter: AuditFilter): Promise<{ items: AuditRow[]; nextCursor: string | null }> {
  if (!canReadAudit(ctx.actor)) throw new AppError('not_found', 'Sidan finns inte.');
  const errors: FieldError[] = [];
  for (const f of ['from', 'to'] as const) if (filter[f] && !isIsoDate(filter[f]!)) errors.push({ field: f, message: 'måste vara ett datum ÅÅÅÅ-MM-DD' });
  for (const f of ['actorId', 'entityId'] as const) if (filter[f] && !UUID.test(filter[f]!)) errors.push({ field: f, message: 'ogiltigt id' });
  const limit = filter.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) errors.push({ field: 'limit', message: 'måste vara mellan 1 och 10000' });
  if (filter.cursor && !/^\d+$/.test(filter.cursor)) errors.push({ field: 'cursor', message: 'ogiltig sidmarkör' });
  if (errors.length) throw validationError(errors);
  const rows = await ctx.db.select({ e: auditEvents, actorName: users.displayName, caseNumber: cases.number })
    .from(auditEvents).leftJoin(users, eq(users.id, auditEvents.actorId)).leftJoin(cases, eq(cases.id, auditEvents.caseId))
    .where(and(
      eq(auditEvents.bodyId, ctx.actor.bodyId),
      filter.from ? gte(auditEvents.at, sql`(${filter.from}::date)::timestamp AT TIME ZONE 'Europe/Stockholm'`) : undefined,
      filter.to ? lt(auditEvents.at, sql`(${filter.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm'`) : undefined,
      filter.actorId ? eq(auditEvents.actorId, filter.actorId) : undefined,
      filter.action ? eq(auditEvents.action, filter.action) : undefined,
      filter.entityId ? eq(auditEvents.entityId, filter.entityId) : undefined,
      filter.secretOnly ? eq(auditEvents.secretAccess, true) : undefined,
      filter.cursor ? lte(auditEvents.id, Number(filter.cursor) - 1) : undefined,
    ))
    .orderBy(desc(auditEvents.id)).limit(limit + 1);
  const items = rows.slice(0, limit).map(({ e, actorName, caseNumber }) => ({
    id: e.id, at: e.at.toISOString(), actor: e.actorId ? { id: e.actorId, displayName: actorName ?? '' } : null, action: e.action,
    entityType: e.entityType, entityId: e.entityId, caseNumber,
    documentNumber: e.entityType === 'document' ? String((e.details as { number?: unknown }).number ?? '') || null : null, secretAccess: e.secretAccess, details: e.details as Record<string, unknown>,
  }));
  return { items, nextCursor: rows.length > limit ? String(items[items.length - 1]!.id) : null };
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text; // no formula injection in spreadsheets
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with semicolons (what Swedish Excel opens), UTF-8 with BOM. */
export async function exportAuditCsv(ctx: Ctx, filter: AuditFilter): Promise<string> {
  const { items } = await listAudit(ctx, { ...filter, limit: 10_000, cursor: undefined });
  await recordAudit(ctx.db, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'audit.export', entityType: 'audit', details: { filter: { ...filter, cursor: undefined }, rows: items.length } });
  const header = ['id', 'tid', 'användare', 'händelse', 'objekttyp', 'objekt-id', 'diarienummer', 'sekretess/skyddat', 'detaljer'];
  const lines = items.map((r) => [r.id, r.at, r.actor?.displayName, r.action, r.entityType, r.entityId, r.caseNumber, r.secretAccess ? 'ja' : 'nej', r.details].map(csvCell).join(';'));
  return '\uFEFF' + [header.join(';'), ...lines].join('\r\n') + '\r\n';
}
