/**
 * What every write to a live meeting checks, inside its transaction: the meeting exists and the actor is its
 * organ's secretary (or an admin); the minutes have not gone to signing (R-JUST-3); the meeting is open; the
 * caller's `version` is current where given. Each write bumps the version and records its audit event.
 */
import { eq, sql } from 'drizzle-orm';
import { staffReader } from '../../disclosure/reader.ts';
import * as t from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { loadConduct, type ConductItem, type ConductView } from '../../db/repositories/conduct.ts';
import { isUuid } from '../../domain/ids.ts';
import { AppError, notFound, validationError } from '../../domain/errors.ts';
import { canManageMeeting, canReadMeeting } from '../../policies/meetings.ts';
import type { Ctx } from '../context.ts';

export interface GuardOptions {
  /** The write needs an opened meeting (everything but opening it). */
  open?: boolean;
  /** The caller's view of the conduct `version`; checked when given (or when `versionRequired`). */
  version?: unknown;
  versionRequired?: boolean;
}

export const LOCKED_MESSAGE = 'Protokollet har gått till justering; sammanträdets uppgifter kan inte längre ändras (R-JUST-3).';

/** Reads the live meeting for a reader of the organ. */
export async function readConduct(ctx: Ctx, meetingId: string): Promise<ConductView> {
  const view = isUuid(meetingId) ? await loadConduct(ctx.db, staffReader(ctx.actor), meetingId) : undefined;
  if (!view || !canReadMeeting(ctx.actor, view.meeting.organId)) throw notFound('Sammanträdet');
  return view;
}

export async function guardWrite(ctx: Ctx, tx: Tx, meetingId: string, options: GuardOptions = {}): Promise<ConductView> {
  if (!isUuid(meetingId)) throw notFound('Sammanträdet');
  // Serialise writes to one meeting: two tabs recording at once take turns and the loser sees a stale version.
  await tx.execute(sql`SELECT id FROM meetings WHERE id = ${meetingId} FOR UPDATE`);
  const view = await loadConduct(tx, staffReader(ctx.actor), meetingId);
  if (!view || !canReadMeeting(ctx.actor, view.meeting.organId)) throw notFound('Sammanträdet');
  if (!canManageMeeting(ctx.actor, view.meeting.organId)) throw new AppError('forbidden', 'Endast organets sekreterare kan föra sammanträdet.');
  if (view.locked) throw new AppError('conflict', LOCKED_MESSAGE);
  if (options.open !== false && !view.conduct) throw new AppError('conflict', 'Sammanträdet har inte öppnats.');
  if (options.versionRequired && options.version === undefined) throw validationError([{ field: 'version', message: 'ange den version du utgår från' }]);
  if (options.version !== undefined && view.conduct && options.version !== view.conduct.version) {
    throw new AppError('conflict', `Sammanträdet har ändrats av någon annan (version ${view.conduct.version}). Läs in det igen.`);
  }
  return view;
}

/** Finds a handled (not withdrawn) item of the meeting. */
export function itemOf(view: ConductView, itemId: unknown, field = 'itemId'): ConductItem & { attendance: NonNullable<ConductItem['attendance']> } {
  const item = view.items.find((i) => i.id === itemId);
  if (!item) throw validationError([{ field, message: 'ärendet finns inte på sammanträdets dagordning' }]);
  if (!item.attendance) throw validationError([{ field, message: `§ ${item.paragraphLabel} har utgått och behandlas inte` }]);
  return item as ConductItem & { attendance: NonNullable<ConductItem['attendance']> };
}

/** The item a change of attendance takes effect from; null = from the start. */
export function fromItem(view: ConductView, raw: unknown): string | null {
  if (raw === undefined || raw === null) return null;
  return itemOf(view, raw, 'fromItemId').id;
}

export const nameIn = (view: ConductView) => (personId: string): string =>
  view.seats.find((s) => s.personId === personId)?.name ?? 'okänd person';

/** Bumps the conduct version, writes the audit event and answers the new view. */
export async function done(ctx: Ctx, tx: Tx, meetingId: string, action: string, details: Record<string, unknown>, caseId: string | null = null): Promise<ConductView> {
  await tx.update(t.meetingConduct).set({ version: sql`${t.meetingConduct.version} + 1`, updatedAt: ctx.clock.now() }).where(eq(t.meetingConduct.meetingId, meetingId));
  await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: `conduct.${action}`, entityType: 'meeting', entityId: meetingId, caseId, details });
  return (await loadConduct(tx, staffReader(ctx.actor), meetingId))!;
}
