/**
 * Putting the propositions of an item in order (R-MEET-4) and settling each: by the chair's finding
 * ("ordföranden finner att …", stored as an `acclamation`) or by a vote (R-MEET-5/6) — a roll-call of the
 * serving members or a secret ballot's tally. The proposition settled is always the procedure's next one.
 */
import { randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { ConductView } from '../../db/repositories/conduct.ts';
import { countVote, type Ballot, type Result, type Tally } from '../../domain/voting.ts';
import { quorumProblem } from '../../domain/decision.ts';
import { AppError, validationError } from '../../domain/errors.ts';
import { done, guardWrite, itemOf, nameIn } from './guard.ts';
import type { Ctx } from '../context.ts';

type Settle = { kind: 'acclamation'; result: unknown } | { kind: 'open' | 'secret'; ballots?: unknown; tally?: unknown; lot?: unknown };

async function settle(ctx: Ctx, meetingId: string, itemId: string, version: unknown, input: Settle): Promise<ConductView> {
  return ctx.db.transaction(async (tx) => {
    const view = await guardWrite(ctx, tx, meetingId, { version, versionRequired: true });
    const item = itemOf(view, itemId);
    if (item.decision) throw new AppError('conflict', `§ ${item.paragraphLabel} är redan beslutad.`);
    const next = item.procedure.next;
    if (!next) throw new AppError('conflict', item.proposals.some((p) => !p.withdrawn) ? `Alla propositioner i § ${item.paragraphLabel} är redan ställda.` : `§ ${item.paragraphLabel} har inga yrkanden att ställa proposition på.`);
    const quorum = quorumProblem(item.attendance, nameIn(view));
    if (quorum) throw new AppError('conflict', quorum);
    let result: Result;
    let tally: (Tally & { result: Result }) | { result: Result };
    let ballots: Record<string, Ballot> = {};
    let tieBreak: 'chair' | 'lottery' | null = null;
    if (input.kind === 'acclamation') {
      if (input.result !== 'yes' && input.result !== 'no') throw validationError([{ field: 'result', message: 'måste vara yes eller no' }]);
      result = input.result;
      tally = { result };
    } else {
      if (input.kind === 'open' && !Array.isArray(input.ballots)) throw validationError([{ field: 'ballots', message: 'ange en röst per tjänstgörande ledamot' }]);
      if (input.lot !== undefined && input.lot !== 'yes' && input.lot !== 'no') throw validationError([{ field: 'lot', message: 'måste vara yes eller no (utfallet av lottningen)' }]);
      const list = Array.isArray(input.ballots) ? input.ballots.map((b: { personId?: unknown; vote?: unknown }) => ({ personId: String(b?.personId), vote: b?.vote as Ballot })) : [];
      const counted = countVote({
        kind: input.kind, stage: next.stage, organKind: view.meeting.organKind, serving: item.attendance.serving.map((s) => s.personId),
        chairPersonId: view.conduct!.chairPersonId, ballots: list, tally: input.tally as Tally | undefined, formalUsedBefore: item.formalUsedBefore,
        // A lot drawn in the room is recorded as drawn; otherwise the system draws it.
        random: () => (input.lot === 'yes' ? 0 : input.lot === 'no' ? 0.99 : randomInt(1_000_000) / 1_000_000),
      });
      if (!counted.ok) {
        const name = nameIn(view);
        throw validationError(counted.errors.map((e) => {
          const m = /^ballots\[(\d+)\]\.personId$/.exec(e.field);
          const who = m ? list[Number(m[1])]?.personId : undefined;
          return who ? { field: e.field, message: `${name(who)}: ${e.message}` } : e;
        }));
      }
      result = counted.value.result;
      tieBreak = counted.value.tieBreak;
      tally = { ...counted.value.tally, result };
      ballots = Object.fromEntries(list.map((b) => [b.personId, b.vote]));
    }
    const no = next.no ?? next.yes; // the same id on both sides: no means "not this proposal"
    await tx.insert(t.votes).values({
      bodyId: ctx.actor.bodyId, agendaItemId: item.id, position: item.votes.length, kind: input.kind, stage: next.stage, yesProposalId: next.yes, noProposalId: no,
      ballots, tally, tieBreak, winnerProposalId: result === 'yes' ? next.yes : no, recordedAt: ctx.clock.now(),
    });
    return done(ctx, tx, meetingId, input.kind === 'acclamation' ? 'proposition' : 'vote', { itemId: item.id, stage: next.stage, kind: input.kind, result, tieBreak }, item.caseId);
  });
}

/** The chair's finding on the next proposition, without a vote. */
export const putProposition = (ctx: Ctx, meetingId: string, itemId: string, raw: Record<string, unknown>) =>
  settle(ctx, meetingId, itemId, raw.version, { kind: 'acclamation', result: raw.result });

/** A vote on the next proposition: `open` with `ballots`, `secret` (elections, appointments) with `tally`. */
export function recordVote(ctx: Ctx, meetingId: string, itemId: string, raw: Record<string, unknown>) {
  if (raw.kind !== 'open' && raw.kind !== 'secret') throw validationError([{ field: 'kind', message: 'måste vara open eller secret' }]);
  return settle(ctx, meetingId, itemId, raw.version, { kind: raw.kind, ballots: raw.ballots, tally: raw.tally, lot: raw.lot });
}

/** Undoes the last settled proposition of an undecided item (a mistake in recording). */
export async function undoProposition(ctx: Ctx, meetingId: string, itemId: string, raw: Record<string, unknown>): Promise<ConductView> {
  return ctx.db.transaction(async (tx) => {
    const view = await guardWrite(ctx, tx, meetingId, { version: raw.version, versionRequired: true });
    const item = itemOf(view, itemId);
    if (item.decision) throw new AppError('conflict', `§ ${item.paragraphLabel} är redan beslutad.`);
    const last = item.votes.at(-1);
    if (!last) throw new AppError('conflict', 'Det finns ingen ställd proposition att ångra.');
    await tx.delete(t.votes).where(and(eq(t.votes.id, last.id), eq(t.votes.agendaItemId, item.id)));
    return done(ctx, tx, meetingId, 'proposition_undo', { itemId: item.id, stage: last.stage, kind: last.kind }, item.caseId);
  });
}
