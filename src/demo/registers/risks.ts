/**
 * Demo data of the risks register, reproduced from the reference meeting book, and its loader: Kommunstyrelsen's
 * risk analysis 2024 with its 15 risks, the internal control plan and the T1 comments; the book's "Bilaga 2 – KS
 * uppföljning internkontrollplan jan-april 2024" (KS-2024/00482-3) is generated from the register.
 */
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import * as t from '../../db/schema/index.ts';
import { DEFAULT_CONSEQUENCE_SCALE, DEFAULT_PROBABILITY_SCALE, DEFAULT_THRESHOLDS } from '../../domain/riskAnalysis.ts';
import { renderRiskDocumentPdf } from '../../documents/renderRisks.ts';
import { loadAnalysisView } from '../../use-cases/risks/view.ts';
import type { Services } from '../../use-cases/context.ts';
import { attachPdf, type DemoRegisterIds } from './index.ts';
import { ksRiskAnalysis2024 as analysis } from './risksData.ts';

export const generatedDocuments: readonly string[] = [analysis.documentNumber];

export async function load(tx: Tx, services: Services, ids: DemoRegisterIds): Promise<void> {
  const organId = ids.organId.get(analysis.organCode);
  const userId = ids.userId.get(analysis.keptBy) ?? null;
  if (!organId) throw new Error(`The demo has no organ ${analysis.organCode}.`);
  const [row] = await tx.insert(t.riskAnalyses).values({
    bodyId: ids.bodyId, organId, year: analysis.year, establishedOn: analysis.establishedOn, createdBy: userId,
    probabilityScale: [...DEFAULT_PROBABILITY_SCALE], consequenceScale: [...DEFAULT_CONSEQUENCE_SCALE], thresholds: [...DEFAULT_THRESHOLDS],
  }).returning({ id: t.riskAnalyses.id });
  const analysisId = row!.id;
  for (const r of analysis.risks) {
    const [risk] = await tx.insert(t.risks).values({
      bodyId: ids.bodyId, analysisId, number: r.number, controlArea: r.controlArea, description: r.description, probability: r.probability, consequence: r.consequence,
    }).returning({ id: t.risks.id });
    const [control] = await tx.insert(t.internalControls).values({ bodyId: ids.bodyId, riskId: risk!.id, ...r.control }).returning({ id: t.internalControls.id });
    if (r.t1) {
      await tx.insert(t.internalControlFollowUps).values({
        bodyId: ids.bodyId, controlId: control!.id, tertial: 1, comment: r.t1, unscheduled: r.t1Unscheduled === true, recordedBy: userId, recordedAt: new Date(analysis.t1RecordedAt),
      });
    }
  }
  const view = (await loadAnalysisView(tx, ids.bodyId, analysisId))!;
  const [body] = await tx.select({ name: t.bodies.name }).from(t.bodies).where(eq(t.bodies.id, ids.bodyId));
  const { pdf } = await renderRiskDocumentPdf(view, 1, body?.name ?? '');
  await attachPdf(tx, services, ids, analysis.documentNumber, pdf);
}
