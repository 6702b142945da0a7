/**
 * Appropriations: remaining funds as of a date and after a case's proposals, the over-commitment check, and the
 * reference's figures (KSNAU 2024-05-21 § 181 and § 182) computed from the demo register.
 */
import { describe, expect, it } from 'vitest';
import {
  bindsAsOf, checkCommitment, checkYearAmounts, decidedStatus, formatTkr, kronorOf, remainingPerYear, shortfallMessage, shortfalls,
  type CommitmentFacts, type YearAmount,
} from '../../src/domain/appropriations.ts';
import { appropriationData, CLIMATE_APPROPRIATION, GROWTH_APPROPRIATION, type DemoAppropriation } from '../../src/demo/registers/appropriations.ts';
import type { FieldError } from '../../src/domain/errors.ts';

const amounts = (m: Record<number, number>): YearAmount[] => Object.entries(m).map(([y, a]) => ({ year: Number(y), amountKr: a }));

function register(name: string): { years: YearAmount[]; commitments: CommitmentFacts[] } {
  const a = appropriationData.find((x) => x.name === name) as DemoAppropriation;
  return {
    years: amounts(a.years),
    commitments: a.commitments.map((c, i) => ({ id: `c${i}`, caseId: null, status: c.status, decidedOn: c.decidedOn, releasedOn: c.releasedOn ?? null, amounts: amounts(c.amounts) })),
  };
}

const proposal = (id: string, caseId: string, m: Record<number, number>): CommitmentFacts => ({ id, caseId, status: 'proposed', decidedOn: null, releasedOn: null, amounts: amounts(m) });

describe('remaining funds in the reference meeting book', () => {
  it('§ 181/24: the growth appropriation after the NSSO proposal as of 2024-04-29 is 1 478,2 / 3 007,4 / 9 296,2 tkr', () => {
    const { years, commitments } = register(GROWTH_APPROPRIATION);
    const nsso = proposal('nsso', 'KS-2024/00361', { 2024: 20_000, 2025: 100_000, 2026: 100_000, 2027: 80_000 });
    const rows = remainingPerYear(years, [...commitments, nsso], '2024-04-29', 'KS-2024/00361').filter((r) => r.year <= 2026);
    expect(rows.map((r) => `${r.year} ${formatTkr(r.remainingKr)} tkr`)).toEqual(['2024 1 478,2 tkr', '2025 3 007,4 tkr', '2026 9 296,2 tkr']);
    expect(rows.map((r) => r.proposedKr)).toEqual([20_000, 100_000, 100_000]);
  });

  it('§ 182/24: the climate appropriation after the four proposed grants is 1 617,0 / 1 697,0 / 2 156,0 tkr, granted 1 383 / 1 303 / 844 tkr', () => {
    const { years, commitments } = register(CLIMATE_APPROPRIATION);
    const grants = [
      proposal('energy', 'KS-2024/00456', { 2024: 80_000 }),
      proposal('aurora', 'KS-2024/00456', { 2024: 153_000, 2025: 153_000, 2026: 144_000 }),
      proposal('buildings', 'KS-2024/00456', { 2024: 400_000, 2025: 400_000, 2026: 400_000 }),
      proposal('biocredit', 'KS-2024/00456', { 2024: 250_000, 2025: 250_000 }),
    ];
    const rows = remainingPerYear(years, [...commitments, ...grants], '2024-05-14', 'KS-2024/00456').filter((r) => r.year >= 2024);
    expect(rows.map((r) => formatTkr(r.remainingKr))).toEqual(['1 617,0', '1 697,0', '2 156,0']);
    expect(rows.map((r) => (r.committedKr + r.proposedKr) / 1000)).toEqual([1383, 1303, 844]);
    expect(rows.every((r) => r.amountKr === 3_000_000)).toBe(true);
  });

  it('after the decision the report of the case, as of its date, still shows the same figures', () => {
    const { years, commitments } = register(GROWTH_APPROPRIATION);
    const decided: CommitmentFacts = { id: 'nsso', caseId: 'KS-2024/00361', status: 'conditional', decidedOn: '2024-05-21', releasedOn: null, amounts: amounts({ 2024: 20_000, 2025: 100_000, 2026: 100_000 }) };
    expect(remainingPerYear(years, [...commitments, decided], '2024-04-29', 'KS-2024/00361').slice(0, 3).map((r) => formatTkr(r.remainingKr))).toEqual(['1 478,2', '3 007,4', '9 296,2']);
    expect(remainingPerYear(years, [...commitments, decided], '2024-05-21', 'KS-2024/00361')[0]).toMatchObject({ committedKr: 10_521_800, proposedKr: 0, remainingKr: 1_478_200 });
  });

  it('without the case, the proposals of another case are not subtracted', () => {
    const { years, commitments } = register(CLIMATE_APPROPRIATION);
    const rows = remainingPerYear(years, [...commitments, proposal('x', 'A', { 2024: 80_000 })], '2024-05-14', 'B');
    expect(rows.find((r) => r.year === 2024)!.remainingKr).toBe(2_500_000);
  });
});

describe('remaining funds as of a date', () => {
  const years = amounts({ 2024: 1_000 });
  const c = (over: Partial<CommitmentFacts>): CommitmentFacts => ({ id: 'c', caseId: null, status: 'firm', decidedOn: '2024-03-01', releasedOn: null, amounts: amounts({ 2024: 400 }), ...over });

  it('counts a commitment from the day it was decided', () => {
    expect(remainingPerYear(years, [c({})], '2024-02-29')[0]!.remainingKr).toBe(1_000);
    expect(remainingPerYear(years, [c({})], '2024-03-01')[0]!.remainingKr).toBe(600);
  });

  it('counts a released commitment until the day it was released', () => {
    const released = c({ status: 'released', releasedOn: '2024-04-01' });
    expect(remainingPerYear(years, [released], '2024-03-31')[0]!.remainingKr).toBe(600);
    expect(remainingPerYear(years, [released], '2024-04-01')[0]!.remainingKr).toBe(1_000);
    expect(bindsAsOf(released, null)).toBe(false);
  });

  it('counts conditional commitments like firm ones and never counts proposals unless asked', () => {
    expect(remainingPerYear(years, [c({ status: 'conditional' })], '2024-12-31')[0]!.remainingKr).toBe(600);
    expect(remainingPerYear(years, [c({ status: 'proposed', decidedOn: null, caseId: 'K' })], '2024-12-31')[0]!.remainingKr).toBe(1_000);
  });

  it('a decided commitment is conditional when it has conditions, otherwise firm', () => {
    expect(decidedStatus('under förutsättning att övrig sökt medfinansiering beviljas')).toBe('conditional');
    expect(decidedStatus(null)).toBe('firm');
    expect(decidedStatus('  ')).toBe('firm');
  });
});

describe('over-commitment', () => {
  const years = amounts({ 2024: 1_000_000, 2025: 1_000_000 });
  const firm: CommitmentFacts = { id: 'a', caseId: null, status: 'firm', decidedOn: '2024-01-10', releasedOn: null, amounts: amounts({ 2024: 900_000 }) };

  it('refuses a commitment beyond the remaining funds, naming the year and the shortfall in Swedish', () => {
    const errors: FieldError[] = [];
    const candidate: CommitmentFacts = { id: 'new', caseId: null, status: 'firm', decidedOn: '2024-05-01', releasedOn: null, amounts: amounts({ 2024: 150_000, 2025: 10_000 }) };
    const short = checkCommitment(years, [firm], candidate, null, errors);
    expect(short).toEqual([{ year: 2024, shortfallKr: 50_000 }]);
    expect(errors).toEqual([{ field: 'amounts', message: 'överskrider kvarvarande medel 2024 med 50 000 kr; ange ett skäl för att ändå ta medlen i anspråk' }]);
  });

  it('accepts it with an override reason and reports what the override covers', () => {
    const errors: FieldError[] = [];
    const candidate: CommitmentFacts = { id: 'new', caseId: null, status: 'firm', decidedOn: '2024-05-01', releasedOn: null, amounts: amounts({ 2024: 150_000 }) };
    expect(checkCommitment(years, [firm], candidate, 'Beslutat av kommunstyrelsen trots underskottet', errors)).toEqual([{ year: 2024, shortfallKr: 50_000 }]);
    expect(errors).toEqual([]);
  });

  it('counts the other proposals of the same case for a proposal, but not those of other cases', () => {
    const other = proposal('p1', 'K1', { 2025: 600_000 });
    const elsewhere = proposal('p2', 'K2', { 2025: 600_000 });
    expect(shortfalls(years, [other, elsewhere], proposal('p3', 'K1', { 2025: 500_000 }))).toEqual([{ year: 2025, shortfallKr: 100_000 }]);
    expect(shortfalls(years, [other, elsewhere], proposal('p3', 'K3', { 2025: 500_000 }))).toEqual([]);
  });

  it('a changed commitment is checked without its own earlier amounts', () => {
    expect(shortfalls(years, [firm], { ...firm, amounts: amounts({ 2024: 1_000_000 }) })).toEqual([]);
    expect(shortfalls(years, [firm], { ...firm, amounts: amounts({ 2024: 1_000_001 }) })).toEqual([{ year: 2024, shortfallKr: 1 }]);
  });

  it('refuses a year the appropriation has no amount for, negative or fractional amounts, and nothing at all', () => {
    const errors: FieldError[] = [];
    checkCommitment(years, [], { id: 'n', caseId: null, status: 'firm', decidedOn: '2024-01-01', releasedOn: null, amounts: [{ year: 2023, amountKr: 5 }, { year: 2024, amountKr: -1 }, { year: 2025, amountKr: 2.5 }] }, null, errors);
    expect(errors).toEqual([
      { field: 'amounts[0].year', message: 'anslaget har inget belopp för 2023' },
      { field: 'amounts[1].amountKr', message: 'måste vara ett belopp i hela kronor, minst 0' },
      { field: 'amounts[2].amountKr', message: 'måste vara ett belopp i hela kronor, minst 0' },
    ]);
    const none: FieldError[] = [];
    checkCommitment(years, [], { id: 'n', caseId: null, status: 'firm', decidedOn: '2024-01-01', releasedOn: null, amounts: [] }, null, none);
    expect(none).toEqual([{ field: 'amounts', message: 'ange belopp för minst ett år' }]);
  });

  it('names several years in one message', () => {
    expect(shortfallMessage([{ year: 2024, shortfallKr: 1_500 }, { year: 2025, shortfallKr: 20_024 }, { year: 2026, shortfallKr: 3 }]))
      .toBe('överskrider kvarvarande medel 2024 med 1 500 kr, 2025 med 20 024 kr och 2026 med 3 kr; ange ett skäl för att ändå ta medlen i anspråk');
  });
});

describe('amounts per year of an appropriation', () => {
  it('accepts whole kronor per year and refuses duplicates, non-years and text amounts', () => {
    const ok: FieldError[] = [];
    expect(checkYearAmounts([{ year: 2024, amountKr: 3_000_000 }], 'years', ok)).toEqual([{ year: 2024, amountKr: 3_000_000 }]);
    expect(ok).toEqual([]);
    const errors: FieldError[] = [];
    checkYearAmounts([{ year: 2024, amountKr: 1 }, { year: 2024, amountKr: 1 }, { year: 24.5, amountKr: 1 }, { year: 2025, amountKr: 'tre miljoner' }, { year: 2026, amountKr: -5 }], 'years', errors);
    expect(errors.map((e) => e.field)).toEqual(['years[1].year', 'years[2].year', 'years[3].amountKr', 'years[4].amountKr']);
    expect(errors[2]!.message).toContain('"tre miljoner" är inte ett belopp');
    expect(checkYearAmounts('2024', 'years', errors)).toEqual([]);
  });

  it('reads Swedish amounts into whole kronor and refuses nonsense, fractions of a krona and negatives', () => {
    expect(kronorOf('20 024 kr')).toBe(20_024);
    expect(kronorOf('1 478,2 tkr')).toBe(1_478_200);
    expect(kronorOf('3\u00a0000\u00a0000')).toBe(3_000_000);
    expect(kronorOf(500_000)).toBe(500_000);
    expect(kronorOf('-38,5')).toEqual({ error: 'måste vara ett belopp i hela kronor, minst 0' });
    expect(kronorOf('12,5 kr')).toEqual({ error: 'måste vara ett belopp i hela kronor, minst 0' });
    expect(kronorOf('1.2.3')).toEqual({ error: '"1.2.3" är inte ett belopp (skriv t.ex. 1 478,2 eller -38,5)' });
    expect(kronorOf(null)).toEqual({ error: 'måste vara ett belopp i hela kronor, minst 0' });
  });

  it('prints remaining funds as tkr with one decimal in Swedish format', () => {
    expect(formatTkr(1_478_200)).toBe('1 478,2');
    expect(formatTkr(-38_500)).toBe('-38,5');
    expect(formatTkr(0)).toBe('0,0');
  });
});
