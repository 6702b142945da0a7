/**
 * Loads a meeting with its agenda: sections, items (with provisional or fixed paragraphs), and each item's
 * selected documents as the reader may see them (disclosure/documents.ts): a document the reader may not read
 * stands in the agenda only as withheld, with its legal ground — no number, description or files.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import * as t from '../schema/index.ts';
import { formatParagraph, provisionalParagraphs } from '../../domain/paragraphs.ts';
import type { ItemKind, MeetingState } from '../../domain/agenda.ts';
import type { OrganKind } from '../../domain/organisation.ts';
import { discloseDocument } from '../../disclosure/documents.ts';
import { bodyOf, type Reader } from '../../disclosure/reader.ts';
import { publicText } from '../../disclosure/publicText.ts';
import { documentRef, minutesOriginalSql } from '../../disclosure/sql.ts';
import { webPublishedSql } from '../../disclosure/webPublished.ts';

export interface AgendaDocument {
  id: string;
  /** Empty when withheld. */
  number: string;
  /** The internal description for staff, the public description for the public; empty when withheld. */
  description: string;
  /** The reader may not read the document: it is named only by its legal ground (or as protected data). */
  withheld: boolean;
  /** The reader may read the document's content (its files): false when withheld or its files hold protected data. */
  readable: boolean;
  secrecyGround: string | null; protectedPersonalData: boolean;
  files: { id: string; sha256: string; mediaType: string; name: string }[];
}
export interface AgendaItemView {
  id: string; sectionId: string; position: number; caseId: string | null; caseNumber: string | null; title: string; kind: ItemKind;
  public: boolean; presenter: string | null; withdrawn: boolean; paragraph: number; paragraphFixed: boolean; paragraphLabel: string; documents: AgendaDocument[];
}
export interface MeetingView {
  id: string; organId: string; organCode: string; organName: string; organKind: OrganKind; date: string; startTime: string; endTime: string | null;
  place: string; state: MeetingState; comment: string | null; noticeSentAt: string | null; needsNewNotice: boolean; version: number;
  sections: { id: string; heading: string; position: number; items: AgendaItemView[] }[];
}

export async function lastFixedParagraph(ex: Executor, organId: string, year: number): Promise<number> {
  const [row] = await ex.select({ last: t.paragraphCounters.lastParagraph }).from(t.paragraphCounters)
    .where(and(eq(t.paragraphCounters.organId, organId), eq(t.paragraphCounters.year, year)));
  return row?.last ?? 0;
}

export async function loadMeeting(ex: Executor, reader: Reader, meetingId: string): Promise<MeetingView | undefined> {
  const bodyId = bodyOf(reader);
  // What the public reads passes the personal-number mask once more (R-PUB-2).
  const text = reader.kind === 'public' ? publicText : (value: string) => value;
  const [m] = await ex.select({ m: t.meetings, organ: t.organs }).from(t.meetings).innerJoin(t.organs, eq(t.organs.id, t.meetings.organId))
    .where(and(eq(t.meetings.id, meetingId), eq(t.meetings.bodyId, bodyId)));
  if (!m) return undefined;
  const sections = await ex.select().from(t.agendaSections).where(eq(t.agendaSections.meetingId, meetingId)).orderBy(asc(t.agendaSections.position));
  const items = await ex.select({ i: t.agendaItems, caseNumber: t.cases.number }).from(t.agendaItems).leftJoin(t.cases, eq(t.cases.id, t.agendaItems.caseId))
    .where(eq(t.agendaItems.meetingId, meetingId));
  const sectionOrder = new Map(sections.map((s) => [s.id, s.position]));
  items.sort((a, b) => (sectionOrder.get(a.i.sectionId)! - sectionOrder.get(b.i.sectionId)!) || a.i.position - b.i.position);
  const year = Number(m.m.date.slice(0, 4));
  const provisional = provisionalParagraphs(items.map((r) => ({ id: r.i.id, paragraph: r.i.paragraph })), await lastFixedParagraph(ex, m.m.organId, year));
  const itemIds = items.map((r) => r.i.id);
  const links = itemIds.length ? await ex.select({
    link: t.agendaItemDocuments, d: t.documents,
    minutesOriginal: sql<boolean>`${minutesOriginalSql(documentRef())}`, webPublished: sql<boolean>`${webPublishedSql(t.documents.id)}`,
  }).from(t.agendaItemDocuments)
    // A left join: a document that row-level security hides from the reader still stands in the agenda, withheld.
    .leftJoin(t.documents, eq(t.documents.id, t.agendaItemDocuments.documentId))
    .where(inArray(t.agendaItemDocuments.agendaItemId, itemIds)).orderBy(asc(t.agendaItemDocuments.position)) : [];
  const docIds = links.map((l) => l.link.documentId);
  const hidden = links.filter((l) => !l.d).map((l) => l.link.documentId);
  // The official record names every document by number and public description, also one hidden from its reader.
  const recordFacts = reader.kind === 'record' && hidden.length ? new Map((await ex.execute<{ id: string; number: string; public_description: string; counterparty_protected: boolean }>(
    sql`SELECT * FROM namnd_record_documents(${`{${hidden.join(',')}}`}::uuid[])`)).rows.map((r) => [r.id, r])) : new Map();
  const marks = docIds.length ? await ex.select().from(t.secrecyMarks).where(and(inArray(t.secrecyMarks.documentId, docIds), isNull(t.secrecyMarks.releasedAt))) : [];
  const fileRows = docIds.length ? await ex.select().from(t.files).where(inArray(t.files.documentId, docIds)).orderBy(asc(t.files.createdAt)) : [];
  return {
    id: m.m.id, organId: m.organ.id, organCode: m.organ.code, organName: m.organ.name, organKind: m.organ.kind as OrganKind, date: m.m.date,
    startTime: m.m.startTime.slice(0, 5), endTime: m.m.endTime?.slice(0, 5) ?? null, place: m.m.place, state: m.m.state as MeetingState,
    comment: m.m.comment, noticeSentAt: m.m.noticeSentAt?.toISOString() ?? null, needsNewNotice: m.m.needsNewNotice, version: m.m.version,
    sections: sections.map((s) => ({
      id: s.id, heading: s.heading, position: s.position,
      items: items.filter((r) => r.i.sectionId === s.id).map(({ i, caseNumber }) => {
        const paragraph = provisional.get(i.id)!;
        return {
          id: i.id, sectionId: i.sectionId, position: i.position, caseId: i.caseId, caseNumber, title: text(i.title), kind: i.kind as ItemKind, public: i.public,
          presenter: i.presenter, withdrawn: i.withdrawn, paragraph, paragraphFixed: i.paragraph !== null, paragraphLabel: formatParagraph(paragraph, year),
          documents: links.filter((l) => l.link.agendaItemId === i.id).map(({ link, d, minutesOriginal, webPublished }): AgendaDocument => {
            const id = link.documentId;
            const ms = marks.filter((x) => x.documentId === id);
            const secrecyGround = ms[0]?.legalGround ?? null;
            const record = recordFacts.get(id);
            if (!d && record) {
              return { id, number: record.number, description: record.public_description, withheld: false, readable: false, secrecyGround, protectedPersonalData: record.counterparty_protected, files: [] };
            }
            const shown = d ? discloseDocument(reader, { activeSecrecyOrganIds: ms.map((x) => x.organId), counterpartyProtected: d.counterpartyProtected, minutesOriginal, webPublished }) : null;
            if (!d || !shown?.listed) return { id, number: '', description: '', withheld: true, readable: false, secrecyGround, protectedPersonalData: d?.counterpartyProtected ?? false, files: [] };
            return {
              id: d.id, number: d.number, description: shown.description === 'internal' ? d.description : text(d.publicDescription), withheld: false, readable: shown.files,
              secrecyGround, protectedPersonalData: d.counterpartyProtected,
              files: shown.files ? fileRows.filter((f) => f.documentId === d.id).map((f) => ({ id: f.id, sha256: f.sha256, mediaType: f.mediaType, name: f.name })) : [],
            };
          }),
        };
      }),
    })),
  };
}
