/**
 * Conducts the reference meeting (KSNAU 2024-05-21) through the live-meeting use cases, each step at its time:
 * opening with chair, adjuster and who is present, the substitute the calling order suggests for the absent
 * member, a jäv, a decision on every paragraph (with a roll-call vote and a dissent on § 184), and closing.
 */
import type { ConductItem, ConductView } from '../db/repositories/conduct.ts';
import { openMeeting, closeMeeting } from '../use-cases/conduct/openMeeting.ts';
import { chooseSubstitute, declareDisqualification } from '../use-cases/conduct/attendance.ts';
import { addProposal } from '../use-cases/conduct/proposals.ts';
import { recordVote } from '../use-cases/conduct/propositions.ts';
import { decideItem } from '../use-cases/conduct/decideItem.ts';
import { announceReservation } from '../use-cases/conduct/reservations.ts';
import { officialReports } from './reports.ts';
import { absentMember, decisions, disqualification, meetingHeader, meetingTimes, presentFromStart, rollCall, type DemoDecision } from './meetingOutcome.ts';
import type { DemoActors, SettableClock } from './actors.ts';

/** The official report's clauses for a case (the demo's report texts, keyed by document number). */
function reportClauses(caseNumber: string | null): string[] {
  const key = Object.keys(officialReports).find((k) => caseNumber && k.startsWith(`${caseNumber}-`));
  return key ? officialReports[key]!.clauses : [];
}

/** Spreads the items evenly between the opening and five minutes before closing. */
function itemTime(index: number, count: number): Date {
  const start = new Date(meetingTimes.opened).getTime();
  const end = new Date(meetingTimes.closed).getTime() - 5 * 60_000;
  return new Date(start + Math.round(((index + 1) * (end - start)) / (count + 1) / 60_000) * 60_000);
}

export async function conductReferenceMeeting(actors: DemoActors, clock: SettableClock, meetingId: string): Promise<ConductView> {
  const secretary = actors.as('sekreterare', clock);
  const p = (key: string) => actors.person(key);
  clock.set(meetingTimes.opened);
  let view = await openMeeting(secretary, meetingId, {
    present: presentFromStart.map(p), chairPersonId: p(meetingHeader.chair), secretaryName: meetingHeader.secretaryName,
    adjusterPersonIds: meetingHeader.adjusters.map(p), adjustmentPlace: meetingHeader.adjustmentPlace,
    adjustmentDate: meetingHeader.adjustmentDate, adjustmentTime: meetingHeader.adjustmentTime, othersPresent: meetingHeader.othersPresent,
  });

  // R-MEET-2: the substitute the calling order places in the absent member's seat is confirmed by the secretary.
  const first = view.items.find((i) => i.attendance)!;
  const suggested = first.attendance!.serving.find((s) => s.forPersonId === p(absentMember));
  if (!suggested) throw new Error('the calling order suggests no substitute for the absent member');
  view = (await chooseSubstitute(secretary, meetingId, { substitutePersonId: suggested.personId, forPersonId: p(absentMember) })).view;

  const byParagraph = (n: number): ConductItem => view.items.find((i) => i.paragraph === n)!;
  view = await declareDisqualification(secretary, meetingId, byParagraph(disqualification.paragraph).id, { personId: p(disqualification.person), note: disqualification.note });

  const handled = decisions.filter((d) => byParagraph(d.paragraph)?.attendance);
  for (const [index, decision] of handled.entries()) {
    clock.set(itemTime(index, handled.length));
    view = await decide(actors, clock, meetingId, view, byParagraph(decision.paragraph), decision);
  }
  clock.set(meetingTimes.closed);
  return closeMeeting(secretary, meetingId, { version: view.conduct!.version });
}

async function decide(actors: DemoActors, clock: SettableClock, meetingId: string, before: ConductView, item: ConductItem, decision: DemoDecision): Promise<ConductView> {
  const secretary = actors.as('sekreterare', clock);
  const p = (key: string) => actors.person(key);
  let view = before;
  const vote = decision.paragraph === rollCall.paragraph;
  if (vote) {
    // R-MEET-4/5: the report's proposal against a counter-proposal, settled by roll-call of everyone serving.
    view = await addProposal(secretary, meetingId, item.id, { kind: 'approve', text: rollCall.reportProposal });
    view = await addProposal(secretary, meetingId, item.id, { kind: 'other', personId: p(rollCall.counter.person), text: rollCall.counter.text });
    const serving = view.items.find((i) => i.id === item.id)!.attendance!.serving;
    const voteOf = new Map(Object.entries(rollCall.ballots).map(([key, v]) => [p(key), v]));
    const ballots = serving.map((s) => ({ personId: s.personId, vote: voteOf.get(s.personId) ?? 'yes' }));
    view = await recordVote(secretary, meetingId, item.id, { version: view.conduct!.version, kind: 'open', ballots });
  }
  view = await decideItem(secretary, meetingId, item.id, {
    version: view.conduct!.version, clauses: decision.clauses ?? reportClauses(item.caseNumber), outcome: decision.outcome,
    immediateAdjustment: decision.immediateAdjustment ?? false, summary: decision.summary, distribution: decision.distribution,
  });
  if (vote) {
    // R-MEET-7: the outvoted mover announces a dissent before the meeting ends, with the written motivation.
    view = await announceReservation(secretary, meetingId, item.id, { kind: 'dissent', personIds: [p(rollCall.dissent.person)], text: rollCall.dissent.text });
  }
  return view;
}
