/**
 * The public register (/arenden, /arenden/:case): cases by number, public title and dates; a case's documents as
 * the public reader may see them (disclosure/documents.ts: secret-marked ones left out with a notice naming their
 * grounds, files only of published documents without protected data; counterparties in the public form of
 * domain/publicRegister.ts) and the meetings where it was handled. Read without an
 * actor; internal titles and descriptions are never read into the result.
 */
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { publicCounterparty, withheldRegisterNotice } from '../../domain/publicRegister.ts';
import { swedishDate } from '../../domain/dates.ts';
import { discloseDocument } from '../../disclosure/documents.ts';
import { publicReader } from '../../disclosure/reader.ts';
import { publicText } from '../../disclosure/publicText.ts';
import { documentRef, minutesOriginalSql } from '../../disclosure/sql.ts';
import { webPublishedSql } from '../../disclosure/webPublished.ts';
import { formatParagraph } from '../../domain/paragraphs.ts';
import { portalUrls } from '../../portal/urls.ts';
import type { Services } from '../context.ts';
import { findCaseBySlug, meetingRefs } from './resolve.ts';

export const CASES_PER_PAGE = 25;

export interface PortalCaseRow { number: string; publicTitle: string; openedAt: string; closedAt: string | null; status: string; organName: string | null; url: string }
export interface PortalCaseList { items: PortalCaseRow[]; total: number; page: number; pages: number; query: string }
export interface PortalCaseDocument {
  number: string; registeredDate: string; direction: string; kind: string; description: string; counterparty: string | null;
  files: { id: string; name: string; mediaType: string; url: string }[];
}
export interface PortalCaseDetail extends PortalCaseRow {
  documents: PortalCaseDocument[];
  withheldNotice: string | null;
  meetings: { organName: string; date: string; paragraph: string | null; title: string; url: string }[];
}

/** Letters, digits, spaces and the characters of registry numbers; anything else is dropped from the query. */
const cleanQuery = (q: string): string => q.replace(/[^\p{L}\p{N} /:.-]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 100);

export async function listPortalCases(services: Services, bodyId: string, input: { q?: string; page?: number }): Promise<PortalCaseList> {
  const query = cleanQuery(input.q ?? '');
  const words = query.split(' ').filter(Boolean);
  const where: SQL[] = [eq(t.cases.bodyId, bodyId)];
  for (const word of words) where.push(or(ilike(t.cases.publicTitle, `%${word}%`), ilike(t.cases.number, `%${word}%`))!);
  const [{ total }] = await services.db.select({ total: count() }).from(t.cases).where(and(...where)) as [{ total: number }];
  const pages = Math.max(1, Math.ceil(total / CASES_PER_PAGE));
  const page = Math.min(Math.max(1, Math.floor(input.page ?? 1)), pages);
  const rows = await services.db.select({ c: t.cases, organName: t.organs.name }).from(t.cases).leftJoin(t.organs, eq(t.organs.id, t.cases.organId))
    .where(and(...where)).orderBy(desc(t.cases.openedAt), desc(t.cases.year), desc(t.cases.seq)).limit(CASES_PER_PAGE).offset((page - 1) * CASES_PER_PAGE);
  return { items: rows.map(({ c, organName }) => caseRow(c, organName)), total, page, pages, query };
}

function caseRow(c: typeof t.cases.$inferSelect, organName: string | null): PortalCaseRow {
  return { number: c.number, publicTitle: publicText(c.publicTitle), openedAt: c.openedAt, closedAt: c.closedAt, status: c.status, organName, url: portalUrls.case(c.number) };
}

export async function getPortalCase(services: Services, bodyId: string, slug: string): Promise<PortalCaseDetail | undefined> {
  const ref = await findCaseBySlug(services, bodyId, slug);
  if (!ref) return undefined;
  const [row] = await services.db.select({ c: t.cases, organName: t.organs.name }).from(t.cases).leftJoin(t.organs, eq(t.organs.id, t.cases.organId))
    .where(and(eq(t.cases.id, ref.id), eq(t.cases.bodyId, bodyId)));
  if (!row) return undefined;
  const docs = await services.db.select({
    id: t.documents.id, number: t.documents.number, registeredDate: t.documents.registeredDate, direction: t.documents.direction, kind: t.documents.kind,
    publicDescription: t.documents.publicDescription, counterpartyName: t.documents.counterpartyName, counterpartyOrganisation: t.documents.counterpartyOrganisation,
    counterpartyProtected: t.documents.counterpartyProtected,
    minutesOriginal: sql<boolean>`${minutesOriginalSql(documentRef())}`, webPublished: sql<boolean>`${webPublishedSql(t.documents.id)}`,
  }).from(t.documents).where(eq(t.documents.caseId, ref.id)).orderBy(asc(t.documents.seq));
  const ids = docs.map((d) => d.id);
  const marks = ids.length ? await services.db.select({ documentId: t.secrecyMarks.documentId, organId: t.secrecyMarks.organId }).from(t.secrecyMarks)
    .where(and(inArray(t.secrecyMarks.documentId, ids), isNull(t.secrecyMarks.releasedAt))) : [];
  const reader = publicReader(bodyId, swedishDate(services.clock.now()));
  const facts = docs.map((d) => {
    const own = marks.filter((m) => m.documentId === d.id);
    return { ...d, shown: discloseDocument(reader, { ...d, activeSecrecyOrganIds: own.map((m) => m.organId) }) };
  });
  const shown = facts.filter((d) => d.shown.listed);
  const offered = shown.filter((d) => d.shown.files).map((d) => d.id);
  const fileRows = offered.length ? await services.db.select({ id: t.files.id, documentId: t.files.documentId, name: t.files.name, mediaType: t.files.mediaType })
    .from(t.files).where(inArray(t.files.documentId, offered)).orderBy(asc(t.files.createdAt)) : [];

  // Secret-marked documents are hidden from the public reader by row-level security too: their grounds, which
  // the page names, come through the database function made for that.
  const withheldGrounds = (await services.db.execute<{ ground: string }>(sql`SELECT g AS ground FROM namnd_withheld_grounds(${ref.id}::uuid) g`)).rows.map((r) => r.ground);
  const refs = await meetingRefs(services, bodyId);
  const handled = await services.db.select({ meetingId: t.meetings.id, organCode: t.organs.code, organName: t.organs.name, date: t.meetings.date, paragraph: t.agendaItems.paragraph, year: t.agendaItems.paragraphYear, title: t.agendaItems.title })
    .from(t.agendaItems).innerJoin(t.meetings, eq(t.meetings.id, t.agendaItems.meetingId)).innerJoin(t.organs, eq(t.organs.id, t.meetings.organId))
    .where(and(eq(t.agendaItems.caseId, ref.id), eq(t.agendaItems.withdrawn, false), isNotNull(t.meetings.noticeSentAt))).orderBy(asc(t.meetings.date));
  return {
    ...caseRow(row.c, row.organName),
    documents: shown.map((d) => ({
      number: d.number, registeredDate: d.registeredDate, direction: d.direction, kind: d.kind, description: publicText(d.publicDescription), counterparty: publicCounterparty(d),
      files: fileRows.filter((f) => f.documentId === d.id).map((f) => ({ id: f.id, name: f.name, mediaType: f.mediaType, url: portalUrls.file(f.id) })),
    })),
    withheldNotice: withheldRegisterNotice(withheldGrounds),
    meetings: handled.map((h) => ({
      organName: h.organName, date: h.date, title: publicText(h.title), paragraph: h.paragraph !== null && h.year !== null ? formatParagraph(h.paragraph, h.year) : null,
      url: portalUrls.meeting(h.organCode, h.date, refs.get(h.meetingId)?.nthThatDay ?? 1),
    })),
  };
}
