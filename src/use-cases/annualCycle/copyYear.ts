/**
 * "Copy to next year": every deadline of a year (or of one audience) is copied to the following year on the
 * same day and month, moved back to the previous working day (`copyDates`), with the years in its texts moved
 * along. A deadline already copied is skipped (the copy remembers its source), so copying twice adds nothing.
 */
import { and, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import { annualDeadlines } from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import type { Executor } from '../../db/client.ts';
import { AUDIENCES, checkYear, shiftYearsInText, type Audience } from '../../domain/annualCycle.ts';
import { copyDates } from '../../domain/annualCycleDates.ts';
import { AppError, validationError, type FieldError } from '../../domain/errors.ts';
import type { Ctx } from '../context.ts';
import { canKeepDeadline } from './access.ts';

export interface CopyResult { fromYear: number; toYear: number; copied: number; skipped: number }

/** Copies the year's deadlines that `mayCopy` allows; the caller writes the audit event. */
export async function copyDeadlines(ex: Executor, bodyId: string, fromYear: number, audience: Audience | undefined, mayCopy: (organId: string | null) => Promise<boolean> | boolean): Promise<CopyResult> {
  const toYear = fromYear + 1;
  const source = await ex.select().from(annualDeadlines).where(and(
    eq(annualDeadlines.bodyId, bodyId), gte(annualDeadlines.date, `${fromYear}-01-01`), lte(annualDeadlines.date, `${fromYear}-12-31`),
    audience ? eq(annualDeadlines.audience, audience) : undefined,
  ));
  const ids = source.map((d) => d.id);
  const already = new Set(ids.length ? (await ex.select({ from: annualDeadlines.copiedFromId }).from(annualDeadlines)
    .where(and(eq(annualDeadlines.bodyId, bodyId), isNotNull(annualDeadlines.copiedFromId), inArray(annualDeadlines.copiedFromId, ids)))).map((r) => r.from) : []);
  let copied = 0;
  for (const d of source) {
    if (already.has(d.id) || !(await mayCopy(d.organId))) continue;
    const dates = copyDates({ date: d.date, endDate: d.endDate }, toYear);
    await ex.insert(annualDeadlines).values({
      bodyId, ...dates, heading: shiftYearsInText(d.heading, fromYear, 1), text: shiftYearsInText(d.text, fromYear, 1), audience: d.audience,
      organId: d.organId, deliverer: d.deliverer, position: d.position, reminderDays: d.reminderDays, reminderEmails: d.reminderEmails,
      remindOrganStaff: d.remindOrganStaff, copiedFromId: d.id,
    });
    copied += 1;
  }
  return { fromYear, toYear, copied, skipped: source.length - copied };
}

export async function copyYear(ctx: Ctx, body: Record<string, unknown>): Promise<CopyResult> {
  const errors: FieldError[] = [];
  const fromYear = checkYear(body.fromYear, errors, 'fromYear');
  const audience = body.audience === undefined || body.audience === '' ? undefined : AUDIENCES.find((a) => a === body.audience);
  if (body.audience !== undefined && body.audience !== '' && !audience) errors.push({ field: 'audience', message: 'välj nämnder, bolag eller kommunfullmäktige' });
  if (fromYear >= 2100) errors.push({ field: 'fromYear', message: 'måste vara ett årtal' });
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const result = await copyDeadlines(tx, ctx.actor.bodyId, fromYear, audience, (organId) => canKeepDeadline(tx, ctx, organId));
    if (result.copied === 0 && result.skipped > 0 && !(await canKeepDeadline(tx, ctx, null))) {
      throw new AppError('forbidden', 'Du har inte behörighet att ändra i årshjulet för de organen.');
    }
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'annual_deadline.copy_year', entityType: 'annual_deadline', details: { ...result, audience: audience ?? null } });
    return result;
  });
}
