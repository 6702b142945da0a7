/**
 * Loads the live meeting (R-MEET-1…7) as the meeting-mode screen needs it: the meeting and its conduct row, the
 * seats, the items in order with attendance (computed from the stored facts by computeAttendance), jäv,
 * proposals, the decision procedure with its votes, the decision and the dissents; and the minutes' state.
 */
import { and, asc, eq, gte, inArray, isNull, lte, ne, or } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import * as t from '../schema/index.ts';
import { bodyOf, type Reader } from '../../disclosure/reader.ts';
import { loadMeeting, type MeetingView } from './agenda.ts';
import { computeAttendance, type AttendanceProblem, type ItemAttendance, type Seat } from '../../domain/attendance.ts';
import { decisionProcedure, isFormal, type Ballot, type Procedure, type ProposalKind, type Result, type Stage } from '../../domain/voting.ts';
import type { Outcome, Recipient } from '../../domain/decision.ts';
import type { ItemKind } from '../../domain/agenda.ts';

export interface SeatView { personId: string; name: string; partyCode: string | null; role: Seat['role']; substituteOrder: number | null }
export interface ProposalView { id: string; position: number; kind: ProposalKind; personId: string | null; moverName: string | null; supporterIds: string[]; text: string; withdrawn: boolean; label: string }
export interface VoteView {
  id: string; position: number; kind: 'open' | 'secret' | 'acclamation'; stage: Stage; yesProposalId: string; noProposalId: string | null;
  ballots: { personId: string; name: string; vote: Ballot }[]; tally: { yes: number; no: number; abstain: number } | null; tieBreak: 'chair' | 'lottery' | null;
  result: Result; winnerProposalId: string | null; recordedAt: string;
}
export interface DecisionView {
  clauses: string[]; procedure: { stage: Stage; question: string; result: Result; text: string }[]; summary: string | null; outcome: Outcome;
  toOrganId: string | null; toOrganName: string | null; immediateAdjustment: boolean; distribution: Recipient[]; winnerProposalId: string | null; decidedAt: string; version: number;
}
export interface ReservationView { id: string; kind: 'dissent' | 'note'; personIds: string[]; names: string[]; text: string | null; announcedAt: string; textUpdatedAt: string | null }
export interface ConductItem {
  id: string; sectionHeading: string; paragraph: number; paragraphLabel: string; title: string; caseId: string | null; caseNumber: string | null; kind: ItemKind; public: boolean; withdrawn: boolean;
  /** Null for a withdrawn item (it is not handled). */
  attendance: (Omit<ItemAttendance, 'serving'> & { serving: (ItemAttendance['serving'][number] & { name: string; partyCode: string | null; forName: string | null })[] }) | null;
  disqualifications: { personId: string; name: string; note: string | null }[];
  proposals: ProposalView[]; votes: VoteView[]; procedure: Procedure; decision: DecisionView | null; reservations: ReservationView[];
  /** R-MEET-6: the case was referred back or tabled by this organ before (the council's minority right is used up). */
  formalUsedBefore: boolean;
}
export interface ConductView {
  meeting: Omit<MeetingView, 'sections'>;
  conduct: {
    chairPersonId: string | null; secretaryName: string | null; adjusterPersonIds: string[]; adjustmentPlace: string | null; adjustmentDate: string | null; adjustmentTime: string | null;
    othersPresent: string[]; openedAt: string | null; closedAt: string | null; version: number; updatedAt: string;
  } | null;
  minutes: { id: string; state: string; version: number } | null;
  /** The minutes went to signing or are adjusted: the meeting's record can no longer change (R-JUST-3). */
  locked: boolean;
  seats: SeatView[];
  events: { id: string; personId: string; name: string; kind: 'arrived' | 'left'; fromItemId: string | null; note: string | null; recordedAt: string }[];
  substituteChoices: { id: string; substitutePersonId: string; forPersonId: string; fromItemId: string | null; recordedAt: string }[];
  problems: (AttendanceProblem & { name: string })[];
  items: ConductItem[];
}

const KIND_WORDS: Record<ProposalKind, string> = { approve: 'bifall', reject: 'avslag', amend: 'ändring', add: 'tillägg', refer_back: 'återremiss', table: 'bordläggning', other: '' };
const genitive = (name: string) => (/[sxz]$/i.test(name) ? name : `${name}s`);

/** "Moa Selins (MP) yrkande om avslag"; the official report's own proposal is "förslaget till beslut". */
export function proposalLabel(kind: ProposalKind, mover: { name: string; partyCode: string | null } | null): string {
  if (!mover) return kind === 'approve' ? 'förslaget till beslut' : `yrkandet om ${KIND_WORDS[kind] || 'annat beslut'}`;
  const who = `${genitive(mover.name)}${mover.partyCode ? ` (${mover.partyCode})` : ''}`;
  return KIND_WORDS[kind] ? `${who} yrkande om ${KIND_WORDS[kind]}` : `${who} yrkande`;
}

/** The seats of the organ on the meeting day, chair first, substitutes in their order. */
export async function loadSeats(ex: Executor, organId: string, date: string): Promise<(Seat & { name: string; partyCode: string | null })[]> {
  const rows = await ex.select({ m: t.memberships, given: t.people.givenName, family: t.people.familyName, partyId: t.people.partyId, partyCode: t.parties.code })
    .from(t.memberships).innerJoin(t.people, eq(t.people.id, t.memberships.personId)).leftJoin(t.parties, eq(t.parties.id, t.people.partyId))
    .where(and(eq(t.memberships.organId, organId), lte(t.memberships.startsOn, date), or(isNull(t.memberships.endsOn), gte(t.memberships.endsOn, date))));
  const rank = { chair: 0, vice_chair: 1, member: 2, substitute: 3 } as Record<string, number>;
  return rows.map((r) => ({ personId: r.m.personId, role: r.m.role as Seat['role'], partyId: r.partyId, substituteOrder: r.m.substituteOrder, name: `${r.given} ${r.family}`, partyCode: r.partyCode }))
    .sort((a, b) => rank[a.role]! - rank[b.role]! || (a.substituteOrder ?? 0) - (b.substituteOrder ?? 0) || a.name.localeCompare(b.name, 'sv'));
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export async function loadConduct(ex: Executor, reader: Reader, meetingId: string): Promise<ConductView | undefined> {
  const bodyId = bodyOf(reader);
  const full = await loadMeeting(ex, reader, meetingId);
  if (!full) return undefined;
  const { sections, ...meeting } = full;
  const [conduct] = await ex.select().from(t.meetingConduct).where(eq(t.meetingConduct.meetingId, meetingId));
  const [minutes] = await ex.select({ id: t.minutes.id, state: t.minutes.state, version: t.minutes.version }).from(t.minutes).where(and(eq(t.minutes.meetingId, meetingId), eq(t.minutes.bodyId, bodyId)));
  const seats = await loadSeats(ex, meeting.organId, meeting.date);
  const allItems = sections.flatMap((s) => s.items.map((i) => ({ ...i, sectionHeading: s.heading })));
  const itemIds = allItems.map((i) => i.id);
  const handled = allItems.filter((i) => !i.withdrawn);

  const events = await ex.select().from(t.attendanceEvents).where(eq(t.attendanceEvents.meetingId, meetingId)).orderBy(asc(t.attendanceEvents.recordedAt));
  const choices = await ex.select().from(t.substituteAssignments).where(eq(t.substituteAssignments.meetingId, meetingId)).orderBy(asc(t.substituteAssignments.recordedAt));
  const dqs = await ex.select().from(t.disqualifications).where(eq(t.disqualifications.meetingId, meetingId)).orderBy(asc(t.disqualifications.recordedAt));
  const proposals = itemIds.length ? await ex.select().from(t.proposals).where(inArray(t.proposals.agendaItemId, itemIds)).orderBy(asc(t.proposals.position)) : [];
  const votes = itemIds.length ? await ex.select().from(t.votes).where(inArray(t.votes.agendaItemId, itemIds)).orderBy(asc(t.votes.position)) : [];
  const decisions = itemIds.length ? await ex.select({ d: t.itemDecisions, toOrganName: t.organs.name }).from(t.itemDecisions).leftJoin(t.organs, eq(t.organs.id, t.itemDecisions.toOrganId))
    .where(inArray(t.itemDecisions.agendaItemId, itemIds)) : [];
  const reservations = itemIds.length ? await ex.select().from(t.reservations).where(inArray(t.reservations.agendaItemId, itemIds)).orderBy(asc(t.reservations.announcedAt)) : [];
  const usedBefore = await formalUsedBefore(ex, meeting.organId, meetingId, handled.map((i) => i.caseId).filter((c): c is string => c !== null));

  // Names of everyone mentioned: seat holders, and anyone recorded who no longer holds a seat.
  const names = new Map(seats.map((s) => [s.personId, { name: s.name, partyCode: s.partyCode }]));
  const mentioned = [...events.map((e) => e.personId), ...dqs.map((d) => d.personId), ...proposals.flatMap((p) => (p.personId ? [p.personId] : [])), ...reservations.flatMap((r) => r.personIds)]
    .filter((p) => !names.has(p));
  if (mentioned.length) {
    const extra = await ex.select({ id: t.people.id, given: t.people.givenName, family: t.people.familyName, partyCode: t.parties.code }).from(t.people)
      .leftJoin(t.parties, eq(t.parties.id, t.people.partyId)).where(and(eq(t.people.bodyId, bodyId), inArray(t.people.id, [...new Set(mentioned)])));
    for (const p of extra) names.set(p.id, { name: `${p.given} ${p.family}`, partyCode: p.partyCode });
  }
  const nameOf = (p: string) => names.get(p)?.name ?? 'okänd person';

  const disqualified = new Map<string, string[]>();
  for (const d of dqs) disqualified.set(d.agendaItemId, [...(disqualified.get(d.agendaItemId) ?? []), d.personId]);
  const attendance = computeAttendance({
    organKind: meeting.organKind, itemIds: handled.map((i) => i.id), seats,
    events: events.map((e) => ({ personId: e.personId, kind: e.kind as 'arrived' | 'left', fromItemId: e.fromItemId })),
    choices: choices.map((c) => ({ substitutePersonId: c.substitutePersonId, forPersonId: c.forPersonId, fromItemId: c.fromItemId })),
    disqualified,
  });

  const items: ConductItem[] = allItems.map((item) => {
    const att = attendance.items.find((a) => a.itemId === item.id) ?? null;
    const props: ProposalView[] = proposals.filter((p) => p.agendaItemId === item.id).map((p) => ({
      id: p.id, position: p.position, kind: p.kind as ProposalKind, personId: p.personId, moverName: p.personId ? nameOf(p.personId) : null, supporterIds: p.supporterIds,
      text: p.text, withdrawn: p.withdrawn, label: proposalLabel(p.kind as ProposalKind, p.personId ? names.get(p.personId) ?? { name: nameOf(p.personId), partyCode: null } : null),
    }));
    const itemVotes: VoteView[] = votes.filter((v) => v.agendaItemId === item.id).map((v) => {
      const tally = v.tally as { yes?: number; no?: number; abstain?: number; result: Result };
      return {
        id: v.id, position: v.position, kind: v.kind as VoteView['kind'], stage: v.stage as Stage, yesProposalId: v.yesProposalId,
        noProposalId: v.noProposalId === v.yesProposalId ? null : v.noProposalId,
        ballots: Object.entries(v.ballots as Record<string, Ballot>).map(([personId, vote]) => ({ personId, name: nameOf(personId), vote })),
        tally: v.kind === 'acclamation' ? null : { yes: tally.yes ?? 0, no: tally.no ?? 0, abstain: tally.abstain ?? 0 }, tieBreak: v.tieBreak as VoteView['tieBreak'],
        result: tally.result, winnerProposalId: tally.result === 'yes' ? v.yesProposalId : v.noProposalId === v.yesProposalId ? null : v.noProposalId, recordedAt: v.recordedAt.toISOString(),
      };
    });
    const procedure = decisionProcedure(props.map((p) => ({ id: p.id, kind: p.kind, label: p.label, withdrawn: p.withdrawn })), itemVotes.map((v) => v.result));
    const dec = decisions.find((d) => d.d.agendaItemId === item.id);
    return {
      id: item.id, sectionHeading: item.sectionHeading, paragraph: item.paragraph, paragraphLabel: item.paragraphLabel, title: item.title, caseId: item.caseId, caseNumber: item.caseNumber,
      kind: item.kind, public: item.public, withdrawn: item.withdrawn,
      attendance: att && {
        ...att,
        serving: att.serving.map((s) => ({ ...s, name: nameOf(s.personId), partyCode: names.get(s.personId)?.partyCode ?? null, forName: s.forPersonId ? nameOf(s.forPersonId) : null })),
      },
      disqualifications: dqs.filter((d) => d.agendaItemId === item.id).map((d) => ({ personId: d.personId, name: nameOf(d.personId), note: d.note })),
      proposals: props, votes: itemVotes, procedure,
      decision: dec ? {
        clauses: dec.d.clauses as string[], procedure: dec.d.procedure as DecisionView['procedure'], summary: dec.d.summary, outcome: dec.d.outcome as Outcome, toOrganId: dec.d.toOrganId,
        toOrganName: dec.toOrganName, immediateAdjustment: dec.d.immediateAdjustment, distribution: dec.d.distribution as Recipient[], winnerProposalId: dec.d.winnerProposalId,
        decidedAt: dec.d.decidedAt.toISOString(), version: dec.d.version,
      } : null,
      reservations: reservations.filter((r) => r.agendaItemId === item.id).map((r) => ({
        id: r.id, kind: r.kind as 'dissent' | 'note', personIds: r.personIds, names: r.personIds.map(nameOf), text: r.text, announcedAt: r.announcedAt.toISOString(), textUpdatedAt: iso(r.textUpdatedAt),
      })),
      formalUsedBefore: item.caseId !== null && usedBefore.has(item.caseId),
    };
  });

  return {
    meeting,
    conduct: conduct ? {
      chairPersonId: conduct.chairPersonId, secretaryName: conduct.secretaryName, adjusterPersonIds: conduct.adjusterPersonIds, adjustmentPlace: conduct.adjustmentPlace,
      adjustmentDate: conduct.adjustmentDate, adjustmentTime: conduct.adjustmentTime?.slice(0, 5) ?? null, othersPresent: conduct.othersPresent as string[],
      openedAt: iso(conduct.openedAt), closedAt: iso(conduct.closedAt), version: conduct.version, updatedAt: conduct.updatedAt.toISOString(),
    } : null,
    minutes: minutes ?? null,
    locked: minutes?.state === 'signing' || minutes?.state === 'adjusted',
    seats: seats.map(({ personId, name, partyCode, role, substituteOrder }) => ({ personId, name, partyCode, role, substituteOrder })),
    events: events.map((e) => ({ id: e.id, personId: e.personId, name: nameOf(e.personId), kind: e.kind as 'arrived' | 'left', fromItemId: e.fromItemId, note: e.note, recordedAt: e.recordedAt.toISOString() })),
    substituteChoices: choices.map((c) => ({ id: c.id, substitutePersonId: c.substitutePersonId, forPersonId: c.forPersonId, fromItemId: c.fromItemId, recordedAt: c.recordedAt.toISOString() })),
    problems: attendance.problems.map((p) => ({ ...p, name: nameOf(p.personId) })),
    items,
  };
}

/** Cases this organ referred back or tabled at an earlier meeting (R-MEET-6). */
async function formalUsedBefore(ex: Executor, organId: string, meetingId: string, caseIds: string[]): Promise<Set<string>> {
  if (!caseIds.length) return new Set();
  const rows = await ex.select({ caseId: t.agendaItems.caseId, kind: t.proposals.kind }).from(t.itemDecisions)
    .innerJoin(t.agendaItems, eq(t.agendaItems.id, t.itemDecisions.agendaItemId))
    .innerJoin(t.proposals, eq(t.proposals.id, t.itemDecisions.winnerProposalId))
    .where(and(eq(t.agendaItems.organId, organId), ne(t.agendaItems.meetingId, meetingId), inArray(t.agendaItems.caseId, caseIds)));
  return new Set(rows.filter((r) => isFormal(r.kind as ProposalKind)).map((r) => r.caseId!));
}
