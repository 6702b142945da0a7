import { describe, expect, it } from 'vitest';
import { reservationProblems, reservationTextProblem, type ReservationFacts } from '../../src/domain/reservations.ts';

const facts = (over: Partial<ReservationFacts>): ReservationFacts => ({
  kind: 'dissent', personIds: ['m1'], serving: ['c', 'm1', 'm2'], presentNotServing: ['s1'], votedForWinner: [],
  closedAt: null, now: new Date('2024-05-21T14:00:00Z'), chairPermits: false, nameOf: (p) => `Person ${p}`, ...over,
});

describe('dissent and protocol notes', () => {
  it('R-MEET-7: a serving member may dissent while the meeting runs', () => {
    expect(reservationProblems(facts({}))).toEqual([]);
  });
  it('R-MEET-7: only someone who served on the item may dissent', () => {
    expect(reservationProblems(facts({ personIds: ['s1'] }))).toEqual([{ field: 'personIds[0]', message: 'Person s1 tjänstgjorde inte på ärendet och kan inte reservera sig' }]);
  });
  it('R-MEET-7: one who voted for the winning proposal may not dissent', () => {
    expect(reservationProblems(facts({ votedForWinner: ['m1'] }))[0]!.message).toContain('röstade för det vinnande förslaget');
  });
  it('R-MEET-7: a dissent announced after the meeting ended is refused', () => {
    const closed = facts({ closedAt: new Date('2024-05-21T13:59:00Z') });
    expect(reservationProblems(closed)[0]!.message).toContain('innan sammanträdet avslutas');
  });
  it('R-MEET-7: a protocol note needs the chair\'s permission; present non-serving may make one', () => {
    expect(reservationProblems(facts({ kind: 'note', personIds: ['s1'] }))).toEqual([{ field: 'chairPermits', message: 'en protokollsanteckning kräver ordförandens medgivande' }]);
    expect(reservationProblems(facts({ kind: 'note', personIds: ['s1'], chairPermits: true }))).toEqual([]);
    expect(reservationProblems(facts({ kind: 'note', personIds: ['x'], chairPermits: true }))[0]!.field).toBe('personIds[0]');
  });
  it('R-MEET-7: the written motivation may follow until the minutes go to signing', () => {
    expect(reservationTextProblem(null)).toBeNull();
    expect(reservationTextProblem('draft')).toBeNull();
    expect(reservationTextProblem('signing')).toContain('justering');
    expect(reservationTextProblem('adjusted')).not.toBeNull();
  });
});
