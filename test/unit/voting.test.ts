import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countVote, decisionProcedure, type Ballot, type ProposalRef, type VoteInput } from '../../src/domain/voting.ts';

const p = (id: string, kind: ProposalRef['kind'], withdrawn = false): ProposalRef => ({ id, kind, label: `Förslag ${id}`, withdrawn });

describe('decision procedure (propositionsordning)', () => {
  it('R-MEET-4: one proposal is put yes/no', () => {
    const proc = decisionProcedure([p('a', 'approve')], []);
    expect(proc.next).toMatchObject({ stage: 'decision', yes: 'a', no: null });
    expect(proc.next!.question).toBe('Bifall eller avslag till Förslag a?');
    const done = decisionProcedure([p('a', 'approve')], ['yes']);
    expect(done).toMatchObject({ next: null, adopted: 'a', formal: null });
    expect(decisionProcedure([p('a', 'approve')], ['no']).adopted).toBeNull();
  });

  it('R-MEET-4: two proposals are put against each other', () => {
    const proc = decisionProcedure([p('a', 'approve'), p('b', 'reject')], ['no']);
    expect(proc.steps).toEqual([expect.objectContaining({ stage: 'decision', yes: 'a', no: 'b', result: 'no', winner: 'b' })]);
    expect(proc.adopted).toBe('b');
  });

  it('R-MEET-4: formal proposals (återremiss, bordläggning) are tried first', () => {
    const proposals = [p('a', 'approve'), p('b', 'reject'), p('r', 'refer_back'), p('t', 'table')];
    const first = decisionProcedure(proposals, []);
    expect(first.next).toMatchObject({ stage: 'formal', yes: 'r', no: null });
    expect(first.next!.question).toContain('återremitteras');
    const second = decisionProcedure(proposals, ['no']);
    expect(second.next).toMatchObject({ stage: 'formal', yes: 't' });
    expect(second.next!.question).toContain('bordläggas');
    const referred = decisionProcedure(proposals, ['yes']);
    expect(referred).toMatchObject({ formal: 'r', next: null, adopted: null });
    expect(decisionProcedure(proposals, ['no', 'no']).next).toMatchObject({ stage: 'decision', yes: 'a', no: 'b' });
  });

  it('R-MEET-4: more than two proposals use main and counter-proposal rounds', () => {
    const proposals = [p('a', 'approve'), p('b', 'amend'), p('c', 'reject'), p('d', 'other')];
    const round1 = decisionProcedure(proposals, []);
    expect(round1.next).toMatchObject({ stage: 'main_counter', yes: 'b', no: 'c' });
    const round2 = decisionProcedure(proposals, ['no']);
    expect(round2.next).toMatchObject({ stage: 'main_counter', yes: 'c', no: 'd' });
    const final = decisionProcedure(proposals, ['no', 'yes']);
    expect(final.next).toMatchObject({ stage: 'decision', yes: 'a', no: 'c' });
    expect(final.next!.question).toContain('huvudförslaget');
    const done = decisionProcedure(proposals, ['no', 'yes', 'no']);
    expect(done.steps.map((s) => [s.stage, s.winner])).toEqual([['main_counter', 'c'], ['main_counter', 'c'], ['decision', 'c']]);
    expect(done.adopted).toBe('c');
  });

  it('R-MEET-4: additions are put after the main decision; withdrawn proposals are not put', () => {
    const proposals = [p('a', 'approve'), p('x', 'reject', true), p('t1', 'add'), p('t2', 'add')];
    const proc = decisionProcedure(proposals, ['yes', 'yes', 'no']);
    expect(proc.steps.map((s) => s.yes)).toEqual(['a', 't1', 't2']);
    expect(proc).toMatchObject({ adopted: 'a', additions: ['t1'], next: null });
    expect(decisionProcedure(proposals, ['yes']).adopted).toBeNull(); // not complete yet
  });

  it('R-MEET-4: additions alone are put on the report\'s proposal; a rejected alternative takes them with it', () => {
    const alone = decisionProcedure([p('t1', 'add')], ['yes']);
    expect(alone).toMatchObject({ adopted: null, additions: ['t1'], rejected: false, next: null });
    const rejected = decisionProcedure([p('a', 'approve'), p('t1', 'add')], ['no']);
    expect(rejected).toMatchObject({ adopted: null, additions: [], rejected: true, next: null });
  });
});

const base = (over: Partial<VoteInput>): VoteInput => ({
  kind: 'open', stage: 'decision', organKind: 'committee', serving: ['c', 'm1', 'm2', 'm3'], chairPersonId: 'c', random: () => 0.9, ...over,
});
const ballots = (votes: Record<string, Ballot>) => Object.entries(votes).map(([personId, vote]) => ({ personId, vote }));

describe('votes', () => {
  it('R-MEET-5: simple majority of the votes cast; abstentions do not count', () => {
    const r = countVote(base({ ballots: ballots({ c: 'abstain', m1: 'no', m2: 'yes', m3: 'yes' }) }));
    expect(r).toEqual({ ok: true, value: { tally: { yes: 2, no: 1, abstain: 1 }, result: 'yes', tieBreak: null, minorityRight: false } });
    const no = countVote(base({ ballots: ballots({ c: 'no', m1: 'abstain', m2: 'abstain', m3: 'abstain' }) }));
    expect(no).toMatchObject({ ok: true, value: { result: 'no', tieBreak: null } });
  });

  it('R-MEET-5: a tie in an open vote is settled by the chair\'s casting vote', () => {
    const r = countVote(base({ ballots: ballots({ c: 'no', m1: 'no', m2: 'yes', m3: 'yes' }) }));
    expect(r).toEqual({ ok: true, value: { tally: { yes: 2, no: 2, abstain: 0 }, result: 'no', tieBreak: 'chair', minorityRight: false } });
  });

  it('R-MEET-5: the chair must vote when a tie needs the casting vote', () => {
    const r = countVote(base({ ballots: ballots({ c: 'abstain', m1: 'no', m2: 'yes', m3: 'abstain' }) }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toContain('ordföranden måste rösta');
  });

  it('R-MEET-5: only serving members vote, each once, and all of them answer the roll-call', () => {
    const r = countVote(base({ ballots: [...ballots({ c: 'yes', m1: 'yes', m2: 'no', m3: 'no' }), { personId: 'x', vote: 'yes' }, { personId: 'm1', vote: 'no' }] }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContainEqual({ field: 'ballots[4].personId', message: 'personen tjänstgör inte på ärendet och får inte rösta' });
      expect(r.errors).toContainEqual({ field: 'ballots[5].personId', message: 'personen har redan röstat; varje ledamot har en röst' });
    }
    const missing = countVote(base({ ballots: ballots({ c: 'yes', m1: 'yes' }) }));
    expect(!missing.ok && missing.errors[0]!.message).toContain('2 saknas');
  });

  it('R-MEET-5: a secret ballot gives a tally of at most the serving members; a tie is settled by lot', () => {
    const tooMany = countVote(base({ kind: 'secret', tally: { yes: 3, no: 2, abstain: 0 } }));
    expect(!tooMany.ok && tooMany.errors[0]).toEqual({ field: 'tally', message: '5 röster men bara 4 tjänstgörande' });
    const tieYes = countVote(base({ kind: 'secret', tally: { yes: 2, no: 2, abstain: 0 }, random: () => 0.1 }));
    const tieNo = countVote(base({ kind: 'secret', tally: { yes: 2, no: 2, abstain: 0 }, random: () => 0.7 }));
    expect(tieYes).toMatchObject({ ok: true, value: { result: 'yes', tieBreak: 'lottery' } });
    expect(tieNo).toMatchObject({ ok: true, value: { result: 'no', tieBreak: 'lottery' } });
  });

  it('R-MEET-6: in the council, referral back is a minority right (one third) the first time', () => {
    const serving = ['c', 'a', 'b', 'd', 'e', 'f'];
    const votes = ballots({ c: 'no', a: 'yes', b: 'yes', d: 'no', e: 'no', f: 'no' });
    const council = countVote(base({ organKind: 'council', stage: 'formal', serving, ballots: votes }));
    expect(council).toMatchObject({ ok: true, value: { result: 'yes', minorityRight: true } });
    const again = countVote(base({ organKind: 'council', stage: 'formal', serving, ballots: votes, formalUsedBefore: true }));
    expect(again).toMatchObject({ ok: true, value: { result: 'no', minorityRight: false } });
  });

  it('R-MEET-6: in a committee, referral back needs a majority', () => {
    const serving = ['c', 'a', 'b', 'd', 'e', 'f'];
    const r = countVote(base({ organKind: 'committee', stage: 'formal', serving, ballots: ballots({ c: 'no', a: 'yes', b: 'yes', d: 'no', e: 'no', f: 'no' }) }));
    expect(r).toMatchObject({ ok: true, value: { result: 'no', minorityRight: false } });
  });
});

describe('votes (properties)', () => {
  const people = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9'];
  const arb = fc.record({
    serving: fc.subarray(people),
    ballots: fc.array(fc.record({ personId: fc.constantFrom(...people), vote: fc.constantFrom<Ballot>('yes', 'no', 'abstain') }), { maxLength: 14 }),
    chair: fc.constantFrom(...people),
  });

  it('R-MEET-5: an accepted open vote never counts more votes than serving members, nobody twice, nobody not serving', () => {
    fc.assert(fc.property(arb, ({ serving, ballots: bs, chair }) => {
      const r = countVote(base({ serving, ballots: bs, chairPersonId: chair }));
      if (!r.ok) return;
      const { yes, no, abstain } = r.value.tally;
      expect(yes + no + abstain).toBeLessThanOrEqual(serving.length);
      expect(new Set(bs.map((b) => b.personId)).size).toBe(bs.length);
      for (const b of bs) expect(serving).toContain(b.personId);
    }));
  });

  it('R-MEET-5: an accepted secret tally never exceeds the serving members', () => {
    fc.assert(fc.property(fc.subarray(people), fc.nat(12), fc.nat(12), fc.nat(12), fc.double({ min: 0, max: 0.999 }), (serving, yes, no, abstain, x) => {
      const r = countVote(base({ kind: 'secret', serving, tally: { yes, no, abstain }, random: () => x }));
      if (r.ok) expect(yes + no + abstain).toBeLessThanOrEqual(serving.length);
      else expect(yes + no + abstain).toBeGreaterThan(serving.length);
    }));
  });
});
