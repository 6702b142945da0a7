/**
 * Mail to an organ's subscribers when one of its meetings is called (the agenda is published) and when its
 * minutes are adjusted. Called after the use case's transaction has committed; only public facts are written
 * (the meeting's time and place, the agenda's public titles, the board's announcement), masked for personal
 * identity numbers (R-PUB-2), each mail to one address with its own unsubscribe link and the RFC 8058 one-click
 * headers. A failed mail is skipped, never undoing or failing the notice or the adjustment.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { publicReader } from '../../disclosure/reader.ts';
import { swedishDate } from '../../domain/dates.ts';
import { loadMeeting } from '../../db/repositories/agenda.ts';
import { portalUrls } from '../../portal/urls.ts';
import { maskPersonalNumbers } from '../../domain/masking.ts';
import type { Services } from '../context.ts';
import { meetingRefs } from '../public/resolve.ts';
import { subscriptionKey, unsubscribeToken } from './tokens.ts';

export interface SubscriberMail { subject: string; lines: string[] }

/** Sends one mail per confirmed subscriber of the organ; answers how many went out. */
async function mailSubscribers(services: Services, bodyId: string, organId: string, mail: SubscriberMail): Promise<number> {
  if (!services.mailer) return 0;
  const rows = await services.db.select({ id: t.subscriptions.id, email: t.subscriptions.email }).from(t.subscriptions)
    .where(and(eq(t.subscriptions.bodyId, bodyId), sql`${t.subscriptions.organIds} @> ARRAY[${organId}]::uuid[]`)).orderBy(asc(t.subscriptions.confirmedAt));
  if (rows.length === 0) return 0;
  const key = await subscriptionKey(services);
  const base = services.baseUrl ?? '';
  const subject = maskPersonalNumbers(mail.subject);
  const lines = mail.lines.map(maskPersonalNumbers);
  let sent = 0;
  for (const row of rows) {
    const unsubscribe = `${base}${portalUrls.subscribe()}/avsluta?t=${unsubscribeToken(key, row.id)}`;
    try {
      await services.mailer.send({
        to: [row.email], subject,
        text: [...lines, '', '—', 'Du får det här brevet för att du prenumererar på organets sammanträden.', `Avsluta prenumerationen: ${unsubscribe}`].join('\n'),
        headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click', 'Auto-Submitted': 'auto-generated' },
      });
      sent += 1;
    } catch {
      // One unreachable address must not keep the others from their mail.
    }
  }
  return sent;
}

/** The meeting was called: its time, place, agenda (public titles) and the address of its page. */
export async function notifyMeetingCalled(services: Services, bodyId: string, meetingId: string): Promise<number> {
  try {
    const meeting = await loadMeeting(services.db, publicReader(bodyId, swedishDate(services.clock.now())), meetingId);
    const ref = (await meetingRefs(services, bodyId)).get(meetingId);
    if (!meeting || !ref) return 0;
    const notices = await services.db.select({ id: t.notices.id }).from(t.notices).where(eq(t.notices.meetingId, meetingId));
    const url = `${services.baseUrl ?? ''}${portalUrls.meeting(meeting.organCode, meeting.date, ref.nthThatDay)}`;
    const agenda = meeting.sections.flatMap((s) => s.items.filter((i) => !i.withdrawn).map((i) => `  ${i.paragraphLabel}  ${i.title}`));
    return await mailSubscribers(services, bodyId, meeting.organId, {
      subject: `${notices.length > 1 ? 'Ändrad kallelse' : 'Kallelse'}: ${meeting.organName} ${meeting.date}`,
      lines: [
        `${meeting.organName} sammanträder ${meeting.date} kl. ${meeting.startTime}${meeting.place ? ` i ${meeting.place}` : ''}.`,
        ...(notices.length > 1 ? ['Dagordningen har ändrats sedan den förra kallelsen.'] : []),
        '', 'Ärenden', ...agenda, '', `Dagordning, handlingar och mötesbok: ${url}`,
      ],
    });
  } catch {
    return 0;
  }
}

/** The minutes were adjusted: the board's announcement with the last day to appeal, and the meeting's page. */
export async function notifyMinutesAdjusted(services: Services, bodyId: string, meetingId: string): Promise<number> {
  try {
    const meeting = await loadMeeting(services.db, publicReader(bodyId, swedishDate(services.clock.now())), meetingId);
    const ref = (await meetingRefs(services, bodyId)).get(meetingId);
    if (!meeting || !ref) return 0;
    const [posting] = await services.db.select({ id: t.postings.id, postedOn: t.postings.postedOn, lastAppealDay: t.postings.lastAppealDay, body: t.postings.body })
      .from(t.postings).innerJoin(t.minutes, eq(t.minutes.id, t.postings.minutesId))
      .where(and(eq(t.minutes.meetingId, meetingId), eq(t.postings.kind, 'adjusted_minutes'))).orderBy(asc(t.postings.createdAt)).limit(1);
    const base = services.baseUrl ?? '';
    const adjustedOn = (posting?.body as { adjustedOn?: string } | undefined)?.adjustedOn;
    return await mailSubscribers(services, bodyId, meeting.organId, {
      subject: `Justerat protokoll: ${meeting.organName} ${meeting.date}`,
      lines: [
        `Protokollet från sammanträdet med ${meeting.organName} ${meeting.date} är justerat${adjustedOn ? ` ${adjustedOn}` : ''}.`,
        ...(posting ? [
          `Justeringen tillkännages på anslagstavlan från ${posting.postedOn}.${posting.lastAppealDay ? ` Sista dag för överklagande är ${posting.lastAppealDay}.` : ''}`,
          `Anslaget: ${base}${portalUrls.posting(posting.id)}`,
        ] : []),
        `Sammanträdet: ${base}${portalUrls.meeting(meeting.organCode, meeting.date, ref.nthThatDay)}`,
        `Så överklagar du: ${base}${portalUrls.appeal()}`,
      ],
    });
  } catch {
    return 0;
  }
}
