import { describe, expect, it } from 'vitest';
import { checkDecision, clausesFor, decisionLeadIn, defaultOutcome, propositionText, quorumProblem, reportClauses } from '../../src/domain/decision.ts';
import type { ItemAttendance } from '../../src/domain/attendance.ts';
import type { FieldError } from '../../src/domain/errors.ts';

const names: Record<string, string> = { c: 'Mikael Holmberg', v: 'Magnus Edström', m1: 'Elin Forsberg', m2: 'Moa Selin', m3: 'Jenny Brännström' };
const nameOf = (p: string) => names[p] ?? p;
const att = (serving: string[], vacant: string[], dq: string[] = []): ItemAttendance => ({
  itemId: 'i', serving: serving.map((personId) => ({ personId, forPersonId: null })), presentNotServing: [], disqualified: dq, vacantSeats: vacant,
  quorum: serving.length >= 3 ? { seats: 5, serving: serving.length, required: 3, ok: true, reason: null }
    : { seats: 5, serving: serving.length, required: 3, ok: false, reason: `Organet är inte beslutsfört: ${serving.length} av 5 ledamöter tjänstgör, minst 3 krävs (KL 6 kap. 27 §).` },
});

describe('decision', () => {
  it('R-MEET-1: a decision needs a quorum on the item; the refusal names the count, the requirement and who is missing', () => {
    expect(quorumProblem(att(['c', 'v', 'm1'], ['m2', 'm3']), nameOf)).toBeNull();
    const problem = quorumProblem(att(['c', 'm1'], ['v', 'm2', 'm3'], ['m3']), nameOf)!;
    expect(problem).toContain('2 av 5 ledamöter tjänstgör, minst 3 krävs');
    expect(problem).toContain('Ingen tjänstgör för: Magnus Edström, Moa Selin.');
    expect(problem).toContain('Jäv: Jenny Brännström.');
  });
  it('R-PREP-3: default clauses come from the official report\'s proposal', () => {
    expect(reportClauses({ decision: 'proposes', clauses: ['att avslå motionen', ' '] }, 'to_organ')).toEqual(['avslå motionen']);
    expect(reportClauses(null, 'noted')).toEqual(['lägga informationen till handlingarna']);
    expect(reportClauses(null, 'final')).toEqual([]);
  });
  it('R-MEET-4: the clauses follow the adopted proposal', () => {
    const report = ['avslå motionen'];
    expect(clausesFor(null, { kind: 'approve', text: 'Bifall', fromReport: true }, [], report)).toEqual(report);
    expect(clausesFor(null, { kind: 'approve', text: 'Bifall till förslaget till beslut', fromReport: true }, [], [])).toEqual([]); // no report on file
    expect(clausesFor(null, { kind: 'reject', text: 'Avslag', fromReport: false }, [], report)).toEqual(['avslå förslaget']);
    expect(clausesFor(null, { kind: 'amend', text: 'att bifalla motionen', fromReport: false }, [{ kind: 'add', text: 'uppdra åt förvaltningen att återrapportera', fromReport: false }], report))
      .toEqual(['bifalla motionen', 'uppdra åt förvaltningen att återrapportera']);
    expect(clausesFor({ kind: 'refer_back', text: 'för komplettering med en konsekvensanalys', fromReport: false }, null, [], report))
      .toEqual(['återremittera ärendet', 'för komplettering med en konsekvensanalys']);
  });
  it('R-PREP-1: a case prepared for another organ goes on with a proposal to that organ', () => {
    expect(defaultOutcome('to_council')).toBe('to_organ');
    expect(defaultOutcome('information')).toBe('noted');
    expect(defaultOutcome('decision')).toBe('final');
    expect(decisionLeadIn('Kommunstyrelsens näringslivs- och arbetsutskott', 'to_organ', 'Kommunstyrelsen')).toBe('Kommunstyrelsens näringslivs- och arbetsutskott föreslår kommunstyrelsen besluta');
    expect(decisionLeadIn('Kommunstyrelsen', 'final', null)).toBe('Kommunstyrelsen beslutar');
  });
  it('R-MIN-3: the decision fields are checked, naming the wrong field', () => {
    const errors: FieldError[] = [];
    const organ = '00000000-0000-4000-8000-000000000001';
    checkDecision({ outcome: 'to_organ', toOrganId: organ, clauses: [], distribution: [{ name: '', email: 'nej' }] }, organ, errors);
    expect(errors.map((e) => e.field)).toEqual(['toOrganId', 'clauses', 'distribution[0].name', 'distribution[0].email']);
    const ok: FieldError[] = [];
    const input = checkDecision({ outcome: 'final', clauses: ['att bevilja 500 tkr'], immediateAdjustment: true, distribution: [{ name: 'Ekonomiavdelningen', email: 'ekonomi@example.se' }] }, organ, ok);
    expect(ok).toEqual([]);
    expect(input).toMatchObject({ clauses: ['bevilja 500 tkr'], immediateAdjustment: true, toOrganId: null, distribution: [{ name: 'Ekonomiavdelningen', email: 'ekonomi@example.se' }] });
  });
});

describe('decision clauses and minutes text', () => {
  it('R-MEET-4: when every alternative put is rejected, the proposal is rejected', () => {
    expect(clausesFor(null, null, [], ['avslå motionen'], true)).toEqual(['avslå förslaget']);
    expect(clausesFor(null, null, [], ['avslå motionen'])).toEqual(['avslå motionen']);
  });
  it('R-MIN-1: a proposition is printed with how it was settled and the result', () => {
    const step = { stage: 'decision' as const, question: 'Bifall till förslaget till beslut mot Moa Selins (MP) yrkande om avslag?', result: 'yes' as const, winnerLabel: 'förslaget till beslut', yesLabel: 'förslaget till beslut' };
    expect(propositionText(step, null)).toBe('Ordföranden ställer proposition: Bifall till förslaget till beslut mot Moa Selins (MP) yrkande om avslag? Ordföranden finner att förslaget till beslut har bifallits.');
    expect(propositionText(step, { kind: 'open', tally: { yes: 2, no: 2, abstain: 1 }, tieBreak: 'chair' }))
      .toContain('öppen omröstning (namnupprop): 2 ja, 2 nej, 1 avstår. Förslaget till beslut har bifallits med ordförandens utslagsröst.');
    expect(propositionText({ ...step, stage: 'formal', result: 'no' }, null)).toContain('finner att ärendet ska avgöras i dag.');
  });
});
