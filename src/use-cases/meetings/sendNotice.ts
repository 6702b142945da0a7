/**
 * Sends the notice (kallelse) to members and substitutes (R-CALL-1, R-CALL-2): fixes the paragraph numbers of
 * the agenda (R-CALL-4), records when and to whom it went, and says so when documents are withheld.
 */
import { and, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { swedishDate } from '../../domain/dates.ts';
import { publicReader, staffReader } from '../../disclosure/reader.ts';
import * as t from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { loadMeeting, type MeetingView } from '../../db/repositories/agenda.ts';
import { nextParagraphs } from '../../domain/paragraphs.ts';
import { bookWithholds, planBook } from '../../domain/book.ts';
import { isUuid } from '../../domain/ids.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { canManageMeeting } from '../../policies/meetings.ts';
import { bookFacts } from './compileMeetingBook.ts';
import { postMeetingAnnouncement } from '../board/postMeetingAnnouncement.ts';
import { notifyMeetingCalled } from '../subscriptions/notify.ts';
import type { Ctx } from '../context.ts';

export interface NoticeResult { meeting: MeetingView; recipients: { name: string; email: string; role: string }[]; withheldDocuments: boolean; delivered: string }

export function noticeText(meeting: MeetingView, link: string, withheld: boolean): string {
  const agenda = meeting.sections.flatMap((s) => [
    `\n${s.heading}`,
    ...s.items.map((i) => `  ${i.paragraphLabel}  ${i.title}${i.caseNumber ? ` (${i.caseNumber})` : ''}${i.withdrawn ? ' — utgår' : ''}`),
  ]);
  return [
    `Kallelse till sammanträde med ${meeting.organName}`,
    '',
    `Tid: ${meeting.date} kl. ${meeting.startTime}`,
    `Plats: ${meeting.place}`,
    '',
    'Dagordning',
    ...agenda,
    '',
    withheld ? 'Vissa handlingar är sekretessmarkerade eller innehåller skyddade personuppgifter och bifogas inte den allmänna versionen av kallelsen. Ledamöter och ersättare med behörighet når dem i Nämnd.' : 'Alla handlingar finns i mötesboken.',
    '',
    `Mötesboken: ${link}`,
    '',
    'Ersättare: meddela sekreteraren om du ska tjänstgöra.',
  ].join('\n');
}

export async function sendNotice(ctx: Ctx, meetingId: string): Promise<NoticeResult> {
  if (!ctx.mailer) throw new AppError('internal', 'E-post är inte konfigurerad på servern.');
  const prepared = await ctx.db.transaction(async (tx) => {
    // The meeting's row lock, as its other writes take it: a second notice sent at the same time waits, then
    // finds the meeting called, instead of fixing the paragraph numbers again (R-CALL-4) and mailing twice.
    if (isUuid(meetingId)) await tx.execute(sql`SELECT id FROM meetings WHERE id = ${meetingId} FOR UPDATE`);
    const meeting = isUuid(meetingId) ? await loadMeeting(tx, staffReader(ctx.actor), meetingId) : undefined;
    if (!meeting) throw notFound('Sammanträdet');
    if (!canManageMeeting(ctx.actor, meeting.organId)) throw new AppError('forbidden', 'Du har inte behörighet att kalla till sammanträdet.');
    if (meeting.state !== 'planned' && !(meeting.state === 'called' && meeting.needsNewNotice)) {
      throw new AppError('conflict', meeting.state === 'called' ? 'Kallelsen är redan skickad och dagordningen har inte ändrats sedan dess.' : 'Sammanträdet kan inte längre kallas till.');
    }
    const items = meeting.sections.flatMap((s) => s.items);
    if (items.length === 0) throw new AppError('validation', 'Dagordningen är tom.', [{ field: 'agenda', message: 'lägg till minst ett ärende' }]);
    const unfixed = items.filter((i) => !i.paragraphFixed && !i.withdrawn);
    const year = Number(meeting.date.slice(0, 4));
    if (unfixed.length) {
      const result = await tx.execute<{ last: number }>(sql`
        INSERT INTO paragraph_counters (body_id, organ_id, year, last_paragraph) VALUES (${ctx.actor.bodyId}, ${meeting.organId}, ${year}, ${unfixed.length})
        ON CONFLICT (organ_id, year) DO UPDATE SET last_paragraph = paragraph_counters.last_paragraph + ${unfixed.length}
        RETURNING last_paragraph AS last`);
      const numbers = nextParagraphs(Number(result.rows[0]!.last) - unfixed.length, unfixed.length);
      for (const [i, item] of unfixed.entries()) await tx.update(t.agendaItems).set({ paragraph: numbers[i]!, paragraphYear: year }).where(eq(t.agendaItems.id, item.id));
    }
    const recipients = (await tx.select({ given: t.people.givenName, family: t.people.familyName, email: t.people.email, role: t.memberships.role })
      .from(t.memberships).innerJoin(t.people, eq(t.people.id, t.memberships.personId))
      .where(and(eq(t.memberships.organId, meeting.organId), lte(t.memberships.startsOn, meeting.date), or(isNull(t.memberships.endsOn), gte(t.memberships.endsOn, meeting.date)))))
      .filter((r) => r.email).map((r) => ({ name: `${r.given} ${r.family}`, email: r.email!, role: r.role }));
    if (recipients.length === 0) throw new AppError('validation', 'Organet har inga ledamöter eller ersättare med e-postadress.', [{ field: 'recipients', message: 'saknas' }]);
    // Whether the public book withholds anything: planned from what the public may see.
    const forPublic = (await loadMeeting(tx, publicReader(ctx.actor.bodyId, swedishDate(ctx.clock.now())), meetingId))!;
    const withheld = bookWithholds(planBook(bookFacts(forPublic), 'public'));
    const renewed = meeting.state === 'called';
    await tx.update(t.meetings).set({ state: 'called', noticeSentAt: ctx.clock.now(), needsNewNotice: false }).where(eq(t.meetings.id, meetingId));
    await tx.insert(t.notices).values({ bodyId: ctx.actor.bodyId, meetingId, sentBy: ctx.actor.userId, recipients, withheldDocuments: withheld, reason: renewed ? 'Ändrad dagordning' : null });
    // R-CALL-1: a council meeting is announced on the notice board when its notice goes out (again after agenda changes).
    if (meeting.organKind === 'council') await postMeetingAnnouncement(tx, ctx, { meetingId });
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: renewed ? 'meeting.notice_renewed' : 'meeting.notice', entityType: 'meeting', entityId: meetingId, details: { recipients: recipients.length, withheld } });
    return { meeting: (await loadMeeting(tx, staffReader(ctx.actor), meetingId))!, recipients, withheld, renewed };
  });
  // Sent after the commit: a mail failure must not undo the recorded notice; it is reported to the secretary.
  const link = `${ctx.baseUrl ?? ''}/app/meetings/${meetingId}`;
  const subject = `${prepared.renewed ? 'Ändrad kallelse' : 'Kallelse'}: ${prepared.meeting.organName} ${prepared.meeting.date}`;
  let delivered = 'outbox';
  try {
    delivered = (await ctx.mailer.send({ to: prepared.recipients.map((r) => r.email), subject, text: noticeText(prepared.meeting, link, prepared.withheld) })).delivered;
  } catch {
    await ctx.db.update(t.meetings).set({ needsNewNotice: true }).where(eq(t.meetings.id, meetingId));
    throw new AppError('internal', 'Kallelsen är registrerad men e-posten kunde inte skickas. Kontrollera e-postinställningen och skicka igen.');
  }
  // The organ's e-mail subscribers hear of the published agenda (public facts only; failures are skipped).
  await notifyMeetingCalled(ctx, ctx.actor.bodyId, meetingId);
  return { meeting: prepared.meeting, recipients: prepared.recipients, withheldDocuments: prepared.withheld, delivered };
}
