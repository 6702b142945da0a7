/**
 * Demo data of the finance register, reproduced from the reference meeting book, and its loader: Kommunstyrelsen's
 * follow-up January–April 2024 (figures in kronor, staff key figures, the report's prose), and the annex
 * KS-2024/00482-2 generated from the register as it stands.
 */
import * as t from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import type { Services } from '../../use-cases/context.ts';
import { renderFollowUpPdf } from '../../documents/renderFollowUp.ts';
import { documentOf, loadFollowUp } from '../../use-cases/finance/view.ts';
import type { Line, Measure } from '../../domain/finance.ts';
import { attachPdf, type DemoRegisterIds } from './index.ts';
import { ksFollowUpJanApr2024 as followUp } from './financeData.ts';

export const generatedDocuments: readonly string[] = [followUp.documentNumber];

export async function load(tx: Tx, services: Services, ids: DemoRegisterIds): Promise<void> {
  const organId = ids.organId.get(followUp.organCode);
  if (!organId) throw new Error(`The demo has no organ ${followUp.organCode}.`);
  const { bodyId } = ids;
  const [row] = await tx.insert(t.followUps).values({
    bodyId, organId, year: followUp.year, tertial: followUp.tertial, title: followUp.title,
    staffText: followUp.staffText, economyText: followUp.economyText, investmentText: followUp.investmentText,
  }).returning({ id: t.followUps.id });
  const values = Object.entries(followUp.values).flatMap(([line, measures]) =>
    Object.entries(measures).map(([measure, amountKr]) => ({ bodyId, followUpId: row!.id, line: line as Line, measure: measure as Measure, amountKr })));
  await tx.insert(t.followUpValues).values(values);
  await tx.insert(t.staffKpis).values(followUp.kpis.map((k, position) => ({
    bodyId, followUpId: row!.id, position, measure: k.measure, decimals: k.decimals,
    targetTenths: k.tenths.target, womenTenths: k.tenths.women, menTenths: k.tenths.men, totalTenths: k.tenths.total,
    previousWomenTenths: k.tenths.previousWomen, previousMenTenths: k.tenths.previousMen, previousTotalTenths: k.tenths.previousTotal,
  })));
  // The annex is rendered from what the register now holds, read as the finance office reads it.
  const ctx = {
    ...services,
    actor: { userId: ids.userId.get('ekonomi') ?? '', bodyId, roles: ['case_officer'] as const, protectedDataAccess: false, organAccess: new Map([[organId, { secret: false }]]) },
  };
  const view = await loadFollowUp(tx, ctx, row!.id);
  const { pdf } = await renderFollowUpPdf(await documentOf(tx, ctx, view), 'pdf-a');
  await attachPdf(tx, services, ids, followUp.documentNumber, pdf);
}
