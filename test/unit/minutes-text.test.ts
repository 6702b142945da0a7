import { describe, expect, it } from 'vitest';
import { attendanceLines, disqualificationSentence, joinSwedish, paragraphRange, proposalSentence, reservationSentence, voteSentences } from '../../src/domain/minutesText.ts';
import type { ItemAttendance, Seat } from '../../src/domain/attendance.ts';

describe('paragraph ranges', () => {
  it('R-MIN-2: single paragraphs, runs and gaps', () => {
    expect(paragraphRange([177])).toBe('§ 177');
    expect(paragraphRange([180, 177, 178, 179])).toBe('§§ 177–180');
    expect(paragraphRange([177, 178, 183])).toBe('§§ 177–178, 183');
    expect(paragraphRange([])).toBe('');
  });
  it('R-MIN-2: a paragraph left out of the meeting (withdrawn) does not break the run', () => {
    expect(paragraphRange([177, 179], [177, 179, 180])).toBe('§§ 177–179');
    expect(paragraphRange([177, 180], [177, 179, 180])).toBe('§§ 177, 180');
  });
  it('joins names the Swedish way', () => {
    expect(joinSwedish(['A'])).toBe('A');
    expect(joinSwedish(['A', 'B', 'C'])).toBe('A, B och C');
  });
});

const seats: Seat[] = [
  { personId: 'chair', role: 'chair', partyId: 's', substituteOrder: null },
  { personId: 'vice', role: 'vice_chair', partyId: 'm', substituteOrder: null },
  { personId: 'm1', role: 'member', partyId: 's', substituteOrder: null },
  { personId: 'm2', role: 'member', partyId: 'v', substituteOrder: null },
  { personId: 's1', role: 'substitute', partyId: 's', substituteOrder: 1 },
  { personId: 's2', role: 'substitute', partyId: 'm', substituteOrder: 2 },
];
const people = new Map([
  ['chair', 'Mikael Holmberg', 'S'], ['vice', 'Magnus Edström', 'M'], ['m1', 'Elin Forsberg', 'S'], ['m2', 'Jenny Brännström', 'V'],
  ['s1', 'Johan Nyström', 'S'], ['s2', 'Lisa Engström', 'M'],
].map(([id, name, party]) => [id!, { id: id!, name: name!, party: party! }]));
const quorum = { seats: 4, serving: 4, required: 3, ok: true, reason: null };
const item = (itemId: string, serving: [string, string | null][], presentNotServing: string[] = [], disqualified: string[] = []): ItemAttendance => ({
  itemId, serving: serving.map(([personId, forPersonId]) => ({ personId, forPersonId })), presentNotServing, disqualified, vacantSeats: [], quorum,
});

describe('Beslutande', () => {
  it('R-MIN-2: substitutes serve "tjg för" a member for a range of paragraphs; chair first', () => {
    const items = [177, 178, 179, 180, 181].map((p) => ({ itemId: `i${p}`, paragraph: p }));
    const attendance = items.map(({ itemId, paragraph }) => paragraph <= 180
      ? item(itemId, [['chair', null], ['vice', null], ['m1', null], ['s1', 'm2']], ['s2'])
      : item(itemId, [['chair', null], ['vice', null], ['m1', null], ['m2', null]], ['s1', 's2']));
    const lines = attendanceLines(items, attendance, seats, people);
    expect(lines.deciding).toEqual([
      'Mikael Holmberg (S), ordförande',
      'Magnus Edström (M), vice ordförande',
      'Elin Forsberg (S)',
      'Jenny Brännström (V) § 181',
      'Johan Nyström (S), tjg för Jenny Brännström (V) §§ 177–180',
    ]);
    expect(lines.substitutesNotServing).toEqual(['Johan Nyström (S) § 181', 'Lisa Engström (M)']);
  });
  it('R-MEET-3: a member with jäv on one paragraph is listed for the others, the substitute for that one', () => {
    const items = [177, 178, 179].map((p) => ({ itemId: `i${p}`, paragraph: p }));
    const attendance = [
      item('i177', [['chair', null], ['m1', null], ['m2', null]], ['s1']),
      item('i178', [['chair', null], ['s1', 'm1'], ['m2', null]], [], ['m1']),
      item('i179', [['chair', null], ['m1', null], ['m2', null]], ['s1']),
    ];
    const lines = attendanceLines(items, attendance, seats, people);
    expect(lines.deciding).toContain('Elin Forsberg (S) §§ 177, 179');
    expect(lines.deciding).toContain('Johan Nyström (S), tjg för Elin Forsberg (S) § 178');
    expect(lines.substitutesNotServing).toEqual(['Johan Nyström (S) §§ 177, 179']);
    expect(disqualificationSentence('Elin Forsberg (S)')).toBe('Elin Forsberg (S) anmäler jäv och deltar inte i handläggningen av ärendet.');
  });
});

describe('proposals, votes and dissents', () => {
  it('R-MIN-1: proposals with movers and supporters', () => {
    expect(proposalSentence('approve', 'Elin Forsberg (S)', ['Moa Selin (V)'], 'arbetsutskottets förslag'))
      .toBe('Elin Forsberg (S) yrkar bifall: arbetsutskottets förslag, med instämmande av Moa Selin (V).');
    expect(proposalSentence('refer_back', 'Magnus Edström (M)', [], '')).toBe('Magnus Edström (M) yrkar återremiss.');
    expect(proposalSentence('approve', null, [], 'Förslaget antas.')).toBe('Förslag till beslut: Förslaget antas.');
  });
  it('R-MIN-1: a vote states what yes and no mean, the result and the tie-break', () => {
    const lines = voteSentences({ kind: 'open', yesText: 'Forsbergs yrkande', noText: 'Edströms yrkande', tally: { yes: 2, no: 2, abstain: 1 }, tieBreak: 'chair', winnerIsYes: true });
    expect(lines).toContain('Omröstningsresultat: 2 ja, 2 nej, 1 avstår.');
    expect(lines).toContain('Lika röstetal; ordföranden har utslagsröst.');
    expect(lines[lines.length - 1]).toBe('Beslut har fattats enligt Forsbergs yrkande.');
  });
  it('R-MEET-7: dissent and protocol notes', () => {
    expect(reservationSentence('dissent', ['A (M)', 'B (M)'], null)).toBe('A (M) och B (M) reserverar sig mot beslutet.');
    expect(reservationSentence('note', ['C (V)'], 'Vi vill se en utredning.')).toBe('C (V) lämnar en protokollsanteckning. Vi vill se en utredning.');
  });
});
