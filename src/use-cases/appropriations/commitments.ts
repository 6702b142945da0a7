/**
 * Commitments against appropriations as other registers use them: the proposed commitment a source (a grant
 * application, or a manual proposal) stands for, binding proposals when they are decided (by an organ in a
 * meeting, by delegation or as recorded afterwards) and undoing that, the remaining funds per year, and the
 * register tables of an official report frozen with their values. The caller owns the transaction and the
 * permission check.
 */
import { and, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { checkCommitment, decidedDespiteReason, decidedStatus, remainingPerYear, shortfalls, type RemainingRow } from '../../domain/appropriations.ts';
import type { ReportContent } from '../../domain/officialReport.ts';
import { AppError, validationError, type FieldError } from '../../domain/errors.ts';
import { checkText } from '../../domain/text.ts';
import { isUuid } from '../../domain/ids.ts';
import type { Ctx } from '../context.ts';
import { loadAppropriation, loadCommitments, writeAmounts, type AppropriationRecord, type CommitmentRow } from './load.ts';

export interface CommitmentDraft {
  appropriationId: string;
  caseId: string | null;
  recipient: string;
  purpose?: string | null;
  conditions?: string | null;
  amounts: { year: number; amountKr: number }[];
  overrideReason?: string | null;
  /**
   * A decision binds the proposal in the same transaction (`bindCommitments`): a shortfall is then not refused
   * here — a decision is never blocked — but recorded as an override when it is bound.
   */
  decisionFollows?: boolean;
}

/** The override reason a binding records by itself (a reason given by a person is kept instead). */
const DECIDED_PREFIX = 'Beslutat av ';
const isDecidedReason = (reason: string | null): boolean => reason?.startsWith(DECIDED_PREFIX) ?? false;

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
  const decided = draft.decisionFollows === true;
  const short = checkCommitment(appropriation.years, appropriation.commitments, candidate, decided ? DECIDED_PREFIX : overrideReason, errors);
  if (errors.length) throw validationError(errors);
  const values = { appropriationId: appropriation.id, caseId: draft.caseId, recipient, purpose, conditions, overrideReason: short.length && !decided ? overrideReason : null };
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
  if (short.length && !decided) {
    await recordAudit(tx, { bodyId, actorId: ctx.actor.userId, action: 'appropriation.override', entityType: 'appropriation_commitment', entityId: id, caseId: draft.caseId, details: { appropriationId: appropriation.id, shortfalls: short, reason: overrideReason } });
  }
  return id;
}

/** How a decision binds commitments. */
export interface Binding {
  decidedOn: string;
  /** How the decision is cited on the commitment: "KSNAU § 182/24", "Fritidsbyrån enl. delegationsordning". */
  reference: string;
  /** The agenda item whose decision binds them; null for a decision outside a meeting (delegation, recorded afterwards). */
  agendaItemId: string | null;
  /** Who decided, as an override reason names them: the organ's name or the delegate. */
  deciderName: string;
}

const despiteReason = (b: Binding): string =>
  (b.deciderName === b.reference ? `${DECIDED_PREFIX}${b.deciderName} trots otillräckliga medel` : decidedDespiteReason(b.deciderName, b.reference));

/** The given commitments grouped by appropriation, each appropriation read under its row lock (in id order, so two decisions cannot deadlock). */
async function lockedGroups(ctx: Ctx, tx: Tx, commitmentIds: readonly string[]): Promise<{ record: AppropriationRecord; mine: CommitmentRow[] }[]> {
  const ids = [...new Set(commitmentIds)];
  if (ids.length === 0) return [];
  const bodyId = ctx.actor.bodyId;
  const rows = await loadCommitments(tx, bodyId, { ids });
  const groups = [];
  for (const appropriationId of [...new Set(rows.map((c) => c.appropriationId))].sort()) {
    const record = (await loadAppropriation(tx, bodyId, appropriationId, true))!;
    groups.push({ record, mine: record.commitments.filter((c) => ids.includes(c.id)) });
  }
  return groups;
}

/**
 * A decision makes commitments binding: conditional when they carry conditions, firm otherwise, decided on its
 * date with its reference. Insufficient funds never stop a decision: the shortfall is recorded on the commitment
 * as an override ("Beslutat av … trots otillräckliga medel", unless a person gave a reason) and audited.
 * Binding again with the same decision changes nothing; released commitments are left alone.
 */
export async function bindCommitments(ctx: Ctx, tx: Tx, commitmentIds: readonly string[], binding: Binding): Promise<void> {
  const bodyId = ctx.actor.bodyId;
  for (const { record, mine } of await lockedGroups(ctx, tx, commitmentIds)) {
    let others: CommitmentRow[] = record.commitments;
    for (const c of mine) {
      if (c.status === 'released') continue;
      const status = decidedStatus(c.conditions);
      const decided = { ...c, status, decidedOn: binding.decidedOn };
      const short = shortfalls(record.years, others, decided);
      others = others.map((o) => (o.id === c.id ? decided : o));
      const given = c.overrideReason && !isDecidedReason(c.overrideReason) ? c.overrideReason : null;
      const overrideReason = short.length ? (given ?? despiteReason(binding)) : given;
      if (c.status === status && c.decidedOn === binding.decidedOn && c.reference === binding.reference && c.agendaItemId === binding.agendaItemId && c.overrideReason === overrideReason) continue;
      await tx.update(t.appropriationCommitments).set({
        status, decidedOn: binding.decidedOn, reference: binding.reference, agendaItemId: binding.agendaItemId, overrideReason, version: c.version + 1, updatedAt: ctx.clock.now(),
      }).where(eq(t.appropriationCommitments.id, c.id));
      await recordAudit(tx, { bodyId, actorId: ctx.actor.userId, action: 'appropriation.commitment.decide', entityType: 'appropriation_commitment', entityId: c.id, caseId: c.caseId, details: { appropriationId: record.id, status, agendaItemId: binding.agendaItemId, reference: binding.reference } });
      if (short.length) await recordAudit(tx, { bodyId, actorId: ctx.actor.userId, action: 'appropriation.override', entityType: 'appropriation_commitment', entityId: c.id, caseId: c.caseId, details: { appropriationId: record.id, shortfalls: short, reason: overrideReason } });
    }
  }
}

/** A decision undone: the given commitments that are binding return to proposed (an override the binding recorded goes with it). */
export async function unbindCommitments(ctx: Ctx, tx: Tx, commitmentIds: readonly string[]): Promise<void> {
  const bodyId = ctx.actor.bodyId;
  for (const { record, mine } of await lockedGroups(ctx, tx, commitmentIds)) {
    for (const c of mine) {
      if (c.status !== 'conditional' && c.status !== 'firm') continue;
      const overrideReason = isDecidedReason(c.overrideReason) ? null : c.overrideReason;
      await tx.update(t.appropriationCommitments).set({ status: 'proposed', decidedOn: null, reference: null, agendaItemId: null, overrideReason, version: c.version + 1, updatedAt: ctx.clock.now() })
        .where(eq(t.appropriationCommitments.id, c.id));
      await recordAudit(tx, { bodyId, actorId: ctx.actor.userId, action: 'appropriation.commitment.undecide', entityType: 'appropriation_commitment', entityId: c.id, caseId: c.caseId, details: { appropriationId: record.id, agendaItemId: c.agendaItemId } });
    }
  }
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
