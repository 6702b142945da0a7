import { describe, expect, it } from 'vitest';
import { computeAttendance, type AttendanceFacts, type Seat } from '../../src/domain/attendance.ts';

const seats: Seat[] = [
  { personId: 'chair', role: 'chair', partyId: 'S', substituteOrder: null },
  { personId: 'vice', role: 'vice_chair', partyId: 'M', substituteOrder: null },
  { personId: 'm1', role: 'member', partyId: 'S', substituteOrder: null },
  { personId: 'm2', role: 'member', partyId: 'MP', substituteOrder: null },
  { personId: 'm3', role: 'member', partyId: 'V', substituteOrder: null },
  { personId: 's1', role: 'substitute', partyId: 'M', substituteOrder: 1 },
  { personId: 's2', role: 'substitute', partyId: 'S', substituteOrder: 2 },
  { personId: 's3', role: 'substitute', partyId: 'C', substituteOrder: 3 },
];
const items = ['i1', 'i2', 'i3', 'i4'];
const arrive = (...ids: string[]) => ids.map((personId) => ({ personId, kind: 'arrived' as const, fromItemId: null }));

function facts(over: Partial<AttendanceFacts>): AttendanceFacts {
  return { organKind: 'sub_committee', itemIds: items, seats, events: [], choices: [], disqualified: new Map(), ...over };
}
const servingOn = (r: ReturnType<typeof computeAttendance>, item: string) =>
  r.items.find((i) => i.itemId === item)!.serving.map((s) => (s.forPersonId ? `${s.personId}>${s.forPersonId}` : s.personId));

describe('attendance and quorum', () => {
  it('R-MEET-1: quorum is more than half of the seats, checked per item', () => {
    const three = computeAttendance(facts({ events: arrive('chair', 'vice', 'm1') }));
    expect(three.items[0]!.quorum).toMatchObject({ seats: 5, serving: 3, required: 3, ok: true, reason: null });
    const two = computeAttendance(facts({ events: arrive('chair', 'm1') }));
    expect(two.items[0]!.quorum.ok).toBe(false);
    expect(two.items[0]!.quorum.reason).toContain('2 av 5 ledamöter tjänstgör, minst 3 krävs');
    expect(two.items[0]!.quorum.reason).toContain('KL 6 kap. 27 §');
  });

  it('R-MEET-2: a substitute of the absent member\'s party is suggested before one earlier in the order', () => {
    const r = computeAttendance(facts({ events: arrive('chair', 'vice', 'm2', 'm3', 's1', 's2') }));
    expect(servingOn(r, 'i1')).toEqual(['chair', 'vice', 's2>m1', 'm2', 'm3']);
    expect(r.items[0]!.serving[2]!.suggested).toBe(true);
    expect(r.items[0]!.presentNotServing).toEqual(['s1']);
  });

  it('R-MEET-2: without a substitute of the same party the calling order decides', () => {
    const r = computeAttendance(facts({ events: arrive('chair', 'vice', 'm1', 'm3', 's3', 's1') }));
    expect(servingOn(r, 'i1')).toEqual(['chair', 'vice', 'm1', 's1>m2', 'm3']);
  });

  it('R-MEET-2: a member arriving between items takes over from the substitute', () => {
    const r = computeAttendance(facts({ events: [...arrive('chair', 'vice', 'm2', 'm3', 's2'), { personId: 'm1', kind: 'arrived', fromItemId: 'i3' }] }));
    expect(servingOn(r, 'i2')).toEqual(['chair', 'vice', 's2>m1', 'm2', 'm3']);
    expect(servingOn(r, 'i3')).toEqual(['chair', 'vice', 'm1', 'm2', 'm3']);
    expect(r.items[2]!.presentNotServing).toEqual(['s2']);
  });

  it('R-MEET-2: a substitute who has started serving keeps the seat when one of the member\'s party arrives', () => {
    const r = computeAttendance(facts({ events: [...arrive('chair', 'vice', 'm2', 'm3', 's1'), { personId: 's2', kind: 'arrived', fromItemId: 'i2' }] }));
    expect(servingOn(r, 'i1')).toContain('s1>m1');
    expect(servingOn(r, 'i2')).toContain('s1>m1');
    expect(r.items[1]!.presentNotServing).toEqual(['s2']);
  });

  it('R-MEET-2: a member who left may not serve again that day', () => {
    const r = computeAttendance(facts({
      events: [...arrive('chair', 'vice', 'm1', 'm2', 'm3', 's2'),
        { personId: 'm1', kind: 'left', fromItemId: 'i2' }, { personId: 'm1', kind: 'arrived', fromItemId: 'i3' }],
    }));
    expect(servingOn(r, 'i1')).toContain('m1');
    expect(servingOn(r, 'i2')).toContain('s2>m1');
    expect(servingOn(r, 'i3')).toContain('s2>m1');
    expect(r.items[2]!.presentNotServing).toContain('m1');
  });

  it('R-MEET-3: a member with jäv does not serve on that item; a substitute may; the member returns after it', () => {
    const r = computeAttendance(facts({ events: arrive('chair', 'vice', 'm1', 'm2', 'm3', 's2'), disqualified: new Map([['i2', ['m3']]]) }));
    expect(servingOn(r, 'i2')).toEqual(['chair', 'vice', 'm1', 'm2', 's2>m3']);
    expect(r.items[1]!.disqualified).toEqual(['m3']);
    expect(r.items[1]!.presentNotServing).not.toContain('m3');
    expect(servingOn(r, 'i3')).toEqual(['chair', 'vice', 'm1', 'm2', 'm3']);
  });

  it('R-MEET-3: a member with jäv may serve again on the next item (jäv is not leaving)', () => {
    const r = computeAttendance(facts({ events: arrive('chair', 'vice', 'm1'), disqualified: new Map([['i1', ['m1']]]) }));
    expect(r.items[0]!.quorum.ok).toBe(false);
    expect(r.items[1]!.quorum.ok).toBe(true);
  });

  it('R-MEET-1: jäv that breaks quorum stops the item in a committee but not in the council (KL 5:46)', () => {
    const dq = new Map([['i1', ['m1']]]);
    const committee = computeAttendance(facts({ events: arrive('chair', 'vice', 'm1'), disqualified: dq }));
    expect(committee.items[0]!.quorum).toMatchObject({ serving: 2, ok: false });
    const council = computeAttendance(facts({ organKind: 'council', events: arrive('chair', 'vice', 'm1'), disqualified: dq }));
    expect(council.items[0]!.quorum).toMatchObject({ serving: 2, ok: true });
    expect(computeAttendance(facts({ organKind: 'council', events: arrive('chair', 'vice') })).items[0]!.quorum.ok).toBe(false);
  });

  it('R-MEET-2: the secretary\'s choice overrides the suggestion from the item on', () => {
    const r = computeAttendance(facts({
      events: arrive('chair', 'vice', 'm2', 'm3', 's1', 's2'),
      choices: [{ substitutePersonId: 's1', forPersonId: 'm1', fromItemId: 'i3' }],
    }));
    expect(servingOn(r, 'i2')).toContain('s2>m1');
    expect(servingOn(r, 'i3')).toContain('s1>m1');
    expect(r.items[2]!.serving.find((s) => s.personId === 's1')!.suggested).toBeUndefined();
    expect(r.problems).toEqual([]);
  });

  it('R-MEET-2: two substitutes for one seat, an absent substitute and a present member are problems', () => {
    const r = computeAttendance(facts({
      events: arrive('chair', 'vice', 'm2', 'm3', 's1', 's2'),
      choices: [
        { substitutePersonId: 's1', forPersonId: 'm1', fromItemId: null },
        { substitutePersonId: 's2', forPersonId: 'm1', fromItemId: null },
        { substitutePersonId: 's3', forPersonId: 'm2', fromItemId: 'i2' },
        { substitutePersonId: 's1', forPersonId: 'chair', fromItemId: 'i4' },
        { substitutePersonId: 'm2', forPersonId: 'm1', fromItemId: 'i4' },
      ],
    }));
    const messages = r.problems.map((p) => `${p.personId}: ${p.message}`);
    expect(messages).toContain('m1: två ersättare kan inte tjänstgöra för samma ledamot');
    expect(messages).toContain('s3: ersättaren är inte närvarande');
    expect(messages).toContain('chair: ledamoten är närvarande och tjänstgör själv');
    expect(messages).toContain('m2: endast en ersättare kan tjänstgöra för en ledamot');
    expect(servingOn(r, 'i1')).toContain('s1>m1');
  });

  it('R-MEET-2: facts about unknown items or people are reported, not silently applied', () => {
    const r = computeAttendance(facts({ events: [{ personId: 'x', kind: 'arrived', fromItemId: null }, { personId: 'm1', kind: 'arrived', fromItemId: 'nope' }] }));
    expect(r.problems.map((p) => p.message)).toEqual(['personen är inte ledamot eller ersättare i organet', 'ärendet finns inte på dagordningen']);
  });
});
