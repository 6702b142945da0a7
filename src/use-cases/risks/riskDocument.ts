/**
 * The generated document of a risk analysis: the definitions, "Del 1. Riskanalys" (risk matrix and risks) and
 * "Del 2. Uppföljning internkontrollplan" with the chosen tertial's comments, as one PDF. Previewed as is, or
 * registered as the next document of a case the user picks (in the same transaction as its audit event).
 */
import { and, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Executor } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { AppError, notFound, validationError, type FieldError } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import { isTertial, type Tertial } from '../../domain/internalControl.ts';
import { renderRiskDocumentPdf, riskDocumentTitle } from '../../documents/renderRisks.ts';
import { canEditRegister, canReadRegisters } from '../../policies/registers.ts';
import { canRegister } from '../../policies/registry.ts';
import { registerGeneratedDocument } from '../generatedDocument.ts';
import type { Ctx } from '../context.ts';
import { forbiddenEdit } from './analyses.ts';
import { loadAnalysisView } from './view.ts';

function tertialOf(value: unknown, errors: FieldError[]): Tertial {
  const n = typeof value === 'string' ? Number(value) : value;
  if (!isTertial(n)) errors.push({ field: 'tertial', message: 'välj tertial 1, 2 eller 3' });
  return n as Tertial;
}

async function municipality(ex: Executor, bodyId: string): Promise<string> {
  const [body] = await ex.select({ name: t.bodies.name }).from(t.bodies).where(eq(t.bodies.id, bodyId));
  return body?.name ?? '';
}

export async function previewRiskDocument(ctx: Ctx, id: string, query: { tertial?: unknown }): Promise<{ pdf: Buffer; fileName: string }> {
  if (!canReadRegisters(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att läsa registren.');
  const errors: FieldError[] = [];
  const tertial = tertialOf(query.tertial ?? 1, errors);
  if (errors.length) throw validationError(errors);
  const view = await loadAnalysisView(ctx.db, ctx.actor.bodyId, id);
  if (!view) throw notFound('Riskanalysen');
  const { pdf } = await renderRiskDocumentPdf(view, tertial, await municipality(ctx.db, ctx.actor.bodyId));
  return { pdf, fileName: `riskanalys-${view.organCode}-${view.year}-T${tertial}.pdf` };
}

export async function generateRiskDocument(ctx: Ctx, id: string, input: Record<string, unknown>): Promise<{ documentId: string; number: string; caseId: string; description: string }> {
  const errors: FieldError[] = [];
  const tertial = tertialOf(input.tertial, errors);
  if (!isUuid(input.caseId)) errors.push({ field: 'caseId', message: 'välj ärende' });
  if (errors.length) throw validationError(errors);
  if (!canRegister(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att registrera handlingar.');
  return ctx.db.transaction(async (tx) => {
    const view = await loadAnalysisView(tx, ctx.actor.bodyId, id);
    if (!view) throw notFound('Riskanalysen');
    if (!canEditRegister(ctx.actor, view.organId)) throw forbiddenEdit();
    const [kase] = await tx.select({ id: t.cases.id, number: t.cases.number, status: t.cases.status }).from(t.cases)
      .where(and(eq(t.cases.id, input.caseId as string), eq(t.cases.bodyId, ctx.actor.bodyId)));
    if (!kase) throw validationError([{ field: 'caseId', message: 'ärendet finns inte' }]);
    if (kase.status === 'closed') throw validationError([{ field: 'caseId', message: `ärendet ${kase.number} är avslutat` }]);
    const { pdf } = await renderRiskDocumentPdf(view, tertial, await municipality(tx, ctx.actor.bodyId));
    const description = riskDocumentTitle(view, tertial);
    const doc = await registerGeneratedDocument(ctx, tx, { caseId: kase.id, kind: 'annex', description, pdf });
    await recordAudit(tx, {
      bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'risk_analysis.generate', entityType: 'risk_analysis', entityId: view.id, caseId: kase.id,
      details: { number: doc.number, tertial, sha256: doc.sha256, risks: view.riskCount },
    });
    return { documentId: doc.id, number: doc.number, caseId: kase.id, description };
  });
}
