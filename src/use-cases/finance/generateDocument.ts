/**
 * The follow-up report as a PDF: previewed, or registered as the next document (an annex) of a case the user
 * picks, by diarienummer or id. The PDF is rendered from the version the user saw; if the follow-up changed
 * meanwhile, nothing is registered (409).
 */
import { and, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { renderFollowUpPdf } from '../../documents/renderFollowUp.ts';
import { AppError, validationError, type FieldError } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import { checkText } from '../../domain/text.ts';
import { canRegister } from '../../policies/registry.ts';
import { registerGeneratedDocument } from '../generatedDocument.ts';
import type { Ctx } from '../context.ts';
import { editableFollowUp, lockForEdit } from './followUps.ts';
import { documentOf, loadFollowUp } from './view.ts';

export async function followUpPdf(ctx: Ctx, id: string): Promise<{ pdf: Buffer; fileName: string }> {
  const view = await loadFollowUp(ctx.db, ctx, id);
  const { pdf } = await renderFollowUpPdf(await documentOf(ctx.db, ctx, view));
  return { pdf, fileName: `uppfoljning-${view.organCode}-${view.year}-${view.tertial}.pdf` };
}

export async function registerFollowUpDocument(ctx: Ctx, id: string, input: Record<string, unknown>): Promise<{ documentId: string; number: string; caseId: string; caseNumber: string }> {
  const errors: FieldError[] = [];
  if (!Number.isInteger(input.version)) errors.push({ field: 'version', message: 'saknas' });
  const caseRef = checkText(input.caseNumber ?? input.caseId, { field: 'caseNumber', required: true, max: 60 }, errors);
  const description = checkText(input.description, { field: 'description', max: 300 }, errors);
  if (errors.length) throw validationError(errors);
  await editableFollowUp(ctx.db, ctx, id);
  if (!canRegister(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att registrera handlingar.');
  const byId = isUuid(caseRef);
  const number = caseRef.toUpperCase();
  const [target] = await ctx.db.select({ id: t.cases.id, number: t.cases.number, status: t.cases.status }).from(t.cases)
    .where(and(eq(t.cases.bodyId, ctx.actor.bodyId), byId ? eq(t.cases.id, caseRef) : eq(t.cases.number, number)));
  if (!target) throw validationError([{ field: 'caseNumber', message: `ärendet ${caseRef} finns inte` }]);
  if (target.status !== 'open') throw validationError([{ field: 'caseNumber', message: `ärendet ${target.number} är avslutat` }]);

  const view = await loadFollowUp(ctx.db, ctx, id);
  if (view.version !== input.version) throw new AppError('conflict', `Uppföljningen har ändrats av någon annan sedan du öppnade den (version ${view.version}). Läs in den igen.`);
  const { pdf } = await renderFollowUpPdf(await documentOf(ctx.db, ctx, view), 'pdf-a');
  return ctx.db.transaction(async (tx) => {
    await lockForEdit(ctx, tx, id, view.version);
    const doc = await registerGeneratedDocument(ctx, tx, { caseId: target.id, kind: 'annex', description: description || view.title, pdf });
    await recordAudit(tx, {
      bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'follow_up.document', entityType: 'follow_up', entityId: view.id, caseId: target.id,
      details: { document: doc.number, version: view.version },
    });
    return { documentId: doc.id, number: doc.number, caseId: target.id, caseNumber: target.number };
  });
}
