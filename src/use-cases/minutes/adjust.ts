/**
 * What happens when the last signature is made, inside that transaction (R-JUST-1…3, R-MIN-3, R-PUB-1,
 * R-BOARD-2): the adjusted minutes are registered in the organ's minutes case, the adjustment is announced on
 * the notice board, the masked public copy and every paragraph's extract (and, for immediately adjusted
 * paragraphs, their own extract, R-JUST-2) are rendered and stored, and the minutes are frozen in one update.
 */
import { and, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { loadMinutesData } from '../../db/repositories/minutesData.ts';
import { swedishDate } from '../../domain/dates.ts';
import { minutesDocument, renderMinutesPdf, type MinutesDoc } from '../../documents/renderMinutes.ts';
import { renderExtractPdf } from '../../documents/renderMinutesExtract.ts';
import { postAdjustedMinutes } from '../board/postAdjustedMinutes.ts';
import { minutesCase, registerOutput } from './registerOutput.ts';
import type { MeetingRef, MinutesRow } from './access.ts';
import type { Ctx } from '../context.ts';

/** Signer name → the day they signed, for the current version. */
export async function signedDays(ex: Tx | Ctx['db'], row: MinutesRow): Promise<Map<string, string>> {
  const rows = await ex.select({ given: t.people.givenName, family: t.people.familyName, at: t.minutesSignatures.signedAt }).from(t.minutesSignatures)
    .innerJoin(t.people, eq(t.people.id, t.minutesSignatures.personId))
    .where(and(eq(t.minutesSignatures.minutesId, row.id), eq(t.minutesSignatures.version, row.version), eq(t.minutesSignatures.decision, 'signed')));
  return new Map(rows.map((r) => [`${r.given} ${r.family}`, swedishDate(r.at)]));
}

export const minutesFileName = (meeting: { organCode: string; date: string }, suffix = ''): string =>
  `protokoll-${meeting.organCode.toLowerCase()}-${meeting.date}${suffix}.pdf`;

export async function completeAdjustment(tx: Tx, ctx: Ctx, meeting: MeetingRef, row: MinutesRow): Promise<void> {
  const now = ctx.clock.now();
  const adjustedOn = swedishDate(now);
  const data = (await loadMinutesData(tx, ctx.actor.bodyId, meeting.id))!;
  const signed = await signedDays(tx, row);
  const pdf = await ctx.files.get(row.pdfSha256);

  const caseId = await minutesCase(tx, ctx, { id: meeting.organId, name: meeting.organName }, Number(meeting.date.slice(0, 4)));
  const official = minutesDocument(data, { variant: 'official', version: row.version });
  const description = `Justerat protokoll ${meeting.organName} ${meeting.date} (${official.paragraphs})`;
  const document = await registerOutput(tx, ctx, {
    caseId, kind: 'other', direction: 'internal', description, publicDescription: description,
    file: { name: minutesFileName(meeting), sha256: row.pdfSha256, size: pdf.length },
  });
  const posted = await postAdjustedMinutes(tx, ctx, { minutesId: row.id, meetingId: meeting.id, organId: meeting.organId, adjustedOn, keptAt: data.keptAt });
  const posting = { postedOn: posted.postedOn, removableFrom: posted.removableFrom };

  const publicDoc = minutesDocument(data, { variant: 'public', version: row.version, signed, adjustedOn, posting });
  const publicCopy = await ctx.files.put((await renderMinutesPdf(publicDoc)).pdf);

  const withSignatures: MinutesDoc = minutesDocument(data, { variant: 'official', version: row.version, signed, adjustedOn, posting });
  const signers = withSignatures.signatures.filter((s) => s.role !== 'Sekreterare').map((s) => `${s.name} (${s.role.toLowerCase()})`);
  for (const [index, item] of data.items.entries()) {
    if (item.withdrawn) continue;
    const paragraph = withSignatures.items[index]!;
    const kinds = item.decision?.immediateAdjustment ? (['adjusted', 'immediate'] as const) : (['adjusted'] as const);
    for (const kind of kinds) {
      const rendered = await renderExtractPdf(withSignatures, paragraph, { kind, adjustedOn, signers, posting, certifiedOn: adjustedOn });
      const stored = await ctx.files.put(rendered.pdf);
      await tx.insert(t.extracts).values({ bodyId: ctx.actor.bodyId, agendaItemId: item.id, kind, pdfSha256: stored.sha256 })
        .onConflictDoUpdate({ target: [t.extracts.agendaItemId, t.extracts.kind], set: { pdfSha256: stored.sha256, createdAt: now } });
    }
  }

  await tx.update(t.minutes).set({ state: 'adjusted', adjustedAt: now, documentId: document.id, publicPdfSha256: publicCopy.sha256, updatedAt: now }).where(eq(t.minutes.id, row.id));
  await tx.update(t.meetings).set({ state: 'adjusted' }).where(eq(t.meetings.id, meeting.id));
  await recordAudit(tx, {
    bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'minutes.adjust', entityType: 'minutes', entityId: row.id, caseId,
    details: { meetingId: meeting.id, version: row.version, sha256: row.pdfSha256, documentNumber: document.number, postingId: posted.postingId, publicSha256: publicCopy.sha256 },
  });
}
