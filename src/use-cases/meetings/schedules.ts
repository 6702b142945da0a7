/**
 * An organ's schedule for a year: read it with its meetings, and save it — the defaults and notice period are
 * stored, and every planned date without a meeting becomes a planned meeting with the default agenda sections.
 * Existing meetings are never moved or removed by a schedule.
 */
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { agendaSections, meetingSchedules, meetings, organs } from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { DEFAULT_SECTIONS } from '../../domain/agenda.ts';
import { checkSchedule, datesToPlan, parseScheduleLines } from '../../domain/schedule.ts';
import { isUuid } from '../../domain/ids.ts';
import { AppError, notFound, validationError, type FieldError } from '../../domain/errors.ts';
import { canManageMeeting, canReadMeeting } from '../../policies/meetings.ts';
import type { Executor } from '../../db/client.ts';
import type { Ctx } from '../context.ts';

export interface ScheduleView {
  organId: string; organCode: string; organName: string; year: number;
  schedule: { defaultStartTime: string; defaultPlace: string; noticeDays: number } | null;
  meetings: { id: string; date: string; startTime: string; place: string; state: string; fromSchedule: boolean }[];
}

async function organOf(ex: Executor, ctx: Ctx, organId: unknown) {
  if (!isUuid(organId)) return undefined;
  const [organ] = await ex.select().from(organs).where(and(eq(organs.id, organId), eq(organs.bodyId, ctx.actor.bodyId)));
  return organ;
}

async function load(ex: Executor, ctx: Ctx, organ: { id: string; code: string; name: string }, year: number): Promise<ScheduleView> {
  const [schedule] = await ex.select().from(meetingSchedules)
    .where(and(eq(meetingSchedules.bodyId, ctx.actor.bodyId), eq(meetingSchedules.organId, organ.id), eq(meetingSchedules.year, year)));
  const rows = await ex.select().from(meetings)
    .where(and(eq(meetings.organId, organ.id), gte(meetings.date, `${year}-01-01`), lte(meetings.date, `${year}-12-31`)))
    .orderBy(asc(meetings.date), asc(meetings.startTime));
  return {
    organId: organ.id, organCode: organ.code, organName: organ.name, year,
    schedule: schedule ? { defaultStartTime: schedule.defaultStartTime.slice(0, 5), defaultPlace: schedule.defaultPlace, noticeDays: schedule.noticeDays } : null,
    meetings: rows.map((m) => ({ id: m.id, date: m.date, startTime: m.startTime.slice(0, 5), place: m.place, state: m.state, fromSchedule: schedule !== undefined && m.scheduleId === schedule.id })),
  };
}

export async function getSchedule(ctx: Ctx, query: { organId?: unknown; year?: unknown }): Promise<ScheduleView> {
  const year = Number(query.year);
  const errors: FieldError[] = [];
  if (!isUuid(query.organId)) errors.push({ field: 'organId', message: 'välj organ' });
  if (!Number.isInteger(year) || year < 2000 || year > 2100) errors.push({ field: 'year', message: 'måste vara ett årtal' });
  if (errors.length) throw validationError(errors);
  const organ = await organOf(ctx.db, ctx, query.organId);
  if (!organ || !canReadMeeting(ctx.actor, organ.id)) throw notFound('Organet');
  return load(ctx.db, ctx, organ, year);
}

export async function saveSchedule(ctx: Ctx, input: Record<string, unknown>): Promise<ScheduleView> {
  const errors: FieldError[] = [];
  if (!isUuid(input.organId)) errors.push({ field: 'organId', message: 'välj organ' });
  // The dates may come as a list or as text, one date per line (how a schedule is usually written).
  const lines = typeof input.datesText === 'string' ? parseScheduleLines(input.datesText, errors) : null;
  if (lines && errors.length) throw validationError(errors.map((e) => ({ ...e, field: 'datesText' })));
  const schedule = checkSchedule(lines ? { ...input, dates: lines } : input, errors);
  if (lines) errors.forEach((e) => { if (e.field.startsWith('dates[')) e.field = 'datesText'; });
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const organ = await organOf(tx, ctx, input.organId);
    if (!organ) throw validationError([{ field: 'organId', message: 'organet finns inte' }]);
    if (!canManageMeeting(ctx.actor, organ.id)) throw new AppError('forbidden', 'Du har inte behörighet att planera sammanträden för organet.');
    const values = { defaultStartTime: schedule.defaultStartTime, defaultPlace: schedule.defaultPlace, noticeDays: schedule.noticeDays };
    const [saved] = await tx.insert(meetingSchedules).values({ bodyId: ctx.actor.bodyId, organId: organ.id, year: schedule.year, ...values })
      .onConflictDoUpdate({ target: [meetingSchedules.bodyId, meetingSchedules.organId, meetingSchedules.year], set: values })
      .returning({ id: meetingSchedules.id });
    const existing = await tx.select({ date: meetings.date }).from(meetings)
      .where(and(eq(meetings.organId, organ.id), gte(meetings.date, `${schedule.year}-01-01`), lte(meetings.date, `${schedule.year}-12-31`)));
    const planned = datesToPlan(schedule, new Set(existing.map((m) => m.date)));
    for (const d of planned) {
      const [row] = await tx.insert(meetings).values({
        bodyId: ctx.actor.bodyId, organId: organ.id, scheduleId: saved!.id, date: d.date,
        startTime: d.startTime ?? schedule.defaultStartTime, place: d.place ?? schedule.defaultPlace,
      }).returning({ id: meetings.id });
      await tx.insert(agendaSections).values(DEFAULT_SECTIONS.map((heading, position) => ({ bodyId: ctx.actor.bodyId, meetingId: row!.id, position, heading })));
    }
    await recordAudit(tx, {
      bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'schedule.save', entityType: 'meeting_schedule', entityId: saved!.id,
      details: { organ: organ.code, year: schedule.year, planned: planned.map((d) => d.date), noticeDays: schedule.noticeDays },
    });
    return load(tx, ctx, organ, schedule.year);
  });
}
