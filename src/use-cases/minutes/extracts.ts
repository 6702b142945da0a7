/**
 * Extracts (protokollsutdrag, R-MIN-3): reading one paragraph's extract, and dispatch (expediering) — each
 * adjusted extract is registered in its item's case as an outgoing document naming the recipients, and mailed
 * with the PDF to the decision's distribution list after the commit (a mail failure does not undo the record
 * and is reported per extract).
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { nextState } from '../../domain/adjustment.ts';
import { isUuid } from '../../domain/ids.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { assertManage, assertRead, auditedChange, meetingRef, minutesRow } from './access.ts';
import { registerOutput } from './registerOutput.ts';
import { loadMinutesData } from '../../db/repositories/minutesData.ts';
import { minutesDocument } from '../../documents/renderMinutes.ts';
import { renderExtractPdf } from '../../documents/renderMinutesExtract.ts';
import { swedishDate } from '../../domain/dates.ts';
import type { Ctx } from '../context.ts';

export async function extractPdf(ctx: Ctx, itemId: string, kind: 'adjusted' | 'immediate'): Promise<{ bytes: Buffer; fileName: string }> {
  const [item] = isUuid(itemId) ? await ctx.db.select({ meetingId: t.agendaItems.meetingId, paragraph: t.agendaItems.paragraph }).from(t.agendaItems)
    .where(and(eq(t.agendaItems.id, itemId), eq(t.agendaItems.bodyId, ctx.actor.bodyId))) : [];
  if (!item) throw notFound('Ärendet');
  const meeting = await meetingRef(ctx.db, ctx, item.meetingId);
  await assertRead(ctx.db, ctx, meeting);
  const [e] = await ctx.db.select().from(t.extracts).where(and(eq(t.extracts.agendaItemId, itemId), eq(t.extracts.kind, kind)));
  const fileName = `protokollsutdrag-${meeting.organCode.toLowerCase()}-${meeting.date}-${item.paragraph}${kind === 'immediate' ? '-omedelbar' : ''}.pdf`;
  if (e) return { bytes: await ctx.files.get(e.pdfSha256), fileName };
  // R-JUST-2: an immediately adjusted paragraph has its extract as soon as the meeting is closed.
  const data = kind === 'immediate' ? await loadMinutesData(ctx.db, ctx.actor.bodyId, meeting.id) : undefined;
  const index = data?.items.findIndex((i) => i.id === itemId) ?? -1;
  if (!data || index < 0 || !data.items[index]!.decision?.immediateAdjustment || !data.conduct?.closedAt) throw notFound('Protokollsutdraget');
  const doc = minutesDocument(data, { variant: 'official', version: 0 });
  const signers = doc.signatures.filter((s) => s.role !== 'Sekreterare').map((s) => `${s.name} (${s.role.toLowerCase()})`);
  const rendered = await renderExtractPdf(doc, doc.items[index]!, { kind, adjustedOn: null, signers, posting: null, certifiedOn: swedishDate(ctx.clock.now()) });
  return { bytes: rendered.pdf, fileName };
}

export interface DispatchResult { sent: { paragraph: number; documentNumber: string | null; recipients: string[]; delivered: string }[]; withoutRecipients: number[] }

interface Planned { extractId: string; paragraph: number; title: string; sha256: string; documentNumber: string | null; recipients: { name: string; email: string | null }[] }

export async function dispatchExtracts(ctx: Ctx, meetingId: string): Promise<DispatchResult> {
  const plan = await auditedChange(ctx, meetingId, 'dispatch', async (tx) => {
    const meeting = await meetingRef(tx, ctx, meetingId);
    assertManage(ctx, meeting, 'expediera beslut');
    const row = await minutesRow(tx, ctx, meetingId, true);
    const step = nextState(row?.state ?? 'draft', 'dispatch');
    if ('problem' in step) throw new AppError('conflict', step.problem);
    const items = await tx.select({ id: t.agendaItems.id, paragraph: t.agendaItems.paragraph, title: t.agendaItems.title, caseId: t.agendaItems.caseId }).from(t.agendaItems).where(eq(t.agendaItems.meetingId, meetingId));
    const ids = items.map((i) => i.id);
    const pending = ids.length ? await tx.select().from(t.extracts).where(and(inArray(t.extracts.agendaItemId, ids), eq(t.extracts.kind, 'adjusted'), isNull(t.extracts.sentAt))).for('update') : [];
    const decisions = ids.length ? await tx.select({ id: t.itemDecisions.agendaItemId, distribution: t.itemDecisions.distribution }).from(t.itemDecisions).where(inArray(t.itemDecisions.agendaItemId, ids)) : [];
    const planned: Planned[] = [];
    const withoutRecipients: number[] = [];
    const now = ctx.clock.now();
    for (const e of pending) {
      const item = items.find((i) => i.id === e.agendaItemId)!;
      const list = (decisions.find((d) => d.id === item.id)?.distribution ?? []) as unknown[];
      const recipients = list.map((r) => (typeof r === 'string' ? { name: r, email: null } : { name: String((r as { name?: unknown }).name ?? ''), email: typeof (r as { email?: unknown }).email === 'string' ? (r as { email: string }).email : null }))
        .filter((r) => r.name || r.email);
      if (recipients.length === 0) { withoutRecipients.push(item.paragraph ?? 0); continue; }
      const bytes = await ctx.files.get(e.pdfSha256);
      const names = recipients.map((r) => r.name || r.email!).join(', ');
      const description = `Protokollsutdrag § ${item.paragraph} ${meeting.organName} ${meeting.date}: ${item.title}`.slice(0, 500);
      const doc = item.caseId ? await registerOutput(tx, ctx, {
        caseId: item.caseId, kind: 'minutes_extract', direction: 'outgoing', description, publicDescription: description, counterpartyName: names.slice(0, 200),
        file: { name: `protokollsutdrag-${meeting.organCode.toLowerCase()}-${meeting.date}-${item.paragraph}.pdf`, sha256: e.pdfSha256, size: bytes.length },
      }) : null;
      await tx.update(t.extracts).set({ documentId: doc?.id ?? null, recipients, sentAt: now, delivered: 'pending' }).where(eq(t.extracts.id, e.id));
      planned.push({ extractId: e.id, paragraph: item.paragraph ?? 0, title: item.title, sha256: e.pdfSha256, documentNumber: doc?.number ?? null, recipients });
    }
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'minutes.dispatch', entityType: 'minutes', entityId: row!.id, details: { meetingId, extracts: planned.length, withoutRecipients } });
    return { meeting, planned, withoutRecipients };
  });
  // Mail after the commit, one message per extract.
  const sent: DispatchResult['sent'] = [];
  for (const p of plan.planned) {
    const to = p.recipients.map((r) => r.email).filter((x): x is string => Boolean(x));
    let delivered = to.length ? 'failed' : 'no_email';
    if (to.length && ctx.mailer) {
      try {
        delivered = (await ctx.mailer.send({
          to, subject: `Protokollsutdrag § ${p.paragraph} ${plan.meeting.organName} ${plan.meeting.date}`,
          text: `Hej!\n\nHär är protokollsutdraget för § ${p.paragraph} ${p.title} från ${plan.meeting.organName} ${plan.meeting.date}.${p.documentNumber ? `\nHandlingsnummer: ${p.documentNumber}` : ''}\n\n${plan.meeting.organName}`,
          attachments: [{ filename: `protokollsutdrag-${p.paragraph}.pdf`, content: await ctx.files.get(p.sha256), contentType: 'application/pdf' }],
        })).delivered;
      } catch { delivered = 'failed'; }
    } else if (to.length) delivered = 'no_mailer';
    await ctx.db.update(t.extracts).set({ delivered }).where(eq(t.extracts.id, p.extractId));
    sent.push({ paragraph: p.paragraph, documentNumber: p.documentNumber, recipients: p.recipients.map((r) => r.name || r.email!), delivered });
  }
  return { sent, withoutRecipients: plan.withoutRecipients };
}
