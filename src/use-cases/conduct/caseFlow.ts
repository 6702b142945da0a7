/**
 * A case's way between organs (R-PREP-1): a decision prepared for another organ (KSNAU → KS) opens the next
 * consultation, so the case is ready for that organ's next agenda, and the earlier decisions ("KSNAU § 184/24")
 * are available to the next official report.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { loadCase } from '../../db/repositories/cases.ts';
import { decisionLeadIn, type Outcome } from '../../domain/decision.ts';
import { formatParagraph } from '../../domain/paragraphs.ts';
import type { Ctx } from '../context.ts';

export interface PreviousDecision {
  agendaItemId: string; organId: string; organCode: string; organName: string; meetingDate: string; paragraphLabel: string;
  /** "KSNAU § 184/24" */
  reference: string;
  leadIn: string; clauses: string[]; outcome: Outcome; toOrganName: string | null; decidedAt: string;
}

/** The decisions taken on a case so far, oldest first. */
export async function previousDecisions(ex: Executor, bodyId: string, caseId: string): Promise<PreviousDecision[]> {
  const rows = await ex.select({ d: t.itemDecisions, item: t.agendaItems, meetingDate: t.meetings.date, organ: t.organs })
    .from(t.itemDecisions).innerJoin(t.agendaItems, eq(t.agendaItems.id, t.itemDecisions.agendaItemId)).innerJoin(t.meetings, eq(t.meetings.id, t.itemDecisions.meetingId))
    .innerJoin(t.organs, eq(t.organs.id, t.agendaItems.organId))
    .where(and(eq(t.itemDecisions.bodyId, bodyId), eq(t.agendaItems.caseId, caseId))).orderBy(asc(t.meetings.date), asc(t.itemDecisions.decidedAt));
  const targets = await ex.select({ id: t.organs.id, name: t.organs.name }).from(t.organs).where(eq(t.organs.bodyId, bodyId));
  return rows.map(({ d, item, meetingDate, organ }) => {
    const year = item.paragraphYear ?? Number(meetingDate.slice(0, 4));
    const paragraphLabel = item.paragraph === null ? '' : formatParagraph(item.paragraph, year);
    const toOrganName = targets.find((o) => o.id === d.toOrganId)?.name ?? null;
    return {
      agendaItemId: item.id, organId: organ.id, organCode: organ.code, organName: organ.name, meetingDate, paragraphLabel,
      reference: paragraphLabel ? `${organ.code} § ${paragraphLabel}` : `${organ.code} ${meetingDate}`,
      leadIn: decisionLeadIn(organ.name, d.outcome as Outcome, toOrganName), clauses: d.clauses as string[], outcome: d.outcome as Outcome, toOrganName,
      decidedAt: d.decidedAt.toISOString(),
    };
  });
}

/**
 * Opens the consultation of `organId` for the case (not yet on an agenda), unless one is already waiting.
 * The organ decides (authoritative) when it is the council, or when the official report has it deciding.
 */
export async function openNextConsultation(tx: Tx, bodyId: string, caseId: string, organId: string): Promise<void> {
  const [waiting] = await tx.select({ id: t.consultations.id }).from(t.consultations)
    .where(and(eq(t.consultations.caseId, caseId), eq(t.consultations.organId, organId), isNull(t.consultations.agendaItemId)));
  if (waiting) return;
  const [organ] = await tx.select({ kind: t.organs.kind }).from(t.organs).where(eq(t.organs.id, organId));
  const reports = await tx.select({ organId: t.officialReports.organId, content: t.officialReportVersions.content }).from(t.officialReports)
    .innerJoin(t.officialReportVersions, and(eq(t.officialReportVersions.reportId, t.officialReports.id), eq(t.officialReportVersions.version, t.officialReports.currentVersion)))
    .where(eq(t.officialReports.caseId, caseId));
  const decides = organ?.kind === 'council' || reports.some((r) => r.organId === organId && (r.content as { decision?: string }).decision === 'decides');
  await tx.insert(t.consultations).values({ bodyId, caseId, organId, agendaItemId: null, authoritative: decides, role: decides ? 'decides' : 'prepares' });
}

/** Removes a waiting consultation opened by an earlier version of a decision (the decision was changed). */
export async function dropWaitingConsultation(tx: Tx, caseId: string, organId: string): Promise<void> {
  await tx.delete(t.consultations).where(and(eq(t.consultations.caseId, caseId), eq(t.consultations.organId, organId), isNull(t.consultations.agendaItemId)));
}

export interface ReadyCase { caseId: string; caseNumber: string; title: string; authoritative: boolean; previousDecisions: PreviousDecision[] }

/** Cases waiting for the organ (a consultation not yet on an agenda), with the decisions that sent them. */
export async function readyCasesFor(ctx: Ctx, ex: Executor, organId: string): Promise<ReadyCase[]> {
  const rows = await ex.select({ c: t.consultations }).from(t.consultations)
    .where(and(eq(t.consultations.bodyId, ctx.actor.bodyId), eq(t.consultations.organId, organId), isNull(t.consultations.agendaItemId)));
  const out: ReadyCase[] = [];
  for (const { c } of rows) {
    const found = await loadCase(ex, ctx.actor, c.caseId);
    if (!found || found.status === 'closed') continue;
    out.push({ caseId: found.id, caseNumber: found.number, title: found.title, authoritative: c.authoritative, previousDecisions: await previousDecisions(ex, ctx.actor.bodyId, c.caseId) });
  }
  return out.sort((a, b) => a.caseNumber.localeCompare(b.caseNumber));
}
