/**
 * Commitments against appropriations as other registers use them: the proposed commitment a source (a grant
 * application, or a manual proposal) stands for, the remaining funds per year, and the register tables of an
 * official report frozen with their values. The caller owns the transaction and the permission check.
 */
import { and, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { checkCommitment, remainingPerYear, type RemainingRow } from '../../domain/appropriations.ts';
import type { ReportContent } from '../../domain/officialReport.ts';
import { AppError, validationError, type FieldError } from '../../domain/errors.ts';
import { checkText } from '../../domain/text.ts';
import { isUuid } from '../../domain/ids.ts';
import type { Ctx } from '../context.ts';
import { loadAppropriation, writeAmounts } from './load.ts';

export interface CommitmentDraft {
  appropriationId: string;
  caseId: string | null;
  recipient: string;
  purpose?: string | null;
  conditions?: string | null;
  amounts: { year: number; amountKr: number }[];
  overrideReason?: string | null;
}

export type CommitmentSource = { kind: 'grant_application' | 'manual'; id: string };

async function findBySource(tx: Tx, bodyId: string, source: CommitmentSource) {
  const [row] = await tx.select().from(t.appropriationCommitments).where(and(
    eq(t.appropriationCommitments.bodyId, bodyId), eq(t.appropriationCommitments.sourceKind, source.kind), eq(t.appropriationCommitments.sourceId, source.id)));
  return row ?? null;
}

/**
 * Creates, replaces or (draft null) removes the PROPOSED commitment stemming from a source (e.g. a grant
 * application); refuses over-commitment (counting other proposals of the same case too) unless overrideReason.
 * A commitment an organ has already decided is not changed here (409).
 */
export async function setProposedCommitment(ctx: Ctx, tx: Tx, source: CommitmentSource, draft: CommitmentDraft | null): Promise<string | null> {
  const bodyId = ctx.actor.bodyId;
  const existing = await findBySource(tx, bodyId, source);
  if (existing && existing.status !== 'proposed') throw new AppError('conflict', 'Åtagandet är redan beslutat och kan inte ändras som förslag.');
  if (!draft) {
    if (!existing) return null;
    await writeAmounts(tx, bodyId, existing.id, []);
    await tx.delete(t.appropriationCommitments).where(eq(t.appropriationCommitments.id, existing.id));
    await recordAudit(tx, { bodyId, actorId: ctx.actor.userId, action: 'appropriation.commitment.remove', entityType: 'appropriation_commitment', entityId: existing.id, caseId: existing.caseId, details: { source: source.kind, sourceId: source.id } });
    return null;
  }
  const errors: FieldError[] = [];
  if (!isUuid(draft.appropriationId)) throw validationError([{ field: 'appropriationId', message: 'välj anslag' }]);
  if (draft.caseId !== null && !isUuid(draft.caseId)) errors.push({ field: 'caseId', message: 'ogiltigt ärende' });
  const recipient = checkText(draft.recipient, { field: 'recipient', required: true, max: 300 }, errors);
  const purpose = checkText(draft.purpose, { field: 'purpose', max: 1000, multiline: true }, errors) || null;
  const conditions = checkText(draft.conditions, { field: 'conditions', max: 1000, multiline: true }, errors) || null;
  const overrideReason = checkText(draft.overrideReason, { field: 'overrideReason', max: 1000, multiline: true }, errors) || null;
  const appropriation = await loadAppropriation(tx, bodyId, draft.appropriationId, true);
  if (!appropriation) throw validationError([{ field: 'appropriationId', message: 'anslaget finns inte' }]);
  const candidate = { id: existing?.id ?? 'new', caseId: draft.caseId, status: 'proposed' as const, decidedOn: null, releasedOn: null, amounts: draft.amounts };
  const short = checkCommitment(appropriation.years, appropriation.commitments, candidate, overrideReason, errors);
  if (errors.length) throw validationError(errors);
  const values = { appropriationId: appropriation.id, caseId: draft.caseId, recipient, purpose, conditions, overrideReason: short.length ? overrideReason : null };
  let id: string;
  if (existing) {
    await tx.update(t.appropriationCommitments).set({ ...values, version: existing.version + 1, updatedAt: ctx.clock.now() }).where(eq(t.appropriationCommitments.id, existing.id));
    id = existing.id;
  } else {
    const [row] = await tx.insert(t.appropriationCommitments).values({ ...values, bodyId, status: 'proposed', sourceKind: source.kind, sourceId: source.id, createdBy: ctx.actor.userId })
      .returning({ id: t.appropriationCommitments.id });
    id = row!.id;
  }
  await writeAmounts(tx, bodyId, id, draft.amounts);
  await recordAudit(tx, { bodyId, actorId: ctx.actor.userId, action: 'appropriation.commitment.propose', entityType: 'appropriation_commitment', entityId: id, caseId: draft.caseId, details: { appropriationId: appropriation.id, source: source.kind, sourceId: source.id } });
  if (short.length) {
    await recordAudit(tx, { bodyId, actorId: ctx.actor.userId, action: 'appropriation.override', entityType: 'appropriation_commitment', entityId: id, caseId: draft.caseId, details: { appropriationId: appropriation.id, shortfalls: short, reason: overrideReason } });
  }
  return id;
}

/** Remaining funds per year as of a date, optionally after the proposals of one case. */
export async function remainingFunds(ex: Executor, bodyId: string, appropriationId: string, asOf: string, afterProposalsOfCase: string | null = null): Promise<RemainingRow[]> {
  const appropriation = isUuid(appropriationId) ? await loadAppropriation(ex, bodyId, appropriationId) : null;
  if (!appropriation) throw validationError([{ field: 'appropriationId', message: 'anslaget finns inte' }]);
  return remainingPerYear(appropriation.years, appropriation.commitments, asOf, afterProposalsOfCase);
}

/** Computes every register table of an official report's content and returns the content with them frozen. */
export async function freezeRegisterTables(ex: Executor, bodyId: string, caseId: string, content: ReportContent): Promise<ReportContent> {
  if (!content.registerTables?.length) return content;
  const registerTables = [];
  for (const [i, table] of content.registerTables.entries()) {
    const asOf = table.asOf ?? content.date;
    const appropriation = isUuid(table.appropriationId) ? await loadAppropriation(ex, bodyId, table.appropriationId) : null;
    if (!appropriation) throw validationError([{ field: `registerTables[${i}].appropriationId`, message: 'anslaget finns inte' }]);
    const rows = remainingPerYear(appropriation.years, appropriation.commitments, asOf, table.afterProposal ? caseId : null)
      .filter((r) => table.years.length === 0 || table.years.includes(r.year))
      .map((r) => ({ year: r.year, remainingKr: r.remainingKr }));
    registerTables.push({ ...table, frozen: { asOf, rows } });
  }
  return { ...content, registerTables };
}
