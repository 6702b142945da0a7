/**
 * Demo data of the grants register, reproduced from the reference meeting book, and its loader (runs after the
 * appropriations demo). The climate round of § 182 with its five applications (Cirkulära Västerbotten linked to
 * its earlier firm commitment, the four others recommended for a grant with proposed commitments), Miljöskjutsen
 * 2024 of § 183 decided by delegation 2024-05-16, and the NSSO co-financing request of § 181 with its project
 * budget and Umeå kommun's share proposed against "Kommunstyrelsens anslag för tillväxt" on its condition.
 *
 * Applications continue their case's numbering as registry entries without files (the meeting book takes every
 * document of a case that has a file). The compilations KS-2024/00456-2 and KS-2024/00457-2 and the official
 * reports of § 181 and § 182 (with their frozen "Kvarvarande medel" tables) are generated from the registers.
 */
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import * as t from '../../db/schema/index.ts';
import { nextDocumentSeq } from '../../db/repositories/numbers.ts';
import { recordDefaultPublication } from '../../db/repositories/webPublications.ts';
import { formatDocumentNumber } from '../../domain/numbering.ts';
import type { RemainingFundsTable, ReportContent } from '../../domain/officialReport.ts';
import type { Actor } from '../../policies/actor.ts';
import type { Services } from '../../use-cases/context.ts';
import { freezeRegisterTables, setProposedCommitment } from '../../use-cases/appropriations/commitments.ts';
import { renderRoundCompilation } from '../../use-cases/grants/compilation.ts';
import { renderReportPdf } from '../../documents/renderReport.ts';
import { officialReports } from '../reports.ts';
import { attachPdf, type DemoRegisterIds } from './index.ts';
import { demoRounds, type DemoApplication, type DemoRound } from './grantsData.ts';

/** The official reports this part renders, with the remaining-funds table each carries. */
const reportTables: { number: string; round: DemoRound; title: string; asOf: string }[] = [
  { number: 'KS-2024/00361-2', round: demoRounds[2]!, title: 'Kvarvarande medel i tillväxtanslaget', asOf: '2024-04-29' },
  { number: 'KS-2024/00456-1', round: demoRounds[0]!, title: 'Kvarvarande medel i utvecklingsanslaget Klimatneutralitet', asOf: '2024-05-14' },
];

export const generatedDocuments: readonly string[] = [
  ...demoRounds.map((r) => r.compilationNumber).filter((n): n is string => n !== null),
  ...reportTables.map((r) => r.number),
];

const yearsOf = (r: Record<number, number>) => Object.entries(r).map(([year, kr]) => ({ year: Number(year), kr }));

async function appropriationId(tx: Tx, bodyId: string, name: string | null): Promise<string | null> {
  if (!name) return null;
  const [row] = await tx.select({ id: t.appropriations.id }).from(t.appropriations).where(and(eq(t.appropriations.bodyId, bodyId), eq(t.appropriations.name, name)));
  if (!row) throw new Error(`The demo has no appropriation ${name}.`);
  return row.id;
}

async function registerEntry(tx: Tx, ids: DemoRegisterIds, caseId: string, roundId: string, a: DemoApplication, createdBy: string | null): Promise<string> {
  const { seq, caseNumber, registryId } = await nextDocumentSeq(tx, caseId);
  const [registry] = await tx.select({ format: t.registries.documentNumberFormat }).from(t.registries).where(eq(t.registries.id, registryId));
  const description = `Ansökan: ${a.projectTitle}`.slice(0, 500);
  const number = formatDocumentNumber(registry!.format, caseNumber, seq);
  const [doc] = await tx.insert(t.documents).values({
    bodyId: ids.bodyId, caseId, seq, number, kind: 'letter', direction: 'incoming', registeredDate: a.registeredDate, description, publicDescription: description,
    counterpartyName: a.applicantName, counterpartyOrganisation: a.applicantKind === 'private_individual' ? null : a.applicantName, counterpartyEmail: a.applicantEmail ?? null,
    details: { grantRoundId: roundId, grantApplication: true }, createdBy,
  }).returning({ id: t.documents.id });
  ids.documentId.set(number, doc!.id);
  await recordDefaultPublication(tx, { bodyId: ids.bodyId, documentId: doc!.id, kind: 'letter', direction: 'incoming', secret: false, counterpartyName: a.applicantName, counterpartyOrganisation: a.applicantKind === 'private_individual' ? null : a.applicantName, counterpartyProtected: false, actorId: createdBy });
  return doc!.id;
}

async function loadRound(tx: Tx, services: Services, ids: DemoRegisterIds, r: DemoRound, actor: Actor): Promise<string> {
  const bodyId = ids.bodyId;
  const caseId = ids.caseId.get(r.caseNumber);
  const organId = ids.organId.get(r.organCode);
  if (!caseId || !organId) throw new Error(`The demo has no case ${r.caseNumber} or organ ${r.organCode}.`);
  const fundId = await appropriationId(tx, bodyId, r.appropriationName);
  const [round] = await tx.insert(t.grantRounds).values({
    bodyId, organId, caseId, appropriationId: fundId, name: r.name, intro: r.intro, criteria: r.criteria, opensOn: r.opensOn, closesOn: r.closesOn,
    decidedBy: r.delegation ? 'delegation' : 'organ', delegateName: r.delegation?.delegateName ?? null, delegationDecidedOn: r.delegation?.decidedOn ?? null,
    layout: r.layout, documentOwner: r.documentOwner, createdBy: actor.userId || null,
  }).returning({ id: t.grantRounds.id });
  const ctx = { ...services, actor };
  for (const [i, a] of r.applications.entries()) {
    const appCaseId = a.caseNumber ? ids.caseId.get(a.caseNumber)! : caseId;
    const documentId = a.documentNumber ? ids.documentId.get(a.documentNumber)! : a.decidedEarlier ? null : await registerEntry(tx, ids, appCaseId, round!.id, a, actor.userId || null);
    const decided = a.decidedEarlier ?? (r.delegation ? { reference: r.delegation.delegateName, decidedOn: r.delegation.decidedOn } : null);
    let commitmentId: string | null = null;
    if (a.decidedEarlier && fundId) {
      const [c] = await tx.select({ id: t.appropriationCommitments.id }).from(t.appropriationCommitments)
        .where(and(eq(t.appropriationCommitments.appropriationId, fundId), eq(t.appropriationCommitments.reference, a.decidedEarlier.reference)));
      commitmentId = c?.id ?? null;
    }
    const [app] = await tx.insert(t.grantApplications).values({
      bodyId, roundId: round!.id, caseId: appCaseId, documentId, position: i + 1, externalRef: a.externalRef, applicantKind: a.applicantKind,
      applicantName: a.applicantName, applicantEmail: a.applicantEmail ?? null, projectTitle: a.projectTitle, projectDescription: a.projectDescription,
      totalCostKr: a.totalCostKr, recommendation: a.granted ? 'grant' : 'reject', motivation: a.motivation, conditions: a.conditions ?? null,
      state: decided ? 'decided' : 'recommended', outcome: decided ? (a.granted ? 'granted' : 'rejected') : null, decidedOn: decided?.decidedOn ?? null,
      decisionRef: decided?.reference ?? null, decidedEarlier: Boolean(a.decidedEarlier), commitmentId, projectBudget: a.projectBudget ?? null, createdBy: actor.userId || null,
    }).returning({ id: t.grantApplications.id });
    await tx.insert(t.grantApplicationYears).values(yearsOf(a.applied).map((y) => ({ bodyId, applicationId: app!.id, year: y.year, appliedKr: y.kr, grantedKr: a.granted?.[y.year] ?? null })));
    if (r.delegation) {
      // Decided 2024-05-16: the associations were told by letter then.
      await tx.insert(t.grantNotifications).values({ bodyId, applicationId: app!.id, channel: 'letter', outcome: a.granted ? 'granted' : 'rejected', decisionRef: r.delegation.delegateName, sentAt: new Date(`${r.delegation.decidedOn}T12:00:00Z`), delivered: 'letter' });
    } else if (fundId && a.granted && !a.decidedEarlier) {
      await setProposedCommitment(ctx, tx, { kind: 'grant_application', id: app!.id }, {
        appropriationId: fundId, caseId: appCaseId, recipient: a.applicantName, purpose: a.projectTitle, conditions: a.conditions ?? null,
        amounts: yearsOf(a.granted).map((y) => ({ year: y.year, amountKr: y.kr })),
      });
    }
  }
  return round!.id;
}

export async function load(tx: Tx, services: Services, ids: DemoRegisterIds): Promise<void> {
  const userId = ids.userId.get('strateg') ?? '';
  const actor: Actor = { userId, bodyId: ids.bodyId, roles: ['case_officer'], protectedDataAccess: false, organAccess: new Map() };
  const roundIds = new Map<DemoRound, string>();
  for (const r of demoRounds) roundIds.set(r, await loadRound(tx, services, ids, r, actor));

  for (const r of demoRounds) {
    if (!r.compilationNumber) continue;
    const [round] = await tx.select().from(t.grantRounds).where(eq(t.grantRounds.id, roundIds.get(r)!));
    const date = r.delegation?.decidedOn ?? '2024-05-14';
    const pdf = await renderRoundCompilation(tx, ids.bodyId, round!, { number: r.compilationNumber, date, variant: 'public', title: r.compilationTitle });
    await attachPdf(tx, services, ids, r.compilationNumber, pdf);
    await tx.update(t.documents).set({ details: { grantRoundId: round!.id } }).where(eq(t.documents.id, ids.documentId.get(r.compilationNumber)!));
  }

  const [body] = await tx.select({ name: t.bodies.name }).from(t.bodies).where(eq(t.bodies.id, ids.bodyId));
  for (const rt of reportTables) {
    const content = officialReports[rt.number]!;
    const caseId = ids.caseId.get(rt.round.caseNumber)!;
    const fundId = (await appropriationId(tx, ids.bodyId, rt.round.appropriationName))!;
    const table: RemainingFundsTable = { kind: 'remaining_funds', appropriationId: fundId, title: rt.title, asOf: rt.asOf, years: [2024, 2025, 2026], afterProposal: true };
    const frozen: ReportContent = await freezeRegisterTables(tx, ids.bodyId, caseId, { ...content, registerTables: [table] });
    const [organ] = await tx.select({ name: t.organs.name }).from(t.organs).where(eq(t.organs.id, ids.organId.get(rt.round.organCode)!));
    const { pdf } = await renderReportPdf(frozen, { municipality: body?.name ?? '', organName: organ?.name ?? '', caseNumber: rt.round.caseNumber, basisNumbers: new Map() });
    await attachPdf(tx, services, ids, rt.number, pdf);
  }
}
