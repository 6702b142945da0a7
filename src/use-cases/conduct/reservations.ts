/**
 * Dissents and protocol notes (R-MEET-7): announced during the meeting by those who may; the written text may
 * be added or changed until the minutes go to signing.
 */
import { and, eq, inArray } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { ConductView } from '../../db/repositories/conduct.ts';
import { reservationProblems, reservationTextProblem, type ReservationKind } from '../../domain/reservations.ts';
import { checkText } from '../../domain/text.ts';
import { AppError, validationError, type FieldError } from '../../domain/errors.ts';
import { done, guardWrite, itemOf, nameIn } from './guard.ts';
import type { Ctx } from '../context.ts';

/** Who voted for the winning side of the vote that settled the item's decision (they may not dissent). */
function votedForWinner(item: ReturnType<typeof itemOf>): string[] {
  const { steps } = item.procedure;
  const winner = item.procedure.formal ?? item.procedure.adopted;
  const index = steps.findLastIndex((s) => s.winner !== null && s.winner === winner);
  const vote = index >= 0 ? item.votes[index] : undefined;
  if (!vote || vote.kind !== 'open') return [];
  return vote.ballots.filter((b) => b.vote === vote.result).map((b) => b.personId);
}

export async function announceReservation(ctx: Ctx, meetingId: string, itemId: string, raw: Record<string, unknown>): Promise<ConductView> {
  return ctx.db.transaction(async (tx) => {
    const view = await guardWrite(ctx, tx, meetingId, { version: raw.version });
    const item = itemOf(view, itemId);
    const errors: FieldError[] = [];
    const text = checkText(raw.text, { field: 'text', max: 8000, multiline: true }, errors) || null;
    if (raw.personIds !== undefined && !Array.isArray(raw.personIds)) errors.push({ field: 'personIds', message: 'måste vara en lista' });
    if (errors.length) throw validationError(errors);
    const personIds = Array.isArray(raw.personIds) ? raw.personIds.map(String) : [];
    const problems = reservationProblems({
      kind: raw.kind as ReservationKind, personIds, serving: item.attendance.serving.map((s) => s.personId), presentNotServing: item.attendance.presentNotServing,
      votedForWinner: votedForWinner(item), closedAt: view.conduct!.closedAt ? new Date(view.conduct!.closedAt) : null, now: ctx.clock.now(),
      chairPermits: raw.chairPermits === true, nameOf: nameIn(view),
    });
    if (problems.length) {
      // After the meeting ended the refusal is about time, not about the input.
      if (problems[0]!.field === 'kind' && view.conduct!.closedAt) throw new AppError('conflict', `${problems[0]!.message}.`);
      throw validationError(problems);
    }
    const [row] = await tx.insert(t.reservations).values({
      bodyId: ctx.actor.bodyId, agendaItemId: item.id, kind: raw.kind as string, personIds, text, announcedAt: ctx.clock.now(), textUpdatedAt: text ? ctx.clock.now() : null,
    }).returning({ id: t.reservations.id });
    return done(ctx, tx, meetingId, 'reservation', { itemId: item.id, reservationId: row!.id, kind: raw.kind }, item.caseId);
  });
}

/** Adds or changes the written motivation, also after the meeting, until the minutes go to signing. */
export async function updateReservationText(ctx: Ctx, meetingId: string, reservationId: string, raw: Record<string, unknown>): Promise<ConductView> {
  return ctx.db.transaction(async (tx) => {
    const view = await guardWrite(ctx, tx, meetingId, { version: raw.version });
    const problem = reservationTextProblem(view.minutes?.state ?? null);
    if (problem) throw new AppError('conflict', problem);
    const item = view.items.find((i) => i.reservations.some((r) => r.id === reservationId));
    if (!item) throw validationError([{ field: 'reservationId', message: 'reservationen finns inte i sammanträdet' }]);
    const errors: FieldError[] = [];
    const text = checkText(raw.text, { field: 'text', required: true, max: 8000, multiline: true }, errors);
    if (errors.length) throw validationError(errors);
    await tx.update(t.reservations).set({ text, textUpdatedAt: ctx.clock.now() })
      .where(and(eq(t.reservations.id, reservationId), inArray(t.reservations.agendaItemId, [item.id])));
    return done(ctx, tx, meetingId, 'reservation_text', { itemId: item.id, reservationId }, item.caseId);
  });
}
