/**
 * The history of a case from its audit events: changes only (reads are for the auditors' view), and nothing
 * about documents the reader may not see.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { auditEvents, users } from '../db/schema/index.ts';
import { loadCase } from '../db/repositories/cases.ts';
import { documentListedSql } from '../disclosure/sql.ts';
import { staffReader } from '../disclosure/reader.ts';
import { notFound } from '../domain/errors.ts';
import type { Ctx } from './context.ts';

export interface HistoryEntry { at: string; actor: string | null; action: string; details: Record<string, unknown> }

export async function caseHistory(ctx: Ctx, caseId: string): Promise<HistoryEntry[]> {
  const found = await loadCase(ctx.db, ctx.actor, caseId);
  if (!found) throw notFound('Ärendet');
  const rows = await ctx.db.select({ at: auditEvents.at, actor: users.displayName, action: auditEvents.action, details: auditEvents.details })
    .from(auditEvents).leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(
      eq(auditEvents.caseId, caseId), eq(auditEvents.bodyId, ctx.actor.bodyId), eq(auditEvents.secretAccess, false),
      sql`(${auditEvents.entityType} <> 'document' OR ${documentListedSql(staffReader(ctx.actor), { id: sql`${auditEvents.entityId}`, alias: 'documents' })})`,
    ))
    .orderBy(asc(auditEvents.id));
  return rows.map((r) => ({ at: r.at.toISOString(), actor: r.actor, action: r.action, details: r.details as Record<string, unknown> }));
}
