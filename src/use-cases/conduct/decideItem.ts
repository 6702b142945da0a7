/**
 * Deciding an item: only with a quorum on the item (R-MEET-1) and once every proposition is settled (R-MEET-4).
 * The clauses default to what the procedure adopted on the official report's proposal; they stay editable. The
 * decision records its procedure as the minutes print it, the outcome (an organ's own decision, a case
 * prepared for another organ — which opens that organ's consultation — or noted information), immediate
 * adjustment (R-JUST-2) and the distribution list (R-MIN-3).
 */
import { and, desc, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Executor } from '../../db/client.ts';
import type { ConductItem, ConductView } from '../../db/repositories/conduct.ts';
import { checkDecision, clausesFor, defaultOutcome, propositionText, quorumProblem, reportClauses, type Outcome } from '../../domain/decision.ts';
import type { ReportContent } from '../../domain/officialReport.ts';
import { AppError, validationError, type FieldError } from '../../domain/errors.ts';
import { done, guardWrite, itemOf, nameIn } from './guard.ts';
import { dropWaitingConsultation, openNextConsultation } from './caseFlow.ts';
import type { Ctx } from '../context.ts';
import { afterDecision } from './afterDecision.ts';
import { notifyAfterDecision } from '../grants/notifications.ts';

/** The case's official report: the newest finalised one (else the newest draft), preferring one for this organ. */
async function reportOf(ex: Executor, caseId: string | null, organId: string): Promise<ReportContent | null> {
  if (!caseId) return null;
  const rows = await ex.select({ organId: t.officialReports.organId, state: t.officialReports.state, content: t.officialReportVersions.content }).from(t.officialReports)
    .innerJoin(t.officialReportVersions, and(eq(t.officialReportVersions.reportId, t.officialReports.id), eq(t.officialReportVersions.version, t.officialReports.currentVersion)))
    .where(eq(t.officialReports.caseId, caseId)).orderBy(desc(t.officialReports.createdAt));
  const rank = (r: (typeof rows)[number]) => (r.state === 'final' ? 0 : 2) + (r.organId === organId ? 0 : 1);
  const best = [...rows].sort((a, b) => rank(a) - rank(b))[0];
  return (best?.content as ReportContent | undefined) ?? null;
}

/** The clauses and outcome the screen offers before the secretary edits them. */
export async function suggestedDecision(ex: Executor, view: ConductView, item: ConductItem): Promise<{ clauses: string[]; outcome: Outcome; toOrganId: string | null }> {
  const report = await reportOf(ex, item.caseId, view.meeting.organId);
  const outcome: Outcome = item.procedure.formal ? 'final' : defaultOutcome(item.kind);
  const fromReport = reportClauses(report, outcome);
  const byId = (id: string | null) => {
    const p = id ? item.proposals.find((x) => x.id === id) : undefined;
    return p ? { kind: p.kind, text: p.text, fromReport: p.personId === null } : null;
  };
  const clauses = clausesFor(byId(item.procedure.formal), byId(item.procedure.adopted), item.procedure.additions.map((a) => byId(a)!), fromReport, item.procedure.rejected);
  let toOrganId: string | null = null;
  if (outcome === 'to_organ') {
    const [organ] = await ex.select({ parentId: t.organs.parentId }).from(t.organs).where(eq(t.organs.id, view.meeting.organId));
    toOrganId = organ?.parentId ?? null;
  }
  return { clauses, outcome, toOrganId };
}

export async function decideItem(ctx: Ctx, meetingId: string, itemId: string, raw: Record<string, unknown>): Promise<ConductView> {
  const view = await decideInTransaction(ctx, meetingId, itemId, raw);
  // After the commit: grant applicants the decision decided are told at once (never failing the decision).
  const caseId = view.items.find((i) => i.id === itemId)?.caseId;
  if (caseId) await notifyAfterDecision(ctx, caseId);
  return view;
}

async function decideInTransaction(ctx: Ctx, meetingId: string, itemId: string, raw: Record<string, unknown>): Promise<ConductView> {
  return ctx.db.transaction(async (tx) => {
    const view = await guardWrite(ctx, tx, meetingId, { version: raw.version, versionRequired: true });
    const item = itemOf(view, itemId);
    const quorum = quorumProblem(item.attendance, nameIn(view));
    if (quorum) throw new AppError('conflict', `§ ${item.paragraphLabel} kan inte beslutas. ${quorum}`);
    if (item.procedure.next) throw new AppError('conflict', `Propositionsordningen i § ${item.paragraphLabel} är inte klar; nästa proposition: ${item.procedure.next.question}`);
    const suggested = await suggestedDecision(tx, view, item);
    const errors: FieldError[] = [];
    const input = checkDecision({
      ...raw, clauses: raw.clauses ?? suggested.clauses, outcome: raw.outcome ?? suggested.outcome,
      toOrganId: raw.toOrganId !== undefined ? raw.toOrganId : (raw.outcome ?? suggested.outcome) === 'to_organ' ? suggested.toOrganId : undefined,
    }, view.meeting.organId, errors);
    if (input.toOrganId) {
      const [organ] = await tx.select({ id: t.organs.id }).from(t.organs).where(and(eq(t.organs.id, input.toOrganId), eq(t.organs.bodyId, ctx.actor.bodyId)));
      if (!organ) errors.push({ field: 'toOrganId', message: 'organet finns inte' });
    }
    if (input.outcome === 'to_organ' && !item.caseId) errors.push({ field: 'outcome', message: 'ärendepunkten har inget ärende som kan gå vidare' });
    if (errors.length) throw validationError(errors);

    const label = (id: string | null) => item.proposals.find((p) => p.id === id)?.label ?? null;
    const procedure = item.procedure.steps.map((step, i) => {
      const vote = item.votes[i] ?? null;
      return { stage: step.stage, question: step.question, result: step.result, text: propositionText({ ...step, winnerLabel: label(step.winner), yesLabel: label(step.yes) ?? '' }, vote) };
    });
    const winner = item.procedure.formal ?? item.procedure.adopted;
    const values = {
      clauses: input.clauses, procedure, summary: input.summary, outcome: input.outcome, toOrganId: input.toOrganId, immediateAdjustment: input.immediateAdjustment,
      distribution: input.distribution, winnerProposalId: winner, decidedAt: ctx.clock.now(),
    };
    if (item.decision) {
      if (raw.decisionVersion !== item.decision.version) {
        throw new AppError('conflict', `§ ${item.paragraphLabel} är redan beslutad (version ${item.decision.version}); ange decisionVersion för att ändra beslutet.`);
      }
      if (item.caseId && item.decision.toOrganId && item.decision.toOrganId !== input.toOrganId) await dropWaitingConsultation(tx, item.caseId, item.decision.toOrganId);
      await tx.update(t.itemDecisions).set({ ...values, version: item.decision.version + 1 }).where(eq(t.itemDecisions.agendaItemId, item.id));
    } else {
      await tx.insert(t.itemDecisions).values({ agendaItemId: item.id, bodyId: ctx.actor.bodyId, meetingId, ...values });
    }
    if (input.outcome === 'to_organ' && item.caseId && input.toOrganId) await openNextConsultation(tx, ctx.actor.bodyId, item.caseId, input.toOrganId);
    const winning = item.proposals.find((p) => p.id === winner);
    await afterDecision(ctx, tx, {
      meetingId, organId: view.meeting.organId, agendaItemId: item.id, caseId: item.caseId, paragraph: item.paragraphLabel, decidedOn: view.meeting.date,
      outcome: input.outcome, reportProposalAdopted: !item.procedure.formal && (winning ? winning.personId === null : true), clauses: input.clauses,
    });
    return done(ctx, tx, meetingId, 'decide', { itemId: item.id, outcome: input.outcome, toOrganId: input.toOrganId, immediateAdjustment: input.immediateAdjustment }, item.caseId);
  });
}
