/**
 * Imports a follow-up's figures from a CSV or XLSX file. Every row is checked first; on any problem nothing is
 * stored and the answer lists each problem with its row and column ("Rad 4, kolumn Utfall: …"). A clean file
 * replaces all of the period's figures in one transaction; the audit event counts lines and figures, never
 * the amounts.
 */
import { and, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { problemText } from '../../domain/financeImport.ts';
import { validationError } from '../../domain/errors.ts';
import type { Line, Measure } from '../../domain/finance.ts';
import type { Ctx } from '../context.ts';
import { editableFollowUp, lockForEdit, touch } from './followUps.ts';
import { readFollowUpSheet } from './readSheet.ts';
import { loadFollowUp, type FollowUpView } from './view.ts';

export interface ImportFile { name: string; bytes: Buffer }

const MAX_PROBLEMS = 100;

export async function importFigures(ctx: Ctx, id: string, file: ImportFile | undefined, version: unknown): Promise<FollowUpView & { imported: { lines: number; figures: number } }> {
  await editableFollowUp(ctx.db, ctx, id);
  if (!file) throw validationError([{ field: 'file', message: 'välj en CSV- eller XLSX-fil' }]);
  // Read and checked in a worker: a hostile file never holds up other requests.
  const { kind, check } = await readFollowUpSheet(file.name, file.bytes);
  if (!check.ok) {
    // A sheet that is not a follow-up at all may have thousands of problems: the first hundred say enough.
    const shown = check.errors.slice(0, MAX_PROBLEMS).map((e) => ({ field: 'file', message: problemText(e) }));
    const more = check.errors.length - shown.length;
    if (more > 0) shown.push({ field: 'file', message: `… och ${more} fel till; rätta de första och försök igen` });
    throw validationError(shown);
  }
  return ctx.db.transaction(async (tx) => {
    const row = await lockForEdit(ctx, tx, id, version);
    await tx.delete(t.followUpValues).where(and(eq(t.followUpValues.bodyId, ctx.actor.bodyId), eq(t.followUpValues.followUpId, row.id)));
    const values = Object.entries(check.values).flatMap(([line, measures]) =>
      Object.entries(measures).map(([measure, amountKr]) => ({ bodyId: ctx.actor.bodyId, followUpId: row.id, line: line as Line, measure: measure as Measure, amountKr })));
    if (values.length) await tx.insert(t.followUpValues).values(values);
    await touch(tx, ctx, row.id);
    await recordAudit(tx, {
      bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'follow_up.import', entityType: 'follow_up', entityId: row.id,
      details: { format: kind, lines: check.lines, figures: check.figures },
    });
    return { ...(await loadFollowUp(tx, ctx, row.id)), imported: { lines: check.lines, figures: check.figures } };
  });
}
