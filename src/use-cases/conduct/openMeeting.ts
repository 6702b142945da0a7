/**
 * Opening the meeting and keeping its header (R-MIN-2): chair, secretary, adjusters (justerare, chosen among the
 * serving members), place and time of adjustment, others present; at opening, who is present from the start.
 */
import { eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { ConductView } from '../../db/repositories/conduct.ts';
import { isIsoDate } from '../../domain/dates.ts';
import { checkText } from '../../domain/text.ts';
import { AppError, validationError, type FieldError } from '../../domain/errors.ts';
import { done, guardWrite } from './guard.ts';
import type { Ctx } from '../context.ts';

interface Header {
  chairPersonId?: string | null; secretaryName?: string | null; adjusterPersonIds?: string[]; adjustmentPlace?: string | null;
  adjustmentDate?: string | null; adjustmentTime?: string | null; othersPresent?: string[];
}
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Validates the header fields that are present; `present` are the people present from the start (at opening). */
function checkHeader(raw: Record<string, unknown>, view: ConductView, present: readonly string[], errors: FieldError[]): Header {
  const out: Header = {};
  const seat = (id: unknown) => view.seats.find((s) => s.personId === id);
  if (raw.chairPersonId !== undefined) {
    const s = seat(raw.chairPersonId);
    if (!s || s.role === 'substitute') errors.push({ field: 'chairPersonId', message: 'ordföranden måste vara ledamot i organet' });
    else out.chairPersonId = s.personId;
  }
  if (raw.secretaryName !== undefined) out.secretaryName = checkText(raw.secretaryName, { field: 'secretaryName', max: 200 }, errors) || null;
  if (raw.adjusterPersonIds !== undefined) {
    const ids = Array.isArray(raw.adjusterPersonIds) ? raw.adjusterPersonIds.map(String) : [];
    if (!Array.isArray(raw.adjusterPersonIds)) errors.push({ field: 'adjusterPersonIds', message: 'måste vara en lista' });
    const first = view.items.find((i) => i.attendance)?.attendance;
    const serving = new Set(first ? first.serving.map((s) => s.personId) : []);
    for (const p of present) serving.add(p); // at opening: present members who will serve
    const chair = out.chairPersonId ?? view.conduct?.chairPersonId ?? null;
    ids.forEach((id, i) => {
      const s = seat(id);
      if (!s) errors.push({ field: `adjusterPersonIds[${i}]`, message: 'personen har ingen plats i organet' });
      else if (!serving.has(id)) errors.push({ field: `adjusterPersonIds[${i}]`, message: `${s.name} tjänstgör inte och kan inte vara justerare` });
      else if (id === chair) errors.push({ field: `adjusterPersonIds[${i}]`, message: 'ordföranden justerar redan protokollet; välj en annan justerare' });
    });
    if (new Set(ids).size !== ids.length) errors.push({ field: 'adjusterPersonIds', message: 'samma person är vald två gånger' });
    out.adjusterPersonIds = ids;
  }
  if (raw.adjustmentPlace !== undefined) out.adjustmentPlace = checkText(raw.adjustmentPlace, { field: 'adjustmentPlace', max: 200 }, errors) || null;
  if (raw.adjustmentDate !== undefined) {
    if (raw.adjustmentDate !== null && (typeof raw.adjustmentDate !== 'string' || !isIsoDate(raw.adjustmentDate))) errors.push({ field: 'adjustmentDate', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' });
    else if (raw.adjustmentDate !== null && raw.adjustmentDate < view.meeting.date) errors.push({ field: 'adjustmentDate', message: 'justeringen kan inte ske före sammanträdet' });
    else out.adjustmentDate = raw.adjustmentDate as string | null;
  }
  if (raw.adjustmentTime !== undefined) {
    if (raw.adjustmentTime !== null && (typeof raw.adjustmentTime !== 'string' || !TIME.test(raw.adjustmentTime))) errors.push({ field: 'adjustmentTime', message: 'måste vara en tid TT:MM' });
    else out.adjustmentTime = raw.adjustmentTime as string | null;
  }
  if (raw.othersPresent !== undefined) {
    if (!Array.isArray(raw.othersPresent)) errors.push({ field: 'othersPresent', message: 'måste vara en lista' });
    else out.othersPresent = raw.othersPresent.map((o, i) => checkText(o, { field: `othersPresent[${i}]`, required: true, max: 200 }, errors));
  }
  return out;
}

/** Opens the meeting: creates its conduct row and records who is present from the start. */
export async function openMeeting(ctx: Ctx, meetingId: string, raw: Record<string, unknown>): Promise<ConductView> {
  return ctx.db.transaction(async (tx) => {
    const view = await guardWrite(ctx, tx, meetingId, { open: false });
    if (view.conduct) throw new AppError('conflict', 'Sammanträdet är redan öppnat.');
    if (view.meeting.state === 'cancelled' || view.meeting.state === 'adjusted') throw new AppError('conflict', 'Sammanträdet är inställt eller redan justerat.');
    if (view.items.some((i) => !i.withdrawn && !view.meeting.noticeSentAt)) throw new AppError('conflict', 'Kallelsen har inte skickats; paragrafnumren är inte fastställda.');
    const errors: FieldError[] = [];
    const presentRaw = raw.present === undefined ? [] : raw.present;
    if (!Array.isArray(presentRaw)) errors.push({ field: 'present', message: 'måste vara en lista' });
    const present = (Array.isArray(presentRaw) ? presentRaw : []).map(String);
    present.forEach((p, i) => { if (!view.seats.some((s) => s.personId === p)) errors.push({ field: `present[${i}]`, message: 'personen har ingen plats i organet' }); });
    if (new Set(present).size !== present.length) errors.push({ field: 'present', message: 'samma person är angiven två gånger' });
    const chairDefault = view.seats.find((s) => s.role === 'chair')?.personId ?? null;
    const header = checkHeader({ chairPersonId: chairDefault ?? undefined, ...raw }, view, present, errors);
    if (errors.length) throw validationError(errors);
    await tx.insert(t.meetingConduct).values({
      meetingId, bodyId: ctx.actor.bodyId, chairPersonId: header.chairPersonId ?? null, secretaryName: header.secretaryName ?? null, adjusterPersonIds: header.adjusterPersonIds ?? [],
      adjustmentPlace: header.adjustmentPlace ?? null, adjustmentDate: header.adjustmentDate ?? null, adjustmentTime: header.adjustmentTime ?? null,
      othersPresent: header.othersPresent ?? [], openedAt: ctx.clock.now(), updatedAt: ctx.clock.now(),
    });
    if (present.length) {
      await tx.insert(t.attendanceEvents).values(present.map((personId) => ({ bodyId: ctx.actor.bodyId, meetingId, personId, kind: 'arrived', fromItemId: null, recordedBy: ctx.actor.userId, recordedAt: ctx.clock.now() })));
    }
    return done(ctx, tx, meetingId, 'open', { present: present.length });
  });
}

/** Changes the header of an opened meeting (`version` required: two tabs may edit it). */
export async function updateConduct(ctx: Ctx, meetingId: string, raw: Record<string, unknown>): Promise<ConductView> {
  return ctx.db.transaction(async (tx) => {
    const view = await guardWrite(ctx, tx, meetingId, { version: raw.version, versionRequired: true });
    const errors: FieldError[] = [];
    const header = checkHeader(raw, view, [], errors);
    if (errors.length) throw validationError(errors);
    if (Object.keys(header).length) await tx.update(t.meetingConduct).set(header).where(eq(t.meetingConduct.meetingId, meetingId));
    return done(ctx, tx, meetingId, 'update', { fields: Object.keys(header) });
  });
}

/** Closes the meeting (R-MEET-7: dissents after this are refused); the meeting is then held. */
export async function closeMeeting(ctx: Ctx, meetingId: string, raw: Record<string, unknown>): Promise<ConductView> {
  return ctx.db.transaction(async (tx) => {
    const view = await guardWrite(ctx, tx, meetingId, { version: raw.version, versionRequired: true });
    if (view.conduct!.closedAt) throw new AppError('conflict', 'Sammanträdet är redan avslutat.');
    const undecided = view.items.filter((i) => i.attendance && !i.decision).map((i) => `§ ${i.paragraphLabel}`);
    await tx.update(t.meetingConduct).set({ closedAt: ctx.clock.now() }).where(eq(t.meetingConduct.meetingId, meetingId));
    await tx.update(t.meetings).set({ state: 'held' }).where(eq(t.meetings.id, meetingId));
    return done(ctx, tx, meetingId, 'close', { undecided });
  });
}
