/**
 * How an item is decided (R-MEET-4, R-MEET-5, R-MEET-6): the order in which proposals (yrkanden) are put
 * (propositionsordning), and how a vote is counted. Pure: the meeting's facts in, propositions and results out.
 *
 * The procedure: formal proposals (återremiss, bordläggning) are tried first, each against deciding the item
 * today. Then the alternatives (bifall, avslag, ändring, other): one is put yes/no, two against each other, more
 * than two by the main/counter-proposal procedure — the first alternative stands as the main proposal
 * (huvudförslag), the others are put against each other until one remains as the counter-proposal (motförslag),
 * then main against counter. Finally each addition (tilläggsyrkande) is put yes/no.
 */
import type { OrganKind } from './organisation.ts';
import type { FieldError } from './errors.ts';

export const PROPOSAL_KINDS = ['approve', 'reject', 'amend', 'add', 'refer_back', 'table', 'other'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const FORMAL_KINDS: readonly ProposalKind[] = ['refer_back', 'table'];
export const isFormal = (kind: ProposalKind): boolean => FORMAL_KINDS.includes(kind);

export type Stage = 'formal' | 'main_counter' | 'decision';
export type Result = 'yes' | 'no';

/** A proposal as the procedure sees it; `label` names it in Swedish, e.g. "Moa Selins (MP) yrkande om avslag" or
 * "förslaget till beslut" — it is used mid-sentence. */
export interface ProposalRef { id: string; kind: ProposalKind; label: string; withdrawn?: boolean }

/**
 * One question the chair puts. `no` is the proposal the no side stands for; null when no means "not this
 * proposal" (avslag; for a formal proposal: the item is decided today; for an addition: without it).
 */
export interface Proposition { stage: Stage; yes: string; no: string | null; question: string }
export interface Step extends Proposition { result: Result; winner: string | null }

export interface Procedure {
  /** The propositions already settled, in order, with their results. */
  steps: Step[];
  /** The proposition to put now; null when the procedure is complete. */
  next: Proposition | null;
  /** The formal proposal that was adopted (the item is referred back or tabled), if any. */
  formal: string | null;
  /** The alternative adopted (null: none, or all rejected) and the additions adopted, once complete. */
  adopted: string | null;
  additions: string[];
  /** Complete, with alternatives put and none adopted: the proposal is rejected. */
  rejected: boolean;
}

/**
 * R-MEET-4: builds the propositions from the proposals and the results so far (`results[i]` settles the i-th
 * proposition, by the chair's finding or a vote). Later propositions depend on earlier results, so only the
 * settled ones and the next are returned.
 */
export function decisionProcedure(proposals: readonly ProposalRef[], results: readonly Result[]): Procedure {
  const active = proposals.filter((p) => !p.withdrawn);
  const formals = active.filter((p) => isFormal(p.kind));
  const mains = active.filter((p) => !isFormal(p.kind) && p.kind !== 'add');
  const additions = active.filter((p) => p.kind === 'add');
  const label = new Map(active.map((p) => [p.id, p.label]));
  const steps: Step[] = [];
  const out: Procedure = { steps, next: null, formal: null, adopted: null, additions: [], rejected: false };
  let i = 0;
  /** Settles `p` with the next result, or stops at it. Returns the result, or null when it is the next one. */
  const put = (p: Proposition): Result | null => {
    const result = results[i];
    if (result === undefined) { out.next = p; return null; }
    i += 1;
    steps.push({ ...p, result, winner: result === 'yes' ? p.yes : p.no });
    return result;
  };

  for (const f of formals) {
    const what = f.kind === 'refer_back' ? 'återremitteras' : 'bordläggas';
    const r = put({ stage: 'formal', yes: f.id, no: null, question: `Ska ärendet ${what} enligt ${label.get(f.id)!} eller avgöras i dag?` });
    if (r === null) return out;
    if (r === 'yes') { out.formal = f.id; return out; }
  }

  let adopted: string | null = null;
  if (mains.length === 1) {
    const only = mains[0]!;
    const r = put({ stage: 'decision', yes: only.id, no: null, question: `Bifall eller avslag till ${label.get(only.id)!}?` });
    if (r === null) return out;
    adopted = r === 'yes' ? only.id : null;
  } else if (mains.length >= 2) {
    const [main, ...others] = mains as [ProposalRef, ...ProposalRef[]];
    let counter = others[0]!;
    if (mains.length > 2) {
      for (const other of others.slice(1)) {
        const r = put({ stage: 'main_counter', yes: counter.id, no: other.id, question: `Vilket förslag ska vara motförslag: ${label.get(counter.id)!} eller ${label.get(other.id)!}?` });
        if (r === null) return out;
        if (r === 'no') counter = other;
      }
    }
    const what = mains.length > 2 ? `huvudförslaget (${label.get(main.id)!}) mot motförslaget (${label.get(counter.id)!})` : `${label.get(main.id)!} mot ${label.get(counter.id)!}`;
    const r = put({ stage: 'decision', yes: main.id, no: counter.id, question: `Bifall till ${what}?` });
    if (r === null) return out;
    adopted = r === 'yes' ? main.id : counter.id;
  }
  out.adopted = adopted;
  out.rejected = mains.length > 0 && adopted === null;

  // Additions are put on an adopted decision (or, without alternatives, on the report's proposal standing alone).
  if (!out.rejected) {
    for (const a of additions) {
      const r = put({ stage: 'decision', yes: a.id, no: null, question: `Bifall eller avslag till ${label.get(a.id)!}?` });
      if (r === null) { out.adopted = null; out.additions = []; return out; }
      if (r === 'yes') out.additions.push(a.id);
    }
  }
  return out;
}

export type Ballot = 'yes' | 'no' | 'abstain';
export interface Tally { yes: number; no: number; abstain: number }

export interface VoteInput {
  kind: 'open' | 'secret';
  stage: Stage;
  organKind: OrganKind;
  /** Who serves on the item (from computeAttendance); only they vote, each once. */
  serving: readonly string[];
  chairPersonId: string | null;
  /** Open vote: one ballot per serving member (roll-call). */
  ballots?: readonly { personId: string; vote: Ballot }[];
  /** Secret ballot (elections and appointments): the tally only. */
  tally?: Tally;
  /** R-MEET-6: true when the item was referred back or tabled before (the minority right is used up). */
  formalUsedBefore?: boolean;
  /** Lottery for a tied election: returns a number in [0, 1). Injected so that tests are deterministic. */
  random: () => number;
}

export interface VoteResult { tally: Tally; result: Result; tieBreak: 'chair' | 'lottery' | null; minorityRight: boolean }

const BALLOTS: readonly Ballot[] = ['yes', 'no', 'abstain'];

/**
 * R-MEET-5 and R-MEET-6: counts a vote. Open votes are roll-calls of the serving members (each exactly once);
 * secret ballots give a tally of at most the serving members. Simple majority of the votes cast; a tie is
 * settled by the chair's casting vote (the chair must then have voted) or, for a secret election, by lot.
 * A formal proposal (yes side) in the council wins on one third of the serving members the first time.
 */
export function countVote(input: VoteInput): { ok: true; value: VoteResult } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const serving = new Set(input.serving);
  let tally: Tally;
  if (input.kind === 'open') {
    const ballots = input.ballots ?? [];
    const seen = new Set<string>();
    ballots.forEach((b, i) => {
      if (!serving.has(b.personId)) errors.push({ field: `ballots[${i}].personId`, message: 'personen tjänstgör inte på ärendet och får inte rösta' });
      else if (seen.has(b.personId)) errors.push({ field: `ballots[${i}].personId`, message: 'personen har redan röstat; varje ledamot har en röst' });
      if (!BALLOTS.includes(b.vote)) errors.push({ field: `ballots[${i}].vote`, message: 'måste vara yes, no eller abstain' });
      seen.add(b.personId);
    });
    const missing = input.serving.filter((p) => !seen.has(p));
    if (missing.length) errors.push({ field: 'ballots', message: `alla tjänstgörande ska svara vid namnupprop (ja, nej eller avstår); ${missing.length} saknas` });
    tally = { yes: ballots.filter((b) => b.vote === 'yes').length, no: ballots.filter((b) => b.vote === 'no').length, abstain: ballots.filter((b) => b.vote === 'abstain').length };
  } else {
    const t = input.tally;
    const valid = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
    if (!t || !valid(t.yes) || !valid(t.no) || !valid(t.abstain ?? 0)) {
      errors.push({ field: 'tally', message: 'ange antal ja, nej och blanka som heltal ≥ 0' });
      tally = { yes: 0, no: 0, abstain: 0 };
    } else {
      tally = { yes: t.yes, no: t.no, abstain: t.abstain ?? 0 };
      const total = tally.yes + tally.no + tally.abstain;
      if (total > serving.size) errors.push({ field: 'tally', message: `${total} röster men bara ${serving.size} tjänstgörande` });
    }
  }
  if (errors.length) return { ok: false, errors };

  const minority = input.stage === 'formal' && input.organKind === 'council' && !input.formalUsedBefore;
  if (minority && tally.yes * 3 >= serving.size && tally.yes > 0) return { ok: true, value: { tally, result: 'yes', tieBreak: null, minorityRight: true } };
  if (tally.yes !== tally.no) return { ok: true, value: { tally, result: tally.yes > tally.no ? 'yes' : 'no', tieBreak: null, minorityRight: false } };
  if (input.kind === 'secret') {
    return { ok: true, value: { tally, result: input.random() < 0.5 ? 'yes' : 'no', tieBreak: 'lottery', minorityRight: false } };
  }
  const chairVote = input.ballots!.find((b) => b.personId === input.chairPersonId)?.vote;
  if (chairVote !== 'yes' && chairVote !== 'no') {
    const message = input.chairPersonId && serving.has(input.chairPersonId)
      ? 'lika röstetal: ordföranden måste rösta ja eller nej och har då utslagsröst'
      : 'lika röstetal: ordföranden tjänstgör inte och kan inte avgöra med utslagsröst';
    return { ok: false, errors: [{ field: 'ballots', message }] };
  }
  return { ok: true, value: { tally, result: chairVote, tieBreak: 'chair', minorityRight: false } };
}
