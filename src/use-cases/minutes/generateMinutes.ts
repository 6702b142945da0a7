/**
 * Generates the minutes of a closed meeting (R-MIN-1, R-MIN-2): renders the PDF from the meeting's facts,
 * stores it with its SHA-256 and makes it the current version (version + 1 on regeneration, which restarts
 * the signing, R-JUST-4). Refused once adjusted (R-JUST-3), and the refusal is logged.
 */
import { eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { loadMinutesData } from '../../db/repositories/minutesData.ts';
import { nextState } from '../../domain/adjustment.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { minutesDocument, renderMinutesPdf } from '../../documents/renderMinutes.ts';
import { assertManage, auditedChange, frozenError, meetingRef, minutesRow } from './access.ts';
import type { Ctx } from '../context.ts';

export async function generateMinutes(ctx: Ctx, meetingId: string): Promise<{ version: number; sha256: string; pages: number; warnings: string[] }> {
  return auditedChange(ctx, meetingId, 'generate', async (tx) => {
    const meeting = await meetingRef(tx, ctx, meetingId);
    assertManage(ctx, meeting, 'skriva protokoll för sammanträdet');
    const existing = await minutesRow(tx, ctx, meetingId, true);
    if (existing) {
      const step = nextState(existing.state, 'generate');
      if ('problem' in step) throw frozenError(step.problem);
    }
    const data = await loadMinutesData(tx, ctx.actor.bodyId, meetingId);
    if (!data) throw notFound('Sammanträdet');
    const closed = Boolean(data.conduct?.closedAt) || meeting.state === 'held';
    if (!closed) throw new AppError('conflict', 'Sammanträdet är inte avslutat; protokollet kan skrivas när sammanträdet har avslutats.');
    if (!data.conduct?.chairPersonId) throw new AppError('validation', 'chairPersonId: ordförande för sammanträdet är inte angiven', [{ field: 'chairPersonId', message: 'ordförande saknas' }]);
    const version = (existing?.version ?? 0) + 1;
    const rendered = await renderMinutesPdf(minutesDocument(data, { variant: 'official', version }));
    const stored = await ctx.files.put(rendered.pdf);
    const now = ctx.clock.now();
    if (existing) {
      await tx.update(t.minutes).set({ state: 'draft', version, pdfSha256: stored.sha256, pages: rendered.pages, publicPdfSha256: null, updatedAt: now }).where(eq(t.minutes.id, existing.id));
    } else {
      await tx.insert(t.minutes).values({ bodyId: ctx.actor.bodyId, meetingId, state: 'draft', version, pdfSha256: stored.sha256, pages: rendered.pages, createdAt: now, updatedAt: now });
    }
    const [row] = await tx.select({ id: t.minutes.id }).from(t.minutes).where(eq(t.minutes.meetingId, meetingId));
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'minutes.generate', entityType: 'minutes', entityId: row!.id, details: { meetingId, version, sha256: stored.sha256, pages: rendered.pages } });
    return { version, sha256: stored.sha256, pages: rendered.pages, warnings: data.attendanceProblems.map((p) => p.message) };
  });
}
