/**
 * Motions and how long they have waited (R-PREP-2): every registered motion the reader may see, with its case's
 * status, the date it should be decided by, and a warning when that is near or past. Open motions first, the
 * oldest at the top.
 */
import { and, eq } from 'drizzle-orm';
import { cases, documents } from '../db/schema/index.ts';
import { documentListedSql } from '../disclosure/sql.ts';
import { staffReader } from '../disclosure/reader.ts';
import { motionDeadline, type MotionDetails, type MotionStatus } from '../domain/documentDetails.ts';
import { swedishDate } from '../domain/dates.ts';
import { AppError } from '../domain/errors.ts';
import { hasRole } from '../policies/actor.ts';
import type { Ctx } from './context.ts';

export interface MotionRow {
  documentId: string; documentNumber: string; caseId: string; caseNumber: string; caseTitle: string; caseStatus: string;
  motionNumber: string; authors: string[]; party: string | null; submittedOn: string; requests: string[];
  dueBy: string; daysLeft: number; status: MotionStatus | 'decided';
}

export async function listMotions(ctx: Ctx, query: { open?: unknown } = {}): Promise<MotionRow[]> {
  if (ctx.actor.roles.length === 0 || (hasRole(ctx.actor, 'member') && ctx.actor.roles.length === 1)) {
    throw new AppError('forbidden', 'Du har inte behörighet att se motionslistan.');
  }
  const rows = await ctx.db.select({ d: documents, caseNumber: cases.number, caseTitle: cases.title, caseStatus: cases.status })
    .from(documents).innerJoin(cases, eq(cases.id, documents.caseId))
    .where(and(eq(documents.bodyId, ctx.actor.bodyId), eq(documents.kind, 'motion'), documentListedSql(staffReader(ctx.actor))));
  const today = swedishDate(ctx.clock.now());
  const out = rows.flatMap(({ d, caseNumber, caseTitle, caseStatus }): MotionRow[] => {
    const m = d.details as Partial<MotionDetails>;
    if (!m.submittedOn) return [];
    const deadline = motionDeadline(m.submittedOn, today);
    return [{
      documentId: d.id, documentNumber: d.number, caseId: d.caseId, caseNumber, caseTitle, caseStatus,
      motionNumber: m.motionNumber ?? '', authors: m.authors ?? [], party: m.party ?? null, submittedOn: m.submittedOn, requests: m.requests ?? [],
      dueBy: deadline.dueBy, daysLeft: deadline.daysLeft, status: caseStatus === 'open' ? deadline.status : 'decided',
    }];
  });
  const open = query.open === true || query.open === 'true';
  return out.filter((r) => !open || r.status !== 'decided')
    .sort((a, b) => Number(a.status === 'decided') - Number(b.status === 'decided') || a.submittedOn.localeCompare(b.submittedOn));
}
