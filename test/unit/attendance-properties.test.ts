/**
 * Properties of computeAttendance over random meetings: seats, arrivals and departures between items, jäv and
 * the secretary's substitute choices (R-MEET-1/2/3).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeAttendance, type AttendanceFacts, type Seat } from '../../src/domain/attendance.ts';
import { countVote, type Ballot } from '../../src/domain/voting.ts';

const members = ['chair', 'vice', 'm1', 'm2', 'm3', 'm4', 'm5'];
const subs = ['s1', 's2', 's3', 's4'];
const parties = ['S', 'M', 'V', 'C'];
const items = ['i1', 'i2', 'i3', 'i4', 'i5'];
const everyone = [...members, ...subs];

const arbFacts: fc.Arbitrary<AttendanceFacts> = fc.record({
  organKind: fc.constantFrom('council', 'committee', 'sub_committee') as fc.Arbitrary<AttendanceFacts['organKind']>,
  memberParties: fc.array(fc.constantFrom(...parties), { minLength: members.length, maxLength: members.length }),
  subParties: fc.array(fc.constantFrom(...parties), { minLength: subs.length, maxLength: subs.length }),
  events: fc.array(fc.record({ personId: fc.constantFrom(...everyone), kind: fc.constantFrom('arrived', 'left') as fc.Arbitrary<'arrived' | 'left'>, fromItemId: fc.option(fc.constantFrom(...items)) }), { maxLength: 25 }),
  choices: fc.array(fc.record({ substitutePersonId: fc.constantFrom(...subs), forPersonId: fc.constantFrom(...members), fromItemId: fc.option(fc.constantFrom(...items)) }), { maxLength: 6 }),
  dq: fc.array(fc.tuple(fc.constantFrom(...items), fc.constantFrom(...everyone)), { maxLength: 8 }),
}).map(({ organKind, memberParties, subParties, events, choices, dq }) => {
  const seats: Seat[] = [
    ...members.map((personId, i): Seat => ({ personId, role: i === 0 ? 'chair' : i === 1 ? 'vice_chair' : 'member', partyId: memberParties[i]!, substituteOrder: null })),
    ...subs.map((personId, i): Seat => ({ personId, role: 'substitute', partyId: subParties[i]!, substituteOrder: i + 1 })),
  ];
  const disqualified = new Map<string, string[]>();
  for (const [item, person] of dq) disqualified.set(item, [...new Set([...(disqualified.get(item) ?? []), person])]);
  return { organKind, itemIds: items, seats, events, choices, disqualified };
});

describe('attendance (properties)', () => {
  it('R-MEET-1/2/3: never more serving than seats, nobody twice, no jäv serving, substitutes only in vacant seats', () => {
    fc.assert(fc.property(arbFacts, (facts) => {
      const result = computeAttendance(facts);
      expect(result.items.map((i) => i.itemId)).toEqual(items);
      for (const item of result.items) {
        const ids = item.serving.map((s) => s.personId);
        expect(ids.length).toBeLessThanOrEqual(members.length);
        expect(new Set(ids).size).toBe(ids.length);
        for (const p of facts.disqualified.get(item.itemId) ?? []) expect(ids).not.toContain(p);
        const seatsTaken = item.serving.map((s) => s.forPersonId ?? s.personId);
        expect(new Set(seatsTaken).size).toBe(seatsTaken.length);
        for (const s of item.serving) {
          if (s.forPersonId === null) { expect(members).toContain(s.personId); continue; }
          expect(subs).toContain(s.personId);
          expect(members).toContain(s.forPersonId);
          expect(ids).not.toContain(s.forPersonId);
        }
        expect(item.quorum.serving).toBe(ids.length);
        expect(item.quorum.seats).toBe(members.length);
      }
    }), { numRuns: 300 });
  });

  it('R-MEET-2: only people present on the item serve', () => {
    fc.assert(fc.property(arbFacts, (facts) => {
      const result = computeAttendance(facts);
      result.items.forEach((item, i) => {
        for (const s of item.serving) {
          const last = facts.events.filter((e) => e.personId === s.personId && (e.fromItemId === null || items.indexOf(e.fromItemId) <= i))
            .map((e, n) => ({ e, at: e.fromItemId === null ? 0 : items.indexOf(e.fromItemId), n }))
            .sort((a, b) => a.at - b.at || a.n - b.n).at(-1);
          expect(last?.e.kind).toBe('arrived');
        }
      });
    }), { numRuns: 200 });
  });

  it('R-MEET-5: on random attendance, an accepted roll-call counts each serving member once and nobody else', () => {
    const ballots = fc.array(fc.record({ personId: fc.constantFrom(...everyone), vote: fc.constantFrom<Ballot>('yes', 'no', 'abstain') }), { maxLength: 12 });
    fc.assert(fc.property(arbFacts, fc.nat(items.length - 1), ballots, fc.boolean(), (facts, at, random, everyoneVotes) => {
      const item = computeAttendance(facts).items[at]!;
      const serving = item.serving.map((s) => s.personId);
      // Either random ballots, or one ballot per serving member (mostly accepted, to exercise the tally).
      const cast = everyoneVotes ? serving.map((personId, i) => ({ personId, vote: random[i]?.vote ?? 'yes' })) : random;
      const r = countVote({ kind: 'open', stage: 'decision', organKind: facts.organKind, serving, chairPersonId: 'chair', ballots: cast, random: () => 0.5 });
      if (!r.ok) return;
      const { yes, no, abstain } = r.value.tally;
      expect(yes + no + abstain).toBe(serving.length);
      expect(new Set(cast.map((b) => b.personId)).size).toBe(cast.length);
      for (const b of cast) expect(serving).toContain(b.personId);
      for (const p of item.disqualified) expect(cast.map((b) => b.personId)).not.toContain(p);
    }), { numRuns: 300 });
  });
});
