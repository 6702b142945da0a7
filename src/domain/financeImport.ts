/**
 * The import layout of a follow-up's figures, checked before anything is stored. One header row, then one row
 * per line (the reference table's rows):
 *
 *   Rad;Budget;Utfall;Budget helår;Prognos helår;Jämförelse;Enhet
 *   Verksamhetens intäkter;114,7;162,2;343,7;459,7;61,2;mnkr
 *
 * - `Rad`: Verksamhetens intäkter | Verksamhetens kostnader | Verksamhetens nettoinvesteringar (the net cost
 *   line is computed, never imported).
 * - `Budget`, `Utfall`: the period; `Budget helår`, `Prognos helår`: the year; `Jämförelse`: the previous year's
 *   comparison figure (the operating lines' deviation for the same period, the investments' full-year outcome).
 * - Amounts in Swedish form ("-1 641,3", "114,7", "20 024 kr"); a unit in the cell wins over the row's
 *   `Enhet` (kr, tkr or mnkr; optional column, kr when left out). Costs and investments carry a minus sign.
 *   An empty cell means no figure.
 *
 * Every problem is reported with its row (the header is row 1) and column; a wrong or missing column is refused
 * before any row is read.
 */
import { convertAmount, isAmountError, parseAmount, type AmountUnit } from './amounts.ts';
import { LINE_LABEL, type FollowUpValues, type Line, type Measure } from './finance.ts';

export type Cell = string | number | boolean | Date | null | undefined;

export const IMPORT_COLUMNS = ['Rad', 'Budget', 'Utfall', 'Budget helår', 'Prognos helår', 'Jämförelse', 'Enhet'] as const;
type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED: readonly ImportColumn[] = ['Rad', 'Budget', 'Utfall', 'Budget helår', 'Prognos helår', 'Jämförelse'];
const MEASURE_OF: Partial<Record<ImportColumn, Measure>> = {
  Budget: 'budget', Utfall: 'outcome', 'Budget helår': 'budget_year', 'Prognos helår': 'forecast_year', Jämförelse: 'comparison',
};
const IMPORTABLE_LINES: readonly Line[] = ['revenues', 'costs', 'investments'];
/** Ten thousand billion kronor: far beyond any municipality, well inside exact integers. */
const MAX_KR = 1e13;

export interface ImportProblem { row: number; column: string; message: string }
export type ImportCheck =
  | { ok: true; values: FollowUpValues; lines: number; figures: number }
  | { ok: false; errors: ImportProblem[] };

/** "Rad 4, kolumn Utfall: "abc" är inte ett belopp" — how a problem is shown. */
export const problemText = (p: ImportProblem): string =>
  p.row === 0 ? `${p.column}: ${p.message}` : `Rad ${p.row}${p.column ? `, kolumn ${p.column}` : ''}: ${p.message}`;

const norm = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
const cellText = (c: Cell): string => (c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c)).trim();

function lineOf(text: string): Line | 'net' | null {
  const n = norm(text);
  for (const line of [...IMPORTABLE_LINES, 'net'] as const) if (norm(LINE_LABEL[line]) === n) return line;
  return null;
}

function unitOf(text: string): AmountUnit | null | 'bad' {
  const n = norm(text);
  if (n === '') return null;
  return n === 'kr' || n === 'tkr' || n === 'mnkr' ? n : 'bad';
}

/** Reads the header: the index of each known column, or the problems with it. */
function readHeader(header: Cell[]): { index: Map<ImportColumn, number> } | { errors: ImportProblem[] } {
  const index = new Map<ImportColumn, number>();
  const errors: ImportProblem[] = [];
  header.forEach((c, i) => {
    const text = cellText(c).replace(/^\uFEFF/, '');
    if (text === '') return;
    const known = IMPORT_COLUMNS.find((k) => norm(k) === norm(text));
    if (!known) errors.push({ row: 1, column: text.slice(0, 40), message: `okänd kolumn "${text.slice(0, 40)}" (kolumnerna är ${IMPORT_COLUMNS.join(', ')})` });
    else if (index.has(known)) errors.push({ row: 1, column: known, message: `kolumnen ${known} förekommer två gånger` });
    else index.set(known, i);
  });
  const missing = REQUIRED.filter((k) => !index.has(k));
  if (missing.length) errors.push({ row: 1, column: missing.join(', '), message: `kolumn saknas: ${missing.join(', ')} (kolumnerna är ${IMPORT_COLUMNS.join(', ')})` });
  return errors.length ? { errors } : { index };
}

/** Parses one amount cell into whole kronor. */
function amountOf(cell: Cell, rowUnit: AmountUnit): number | null | { error: string } {
  if (cell === null || cell === undefined || cellText(cell) === '') return null;
  let value: number;
  let unit = rowUnit;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { error: 'är inte ett belopp' };
    value = cell;
  } else if (typeof cell === 'string') {
    const parsed = parseAmount(cell);
    if (isAmountError(parsed)) return { error: parsed.error };
    value = parsed.value;
    unit = parsed.unit ?? rowUnit;
  } else {
    return { error: `"${cellText(cell).slice(0, 40)}" är inte ett belopp` };
  }
  const kr = Math.round(convertAmount(value, unit, 'kr'));
  if (Math.abs(kr) > MAX_KR) return { error: `${cellText(cell).slice(0, 40)} är orimligt stort` };
  return kr === 0 ? 0 : kr; // never -0
}

/** Checks the rows of an import file (first row the header) and gives the figures, or every problem found. */
export function checkImport(rows: Cell[][]): ImportCheck {
  const nonEmpty = rows.map((r, i) => ({ cells: r, row: i + 1 })).filter((r) => r.cells.some((c) => cellText(c) !== ''));
  if (nonEmpty.length === 0 || nonEmpty[0]!.row !== 1) return { ok: false, errors: [{ row: 0, column: 'Fil', message: `filen saknar rubrikrad (${IMPORT_COLUMNS.join(', ')})` }] };
  const header = readHeader(nonEmpty[0]!.cells);
  if ('errors' in header) return { ok: false, errors: header.errors };
  const { index } = header;
  const at = (cells: Cell[], col: ImportColumn): Cell => (index.has(col) ? cells[index.get(col)!] : undefined);

  const errors: ImportProblem[] = [];
  const values: FollowUpValues = {};
  const seen = new Map<Line, number>();
  let figures = 0;
  if (nonEmpty.length === 1) errors.push({ row: 2, column: '', message: 'filen har inga rader med belopp' });
  for (const { cells, row } of nonEmpty.slice(1)) {
    const extra = cells.findIndex((c, i) => cellText(c) !== '' && ![...index.values()].includes(i));
    if (extra >= 0) errors.push({ row, column: '', message: `värde utanför kolumnerna: "${cellText(cells[extra]).slice(0, 40)}"` });
    const label = cellText(at(cells, 'Rad'));
    const line = lineOf(label);
    if (line === null) {
      errors.push({ row, column: 'Rad', message: `"${label.slice(0, 60)}" är ingen rad i uppföljningen (${IMPORTABLE_LINES.map((l) => LINE_LABEL[l]).join(', ')})` });
      continue;
    }
    if (line === 'net') {
      errors.push({ row, column: 'Rad', message: `${LINE_LABEL.net} beräknas av intäkter och kostnader; ta bort raden` });
      continue;
    }
    if (seen.has(line)) errors.push({ row, column: 'Rad', message: `${LINE_LABEL[line]} finns redan på rad ${seen.get(line)}` });
    seen.set(line, row);
    const unit = unitOf(cellText(at(cells, 'Enhet')));
    if (unit === 'bad') errors.push({ row, column: 'Enhet', message: `"${cellText(at(cells, 'Enhet')).slice(0, 20)}" är ingen enhet (kr, tkr eller mnkr)` });
    const lineValues: Partial<Record<Measure, number>> = {};
    for (const [column, measure] of Object.entries(MEASURE_OF) as [ImportColumn, Measure][]) {
      const amount = amountOf(at(cells, column), unit === 'bad' || unit === null ? 'kr' : unit);
      if (amount === null) continue;
      if (typeof amount === 'object') errors.push({ row, column, message: amount.error });
      else { lineValues[measure] = amount; figures += 1; }
    }
    values[line] = lineValues;
  }
  return errors.length ? { ok: false, errors } : { ok: true, values, lines: seen.size, figures };
}

/** The template offered for download (semicolon-separated, the reference's figures in mnkr). */
export const IMPORT_TEMPLATE_CSV = [
  IMPORT_COLUMNS.join(';'),
  'Verksamhetens intäkter;114,7;162,2;343,7;459,7;61,2;mnkr',
  'Verksamhetens kostnader;-712,4;-750,9;-1 641,3;-1 731,3;-136,1;mnkr',
  'Verksamhetens nettoinvesteringar;-137,1;-44,9;-411,2;-521,2;-122,8;mnkr',
].join('\r\n') + '\r\n';
