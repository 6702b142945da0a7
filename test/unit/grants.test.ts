/**
 * Grant applications and rounds: validation naming the field, the reference's arithmetic (the climate round's
 * sums 1 383 / 1 303 / 844 tkr, Miljöskjutsen's granted total, the NSSO budget), the compilation's texts and
 * the public version's masking of private individuals.
 */
import { describe, expect, it } from 'vitest';
import type { FieldError } from '../../src/domain/errors.ts';
import { checkAmountKr, checkApplication, checkDecisionRecord, checkDelegationDecision, checkRecommendation, checkRound, checkYearAmounts } from '../../src/domain/grants.ts';
import { compilationYears, grantedCell, grantedSums, inUnit, maskName, perYearText, recommendationText, shownApplicant, type CompiledApplication } from '../../src/domain/grantCompilation.ts';
import { climateRound, environmentRideRound, type DemoApplication } from '../../src/demo/registers/grantsData.ts';

const years = (r: Record<number, number> | null) => Object.entries(r ?? {}).map(([y, kr]) => ({ year: Number(y), kr }));

function compiled(a: DemoApplication, position: number): CompiledApplication {
  return {
    position, externalRef: a.externalRef, applicantKind: a.applicantKind, applicantName: a.applicantName, projectTitle: a.projectTitle,
    projectDescription: a.projectDescription, totalCostKr: a.totalCostKr,
    years: years(a.applied).map((y) => ({ year: y.year, appliedKr: y.kr, grantedKr: a.granted?.[y.year] ?? null })),
    recommendation: a.granted ? 'grant' : 'reject', motivation: a.motivation,
    state: a.decidedEarlier ? 'decided' : 'recommended', outcome: a.decidedEarlier ? 'granted' : null,
    decisionRef: a.decidedEarlier?.reference ?? null, decidedEarlier: Boolean(a.decidedEarlier),
  };
}

describe('amounts in Swedish formats', () => {
  it('reads "20 024 kr", "153" in tkr and "1 478,2 tkr" as whole kronor', () => {
    const errors: FieldError[] = [];
    expect(checkAmountKr('20 024 kr', 'a', 'kr', errors)).toBe(20_024);
    expect(checkAmountKr('153', 'a', 'tkr', errors)).toBe(153_000);
    expect(checkAmountKr('1 478,2 tkr', 'a', 'kr', errors)).toBe(1_478_200);
    expect(checkAmountKr(80_000, 'a', 'tkr', errors)).toBe(80_000);
    expect(errors).toEqual([]);
  });

  it('rejects nonsense, negatives and parts of a krona naming the cell', () => {
    const errors: FieldError[] = [];
    expect(checkAmountKr('tjugo tusen', 'applied.2024', 'kr', errors)).toBeNull();
    expect(checkAmountKr('-38 kr', 'applied.2025', 'kr', errors)).toBeNull();
    expect(checkAmountKr('12,5 kr', 'applied.2026', 'kr', errors)).toBeNull();
    expect(errors.map((e) => e.field)).toEqual(['applied.2024', 'applied.2025', 'applied.2026']);
    expect(errors[0]!.message).toContain('är inte ett belopp');
    expect(errors[1]!.message).toBe('får inte vara negativt');
    expect(errors[2]!.message).toBe('måste vara hela kronor');
  });

  it('reads amounts per year from an object or a list and refuses a year twice', () => {
    const errors: FieldError[] = [];
    expect(checkYearAmounts({ 2025: '153', 2024: '153', 2026: '' }, 'applied', 'tkr', errors)).toEqual([{ year: 2024, kr: 153_000 }, { year: 2025, kr: 153_000 }]);
    expect(checkYearAmounts([{ year: 2024, amount: 1 }, { year: 2024, amount: 2 }], 'granted', 'kr', errors)).toEqual([{ year: 2024, kr: 1 }]);
    expect(checkYearAmounts({ tjugo: 1 }, 'applied', 'kr', errors)).toEqual([]);
    expect(errors).toEqual([{ field: 'granted.2024', message: 'året finns två gånger' }, { field: 'applied.tjugo', message: 'måste vara ett årtal' }]);
  });
});

describe('an application', () => {
  const base = { applicantKind: 'association', applicantName: 'Ersboda SK', projectTitle: 'Tillsammans för ersboda', applied: { 2024: '20 000' } };

  it('is read with its amounts in the round unit', () => {
    const errors: FieldError[] = [];
    const a = checkApplication({ ...base, applicantEmail: 'Kansli@Ersbodask.example', totalCost: '40 000 kr', externalRef: '150638' }, 'kr', errors);
    expect(errors).toEqual([]);
    expect(a).toMatchObject({ applicantEmail: 'kansli@ersbodask.example', totalCostKr: 40_000, applied: [{ year: 2024, kr: 20_000 }], externalRef: '150638' });
  });

  it('names each wrong field', () => {
    const errors: FieldError[] = [];
    checkApplication({ applicantKind: 'company', applicantName: '', projectTitle: 'X', applicantEmail: 'inte-en-adress', applied: {} }, 'kr', errors);
    expect(errors.map((e) => e.field)).toEqual(['applicantKind', 'applicantEmail', 'applied', 'applicantName']);
  });
});

describe('a recommendation', () => {
  const applied = [{ year: 2024, kr: 20_024 }];

  it('refuses a rejected application with a granted amount', () => {
    const errors: FieldError[] = [];
    checkRecommendation({ recommendation: 'reject', granted: { 2024: '5 000' }, motivation: 'Bidrag ges ej till arvode.' }, applied, 'kr', errors);
    expect(errors).toEqual([{ field: 'granted.2024', message: 'ett avslag kan inte ha ett beviljat belopp' }]);
  });

  it('accepts a rejection with zero granted and requires its motivation', () => {
    const ok: FieldError[] = [];
    expect(checkRecommendation({ recommendation: 'reject', granted: { 2024: '0' }, motivation: 'Avslag.' }, applied, 'kr', ok).input.granted).toEqual([]);
    expect(ok).toEqual([]);
    const errors: FieldError[] = [];
    checkRecommendation({ recommendation: 'reject', motivation: '' }, applied, 'kr', errors);
    expect(errors).toEqual([{ field: 'motivation', message: 'ett avslag måste motiveras' }]);
  });

  it('warns (does not refuse) when more is granted than applied for', () => {
    const errors: FieldError[] = [];
    const { input, warnings } = checkRecommendation({ recommendation: 'grant', granted: { 2024: '25 000' }, motivation: '' }, applied, 'kr', errors);
    expect(errors).toEqual([]);
    expect(input.granted).toEqual([{ year: 2024, kr: 25_000 }]);
    expect(warnings).toEqual(['Beviljat belopp 2024 är större än sökt belopp.']);
  });

  it('a grant needs an amount', () => {
    const errors: FieldError[] = [];
    checkRecommendation({ recommendation: 'grant', granted: {}, motivation: '' }, applied, 'kr', errors);
    expect(errors).toEqual([{ field: 'granted', message: 'ange beviljat belopp för minst ett år' }]);
  });
});

describe('a round and a delegation decision', () => {
  it('names wrong dates and an unknown way of deciding', () => {
    const errors: FieldError[] = [];
    checkRound({ name: 'Miljöskjutsen 2024', opensOn: '2024-04-15', closesOn: '2024-02-15', decidedBy: 'lottery', criteria: ['a', ''] }, errors);
    expect(errors.map((e) => e.field)).toEqual(['closesOn', 'decidedBy']);
    const d: FieldError[] = [];
    checkDelegationDecision({ delegateName: '', decidedOn: '16 maj' }, d);
    expect(d.map((e) => e.field)).toEqual(['delegateName', 'decidedOn']);
  });
});

describe('the climate round of § 182 (KS-2024/00456-2)', () => {
  const apps = climateRound.applications.map(compiled);

  it('sums 1 383 / 1 303 / 844 tkr, the earlier-decided Cirkulära Västerbotten included', () => {
    const sums = grantedSums(apps);
    expect(compilationYears(apps)).toEqual([2024, 2025, 2026]);
    expect([...sums.values()].map((kr) => inUnit(kr, 'tkr'))).toEqual(['1 383', '1 303', '844']);
    expect([...sums.values()].map((kr) => 3_000_000 - kr)).toEqual([1_617_000, 1_697_000, 2_156_000]);
  });

  it('prints the amounts applied per year and the recommendation as the reference does', () => {
    expect(perYearText(apps[2]!.years.map((y) => ({ year: y.year, kr: y.appliedKr })), 'tkr')).toBe('153 (2024); 153 (2025); 144 (2026)');
    expect(recommendationText(apps[0]!)).toBe('Beslutat av KSNAU 2023-04-18');
    expect(recommendationText(apps[1]!)).toBe('Rekommendation: Beviljas.');
  });
});

describe('Miljöskjutsen 2024 (KS-2024/00457-2)', () => {
  const apps = environmentRideRound.applications.map(compiled);

  it('has 20 applications, 7 granted for 118 870 kr and 13 "Avslag"', () => {
    expect(apps).toHaveLength(20);
    expect(grantedSums(apps).get(2024)).toBe(118_870);
    expect(apps.filter((a) => grantedCell(a, 'kr') === 'Avslag')).toHaveLength(13);
    expect(grantedCell(apps[5]!, 'kr')).toBe('3 798');
  });

  it('masks a private individual in the public version only', () => {
    const person = { ...apps[0]!, applicantKind: 'private_individual' as const, applicantName: 'Anna Andersson' };
    expect(shownApplicant(person, 'public')).toBe('Privatperson');
    expect(shownApplicant(person, 'internal')).toBe('Anna Andersson');
    expect(maskName('Anna Andersson söker för cykelkök', person, 'public')).toBe('Privatperson söker för cykelkök');
    expect(shownApplicant(apps[0]!, 'public')).toBe('Ersboda SK');
  });
});

describe('an organ\'s decision recorded per application', () => {
  const check = (raw: Record<string, unknown>) => {
    const errors: FieldError[] = [];
    return { input: checkDecisionRecord(raw, 'tkr', errors), errors };
  };

  it('reads the granted amounts in the round\'s unit, keeps only the years with money, and the reference and date', () => {
    const { input, errors } = check({ outcome: 'granted', granted: { 2024: '1 478,2', 2025: '', 2026: '0' }, decisionRef: 'KSNAU § 182/24', decidedOn: '2024-05-21' });
    expect(errors).toEqual([]);
    expect(input).toEqual({ outcome: 'granted', granted: [{ year: 2024, kr: 1_478_200 }], decisionRef: 'KSNAU § 182/24', decidedOn: '2024-05-21', motivation: null });
  });

  it('refuses a rejection with a granted amount, a grant without one, nonsense naming the cell, and a missing reference or date', () => {
    expect(check({ outcome: 'rejected', granted: { 2024: '20 024 kr' }, decisionRef: 'KSNAU § 182/24', decidedOn: '2024-05-21' }).errors)
      .toEqual([{ field: 'granted.2024', message: 'ett avslag kan inte ha ett beviljat belopp' }]);
    expect(check({ outcome: 'granted', granted: {}, decisionRef: 'X', decidedOn: '2024-05-21' }).errors).toEqual([{ field: 'granted', message: 'ange beviljat belopp för minst ett år' }]);
    expect(check({ outcome: 'granted', granted: { 2025: 'mycket' }, decisionRef: 'X', decidedOn: '2024-05-21' }).errors.map((e) => e.field)).toEqual(['granted.2025']);
    expect(check({ outcome: 'beviljad', decisionRef: '', decidedOn: '2024-13-01' }).errors.map((e) => e.field)).toEqual(['outcome', 'decisionRef', 'decidedOn']);
  });

  it('a rejection carries no amounts', () => {
    expect(check({ outcome: 'rejected', granted: { 2024: '0' }, decisionRef: 'X', decidedOn: '2024-05-21' }).input.granted).toEqual([]);
  });
});
