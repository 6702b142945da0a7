/**
 * The wording of the minutes (R-MIN-1, R-MIN-2): paragraph ranges ("§§ 177–180"), the "Beslutande" lines with
 * "tjg för NN §§ …" for substitutes, substitutes present but not serving, and the sentences for jäv,
 * proposals (yrkanden), votes and dissents. Pure text shaping; the facts come from the attendance rules.
 */
import type { ItemAttendance, Seat } from './attendance.ts';

export interface PersonLabel { id: string; name: string; party: string | null }

/** "Mikael Holmberg (S)". */
export const personLabel = (p: PersonLabel | undefined): string => (p ? (p.party ? `${p.name} (${p.party})` : p.name) : 'okänd person');

/** "A", "A och B", "A, B och C". */
export function joinSwedish(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`;
}

/**
 * "§ 177", "§§ 177–180", "§§ 177–178, 183". `order` is the meeting's paragraphs in order: a run is unbroken when
 * the paragraphs follow each other in the meeting (withdrawn paragraphs in between do not break it).
 */
export function paragraphRange(paragraphs: readonly number[], order: readonly number[] = []): string {
  const chosen = new Set(paragraphs);
  if (chosen.size === 0) return '';
  const sorted = [...chosen].sort((a, b) => a - b);
  const sequence = order.length ? [...order, ...sorted.filter((p) => !order.includes(p))]
    : Array.from({ length: sorted[sorted.length - 1]! - sorted[0]! + 1 }, (_, i) => sorted[0]! + i);
  const runs: number[][] = [];
  let current: number[] = [];
  for (const p of sequence) {
    if (chosen.has(p)) current.push(p);
    else if (current.length) { runs.push(current); current = []; }
  }
  if (current.length) runs.push(current);
  const text = runs.map((r) => (r.length === 1 ? `${r[0]}` : `${r[0]}–${r[r.length - 1]}`)).join(', ');
  return chosen.size === 1 ? `§ ${text}` : `§§ ${text}`;
}

export interface HandledItem { itemId: string; paragraph: number }

export interface AttendanceLines {
  /** Beslutande: chair first, then vice chair, members, serving substitutes ("tjg för …"). */
  deciding: string[];
  /** Ersättare present without serving (with the §§ where they did not serve, when only some). */
  substitutesNotServing: string[];
}

const ROLE_SUFFIX: Partial<Record<Seat['role'], string>> = { chair: ', ordförande', vice_chair: ', vice ordförande' };
const ROLE_ORDER: Record<Seat['role'], number> = { chair: 0, vice_chair: 1, member: 2, substitute: 3 };

/**
 * R-MIN-2: who decided. A member serving on every handled item gets no range; otherwise the §§ where they
 * served. A substitute gets one line per member they served for: "X (V), tjg för Y (S) §§ 177–180".
 */
export function attendanceLines(items: readonly HandledItem[], attendance: readonly ItemAttendance[], seats: readonly Seat[], people: ReadonlyMap<string, PersonLabel>): AttendanceLines {
  const order = items.map((i) => i.paragraph);
  const paragraphOf = new Map(items.map((i) => [i.itemId, i.paragraph]));
  const all = order.length;
  const seatOf = new Map(seats.map((s) => [s.personId, s]));
  const rank = (personId: string) => {
    const s = seatOf.get(personId);
    return s ? ROLE_ORDER[s.role] * 1000 + (s.substituteOrder ?? seats.indexOf(s)) : 9999;
  };
  // person → (for whom | '') → paragraphs
  const serving = new Map<string, Map<string, number[]>>();
  const presentNot = new Map<string, number[]>();
  for (const a of attendance) {
    const paragraph = paragraphOf.get(a.itemId);
    if (paragraph === undefined) continue;
    for (const s of a.serving) {
      const byFor = serving.get(s.personId) ?? new Map<string, number[]>();
      const key = s.forPersonId ?? '';
      byFor.set(key, [...(byFor.get(key) ?? []), paragraph]);
      serving.set(s.personId, byFor);
    }
    for (const p of a.presentNotServing) presentNot.set(p, [...(presentNot.get(p) ?? []), paragraph]);
  }
  const deciding: { rank: number; line: string }[] = [];
  for (const [personId, byFor] of serving) {
    const label = personLabel(people.get(personId));
    for (const [forId, paragraphs] of byFor) {
      const range = paragraphs.length === all && byFor.size === 1 ? '' : ` ${paragraphRange(paragraphs, order)}`;
      if (forId) deciding.push({ rank: rank(personId) + 0.5, line: `${label}, tjg för ${personLabel(people.get(forId))}${range}` });
      else deciding.push({ rank: rank(personId), line: `${label}${ROLE_SUFFIX[seatOf.get(personId)?.role ?? 'member'] ?? ''}${range}` });
    }
  }
  deciding.sort((a, b) => a.rank - b.rank);
  const substitutesNotServing = [...presentNot].filter(([id]) => seatOf.get(id)?.role === 'substitute')
    .sort((a, b) => rank(a[0]) - rank(b[0]))
    .map(([id, paragraphs]) => `${personLabel(people.get(id))}${paragraphs.length === all ? '' : ` ${paragraphRange(paragraphs, order)}`}`);
  return { deciding: deciding.map((d) => d.line), substitutesNotServing };
}

/** R-MEET-3: how the minutes record jäv. */
export const disqualificationSentence = (person: string): string => `${person} anmäler jäv och deltar inte i handläggningen av ärendet.`;

export type ProposalKind = 'approve' | 'reject' | 'amend' | 'add' | 'refer_back' | 'table' | 'other';
const PROPOSAL_VERB: Record<ProposalKind, string> = {
  approve: 'bifall', reject: 'avslag', amend: 'ändring', add: 'tillägg', refer_back: 'återremiss', table: 'bordläggning', other: '',
};

/** R-MIN-1: "Elin Forsberg (S) yrkar bifall till förslaget, med instämmande av Moa Selin (V)." */
export function proposalSentence(kind: string, mover: string | null, supporters: readonly string[], text: string): string {
  const body = text.trim();
  if (!mover) return `Förslag till beslut: ${body}`;
  const verb = PROPOSAL_VERB[kind as ProposalKind] ?? '';
  const what = verb ? (body ? `${verb}: ${body}` : verb) : body;
  const support = supporters.length ? `, med instämmande av ${joinSwedish(supporters)}` : '';
  const sentence = `${mover} yrkar ${what}${support}`;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

export interface Tally { yes: number; no: number; abstain: number }

/** R-MEET-5: the vote as the minutes state it. */
export function voteSentences(v: { kind: 'open' | 'secret'; yesText: string; noText: string; tally: Tally; tieBreak: string | null; winnerIsYes: boolean }): string[] {
  const lines = [
    v.kind === 'secret' ? 'Sluten omröstning verkställs.' : 'Omröstning begärs och verkställs.',
    `Den som vill bifalla ${v.yesText} röstar ja; den som vill bifalla ${v.noText} röstar nej.`,
    `Omröstningsresultat: ${v.tally.yes} ja, ${v.tally.no} nej${v.tally.abstain ? `, ${v.tally.abstain} avstår` : ''}.`,
  ];
  if (v.tieBreak === 'chair') lines.push('Lika röstetal; ordföranden har utslagsröst.');
  if (v.tieBreak === 'lottery') lines.push('Lika röstetal; lotten avgör.');
  lines.push(`Beslut har fattats enligt ${v.winnerIsYes ? v.yesText : v.noText}.`);
  return lines;
}

export const BALLOT_LABEL: Record<string, string> = { yes: 'Ja', no: 'Nej', abstain: 'Avstår' };

/** R-MEET-7: "Reservation: Jenny Brännström (V) reserverar sig mot beslutet." */
export function reservationSentence(kind: string, names: readonly string[], text: string | null): string {
  const who = joinSwedish(names);
  const lead = kind === 'dissent'
    ? `${who} reserverar sig mot beslutet.`
    : `${who} lämnar en protokollsanteckning.`;
  return text ? `${lead} ${text.trim()}` : lead;
}
