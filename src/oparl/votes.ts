/**
 * The `namnd:votes` extension on AgendaItem: every vote (votering) on the item with its question, what yes and
 * no meant, the tally, how a tie was settled, the winner and — for open votes only — each member's ballot
 * (R-MEET-5, R-MIN-1). Secret ballots (elections, appointments) give the tally alone.
 */
import type { Json } from './entry.ts';
import type { Snapshot } from './snapshot.ts';
import type { OparlUrls } from './urls.ts';

type S = NonNullable<Snapshot>;

const BALLOT: Record<string, string> = { yes: 'ja', no: 'nej', abstain: 'avstår' };
const STAGE: Record<string, string> = { decision: 'beslut', main_counter: 'motförslag', formal: 'formellt yrkande' };

export function itemVotes(s: S, urls: OparlUrls, itemId: string): Json[] {
  const proposals = new Map(s.proposals.map((p) => [p.id, p]));
  const voters = new Map(s.voters.map((p) => [p.id, p]));
  return s.votes.filter((v) => v.agendaItemId === itemId).map((v) => {
    const yes = proposals.get(v.yesProposalId)?.text ?? '';
    const no = proposals.get(v.noProposalId)?.text ?? '';
    const tally = v.tally as { yes: number; no: number; abstain: number };
    const vote: Json = {
      kind: v.kind === 'secret' ? 'sluten' : 'öppen', stage: STAGE[v.stage] ?? v.stage,
      question: `Ja: ${yes}. Nej: ${no}.`, yes, no,
      tally: { yes: tally.yes, no: tally.no, abstain: tally.abstain },
      ...(v.tieBreak ? { tieBreak: v.tieBreak === 'chair' ? 'ordförandens utslagsröst' : 'lottning' } : {}),
      result: v.winnerProposalId === v.yesProposalId ? 'ja' : 'nej', winner: proposals.get(v.winnerProposalId)?.text ?? '',
    };
    if (v.kind === 'open') {
      vote.ballots = Object.entries((v.ballots ?? {}) as Record<string, string>).flatMap(([personId, ballot]) => {
        const person = voters.get(personId);
        // A protected identity's name is never published (R-REG-7); the ballot still counts in the tally.
        if (!person || person.protectedIdentity) return [];
        return [{ person: urls.object('Person', personId), name: `${person.givenName} ${person.familyName}`, vote: BALLOT[ballot] ?? ballot }];
      }).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    }
    return vote;
  });
}
