/**
 * Plans a meeting of an organ with the default agenda sections.
 */
import { and, eq } from 'drizzle-orm';
import { staffReader } from '../../disclosure/reader.ts';
import { agendaSections, meetings, organs } from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { loadMeeting, type MeetingView } from '../../db/repositories/agenda.ts';
import { DEFAULT_SECTIONS } from '../../domain/agenda.ts';
import { isIsoDate } from '../../domain/dates.ts';
import { isUuid } from '../../domain/ids.ts';
import { checkText } from '../../domain/text.ts';
import { AppError, validationError, type FieldError } from '../../domain/errors.ts';
import { canManageMeeting } from '../../policies/meetings.ts';
import type { Ctx } from '../context.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface MeetingInput { organId?: unknown; date?: unknown; startTime?: unknown; endTime?: unknown; place?: unknown; comment?: unknown; sections?: unknown }

export function checkMeetingInput(input: MeetingInput, errors: FieldError[]) {
  const date = String(input.date ?? '');
  if (!isIsoDate(date)) errors.push({ field: 'date', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' });
  const startTime = String(input.startTime ?? '');
  if (!TIME.test(startTime)) errors.push({ field: 'startTime', message: 'måste vara en tid TT:MM' });
  const endTime = input.endTime ? String(input.endTime) : null;
  if (endTime && (!TIME.test(endTime) || endTime <= startTime)) errors.push({ field: 'endTime', message: 'måste vara en tid TT:MM efter starttiden' });
  const place = checkText(input.place, { field: 'place', required: true, max: 200 }, errors);
  const comment = checkText(input.comment, { field: 'comment', max: 1000, multiline: true }, errors) || null;
  return { date, startTime, endTime, place, comment };
}

export async function createMeeting(ctx: Ctx, input: MeetingInput): Promise<MeetingView> {
  const errors: FieldError[] = [];
  const organId = isUuid(input.organId) ? input.organId : '';
  if (!organId) errors.push({ field: 'organId', message: 'välj organ' });
  const fields = checkMeetingInput(input, errors);
  const sections = Array.isArray(input.sections) && input.sections.length
    ? input.sections.map((s, i) => checkText(s, { field: `sections[${i}]`, required: true, max: 100 }, errors))
    : [...DEFAULT_SECTIONS];
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const [organ] = await tx.select().from(organs).where(and(eq(organs.id, organId), eq(organs.bodyId, ctx.actor.bodyId)));
    if (!organ) throw validationError([{ field: 'organId', message: 'organet finns inte' }]);
    if (!canManageMeeting(ctx.actor, organId)) throw new AppError('forbidden', 'Du har inte behörighet att planera sammanträden för organet.');
    const [row] = await tx.insert(meetings).values({ bodyId: ctx.actor.bodyId, organId, ...fields }).returning({ id: meetings.id });
    await tx.insert(agendaSections).values(sections.map((heading, position) => ({ bodyId: ctx.actor.bodyId, meetingId: row!.id, position, heading })));
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'meeting.create', entityType: 'meeting', entityId: row!.id, details: { organ: organ.code, date: fields.date } });
    return (await loadMeeting(tx, staffReader(ctx.actor), row!.id))!;
  });
}
