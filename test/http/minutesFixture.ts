/**
 * The facts of the reference meeting (KSNAU 2024-05-21, §§ 177–189) as the conduct of the meeting records them,
 * written directly into the conduct tables: chair and adjuster, a substitute serving for a late member
 * (§§ 177–180), jäv on § 183, proposals and an open vote on § 182, decisions with distribution lists, a dissent,
 * immediate adjustment of § 181, and text that must be masked in the public copy.
 */
import { and, eq, sql } from 'drizzle-orm';
import * as t from '../../src/db/schema/index.ts';
import type { DemoApp } from '../support/http.ts';

export interface MinutesFixture { meetingId: string; itemId: Map<number, string>; personId: (name: string) => string; chairId: string; adjusterId: string }

export async function referenceMeetingFacts(demo: DemoApp, closed: boolean): Promise<MinutesFixture> {
  const db = demo.db.services.db;
  const [body] = await db.select({ id: t.bodies.id }).from(t.bodies);
  const bodyId = body!.id;
  const [meeting] = await db.select({ id: t.meetings.id }).from(t.meetings).innerJoin(t.organs, eq(t.organs.id, t.meetings.organId))
    .where(and(eq(t.organs.code, 'KSNAU'), eq(t.meetings.date, '2024-05-21')));
  const meetingId = meeting!.id;
  const items = await db.select({ id: t.agendaItems.id, paragraph: t.agendaItems.paragraph }).from(t.agendaItems).where(eq(t.agendaItems.meetingId, meetingId));
  const itemId = new Map(items.map((i) => [i.paragraph!, i.id]));
  const people = await db.select({ id: t.people.id, name: sql<string>`${t.people.givenName} || ' ' || ${t.people.familyName}` }).from(t.people);
  const personId = (name: string) => people.find((p) => p.name === name)!.id;
  const chairId = personId('Mikael Holmberg');
  const adjusterId = personId('Jenny Brännström');

  await db.insert(t.meetingConduct).values({
    meetingId, bodyId, chairPersonId: chairId, secretaryName: 'Ingrid Norlén', adjusterPersonIds: [adjusterId],
    adjustmentPlace: 'Stadshuset, Umeå', adjustmentDate: '2024-05-28', adjustmentTime: '10:00',
    othersPresent: ['Ingrid Norlén, sekreterare', { name: 'Per Lindberg', title: 'ekonomidirektör §§ 188–189' }],
    openedAt: new Date('2024-05-21T11:15:00Z'), closedAt: closed ? new Date('2024-05-21T14:30:00Z') : null,
  });
  if (closed) await db.update(t.meetings).set({ state: 'held', endTime: '16:30' }).where(eq(t.meetings.id, meetingId));
  const arrive = (name: string, fromItemId: string | null = null) => ({ bodyId, meetingId, personId: personId(name), kind: 'arrived', fromItemId });
  await db.insert(t.attendanceEvents).values([
    arrive('Mikael Holmberg'), arrive('Magnus Edström'), arrive('Moa Selin'), arrive('Jenny Brännström'), arrive('Johan Nyström'), arrive('Lisa Engström'),
    arrive('Elin Forsberg', itemId.get(181)!),
  ]);
  await db.insert(t.disqualifications).values({ bodyId, meetingId, agendaItemId: itemId.get(183)!, personId: personId('Moa Selin') });
  // An elected substitute with protected identity: named in the minutes, masked in the public copy.
  await db.update(t.people).set({ protectedIdentity: true }).where(eq(t.people.id, personId('Lisa Engström')));

  for (const [paragraph, id] of itemId) {
    await db.insert(t.itemDecisions).values({
      agendaItemId: id, bodyId, meetingId, clauses: paragraph === 188 ? [] : [`att godkänna förslaget i § ${paragraph}`],
      outcome: paragraph === 188 ? 'noted' : paragraph >= 184 && paragraph <= 187 ? 'to_organ' : 'final',
      toOrganId: paragraph >= 184 && paragraph <= 187 ? (await db.select({ id: t.organs.id }).from(t.organs).where(eq(t.organs.code, 'KS')))[0]!.id : null,
      immediateAdjustment: paragraph === 181,
      summary: paragraph === 182 ? 'Ansökan gäller klimatneutralitet.\n\nSökandens kontaktperson Linnea Sjölander, 850101-1234, har lämnat kompletteringar.' : null,
      distribution: paragraph === 183 ? [] : [{ name: 'Ekonomikontoret', email: 'ekonomi@example.se' }, { name: 'Sökande' }],
    });
  }
  const i182 = itemId.get(182)!;
  const [report, reject] = await db.insert(t.proposals).values([
    { bodyId, agendaItemId: i182, position: 1, kind: 'approve', personId: personId('Mikael Holmberg'), supporterIds: [personId('Elin Forsberg')], text: 'arbetsutskottets förslag' },
    { bodyId, agendaItemId: i182, position: 2, kind: 'reject', personId: personId('Magnus Edström'), text: 'ansökan avslås' },
  ]).returning({ id: t.proposals.id });
  await db.insert(t.votes).values({
    bodyId, agendaItemId: i182, position: 1, kind: 'open', yesProposalId: report!.id, noProposalId: reject!.id, winnerProposalId: report!.id,
    ballots: { [chairId]: 'yes', [personId('Elin Forsberg')]: 'yes', [personId('Moa Selin')]: 'yes', [adjusterId]: 'abstain', [personId('Magnus Edström')]: 'no' },
    tally: { yes: 3, no: 1, abstain: 1 },
  });
  await db.update(t.itemDecisions).set({ procedure: [{ stage: 'decision', text: 'Ordföranden ställer proposition på bifall mot avslag och finner bifall.', result: '' }], winnerProposalId: report!.id })
    .where(eq(t.itemDecisions.agendaItemId, i182));
  await db.insert(t.reservations).values({ bodyId, agendaItemId: i182, kind: 'dissent', personIds: [personId('Magnus Edström')], text: 'Till förmån för eget yrkande.' });
  // The protected letter is part of § 189's basis: its sender's name must not reach the public copy.
  const [letter] = await db.select({ id: t.documents.id }).from(t.documents).where(eq(t.documents.number, 'KS-2024/00512-1'));
  await db.insert(t.agendaItemDocuments).values({ bodyId, agendaItemId: itemId.get(189)!, documentId: letter!.id, position: 99 });
  return { meetingId, itemId, personId, chairId, adjusterId };
}
