/**
 * The decision on an item: it may only be recorded when the organ has a quorum on the item (R-MEET-1); its
 * clauses default to the official report's proposal (R-PREP-3 "förslag till beslut") or follow the adopted
 * proposal (R-MEET-4); its outcome says whether the organ decided, prepared the case for another organ, or
 * noted information; the distribution list says who receives extracts (R-MIN-3).
 */
import { clauseText, type ReportContent } from './officialReport.ts';
import { checkText } from './text.ts';
import { isUuid } from './ids.ts';
import type { ItemAttendance } from './attendance.ts';
import type { ItemKind } from './agenda.ts';
import type { ProposalKind } from './voting.ts';
import type { FieldError } from './errors.ts';

export const OUTCOMES = ['final', 'to_organ', 'noted'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export interface Recipient { name: string; email: string | null }

/**
 * R-MEET-1: null when the item may be decided, otherwise a Swedish explanation naming how many serve, how many
 * are required, and whose seats are empty or who has jäv.
 */
export function quorumProblem(att: ItemAttendance, nameOf: (personId: string) => string): string | null {
  if (att.quorum.ok) return null;
  const { serving, seats, required } = att.quorum;
  const parts = [att.quorum.reason ?? `Organet är inte beslutsfört: ${serving} av ${seats} ledamöter tjänstgör, minst ${required} krävs.`];
  const vacant = att.vacantSeats.filter((p) => !att.disqualified.includes(p));
  if (vacant.length) parts.push(`Ingen tjänstgör för: ${vacant.map(nameOf).join(', ')}.`);
  if (att.disqualified.length) parts.push(`Jäv: ${att.disqualified.map(nameOf).join(', ')}.`);
  return parts.join(' ');
}

/** The outcome an item of this kind normally has. */
export const defaultOutcome = (kind: ItemKind): Outcome => (kind === 'information' ? 'noted' : kind === 'to_council' ? 'to_organ' : 'final');

/** The official report's "förslag till beslut" as clauses (without a leading "att"); information: noted. */
export function reportClauses(report: Pick<ReportContent, 'clauses' | 'decision'> | null, outcome: Outcome): string[] {
  const clauses = (report?.clauses ?? []).map(clauseText).filter(Boolean);
  if (clauses.length) return clauses;
  return outcome === 'noted' ? ['lägga informationen till handlingarna'] : [];
}

export interface AdoptedProposal { kind: ProposalKind; text: string; fromReport: boolean }

/**
 * R-MEET-4: the clauses that follow from the procedure: a formal proposal refers back or tables; a rejection
 * rejects; the report's own proposal (or a plain approval) keeps the report's clauses; an amendment or another
 * proposal is its own text; adopted additions are added as clauses. Without proposals the report's clauses
 * stand; when every alternative put was rejected (`rejectedAll`), the proposal is rejected.
 */
export function clausesFor(formal: AdoptedProposal | null, adopted: AdoptedProposal | null, additions: readonly AdoptedProposal[], fromReport: string[], rejectedAll = false): string[] {
  const own = (p: AdoptedProposal) => clauseText(p.text);
  if (formal) return [formal.kind === 'refer_back' ? 'återremittera ärendet' : 'bordlägga ärendet', ...(own(formal) ? [own(formal)] : [])];
  let main: string[];
  if (!adopted) main = rejectedAll ? ['avslå förslaget'] : fromReport;
  else if (adopted.kind === 'reject') main = ['avslå förslaget'];
  // Approving the report's proposal without a report on file leaves the clauses for the secretary to write.
  else if (adopted.kind === 'approve') main = fromReport.length ? fromReport : adopted.fromReport ? [] : [own(adopted)];
  else main = [own(adopted)];
  return [...main, ...additions.map(own)];
}

/** "Kommunstyrelsens näringslivs- och arbetsutskott föreslår kommunstyrelsen besluta" / "… beslutar". */
export function decisionLeadIn(organName: string, outcome: Outcome, toOrganName: string | null): string {
  if (outcome === 'to_organ' && toOrganName) return `${organName} föreslår ${toOrganName.charAt(0).toLowerCase()}${toOrganName.slice(1)} besluta`;
  return `${organName} beslutar`;
}

export interface DecisionInput { clauses: string[]; outcome: Outcome; toOrganId: string | null; immediateAdjustment: boolean; distribution: Recipient[]; summary: string | null }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Validates the decision fields; `organId` is the deciding organ (it cannot send the case to itself). */
export function checkDecision(raw: Record<string, unknown>, organId: string, errors: FieldError[]): DecisionInput {
  const outcome = (raw.outcome ?? 'final') as Outcome;
  if (!OUTCOMES.includes(outcome)) errors.push({ field: 'outcome', message: 'måste vara final, to_organ eller noted' });
  let toOrganId: string | null = null;
  if (outcome === 'to_organ') {
    if (!isUuid(raw.toOrganId)) errors.push({ field: 'toOrganId', message: 'välj det organ som ärendet går vidare till' });
    else if (raw.toOrganId === organId) errors.push({ field: 'toOrganId', message: 'ärendet kan inte gå vidare till samma organ' });
    else toOrganId = raw.toOrganId;
  } else if (raw.toOrganId !== undefined && raw.toOrganId !== null) {
    errors.push({ field: 'toOrganId', message: 'anges bara när ärendet går vidare till ett annat organ (outcome to_organ)' });
  }
  const clausesRaw = Array.isArray(raw.clauses) ? raw.clauses : [];
  if (raw.clauses !== undefined && !Array.isArray(raw.clauses)) errors.push({ field: 'clauses', message: 'måste vara en lista' });
  const clauses = clausesRaw.map((c, i) => clauseText(checkText(c, { field: `clauses[${i}]`, required: true, max: 2000, multiline: true }, errors)));
  if (clauses.length === 0) errors.push({ field: 'clauses', message: 'beslutet måste ha minst en att-sats' });
  if (raw.immediateAdjustment !== undefined && typeof raw.immediateAdjustment !== 'boolean') errors.push({ field: 'immediateAdjustment', message: 'måste vara true eller false' });
  const distRaw = raw.distribution === undefined ? [] : raw.distribution;
  if (!Array.isArray(distRaw)) errors.push({ field: 'distribution', message: 'måste vara en lista' });
  const distribution = (Array.isArray(distRaw) ? distRaw : []).map((d: { name?: unknown; email?: unknown }, i): Recipient => {
    const name = checkText(d?.name, { field: `distribution[${i}].name`, required: true, max: 200 }, errors);
    const email = checkText(d?.email, { field: `distribution[${i}].email`, max: 200 }, errors) || null;
    if (email && !EMAIL.test(email)) errors.push({ field: `distribution[${i}].email`, message: 'ogiltig e-postadress' });
    return { name, email };
  });
  const summary = checkText(raw.summary, { field: 'summary', max: 4000, multiline: true }, errors) || null;
  return { clauses, outcome, toOrganId, immediateAdjustment: raw.immediateAdjustment === true, distribution, summary };
}

export interface StepRecord { stage: 'formal' | 'main_counter' | 'decision'; question: string; result: 'yes' | 'no'; winnerLabel: string | null; yesLabel: string }
export interface VoteRecord { kind: 'open' | 'secret' | 'acclamation'; tally: { yes: number; no: number; abstain: number } | null; tieBreak: 'chair' | 'lottery' | null }

/** R-MIN-1: one proposition as the minutes print it — the question, how it was settled and the result. */
export function propositionText(step: StepRecord, vote: VoteRecord | null): string {
  const outcome = step.stage === 'formal'
    ? (step.result === 'yes' ? `${step.yesLabel} har bifallits.` : 'ärendet ska avgöras i dag.')
    : step.winnerLabel ? `${step.winnerLabel} har bifallits.` : `${step.yesLabel} har avslagits.`;
  if (!vote || vote.kind === 'acclamation' || !vote.tally) return `Ordföranden ställer proposition: ${step.question} Ordföranden finner att ${outcome}`;
  const how = vote.kind === 'secret' ? 'sluten omröstning' : 'öppen omröstning (namnupprop)';
  const counts = `${vote.tally.yes} ja, ${vote.tally.no} nej, ${vote.tally.abstain} ${vote.kind === 'secret' ? 'blanka' : 'avstår'}`;
  const tie = vote.tieBreak === 'chair' ? ' med ordförandens utslagsröst' : vote.tieBreak === 'lottery' ? ' efter lottning' : '';
  const result = `${outcome.charAt(0).toUpperCase()}${outcome.slice(1, -1)}${tie}.`;
  return `Ordföranden ställer proposition: ${step.question} Omröstning begärs och genomförs som ${how}: ${counts}. ${result}`;
}
