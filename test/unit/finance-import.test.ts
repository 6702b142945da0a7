/**
 * The follow-up import layout: Swedish amounts parsed, nonsense refused naming row and cell, a wrong or missing
 * column refused before any row, nothing but a complete check passes.
 */
import { describe, expect, it } from 'vitest';
import { checkImport, problemText, IMPORT_TEMPLATE_CSV, type Cell } from '../../src/domain/financeImport.ts';
import { checkStaffKpis, formatKpi } from '../../src/domain/staffKpi.ts';
import type { FieldError } from '../../src/domain/errors.ts';

const HEADER = ['Rad', 'Budget', 'Utfall', 'Budget helår', 'Prognos helår', 'Jämförelse', 'Enhet'];
const csvRows = (text: string): Cell[][] => text.trim().split(/\r?\n/).map((l) => l.split(';'));

describe('checkImport', () => {
  it('reads the template: Swedish amounts in mnkr become whole kronor', () => {
    const result = checkImport(csvRows(IMPORT_TEMPLATE_CSV));
    expect(result).toMatchObject({ ok: true, lines: 3, figures: 15 });
    if (!result.ok) return;
    expect(result.values.costs).toEqual({ budget: -712_400_000, outcome: -750_900_000, budget_year: -1_641_300_000, forecast_year: -1_731_300_000, comparison: -136_100_000 });
    expect(result.values.revenues?.budget).toBe(114_700_000);
  });

  it('takes a unit in the cell over the row unit, kr by default, no-break spaces and the typographic minus', () => {
    const result = checkImport([HEADER.slice(0, 6), ['verksamhetens intäkter', '20 024 kr', '1\u00a0478,2 tkr', '-38,5 mnkr', '\u22121 641', '']]);
    expect(result).toEqual({ ok: true, lines: 1, figures: 4, values: { revenues: { budget: 20_024, outcome: 1_478_200, budget_year: -38_500_000, forecast_year: -1_641 } } });
  });

  it('takes spreadsheet numbers as they are, in the row unit', () => {
    const result = checkImport([HEADER, ['Verksamhetens nettoinvesteringar', -137.1, -44.9, -411.2, -521.2, -122.8, 'mnkr']]);
    expect(result.ok && result.values.investments).toEqual({ budget: -137_100_000, outcome: -44_900_000, budget_year: -411_200_000, forecast_year: -521_200_000, comparison: -122_800_000 });
  });

  it('rejects nonsense naming the row and the cell, and reports every problem at once', () => {
    const result = checkImport([
      HEADER,
      ['Verksamhetens intäkter', '114,7', '162,2', '343,7', '459,7', '61,2', 'mnkr'],
      ['Verksamhetens kostnader', '-712,4', 'abc', '-1 641,3', '1.234.5', '-136,1', 'mnkr'],
      ['Verksamhetens nettokostnad', '', '', '', '', '', ''],
      ['Övriga intäkter', '1', '2', '3', '4', '5', 'kr'],
      ['Verksamhetens intäkter', '1', '2', '3', '4', '5', 'miljoner'],
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(problemText)).toEqual([
      'Rad 3, kolumn Utfall: "abc" är inte ett belopp (skriv t.ex. 1 478,2 eller -38,5)',
      'Rad 3, kolumn Prognos helår: "1.234.5" är inte ett belopp (skriv t.ex. 1 478,2 eller -38,5)',
      'Rad 4, kolumn Rad: Verksamhetens nettokostnad beräknas av intäkter och kostnader; ta bort raden',
      'Rad 5, kolumn Rad: "Övriga intäkter" är ingen rad i uppföljningen (Verksamhetens intäkter, Verksamhetens kostnader, Verksamhetens nettoinvesteringar)',
      'Rad 6, kolumn Rad: Verksamhetens intäkter finns redan på rad 2',
      'Rad 6, kolumn Enhet: "miljoner" är ingen enhet (kr, tkr eller mnkr)',
    ]);
  });

  it('refuses a wrong column before reading any row', () => {
    const result = checkImport([['Rad', 'Budget', 'Utfall', 'Budget helår', 'Prognos', 'Jämförelse'], ['Verksamhetens intäkter', 'abc', '', '', '', '']]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(problemText)).toEqual([
      'Rad 1, kolumn Prognos: okänd kolumn "Prognos" (kolumnerna är Rad, Budget, Utfall, Budget helår, Prognos helår, Jämförelse, Enhet)',
      'Rad 1, kolumn Prognos helår: kolumn saknas: Prognos helår (kolumnerna är Rad, Budget, Utfall, Budget helår, Prognos helår, Jämförelse, Enhet)',
    ]);
  });

  it('refuses an empty file, a file without rows and a value outside the columns', () => {
    expect(checkImport([])).toMatchObject({ ok: false, errors: [{ row: 0, column: 'Fil' }] });
    expect(checkImport([HEADER])).toMatchObject({ ok: false, errors: [{ row: 2, message: 'filen har inga rader med belopp' }] });
    const stray = checkImport([HEADER, ['Verksamhetens intäkter', '1', '2', '3', '4', '5', 'kr', 'extra']]);
    expect(!stray.ok && stray.errors.map(problemText)).toEqual(['Rad 2: värde utanför kolumnerna: "extra"']);
  });
});

describe('checkStaffKpis', () => {
  it('keeps tenths and writes them with the measure\'s decimals', () => {
    const errors: FieldError[] = [];
    const [sick] = checkStaffKpis([{ measure: 'Sjukfrånvaro', decimals: 1, women: '5,5', men: 2.2, total: '4,4 %', previousWomen: '5,9' }], errors);
    expect(errors).toEqual([]);
    expect(sick!.tenths).toMatchObject({ women: 55, men: 22, total: 44, previousWomen: 59, previousMen: null, target: null });
    expect(formatKpi(sick!.tenths.women, 1)).toBe('5,5');
    expect(formatKpi(770, 0)).toBe('77');
  });

  it('names the field of a wrong value', () => {
    const errors: FieldError[] = [];
    checkStaffKpis([{ measure: '', women: 'många', men: '-3', total: '4,45', decimals: 2 }, { measure: 'Andel (%)', women: '7,5' }], errors);
    expect(errors).toEqual([
      { field: 'items[0].measure', message: 'måste fyllas i' },
      { field: 'items[0].decimals', message: 'måste vara 0 eller 1' },
      { field: 'items[0].women', message: '"många" är inte ett tal (skriv t.ex. 5,5 eller 77)' },
      { field: 'items[0].men', message: 'måste vara mellan 0 och 100 000' },
      { field: 'items[0].total', message: 'högst en decimal' },
      { field: 'items[1].women', message: 'måttet skrivs utan decimaler' },
    ]);
  });
});
