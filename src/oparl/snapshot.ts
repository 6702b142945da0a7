/**
 * Everything the open-data API may show of one body, read in a handful of queries: organs, terms, elected
 * people and their seats, meetings with their agendas and decisions, cases with their public documents' files,
 * consultations, and tombstones. Public rules are applied here (R-REG-3, R-REG-7, R-PUB-1, R-APPEAL-2): rows
 * the public may not see carry `public: false` and never reach an object builder.
 */
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import * as t from '../db/schema/index.ts';
import { formatParagraph } from '../domain/paragraphs.ts';
import type { Services } from '../use-cases/context.ts';
import { minutesPublicity, type MinutesPublicity } from '../use-cases/public/minutesPublicity.ts';
import { publicDocumentSql } from '../use-cases/public/publicFiles.ts';
import { publicText } from '../disclosure/publicText.ts';
import { compileMasking, maskDeep } from '../domain/masking.ts';
import { protectedPeopleOf } from '../use-cases/protectedNames.ts';
import { meetingRefs, type PublicMeetingRef } from '../use-cases/public/resolve.ts';

export interface SnapshotFile {
  id: string; documentId: string; caseId: string; name: string; mediaType: string; size: number; sha256: string; createdAt: Date;
  documentNumber: string; documentTitle: string; documentKind: string; registeredDate: string; documentUpdatedAt: Date;
  public: boolean;
  /** When the document stopped being public (a secrecy mark placed after registration); null otherwise. */
  hiddenAt: Date | null;
  releasedAt: Date | null;
}

export type Snapshot = Awaited<ReturnType<typeof loadSnapshot>>;

export async function loadSnapshot(services: Services, bodyId: string) {
  const db = services.db;
  const [body] = await db.select().from(t.bodies).where(eq(t.bodies.id, bodyId));
  if (!body) return undefined;
  const organs = await db.select().from(t.organs).where(eq(t.organs.bodyId, bodyId)).orderBy(asc(t.organs.createdAt), asc(t.organs.id));
  const terms = await db.select().from(t.terms).where(eq(t.terms.bodyId, bodyId)).orderBy(asc(t.terms.startsOn));
  const people = await db.select({ id: t.people.id, givenName: t.people.givenName, familyName: t.people.familyName, protectedIdentity: t.people.protectedIdentity, createdAt: t.people.createdAt, updatedAt: t.people.updatedAt })
    .from(t.people).where(eq(t.people.bodyId, bodyId)).orderBy(asc(t.people.createdAt), asc(t.people.id));
  const memberships = await db.select().from(t.memberships).where(eq(t.memberships.bodyId, bodyId)).orderBy(asc(t.memberships.createdAt), asc(t.memberships.id));

  const refs = await meetingRefs(services, bodyId);
  const meetings = (await db.select().from(t.meetings).where(eq(t.meetings.bodyId, bodyId)).orderBy(asc(t.meetings.date), asc(t.meetings.startTime), asc(t.meetings.id)))
    .map((m) => ({ ...m, ref: refs.get(m.id)! as PublicMeetingRef }));
  const sections = await db.select({ id: t.agendaSections.id, position: t.agendaSections.position }).from(t.agendaSections).where(eq(t.agendaSections.bodyId, bodyId));
  const sectionPosition = new Map(sections.map((s) => [s.id, s.position]));
  const items = (await db.select({ i: t.agendaItems, caseTitle: t.cases.title, casePublicTitle: t.cases.publicTitle }).from(t.agendaItems)
    .leftJoin(t.cases, eq(t.cases.id, t.agendaItems.caseId)).where(eq(t.agendaItems.bodyId, bodyId)))
    .sort((a, b) => (sectionPosition.get(a.i.sectionId)! - sectionPosition.get(b.i.sectionId)!) || a.i.position - b.i.position)
    .map(({ i, caseTitle, casePublicTitle }) => ({
      ...i,
      // An item named after its case shows the case's public title (R-REG-3); a title of its own is the agenda's.
      name: publicText(i.caseId && i.title === caseTitle ? casePublicTitle! : i.title),
      number: i.paragraph !== null && i.paragraphYear !== null ? formatParagraph(i.paragraph, i.paragraphYear) : null,
    }));
  const itemDocuments = await db.select({ itemId: t.agendaItemDocuments.agendaItemId, documentId: t.agendaItemDocuments.documentId })
    .from(t.agendaItemDocuments).where(eq(t.agendaItemDocuments.bodyId, bodyId)).orderBy(asc(t.agendaItemDocuments.position));
  // Decision texts and proposals are published as the public copy of the minutes is: masked (R-PUB-2).
  const mask = compileMasking({ protectedPeople: await protectedPeopleOf(db, bodyId) });
  const decisions = (await db.select({ itemId: t.itemDecisions.agendaItemId, clauses: t.itemDecisions.clauses, outcome: t.itemDecisions.outcome, decidedAt: t.itemDecisions.decidedAt })
    .from(t.itemDecisions).where(eq(t.itemDecisions.bodyId, bodyId))).map((d) => ({ ...d, clauses: maskDeep(d.clauses, mask) }));
  const votes = await db.select().from(t.votes).where(eq(t.votes.bodyId, bodyId)).orderBy(asc(t.votes.position));
  const proposals = (await db.select({ id: t.proposals.id, kind: t.proposals.kind, text: t.proposals.text, itemId: t.proposals.agendaItemId })
    .from(t.proposals).where(eq(t.proposals.bodyId, bodyId))).map((p) => ({ ...p, text: mask(p.text) }));
  const minutes: Map<string, MinutesPublicity> = await minutesPublicity(services, bodyId, meetings.map((m) => m.id));
  // When each paragraph's extract went out: R-APPEAL-2 may make its decision public at that moment.
  const extractsSent = await db.select({ itemId: t.extracts.agendaItemId, sentAt: t.extracts.sentAt }).from(t.extracts)
    .where(and(eq(t.extracts.bodyId, bodyId), isNotNull(t.extracts.sentAt)));

  const cases = (await db.select({ id: t.cases.id, number: t.cases.number, publicTitle: t.cases.publicTitle, organId: t.cases.organId, openedAt: t.cases.openedAt, createdAt: t.cases.createdAt, updatedAt: t.cases.updatedAt })
    .from(t.cases).where(eq(t.cases.bodyId, bodyId)).orderBy(asc(t.cases.createdAt), asc(t.cases.id))).map((c) => ({ ...c, publicTitle: publicText(c.publicTitle) }));
  const files: SnapshotFile[] = (await db.select({
    id: t.files.id, documentId: t.files.documentId, caseId: t.documents.caseId, name: t.files.name, mediaType: t.files.mediaType, size: t.files.size, sha256: t.files.sha256,
    createdAt: t.files.createdAt, documentNumber: t.documents.number, documentTitle: t.documents.publicDescription, documentKind: t.documents.kind,
    registeredDate: t.documents.registeredDate, documentUpdatedAt: t.documents.updatedAt,
    public: sql<boolean>`${publicDocumentSql()}`,
    // A secrecy mark placed after registration, or a withdrawn web publication, ends the file's public life.
    hiddenAt: sql<string | null>`GREATEST((SELECT max(m.marked_at) FROM secrecy_marks m WHERE m.document_id = ${t.documents.id} AND m.released_at IS NULL AND m.marked_at > ${t.documents.createdAt}),
      (SELECT max(wp.withdrawn_at) FROM web_publications wp WHERE wp.document_id = ${t.documents.id}))`,
    releasedAt: sql<string | null>`(SELECT max(m.released_at) FROM secrecy_marks m WHERE m.document_id = ${t.documents.id})`,
  }).from(t.files).innerJoin(t.documents, eq(t.documents.id, t.files.documentId)).where(eq(t.files.bodyId, bodyId)).orderBy(asc(t.files.createdAt), asc(t.files.id)))
    .map((f) => ({ ...f, documentTitle: publicText(f.documentTitle), public: f.public === true || (f.public as unknown) === 't', hiddenAt: f.hiddenAt ? new Date(f.hiddenAt) : null, releasedAt: f.releasedAt ? new Date(f.releasedAt) : null }));
  const consultations = await db.select().from(t.consultations).where(eq(t.consultations.bodyId, bodyId)).orderBy(asc(t.consultations.createdAt), asc(t.consultations.id));
  const deleted = await db.select().from(t.deletedRows).where(eq(t.deletedRows.bodyId, bodyId));

  const votedPeople = [...new Set(votes.flatMap((v) => Object.keys((v.ballots ?? {}) as Record<string, string>)))];
  const voters = votedPeople.length ? await db.select({ id: t.people.id, givenName: t.people.givenName, familyName: t.people.familyName, protectedIdentity: t.people.protectedIdentity })
    .from(t.people).where(and(inArray(t.people.id, votedPeople), isNotNull(t.people.id))) : [];
  return { body, organs, terms, people, memberships, meetings, items, itemDocuments, decisions, votes, proposals, minutes, extractsSent, cases, files, consultations, deleted, voters };
}
