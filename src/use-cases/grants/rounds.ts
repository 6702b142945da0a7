/**
 * Grant rounds: list, read, open a new round on a diarium case (optionally drawing on an appropriation of its
 * organ or of an organ above it) and edit its description and criteria. One transaction each, with its audit event.
 */
import { and, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { checkRound } from '../../domain/grants.ts';
import { AppError, validationError, type FieldError } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import type { Tx } from '../../db/client.ts';
import type { Ctx } from '../context.ts';
import { checkVersion, listRoundSummaries, loadRoundView, requireEditor, requireReader, roundOf, type RoundSummary, type RoundView } from './load.ts';

export async function listRounds(ctx: Ctx): Promise<RoundSummary[]> {
  requireReader(ctx);
  return listRoundSummaries(ctx.db, ctx);
}

export async function getRound(ctx: Ctx, id: string): Promise<RoundView> {
  requireReader(ctx);
  return loadRoundView(ctx.db, ctx, await roundOf(ctx.db, ctx, id));
}

/** The organ and the organs above it (an arbetsutskott draws on its board's appropriations). */
async function organAndParents(tx: Tx, organId: string): Promise<string[]> {
  const chain: string[] = [];
  for (let id: string | null = organId; id && !chain.includes(id);) {
    chain.push(id);
    const [row]: { parentId: string | null }[] = await tx.select({ parentId: t.organs.parentId }).from(t.organs).where(eq(t.organs.id, id));
    id = row?.parentId ?? null;
  }
  return chain;
}

async function references(tx: Tx, ctx: Ctx, input: Record<string, unknown>, errors: FieldError[]) {
  const bodyId = ctx.actor.bodyId;
  const [organ] = isUuid(input.organId) ? await tx.select({ id: t.organs.id }).from(t.organs).where(and(eq(t.organs.id, input.organId), eq(t.organs.bodyId, bodyId))) : [];
  if (!organ) errors.push({ field: 'organId', message: 'välj organ' });
  const [kase] = isUuid(input.caseId) ? await tx.select({ id: t.cases.id }).from(t.cases).where(and(eq(t.cases.id, input.caseId), eq(t.cases.bodyId, bodyId))) : [];
  if (!kase) errors.push({ field: 'caseId', message: 'välj ärendet där omgången diarieförs' });
  let appropriationId: string | null = null;
  if (input.appropriationId !== undefined && input.appropriationId !== null && input.appropriationId !== '') {
    const [a] = isUuid(input.appropriationId) ? await tx.select({ id: t.appropriations.id, organId: t.appropriations.organId }).from(t.appropriations).where(and(eq(t.appropriations.id, input.appropriationId), eq(t.appropriations.bodyId, bodyId))) : [];
    if (!a) errors.push({ field: 'appropriationId', message: 'anslaget finns inte' });
    else if (organ && !(await organAndParents(tx, organ.id)).includes(a.organId)) errors.push({ field: 'appropriationId', message: 'anslaget hör inte till organet eller ett organ över det' });
    else appropriationId = a.id;
  }
  return { organId: organ?.id, caseId: kase?.id, appropriationId };
}

export async function createRound(ctx: Ctx, input: Record<string, unknown>): Promise<RoundView> {
  requireReader(ctx);
  const errors: FieldError[] = [];
  const round = checkRound(input, errors);
  return ctx.db.transaction(async (tx) => {
    const refs = await references(tx, ctx, input, errors);
    if (errors.length) throw validationError(errors);
    requireEditor(ctx, refs.organId!);
    const [dup] = await tx.select({ id: t.grantRounds.id }).from(t.grantRounds)
      .where(and(eq(t.grantRounds.bodyId, ctx.actor.bodyId), eq(t.grantRounds.organId, refs.organId!), eq(t.grantRounds.name, round.name)));
    if (dup) throw validationError([{ field: 'name', message: 'organet har redan en omgång med det namnet' }]);
    const [row] = await tx.insert(t.grantRounds).values({
      bodyId: ctx.actor.bodyId, organId: refs.organId!, caseId: refs.caseId!, appropriationId: refs.appropriationId, ...round, createdBy: ctx.actor.userId,
    }).returning();
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'grant.round.create', entityType: 'grant_round', entityId: row!.id, caseId: row!.caseId, details: { appropriationId: refs.appropriationId, decidedBy: round.decidedBy } });
    return loadRoundView(tx, ctx, row!);
  });
}

/** Edits the round's description; its organ and case stay. The appropriation may change while nothing is proposed against it. */
export async function updateRound(ctx: Ctx, id: string, input: Record<string, unknown>): Promise<RoundView> {
  requireReader(ctx);
  return ctx.db.transaction(async (tx) => {
    const current = await roundOf(tx, ctx, id, true);
    requireEditor(ctx, current.organId);
    checkVersion(current.version, input.version);
    const errors: FieldError[] = [];
    const round = checkRound({ ...current, ...input }, errors);
    const refs = await references(tx, ctx, { organId: current.organId, caseId: current.caseId, appropriationId: 'appropriationId' in input ? input.appropriationId : current.appropriationId }, errors);
    if (errors.length) throw validationError(errors);
    if (refs.appropriationId !== current.appropriationId) {
      const [recommended] = await tx.select({ id: t.grantApplications.id }).from(t.grantApplications)
        .where(and(eq(t.grantApplications.roundId, current.id), eq(t.grantApplications.recommendation, 'grant'), eq(t.grantApplications.decidedEarlier, false)));
      if (recommended) throw new AppError('conflict', 'Anslaget kan inte bytas när ansökningar redan föreslås beviljas ur det.');
    }
    const [row] = await tx.update(t.grantRounds).set({ ...round, appropriationId: refs.appropriationId, version: current.version + 1, updatedAt: ctx.clock.now() })
      .where(eq(t.grantRounds.id, current.id)).returning();
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'grant.round.update', entityType: 'grant_round', entityId: current.id, caseId: current.caseId, details: { fields: Object.keys(input).filter((k) => k !== 'version') } });
    return loadRoundView(tx, ctx, row!);
  });
}
