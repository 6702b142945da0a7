/**
 * Attendance during the meeting (R-MEET-2, R-MEET-3): arrivals and departures between items, the secretary's
 * choice of a substitute for a seat, and jäv on an item. Who then serves is computed, never stored; a change
 * that computeAttendance reports as breaking the rules is refused with its explanation.
 */
import { and, eq } from 'drizzle-orm';
import { staffReader } from '../../disclosure/reader.ts';
import * as t from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { loadConduct, type ConductView } from '../../db/repositories/conduct.ts';
import { checkText } from '../../domain/text.ts';
import { AppError, validationError, type FieldError } from '../../domain/errors.ts';
import { done, fromItem, guardWrite, itemOf, nameIn } from './guard.ts';
import type { Ctx } from '../context.ts';

function person(view: ConductView, raw: unknown, field: string) {
  const seat = view.seats.find((s) => s.personId === raw);
  if (!seat) throw validationError([{ field, message: 'personen har ingen plats i organet' }]);
  return seat;
}

/** New problems that a change introduced (compared with the view before it), for the refusal. */
function newProblems(before: ConductView, after: ConductView): ConductView['problems'] {
  const key = (p: ConductView['problems'][number]) => `${p.itemId}|${p.personId}|${p.message}`;
  const old = new Set(before.problems.map(key));
  return after.problems.filter((p) => !old.has(key(p)));
}

async function refuseNewProblems(ctx: Ctx, tx: Tx, before: ConductView, field: string): Promise<void> {
  const after = (await loadConduct(tx, staffReader(ctx.actor), before.meeting.id))!;
  const problems = newProblems(before, after);
  if (problems.length) {
    const label = (itemId: string | null) => (itemId ? `§ ${after.items.find((i) => i.id === itemId)?.paragraphLabel ?? ''}: ` : '');
    throw validationError(problems.map((p) => ({ field, message: `${label(p.itemId)}${p.name}: ${p.message}` })));
  }
}

/** Records that a person arrived or left, taking effect from an item (between items) or from the start. */
export async function recordAttendance(ctx: Ctx, meetingId: string, raw: Record<string, unknown>): Promise<ConductView> {
  return ctx.db.transaction(async (tx) => {
    const view = await guardWrite(ctx, tx, meetingId, { version: raw.version });
    const seat = person(view, raw.personId, 'personId');
    const errors: FieldError[] = [];
    if (raw.kind !== 'arrived' && raw.kind !== 'left') errors.push({ field: 'kind', message: 'måste vara arrived eller left' });
    const note = checkText(raw.note, { field: 'note', max: 300 }, errors) || null;
    if (errors.length) throw validationError(errors);
    const fromItemId = fromItem(view, raw.fromItemId);
    await tx.insert(t.attendanceEvents).values({ bodyId: ctx.actor.bodyId, meetingId, personId: seat.personId, kind: raw.kind as string, fromItemId, note, recordedBy: ctx.actor.userId, recordedAt: ctx.clock.now() });
    await refuseNewProblems(ctx, tx, view, 'personId');
    return done(ctx, tx, meetingId, 'attendance', { personId: seat.personId, kind: raw.kind, fromItemId });
  });
}

export interface SubstituteAnswer { view: ConductView; suggestion: { personId: string; name: string } | null; chosen: { personId: string; name: string } }

/**
 * The secretary chooses a substitute for a member's seat from an item on. Refused: two substitutes for one
 * seat, a substitute who is not present, a seat whose member serves. The answer reports whom the calling order
 * would have suggested.
 */
export async function chooseSubstitute(ctx: Ctx, meetingId: string, raw: Record<string, unknown>): Promise<SubstituteAnswer> {
  return ctx.db.transaction(async (tx) => {
    const view = await guardWrite(ctx, tx, meetingId, { version: raw.version });
    const sub = person(view, raw.substitutePersonId, 'substitutePersonId');
    const seat = person(view, raw.forPersonId, 'forPersonId');
    if (sub.role !== 'substitute') throw validationError([{ field: 'substitutePersonId', message: `${sub.name} är inte ersättare i organet` }]);
    if (seat.role === 'substitute') throw validationError([{ field: 'forPersonId', message: `${seat.name} är ersättare; en ersättare tjänstgör bara för en ledamot` }]);
    const fromItemId = fromItem(view, raw.fromItemId);
    const item = view.items.find((i) => i.id === fromItemId) ?? view.items.find((i) => i.attendance);
    if (!item?.attendance) throw validationError([{ field: 'fromItemId', message: 'dagordningen har inga ärenden' }]);
    const onSeat = item.attendance.serving.find((s) => s.forPersonId === seat.personId || (s.forPersonId === null && s.personId === seat.personId));
    const suggestion = onSeat && onSeat.forPersonId && onSeat.personId !== sub.personId ? { personId: onSeat.personId, name: onSeat.name } : null;
    const same = view.substituteChoices.find((c) => c.forPersonId === seat.personId && c.fromItemId === fromItemId && c.substitutePersonId !== sub.personId);
    if (same) {
      throw validationError([{ field: 'substitutePersonId', message: `${nameIn(view)(same.substitutePersonId)} är redan vald att tjänstgöra för ${seat.name} från samma ärende; två ersättare kan inte tjänstgöra för samma ledamot` }]);
    }
    const elsewhere = item.attendance.serving.find((s) => s.personId === sub.personId && s.forPersonId !== null && s.forPersonId !== seat.personId && !s.suggested);
    if (elsewhere) throw validationError([{ field: 'substitutePersonId', message: `${sub.name} tjänstgör redan för ${elsewhere.forName}` }]);
    await tx.insert(t.substituteAssignments).values({ bodyId: ctx.actor.bodyId, meetingId, substitutePersonId: sub.personId, forPersonId: seat.personId, fromItemId, recordedAt: ctx.clock.now() });
    await refuseNewProblems(ctx, tx, view, 'substitutePersonId');
    const after = await done(ctx, tx, meetingId, 'substitute', { substitutePersonId: sub.personId, forPersonId: seat.personId, fromItemId });
    return { view: after, suggestion, chosen: { personId: sub.personId, name: sub.name } };
  });
}

/** Jäv on an item (R-MEET-3): the person does not take part; a substitute may serve in the seat. */
export async function declareDisqualification(ctx: Ctx, meetingId: string, itemId: string, raw: Record<string, unknown>): Promise<ConductView> {
  return ctx.db.transaction(async (tx) => {
    const view = await guardWrite(ctx, tx, meetingId, { version: raw.version });
    const item = itemOf(view, itemId);
    const seat = person(view, raw.personId, 'personId');
    const errors: FieldError[] = [];
    const note = checkText(raw.note, { field: 'note', max: 500 }, errors) || null;
    if (errors.length) throw validationError(errors);
    if (item.disqualifications.some((d) => d.personId === seat.personId)) throw new AppError('conflict', `${seat.name} har redan anmält jäv i § ${item.paragraphLabel}.`);
    if (item.decision) throw new AppError('conflict', `§ ${item.paragraphLabel} är redan beslutad; jäv anmäls innan ärendet behandlas.`);
    await tx.insert(t.disqualifications).values({ bodyId: ctx.actor.bodyId, meetingId, agendaItemId: item.id, personId: seat.personId, note, recordedAt: ctx.clock.now() });
    return done(ctx, tx, meetingId, 'disqualification', { itemId: item.id, personId: seat.personId }, item.caseId);
  });
}

/** Removes a jäv recorded by mistake, as long as the item is not decided. */
export async function removeDisqualification(ctx: Ctx, meetingId: string, itemId: string, personId: string): Promise<ConductView> {
  return ctx.db.transaction(async (tx) => {
    const view = await guardWrite(ctx, tx, meetingId);
    const item = itemOf(view, itemId);
    if (!item.disqualifications.some((d) => d.personId === personId)) throw validationError([{ field: 'personId', message: 'ingen jäv är anmäld för personen i ärendet' }]);
    if (item.decision) throw new AppError('conflict', `§ ${item.paragraphLabel} är redan beslutad.`);
    await tx.delete(t.disqualifications).where(and(eq(t.disqualifications.agendaItemId, item.id), eq(t.disqualifications.personId, personId)));
    return done(ctx, tx, meetingId, 'disqualification_removed', { itemId: item.id, personId }, item.caseId);
  });
}
