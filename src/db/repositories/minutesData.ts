/**
 * Loads everything the minutes are made of (R-MIN-1, R-MIN-2): the meeting and its agenda, the conduct facts
 * (chair, adjusters, attendance events, substitutes, jäv, proposals, votes, decisions, dissents) and the
 * seats, and computes who served on each paragraph with the attendance rules (R-MEET-1…3).
 */
import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import * as t from '../schema/index.ts';
import { recordReader } from '../../disclosure/reader.ts';
import { loadMeeting, type MeetingView } from './agenda.ts';
import { computeAttendance, type AttendanceProblem, type ItemAttendance, type Seat } from '../../domain/attendance.ts';

export interface MinutesPerson { id: string; givenName: string; familyName: string; name: string; party: string | null; email: string | null; protectedIdentity: boolean }

export interface MinutesBasisDoc { id: string; number: string; description: string; publicDescription: string; secret: boolean; secrecyGround: string | null; protectedPersonalData: boolean }
export interface MinutesProposal { id: string; position: number; kind: string; personId: string | null; supporterIds: string[]; text: string; withdrawn: boolean }
export interface MinutesVote {
  id: string; position: number; kind: 'open' | 'secret'; stage: string; yesProposalId: string; noProposalId: string;
  ballots: Record<string, string>; tally: { yes: number; no: number; abstain: number }; tieBreak: string | null; winnerProposalId: string;
}
export interface MinutesDecision {
  clauses: string[]; procedure: { stage: string; text: string; result: string }[]; summary: string | null; outcome: string; toOrganName: string | null;
  immediateAdjustment: boolean; distribution: { name: string; email: string | null }[];
}
export interface MinutesItem {
  id: string; paragraph: number; paragraphLabel: string; title: string; section: string; caseId: string | null; caseNumber: string | null;
  kind: string; public: boolean; withdrawn: boolean; presenter: string | null; basis: MinutesBasisDoc[]; proposals: MinutesProposal[]; votes: MinutesVote[];
  decision: MinutesDecision | null; reservations: { kind: string; personIds: string[]; text: string | null }[]; disqualified: string[];
}
export interface MinutesConduct {
  chairPersonId: string | null; secretaryName: string | null; adjusterPersonIds: string[]; adjustmentPlace: string | null;
  adjustmentDate: string | null; adjustmentTime: string | null; othersPresent: string[]; openedAt: Date | null; closedAt: Date | null;
}
export interface MinutesData {
  bodyName: string;
  meeting: MeetingView;
  conduct: MinutesConduct | null;
  /** Where the minutes are kept (the organ's registry). */
  keptAt: string;
  people: Map<string, MinutesPerson>;
  seats: Seat[];
  items: MinutesItem[];
  /** Attendance per handled (not withdrawn) item, in meeting order. */
  attendance: ItemAttendance[];
  attendanceProblems: AttendanceProblem[];
  /** Senders and recipients with protected identity in the items' documents (masked in the public copy, R-PUB-1). */
  protectedCounterparties: { givenName: string; familyName: string }[];
}

const text = (v: unknown): string => (typeof v === 'string' ? v : v && typeof v === 'object' && 'text' in v ? String((v as { text: unknown }).text ?? '') : '');
/** "Name, title" from a string or a { name, title } object. */
const presentLine = (v: unknown): string => (typeof v === 'string' ? v : v && typeof v === 'object'
  ? [(v as { name?: unknown }).name, (v as { title?: unknown }).title].filter((x) => typeof x === 'string' && x).join(', ') : '');
const lines = (v: unknown): string[] => (Array.isArray(v) ? v.map(text).filter(Boolean) : []);

export async function loadMinutesData(ex: Executor, bodyId: string, meetingId: string): Promise<MinutesData | undefined> {
  const meeting = await loadMeeting(ex, recordReader(bodyId), meetingId);
  if (!meeting) return undefined;
  const [body] = await ex.select({ name: t.bodies.name }).from(t.bodies).where(eq(t.bodies.id, bodyId));
  const [conductRow] = await ex.select().from(t.meetingConduct).where(eq(t.meetingConduct.meetingId, meetingId));
  const [registry] = await ex.select({ name: t.registries.name }).from(t.registries)
    .where(and(eq(t.registries.bodyId, bodyId), eq(t.registries.organId, meeting.organId))).limit(1);
  const parentRegistry = registry ? undefined : (await ex.select({ name: t.registries.name }).from(t.registries).innerJoin(t.organs, eq(t.organs.parentId, t.registries.organId))
    .where(and(eq(t.registries.bodyId, bodyId), eq(t.organs.id, meeting.organId))).limit(1))[0];

  const seatRows = await ex.select({ personId: t.memberships.personId, role: t.memberships.role, substituteOrder: t.memberships.substituteOrder, partyId: t.people.partyId })
    .from(t.memberships).innerJoin(t.people, eq(t.people.id, t.memberships.personId))
    .where(and(eq(t.memberships.organId, meeting.organId), lte(t.memberships.startsOn, meeting.date), or(isNull(t.memberships.endsOn), gte(t.memberships.endsOn, meeting.date))))
    .orderBy(asc(t.memberships.startsOn));
  const seats: Seat[] = seatRows.map((s) => ({ personId: s.personId, role: s.role as Seat['role'], partyId: s.partyId, substituteOrder: s.substituteOrder }));

  const all = meeting.sections.flatMap((s) => s.items.map((i) => ({ ...i, section: s.heading })));
  const itemIds = all.map((i) => i.id);
  const byItem = <R extends { agendaItemId: string }>(rows: R[], id: string) => rows.filter((r) => r.agendaItemId === id);
  // One query at a time: inside a transaction they share one connection.
  const events = await ex.select().from(t.attendanceEvents).where(eq(t.attendanceEvents.meetingId, meetingId)).orderBy(asc(t.attendanceEvents.recordedAt));
  const choices = await ex.select().from(t.substituteAssignments).where(eq(t.substituteAssignments.meetingId, meetingId)).orderBy(asc(t.substituteAssignments.recordedAt));
  const jav = await ex.select().from(t.disqualifications).where(eq(t.disqualifications.meetingId, meetingId));
  const proposalRows = itemIds.length ? await ex.select().from(t.proposals).where(inArray(t.proposals.agendaItemId, itemIds)).orderBy(asc(t.proposals.position)) : [];
  const voteRows = itemIds.length ? await ex.select().from(t.votes).where(inArray(t.votes.agendaItemId, itemIds)).orderBy(asc(t.votes.position)) : [];
  const decisionRows = await ex.select({ d: t.itemDecisions, toOrganName: t.organs.name }).from(t.itemDecisions).leftJoin(t.organs, eq(t.organs.id, t.itemDecisions.toOrganId))
    .where(eq(t.itemDecisions.meetingId, meetingId));
  const reservationRows = itemIds.length ? await ex.select().from(t.reservations).where(inArray(t.reservations.agendaItemId, itemIds)).orderBy(asc(t.reservations.announcedAt)) : [];
  const docIds = all.flatMap((i) => i.documents.map((d) => d.id));
  const docRows = docIds.length ? await ex.select({ id: t.documents.id, p: t.documents.publicDescription, cp: t.documents.counterpartyName, protectedCp: t.documents.counterpartyProtected })
    .from(t.documents).where(inArray(t.documents.id, docIds)) : [];
  const publicDescriptions = new Map(docRows.map((d) => [d.id, d.p]));
  // Every protected name of the body, also of documents hidden from this reader: the public copy must mask them all.
  const protectedNames = (await ex.execute<{ name: string }>(sql`SELECT n AS name FROM namnd_protected_names(${bodyId}::uuid) n`)).rows.map((r) => r.name);
  const protectedCounterparties = [...new Set([...docRows.filter((d) => d.protectedCp && d.cp).map((d) => d.cp!.trim()), ...protectedNames.map((n) => n.trim())])].map((name) => {
    const cut = name.lastIndexOf(' ');
    return cut > 0 ? { givenName: name.slice(0, cut), familyName: name.slice(cut + 1) } : { givenName: name, familyName: '' };
  });

  const personIds = new Set<string>([
    ...seats.map((s) => s.personId), ...events.map((e) => e.personId), ...choices.flatMap((c) => [c.substitutePersonId, c.forPersonId]), ...jav.map((j) => j.personId),
    ...proposalRows.flatMap((p) => [p.personId, ...p.supporterIds].filter((x): x is string => Boolean(x))), ...reservationRows.flatMap((r) => r.personIds),
    ...voteRows.flatMap((v) => Object.keys((v.ballots ?? {}) as Record<string, string>)),
    ...(conductRow ? [conductRow.chairPersonId, ...conductRow.adjusterPersonIds].filter((x): x is string => Boolean(x)) : []),
  ]);
  const personRows = personIds.size ? await ex.select({ p: t.people, party: t.parties.code }).from(t.people).leftJoin(t.parties, eq(t.parties.id, t.people.partyId))
    .where(and(eq(t.people.bodyId, bodyId), inArray(t.people.id, [...personIds]))) : [];
  const people = new Map(personRows.map(({ p, party }) => [p.id, {
    id: p.id, givenName: p.givenName, familyName: p.familyName, name: `${p.givenName} ${p.familyName}`, party, email: p.email, protectedIdentity: p.protectedIdentity,
  }]));

  const handled = all.filter((i) => !i.withdrawn);
  const result = computeAttendance({
    organKind: meeting.organKind,
    itemIds: handled.map((i) => i.id),
    seats,
    events: events.map((e) => ({ personId: e.personId, kind: e.kind as 'arrived' | 'left', fromItemId: e.fromItemId })),
    choices: choices.map((c) => ({ substitutePersonId: c.substitutePersonId, forPersonId: c.forPersonId, fromItemId: c.fromItemId })),
    disqualified: new Map(handled.map((i) => [i.id, jav.filter((j) => j.agendaItemId === i.id).map((j) => j.personId)])),
  });

  const items: MinutesItem[] = all.map((i) => {
    const dRow = decisionRows.find((d) => d.d.agendaItemId === i.id);
    const d = dRow?.d;
    return {
      id: i.id, paragraph: i.paragraph, paragraphLabel: i.paragraphLabel, title: i.title, section: i.section, caseId: i.caseId, caseNumber: i.caseNumber,
      kind: i.kind, public: i.public, withdrawn: i.withdrawn, presenter: i.presenter,
      basis: i.documents.map((doc) => ({
        id: doc.id, number: doc.number, description: doc.description, publicDescription: publicDescriptions.get(doc.id) ?? doc.description,
        secret: doc.secrecyGround !== null, secrecyGround: doc.secrecyGround, protectedPersonalData: doc.protectedPersonalData,
      })),
      proposals: byItem(proposalRows, i.id).map((p) => ({ id: p.id, position: p.position, kind: p.kind, personId: p.personId, supporterIds: p.supporterIds, text: p.text, withdrawn: p.withdrawn })),
      votes: byItem(voteRows, i.id).map((v) => ({
        id: v.id, position: v.position, kind: v.kind === 'secret' ? 'secret' : 'open', stage: v.stage, yesProposalId: v.yesProposalId, noProposalId: v.noProposalId,
        ballots: (v.ballots ?? {}) as Record<string, string>, tally: { yes: 0, no: 0, abstain: 0, ...(v.tally as object) }, tieBreak: v.tieBreak, winnerProposalId: v.winnerProposalId,
      })),
      decision: d ? {
        clauses: lines(d.clauses),
        procedure: (Array.isArray(d.procedure) ? d.procedure : []).map((p: Record<string, unknown>) => ({ stage: String(p.stage ?? ''), text: text(p), result: String(p.result ?? '') })),
        summary: d.summary, outcome: d.outcome, toOrganName: dRow.toOrganName, immediateAdjustment: d.immediateAdjustment,
        distribution: (Array.isArray(d.distribution) ? d.distribution : []).map((r: unknown) => ({
          name: text(r) || String((r as { name?: unknown })?.name ?? ''), email: typeof (r as { email?: unknown })?.email === 'string' ? (r as { email: string }).email : null,
        })).filter((r) => r.name),
      } : null,
      reservations: byItem(reservationRows, i.id).map((r) => ({ kind: r.kind, personIds: r.personIds, text: r.text })),
      disqualified: jav.filter((j) => j.agendaItemId === i.id).map((j) => j.personId),
    };
  });

  return {
    bodyName: body?.name ?? '', meeting,
    conduct: conductRow ? {
      chairPersonId: conductRow.chairPersonId, secretaryName: conductRow.secretaryName, adjusterPersonIds: conductRow.adjusterPersonIds,
      adjustmentPlace: conductRow.adjustmentPlace, adjustmentDate: conductRow.adjustmentDate, adjustmentTime: conductRow.adjustmentTime?.slice(0, 5) ?? null,
      othersPresent: (Array.isArray(conductRow.othersPresent) ? conductRow.othersPresent : []).map(presentLine).filter(Boolean),
      openedAt: conductRow.openedAt, closedAt: conductRow.closedAt,
    } : null,
    keptAt: registry?.name ?? parentRegistry?.name ?? `${meeting.organName}s diarium`,
    people, seats, items, attendance: result.items, attendanceProblems: result.problems, protectedCounterparties,
  };
}
