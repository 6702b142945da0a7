/**
 * The reference's risk arithmetic (KS riskanalys 2024, § 188/24): every risk's value = probability × consequence
 * and its handling by the bands 12–16 / 4–11 / 1–3; the bands' validation; the 1–4 scales; the control plan's
 * frequency and follow-up rules.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_CONSEQUENCE_SCALE, DEFAULT_PROBABILITY_SCALE, DEFAULT_THRESHOLDS, checkRisk, checkScale, checkThresholds, handlingOf, riskValue,
} from '../../src/domain/riskAnalysis.ts';
import { checkControl, checkFollowUp, controlPlanWarnings, formatFrequency, parseFrequency } from '../../src/domain/internalControl.ts';
import type { FieldError } from '../../src/domain/errors.ts';
import { ksRiskAnalysis2024 } from '../../src/demo/registers/risksData.ts';

const P = Object.fromEntries(DEFAULT_PROBABILITY_SCALE.map((s) => [s.label, s.value]));
const C = Object.fromEntries(DEFAULT_CONSEQUENCE_SCALE.map((s) => [s.label, s.value]));

/** The reference's table, as printed: Nr, Sannolikhet, Konsekvens, Risk-värde, Rekommenderad riskhantering. */
const REFERENCE: [string, string, string, number, string][] = [
  ['R1', 'Mindre sannolik', 'Kännbar', 6, 'Reducera risk'],
  ['R2', 'Möjlig', 'Allvarlig', 12, 'Minimera risk'],
  ['R3', 'Mindre sannolik', 'Kännbar', 6, 'Reducera risk'],
  ['R4', 'Sannolik', 'Allvarlig', 16, 'Minimera risk'],
  ['R5', 'Möjlig', 'Allvarlig', 12, 'Minimera risk'],
  ['R6', 'Möjlig', 'Lindrig', 6, 'Reducera risk'],
  ['R7', 'Möjlig', 'Lindrig', 6, 'Reducera risk'],
  ['R8', 'Möjlig', 'Lindrig', 6, 'Reducera risk'],
  ['R9', 'Sannolik', 'Kännbar', 12, 'Minimera risk'],
  ['R10', 'Möjlig', 'Lindrig', 6, 'Reducera risk'],
  ['R11', 'Sannolik', 'Kännbar', 12, 'Minimera risk'],
  ['R12', 'Möjlig', 'Lindrig', 6, 'Reducera risk'],
  ['R13', 'Möjlig', 'Kännbar', 9, 'Reducera risk'],
  ['R14', 'Möjlig', 'Kännbar', 9, 'Reducera risk'],
  ['R15', 'Möjlig', 'Kännbar', 9, 'Reducera risk'],
];

describe('risk value and handling (the reference, § 188/24)', () => {
  it.each(REFERENCE)('%s: %s × %s = %i → %s', (nr, p, c, value, handling) => {
    expect(riskValue(P[p]!, C[c]!)).toBe(value);
    expect(handlingOf(value).label).toBe(handling);
  });

  it('R4 Sannolik × Allvarlig = 16 → Minimera risk; R13 3 × 3 = 9 and R1 2 × 3 = 6 → Reducera risk', () => {
    expect(handlingOf(riskValue(4, 4))).toMatchObject({ handling: 'minimise', label: 'Minimera risk' });
    expect(handlingOf(riskValue(3, 3))).toMatchObject({ handling: 'reduce', label: 'Reducera risk' });
    expect(handlingOf(riskValue(2, 3))).toMatchObject({ handling: 'reduce', label: 'Reducera risk' });
  });

  it('the band edges: 12 minimise, 11 and 4 reduce, 3 and 1 accept', () => {
    expect([16, 12, 11, 4, 3, 1].map((v) => handlingOf(v).handling)).toEqual(['minimise', 'minimise', 'reduce', 'reduce', 'accept', 'accept']);
  });

  it('the demo register holds exactly the reference table', () => {
    expect(ksRiskAnalysis2024.risks.map((r) => [r.number, r.probability, r.consequence])).toEqual(REFERENCE.map(([nr, p, c]) => [nr, P[p], C[c]]));
  });

  it('every value of the 4 × 4 matrix has exactly one handling under the default bands', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), (p, c) => {
      const v = riskValue(p, c);
      expect(DEFAULT_THRESHOLDS.filter((b) => v >= b.from && v <= b.to)).toHaveLength(1);
    }));
  });
});

describe('handling bands (configurable per analysis)', () => {
  const bands = (ranges: [string, number, number][]) => ranges.map(([handling, from, to]) => ({ handling, from, to, label: `${handling} risk`, meaning: '' }));

  it('accepts the defaults and other bands covering 1–16 once, returned highest first', () => {
    expect(checkThresholds(DEFAULT_THRESHOLDS, [])).toEqual(DEFAULT_THRESHOLDS);
    const errors: FieldError[] = [];
    const custom = checkThresholds(bands([['accept', 1, 4], ['reduce', 5, 9], ['minimise', 10, 16]]), errors);
    expect(errors).toEqual([]);
    expect(custom.map((b) => b.handling)).toEqual(['minimise', 'reduce', 'accept']);
    expect(handlingOf(9, custom).handling).toBe('reduce');
    expect(handlingOf(4, custom).handling).toBe('accept');
  });

  it('any three contiguous bands covering 1–16 are accepted and give every value exactly one handling; a shifted edge is refused', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 1, max: 14 }), fc.constantFrom(-1, 1), (a, b, shift) => {
      const [low, high] = a < b ? [a, b] : [b, a === b ? b : a];
      fc.pre(low < high);
      const ranges: [string, number, number][] = [['accept', 1, low], ['reduce', low + 1, high], ['minimise', high + 1, 16]];
      const ok: FieldError[] = [];
      const checked = checkThresholds(bands(ranges), ok);
      expect(ok).toEqual([]);
      for (let v = 1; v <= 16; v++) expect(checked.filter((x) => v >= x.from && v <= x.to)).toHaveLength(1);
      const broken: FieldError[] = [];
      checkThresholds(bands([ranges[0]!, ['reduce', low + 1 + shift, high], ranges[2]!]), broken);
      expect(broken.length).toBeGreaterThan(0);
    }));
  });

  it('refuses a gap, naming the missing values', () => {
    const errors: FieldError[] = [];
    checkThresholds(bands([['minimise', 12, 16], ['reduce', 5, 11], ['accept', 1, 3]]), errors);
    expect(errors).toEqual([{ field: 'thresholds', message: 'riskvärdena 4 saknar riskhantering (intervallen ska täcka 1–16 utan luckor)' }]);
  });

  it('refuses an overlap, naming the band', () => {
    const errors: FieldError[] = [];
    checkThresholds(bands([['minimise', 11, 16], ['reduce', 4, 11], ['accept', 1, 3]]), errors);
    expect(errors).toEqual([{ field: 'thresholds[1].from', message: 'riskvärdet 11 ligger redan i intervall 1' }]);
  });

  it('refuses a repeated handling, a reversed band, values outside 1–16 and a missing label', () => {
    const errors: FieldError[] = [];
    checkThresholds(bands([['minimise', 12, 16], ['minimise', 4, 11], ['accept', 1, 3]]), errors);
    expect(errors).toEqual([{ field: 'thresholds[1].handling', message: 'minimera finns redan i ett annat intervall' }]);
    const more: FieldError[] = [];
    checkThresholds([{ handling: 'minimise', from: 16, to: 12, label: 'M' }, { handling: 'reduce', from: 0, to: 17, label: '' }, { handling: 'x', from: 1, to: 3, label: 'A' }], more);
    expect(more).toEqual([
      { field: 'thresholds[0].to', message: 'får inte vara mindre än 16' },
      { field: 'thresholds[1].from', message: 'måste vara ett heltal 1–16' },
      { field: 'thresholds[1].to', message: 'måste vara ett heltal 1–16' },
      { field: 'thresholds[1].label', message: 'måste fyllas i' },
      { field: 'thresholds[2].handling', message: 'måste vara minimise, reduce eller accept' },
    ]);
    const two: FieldError[] = [];
    checkThresholds(bands([['minimise', 4, 16], ['accept', 1, 3]]), two);
    expect(two[0]!.field).toBe('thresholds');
  });
});

describe('risks: probability and consequence on the 1–4 scales', () => {
  const valid = { number: 'r4', controlArea: 'Säkerhet och krisberedskap', description: 'Risk för att kommunala medel finansierar organiserad brottslighet.', probability: 4, consequence: 4 };

  it('accepts a risk and normalises its number', () => {
    const errors: FieldError[] = [];
    expect(checkRisk(valid, errors)).toMatchObject({ number: 'R4', probability: 4, consequence: 4 });
    expect(errors).toEqual([]);
  });

  it.each([0, 5, 2.5, '3', null])('refuses probability %p and consequence %p naming the field', (bad) => {
    const errors: FieldError[] = [];
    checkRisk({ ...valid, probability: bad, consequence: bad }, errors);
    expect(errors).toEqual([
      { field: 'probability', message: 'måste vara ett heltal 1–4' },
      { field: 'consequence', message: 'måste vara ett heltal 1–4' },
    ]);
  });

  it('refuses a wrong number and empty texts', () => {
    const errors: FieldError[] = [];
    checkRisk({ ...valid, number: '4', controlArea: '', description: ' ' }, errors);
    expect(errors.map((e) => e.field)).toEqual(['number', 'controlArea', 'description']);
  });

  it('a scale has exactly four labelled steps 1–4', () => {
    expect(checkScale(DEFAULT_PROBABILITY_SCALE, 'probabilityScale', [])).toEqual(DEFAULT_PROBABILITY_SCALE);
    const errors: FieldError[] = [];
    checkScale(DEFAULT_CONSEQUENCE_SCALE.slice(0, 3), 'consequenceScale', errors);
    expect(errors).toEqual([{ field: 'consequenceScale', message: 'måste ha exakt fyra steg (1–4)' }]);
    const unlabelled: FieldError[] = [];
    checkScale(DEFAULT_CONSEQUENCE_SCALE.map((s, i) => (i === 2 ? { ...s, label: '' } : s)), 'consequenceScale', unlabelled);
    expect(unlabelled).toEqual([{ field: 'consequenceScale[2].label', message: 'måste fyllas i' }]);
  });
});

describe('internal control plan', () => {
  it('reads the frequency as the plan writes it', () => {
    expect(parseFrequency('T1, T2, T3', [])).toEqual([1, 2, 3]);
    expect(parseFrequency('t3 T2', [])).toEqual([2, 3]);
    expect(parseFrequency([3, 1, 3], [])).toEqual([1, 3]);
    expect(formatFrequency([3, 2])).toBe('T2, T3');
    const errors: FieldError[] = [];
    parseFrequency('T4', errors);
    parseFrequency('', errors);
    expect(errors).toEqual([
      { field: 'frequency', message: '"T4" är ingen tertial; skriv T1, T2 och/eller T3' },
      { field: 'frequency', message: 'välj minst en tertial (T1, T2 eller T3)' },
    ]);
  });

  it('a control needs its texts, the responsible and a non-empty frequency', () => {
    const errors: FieldError[] = [];
    checkControl({ control: 'Kontroll', method: '', responsible: 'Eko-dir', tertials: [] }, errors);
    expect(errors).toEqual([{ field: 'method', message: 'måste fyllas i' }, { field: 'tertials', message: 'välj minst en tertial (T1, T2 eller T3)' }]);
  });

  it('a follow-up comment only for a tertial in the frequency, otherwise refused unless marked unscheduled', () => {
    expect(checkFollowUp({ tertial: 1, comment: 'Rapporteras T2' }, [1, 2, 3], [])).toEqual({ tertial: 1, comment: 'Rapporteras T2', unscheduled: false });
    const errors: FieldError[] = [];
    checkFollowUp({ tertial: 1, comment: 'En första prövning har genomförts.' }, [3], errors);
    expect(errors).toEqual([{ field: 'tertial', message: 'kontrollen följs upp T3, inte T1 (markera som extra uppföljning om den ändå ska redovisas)' }]);
    expect(checkFollowUp({ tertial: 1, comment: 'Extra', unscheduled: true }, [3], [])).toMatchObject({ unscheduled: true });
    // "unscheduled" is dropped when the tertial is in the frequency anyway.
    expect(checkFollowUp({ tertial: 3, comment: 'Klar', unscheduled: true }, [3], [])).toMatchObject({ unscheduled: false });
    const bad: FieldError[] = [];
    checkFollowUp({ tertial: 4, comment: '' }, [1], bad);
    expect(bad.map((e) => e.field)).toEqual(['tertial', 'comment']);
  });

  it('warns of minimise/reduce risks without a control and of controls for accepted risks', () => {
    expect(controlPlanWarnings([
      { number: 'R1', handling: 'reduce', handlingLabel: 'Reducera risk', hasControl: true },
      { number: 'R2', handling: 'minimise', handlingLabel: 'Minimera risk', hasControl: false },
      { number: 'R3', handling: 'accept', handlingLabel: 'Acceptera risk', hasControl: false },
      { number: 'R4', handling: 'accept', handlingLabel: 'Acceptera risk', hasControl: true },
    ])).toEqual([
      { riskNumber: 'R2', message: 'R2 (Minimera risk) saknar kontrollmoment i internkontrollplanen' },
      { riskNumber: 'R4', message: 'R4 (Acceptera risk) kräver ingen åtgärd men har ett kontrollmoment' },
    ]);
  });
});
