/**
 * A co-financing application's project budget (the NSSO application of § 181): totals, each year's costs equal
 * to its financing, sections with subtotals, and a budget whose years do not add up answered with warnings.
 */
import { describe, expect, it } from 'vitest';
import type { FieldError } from '../../src/domain/errors.ts';
import { budgetTotals, budgetWarnings, checkProjectBudget, financierShare } from '../../src/domain/projectBudget.ts';
import { nssoBudget } from '../../src/demo/registers/grantsData.ts';

describe('the NSSO project budget 2024–2027', () => {
  const totals = budgetTotals(nssoBudget);

  it('costs 8 276 413 kr in total, financed by as much', () => {
    expect(totals.costTotal).toBe(8_276_413);
    expect(totals.financingTotal).toBe(8_276_413);
  });

  it("each year's costs equal its financing: 438 079 / 2 688 903 / 2 759 414 / 2 390 017", () => {
    expect(totals.costByYear).toEqual([438_079, 2_688_903, 2_759_414, 2_390_017]);
    expect(totals.financingByYear).toEqual(totals.costByYear);
  });

  it("finds the application's own rounding slip: line 5's typed total is one krona short of its years", () => {
    expect(budgetWarnings(nssoBudget)).toEqual([
      'Kostnadsraden "5 Indirekta kostnader (alternativt Kontor och admin.)": angiven summa 456 184 kr men åren ger 456 185 kr.',
    ]);
  });

  it('sums the public (7 616 413) and private (660 000) financing as the application does', () => {
    expect(totals.financingSections.map((s) => [s.section, s.total])).toEqual([
      ['Nationell offentlig finansiering - kontanta medel', 7_616_413],
      ['Privat finansiering - kontanta medel', 660_000],
    ]);
    expect(totals.financingSections[0]!.amounts).toEqual([438_079, 2_468_903, 2_539_414, 2_170_017]);
  });

  it("gives Umeå kommun's share 20 000 / 100 000 / 100 000 / 80 000", () => {
    expect(financierShare(nssoBudget, '4 Umeå kommun')).toEqual([
      { year: 2024, kr: 20_000 }, { year: 2025, kr: 100_000 }, { year: 2026, kr: 100_000 }, { year: 2027, kr: 80_000 },
    ]);
  });
});

describe('a budget whose years do not add up', () => {
  it('is kept, with a warning per year and per wrong total', () => {
    const broken = structuredClone(nssoBudget);
    broken.financing[3]!.amounts[1] = 150_000; // Umeå kommun 2025 typed as 150 000
    const warnings = budgetWarnings(broken);
    expect(warnings).toEqual([
      '2025: kostnaderna (2 688 903 kr) och finansieringen (2 738 903 kr) går inte jämnt ut.',
      'Kostnadsraden "5 Indirekta kostnader (alternativt Kontor och admin.)": angiven summa 456 184 kr men åren ger 456 185 kr.',
      'Finansieringsraden "4 Umeå kommun": angiven summa 300 000 kr men åren ger 350 000 kr.',
      'Angiven total finansiering 8 276 413 kr men raderna ger 8 326 413 kr.',
    ]);
  });
});

describe('checking a typed budget', () => {
  it('reads Swedish amounts and names a wrong cell', () => {
    const errors: FieldError[] = [];
    const b = checkProjectBudget({
      years: [2024, 2025],
      costs: [{ label: 'Personal', amounts: ['158 312', '982 872 kr'] }, { label: 'Intäkter', amounts: ['0', '-105 000'] }],
      financing: [{ label: 'Region', amounts: ['tio', '877 872'] }],
    }, errors);
    expect(errors).toEqual([{ field: 'projectBudget.financing[0].amounts.2024', message: '"tio" är inte ett belopp (skriv t.ex. 1 478,2 eller -38,5)' }]);
    expect(b!.costs[1]!.amounts).toEqual([0, -105_000]);
  });

  it('refuses years out of order and a line with the wrong number of amounts', () => {
    const errors: FieldError[] = [];
    checkProjectBudget({ years: [2025, 2024], costs: [{ label: 'A', amounts: [1] }] }, errors);
    expect(errors.map((e) => e.field)).toEqual(['projectBudget.years', 'projectBudget.costs[0].amounts']);
  });
});
