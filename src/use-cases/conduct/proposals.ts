/**
 * Proposals (yrkanden) on an item (R-MEET-4): made by a serving member (or, without a mover, the official
 * report's own proposal), withdrawn by the mover's word. Both only before the chair starts putting propositions.
 */
import { and, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { ConductView } from '../../db/repositories/conduct.ts';
import { PROPOSAL_KINDS, type ProposalKind } from '../../domain/voting.ts';
import { checkText } from '../../domain/text.ts';
import { AppError, validationError, type FieldError } from '../../domain/errors.ts';
import { done, guardWrite, itemOf } from './guard.ts';
import type { Ctx } from '../context.ts';

function assertOpenForProposals(item: ReturnType<typeof itemOf>): void {
  if (item.decision) throw new AppError('conflict', `§ ${item.paragraphLabel} är redan beslutad.`);
  if (item.votes.length) throw new AppError('conflict', `Propositionsordningen i § ${item.paragraphLabel} har påbörjats; ångra den först för att ändra yrkandena.`);
}

export async function addProposal(ctx: Ctx, meetingId: string, itemId: string, raw: Record<string, unknown>): Promise<ConductView> {
  return ctx.db.transaction(async (tx) => {
    const view = await guardWrite(ctx, tx, meetingId, { version: raw.version });
    const item = itemOf(view, itemId);
    assertOpenForProposals(item);
    const errors: FieldError[] = [];
    const kind = raw.kind as ProposalKind;
    if (!PROPOSAL_KINDS.includes(kind)) errors.push({ field: 'kind', message: `måste vara en av ${PROPOSAL_KINDS.join(', ')}` });
    const text = checkText(raw.text, { field: 'text', required: true, max: 4000, multiline: true }, errors);
    const serving = new Map(item.attendance.serving.map((s) => [s.personId, s.name]));
    const personId = raw.personId === undefined || raw.personId === null ? null : String(raw.personId);
    if (personId !== null && !serving.has(personId)) errors.push({ field: 'personId', message: 'endast en tjänstgörande ledamot kan yrka i ärendet' });
    if (personId === null && kind !== 'approve') errors.push({ field: 'personId', message: 'ange vem som yrkar (utan yrkande ledamot gäller det bara förslaget till beslut)' });
    const supportersRaw = raw.supporterIds === undefined ? [] : raw.supporterIds;
    if (!Array.isArray(supportersRaw)) errors.push({ field: 'supporterIds', message: 'måste vara en lista' });
    const supporterIds = (Array.isArray(supportersRaw) ? supportersRaw : []).map(String);
    supporterIds.forEach((s, i) => {
      if (!serving.has(s)) errors.push({ field: `supporterIds[${i}]`, message: 'endast tjänstgörande ledamöter kan instämma' });
      else if (s === personId) errors.push({ field: `supporterIds[${i}]`, message: 'den som yrkar kan inte också instämma' });
    });
    if (errors.length) throw validationError(errors);
    const position = Math.max(-1, ...item.proposals.map((p) => p.position)) + 1;
    const [row] = await tx.insert(t.proposals).values({ bodyId: ctx.actor.bodyId, agendaItemId: item.id, position, kind, personId, supporterIds: [...new Set(supporterIds)], text, createdAt: ctx.clock.now() })
      .returning({ id: t.proposals.id });
    return done(ctx, tx, meetingId, 'proposal_add', { itemId: item.id, proposalId: row!.id, kind }, item.caseId);
  });
}

export async function withdrawProposal(ctx: Ctx, meetingId: string, itemId: string, proposalId: string, raw: Record<string, unknown> = {}): Promise<ConductView> {
  return ctx.db.transaction(async (tx) => {
    const view = await guardWrite(ctx, tx, meetingId, { version: raw.version });
    const item = itemOf(view, itemId);
    const proposal = item.proposals.find((p) => p.id === proposalId);
    if (!proposal) throw validationError([{ field: 'proposalId', message: 'yrkandet finns inte i ärendet' }]);
    if (proposal.withdrawn) throw new AppError('conflict', 'Yrkandet är redan återtaget.');
    assertOpenForProposals(item);
    await tx.update(t.proposals).set({ withdrawn: true }).where(and(eq(t.proposals.id, proposal.id), eq(t.proposals.agendaItemId, item.id)));
    return done(ctx, tx, meetingId, 'proposal_withdraw', { itemId: item.id, proposalId: proposal.id }, item.caseId);
  });
}
