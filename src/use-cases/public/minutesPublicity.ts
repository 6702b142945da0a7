/**
 * Whether meetings' minutes and decisions are on the public site today: the minutes are adjusted and within
 * the organ's publication period (R-PUB-1), and every paragraph the organ only prepared for another organ is
 * public — its case finally decided or its extract dispatched (R-APPEAL-2). Read without an actor: only facts
 * about the minutes, never their content. Used by the portal pages, the public files and the open data.
 */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { swedishDate } from '../../domain/dates.ts';
import { minutesPublication, minutesPublicByPreparation, paragraphPublicSince, preparatoryParagraphPublic, type ParagraphPublicityTimes } from '../../domain/publication.ts';
import type { Services } from '../context.ts';

export interface MinutesPublicity {
  minutesId: string;
  /** The public copy (HTML and PDF) of the whole minutes may be shown. */
  copyPublic: boolean;
  /** The stored masked public copy (R-PUB-1). */
  publicPdfSha256: string | null;
  adjustedAt: Date;
  adjustedOn: string;
  /** Last day of publication (R-PUB-1), null without end. */
  until: string | null;
  /** Agenda item id → its decision may be shown (published minutes, and R-APPEAL-2 for preparatory paragraphs). */
  itemPublic: Map<string, boolean>;
  /** Agenda item id → when its decision became public (only for public ones): open data's modification time. */
  itemPublicSince: Map<string, Date>;
}

/** Meeting id → publicity, for the meetings among `meetingIds` that have adjusted minutes. */
export async function minutesPublicity(services: Services, bodyId: string, meetingIds: readonly string[]): Promise<Map<string, MinutesPublicity>> {
  const result = new Map<string, MinutesPublicity>();
  if (meetingIds.length === 0) return result;
  const ex = services.db;
  const today = swedishDate(services.clock.now());
  const rows = await ex.select({
    id: t.minutes.id, meetingId: t.minutes.meetingId, adjustedAt: t.minutes.adjustedAt, sha: t.minutes.publicPdfSha256, days: t.organs.minutesPublicationDays,
  }).from(t.minutes).innerJoin(t.meetings, eq(t.meetings.id, t.minutes.meetingId)).innerJoin(t.organs, eq(t.organs.id, t.meetings.organId))
    .where(and(eq(t.minutes.bodyId, bodyId), inArray(t.minutes.meetingId, [...meetingIds]), eq(t.minutes.state, 'adjusted'), isNotNull(t.minutes.adjustedAt)));
  if (rows.length === 0) return result;

  const adjustedMeetings = rows.map((r) => r.meetingId);
  const items = await ex.select({ id: t.agendaItems.id, meetingId: t.agendaItems.meetingId, caseId: t.agendaItems.caseId, outcome: t.itemDecisions.outcome })
    .from(t.agendaItems).leftJoin(t.itemDecisions, eq(t.itemDecisions.agendaItemId, t.agendaItems.id))
    .where(and(inArray(t.agendaItems.meetingId, adjustedMeetings), eq(t.agendaItems.withdrawn, false)));
  const itemIds = items.map((i) => i.id);
  const earliest = (rows: { key: string | null; at: Date | null }[]) => {
    const map = new Map<string, Date>();
    for (const { key, at } of rows) {
      const known = key ? map.get(key) : undefined;
      if (key && at && (!known || at < known)) map.set(key, at);
    }
    return map;
  };
  const dispatched = earliest(itemIds.length ? (await ex.select({ key: t.extracts.agendaItemId, at: t.extracts.sentAt }).from(t.extracts)
    .where(and(inArray(t.extracts.agendaItemId, itemIds), eq(t.extracts.kind, 'adjusted'), isNotNull(t.extracts.sentAt)))) : []);
  const preparedCases = [...new Set(items.filter((i) => i.outcome === 'to_organ' && i.caseId).map((i) => i.caseId!))];
  const decided = earliest(preparedCases.length ? (await ex.select({ key: t.agendaItems.caseId, at: t.minutes.adjustedAt }).from(t.itemDecisions)
    .innerJoin(t.agendaItems, eq(t.agendaItems.id, t.itemDecisions.agendaItemId))
    .innerJoin(t.minutes, and(eq(t.minutes.meetingId, t.itemDecisions.meetingId), eq(t.minutes.state, 'adjusted')))
    .where(and(inArray(t.agendaItems.caseId, preparedCases), eq(t.itemDecisions.outcome, 'final')))) : []);

  for (const row of rows) {
    const adjustedOn = swedishDate(row.adjustedAt!);
    const period = minutesPublication(adjustedOn, row.days, today);
    const facts = new Map<string, ParagraphPublicityTimes>(items.filter((i) => i.meetingId === row.meetingId).map((i) => {
      const finallyDecidedAt = (i.caseId && decided.get(i.caseId)) || null;
      const dispatchedAt = dispatched.get(i.id) ?? null;
      return [i.id, { preparatory: i.outcome === 'to_organ', finallyDecided: finallyDecidedAt !== null, dispatched: dispatchedAt !== null, adjustedAt: row.adjustedAt!, finallyDecidedAt, dispatchedAt }];
    }));
    const since = new Map([...facts].map(([id, f]) => [id, period.published ? paragraphPublicSince(f) : null] as const));
    result.set(row.meetingId, {
      minutesId: row.id, publicPdfSha256: row.sha, adjustedAt: row.adjustedAt!, adjustedOn, until: period.until,
      copyPublic: period.published && minutesPublicByPreparation([...facts.values()]),
      itemPublic: new Map([...facts].map(([id, f]) => [id, period.published && preparatoryParagraphPublic(f)])),
      itemPublicSince: new Map([...since].filter((e): e is [string, Date] => e[1] !== null)),
    });
  }
  return result;
}
