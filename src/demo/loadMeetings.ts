/**
 * The reference meeting in the demo: KSNAU 2024-05-21 13:15 with its 13 items in four sections (§§ 177–189,
 * notice sent), the 2024 schedule, a coming KSNAU meeting to build an agenda for, and a member's account.
 */
import { asc, eq } from 'drizzle-orm';
import * as t from '../db/schema/index.ts';
import type { Tx } from '../db/client.ts';
import { DEFAULT_SECTIONS, isAuthoritative } from '../domain/agenda.ts';
import { meetingItems } from './reports.ts';

/** The elected member behind the `ledamot` account: a KSNAU member, not the chair. */
export const MEMBER_ACCOUNT_PERSON = 'elin.forsberg';

export interface DemoIds { bodyId: string; organId: Map<string, string>; caseId: Map<string, string>; personId: Map<string, string>; passwordHash: string; secretaryId: string | null }

async function createMeeting(tx: Tx, ids: DemoIds, organCode: string, date: string, startTime: string, state: string, noticeSentAt: Date | null, endTime: string | null = null): Promise<{ id: string; sections: Map<string, string> }> {
  const organId = ids.organId.get(organCode)!;
  const [meeting] = await tx.insert(t.meetings).values({ bodyId: ids.bodyId, organId, date, startTime, endTime, place: 'Kommunstyrelsens sammanträdesrum', state, noticeSentAt }).returning({ id: t.meetings.id });
  const sections = await tx.insert(t.agendaSections).values(DEFAULT_SECTIONS.map((heading, position) => ({ bodyId: ids.bodyId, meetingId: meeting!.id, position, heading }))).returning();
  return { id: meeting!.id, sections: new Map(sections.map((s) => [s.heading, s.id])) };
}

export async function loadDemoMeetings(tx: Tx, ids: DemoIds): Promise<void> {
  const ksnau = ids.organId.get('KSNAU')!;
  await tx.insert(t.meetingSchedules).values([
    { bodyId: ids.bodyId, organId: ksnau, year: 2024, defaultStartTime: '13:15', defaultPlace: 'Kommunstyrelsens sammanträdesrum', noticeDays: 5 },
    { bodyId: ids.bodyId, organId: ksnau, year: 2026, defaultStartTime: '13:15', defaultPlace: 'Kommunstyrelsens sammanträdesrum', noticeDays: 5 },
  ]);
  const reference = await createMeeting(tx, ids, 'KSNAU', '2024-05-21', '13:15', 'called', new Date('2024-05-14T08:00:00Z'), '15:30');
  const positions = new Map<string, number>();
  for (const item of meetingItems) {
    const caseId = ids.caseId.get(item.caseNumber)!;
    const sectionId = reference.sections.get(item.section)!;
    const position = positions.get(sectionId) ?? 0;
    positions.set(sectionId, position + 1);
    const [row] = await tx.insert(t.agendaItems).values({
      bodyId: ids.bodyId, meetingId: reference.id, organId: ksnau, sectionId, position, caseId, title: item.title, kind: item.kind,
      public: item.public, presenter: item.presenter ?? null, paragraph: item.paragraph, paragraphYear: 2024,
    }).returning({ id: t.agendaItems.id });
    const docs = await tx.selectDistinct({ id: t.documents.id, kind: t.documents.kind, seq: t.documents.seq }).from(t.documents)
      .innerJoin(t.files, eq(t.files.documentId, t.documents.id)).where(eq(t.documents.caseId, caseId)).orderBy(asc(t.documents.seq));
    const unique = [...docs.filter((d) => d.kind === 'official_report'), ...docs.filter((d) => d.kind !== 'official_report')];
    if (unique.length) await tx.insert(t.agendaItemDocuments).values(unique.map((d, i) => ({ bodyId: ids.bodyId, agendaItemId: row!.id, documentId: d.id, position: i })));
    await tx.insert(t.consultations).values({ bodyId: ids.bodyId, caseId, organId: ksnau, agendaItemId: row!.id, authoritative: isAuthoritative(item.kind), role: item.kind === 'decision' ? 'decides' : 'prepares' });
  }
  await tx.insert(t.paragraphCounters).values({ bodyId: ids.bodyId, organId: ksnau, year: 2024, lastParagraph: Math.max(...meetingItems.map((i) => i.paragraph)) });
  await tx.insert(t.notices).values({ bodyId: ids.bodyId, meetingId: reference.id, sentAt: new Date('2024-05-14T08:00:00Z'), sentBy: ids.secretaryId, recipients: [], withheldDocuments: true });

  // A coming meeting, for building an agenda.
  await createMeeting(tx, ids, 'KSNAU', '2026-12-15', '13:15', 'planned', null);
  await createMeeting(tx, ids, 'KS', '2026-12-08', '10:00', 'planned', null);

  // A member's account: a KSNAU member (not the chair, who has the `ordforande` account) reads the books of
  // KSNAU (secret documents included) and KS.
  const member = ids.personId.get(MEMBER_ACCOUNT_PERSON)!;
  const [person] = await tx.select().from(t.people).where(eq(t.people.id, member));
  const [user] = await tx.insert(t.users).values({
    bodyId: ids.bodyId, username: 'ledamot', displayName: `${person!.givenName} ${person!.familyName}`, email: person!.email,
    passwordHash: ids.passwordHash, roles: ['member'], personId: person!.id,
  }).returning({ id: t.users.id });
  await tx.insert(t.userOrganAccess).values([
    { bodyId: ids.bodyId, userId: user!.id, organId: ksnau, secret: true },
    { bodyId: ids.bodyId, userId: user!.id, organId: ids.organId.get('KS')!, secret: false },
  ]);
}
