/**
 * Amounts as Swedish documents write them: a space (or no-break / thin space) between thousands, a decimal
 * comma, a leading minus ("-1 641,3", "−38,5"), an optional unit ("20 024 kr", "1 478,2 tkr"). Parsing is
 * strict: anything else is refused with a message naming what was given; formatting gives the reference's
 * form ("-1 641,3") with ordinary spaces.
 */
export type AmountUnit = 'kr' | 'tkr' | 'mnkr';

export interface ParsedAmount { value: number; unit: AmountUnit | null }

const SPACES = /[\u0020\u00a0\u2009\u202f]/g;
const MINUS = /^[-\u2212\u2013]/;
const GROUPED = /^\d{1,3}( \d{3})+(,\d+)?$/;
const PLAIN = /^\d+([,.]\d+)?$/;

/** Parses one amount; returns an error message (Swedish) instead when the text is not an amount. */
export function parseAmount(text: string): ParsedAmount | { error: string } {
  const raw = text.trim();
  if (raw === '') return { error: 'är tomt' };
  let body = raw.replace(SPACES, ' ');
  let unit: AmountUnit | null = null;
  const unitMatch = / ?(mnkr|tkr|kr)\.?$/i.exec(body);
  if (unitMatch) {
    unit = unitMatch[1]!.toLowerCase() as AmountUnit;
    body = body.slice(0, unitMatch.index).trim();
  }
  const negative = MINUS.test(body);
  if (negative) body = body.slice(1).trim();
  if (!(GROUPED.test(body) || PLAIN.test(body))) return { error: `"${raw.slice(0, 40)}" är inte ett belopp (skriv t.ex. 1 478,2 eller -38,5)` };
  const value = Number(body.replace(/ /g, '').replace(',', '.'));
  if (!Number.isFinite(value)) return { error: `"${raw.slice(0, 40)}" är inte ett belopp` };
  return { value: negative ? -value : value, unit };
}

export const isAmountError = (r: ParsedAmount | { error: string }): r is { error: string } => 'error' in r;

const FACTOR: Record<AmountUnit, number> = { kr: 1, tkr: 1_000, mnkr: 1_000_000 };

/** Converts between units, rounded to two decimals of the target unit to keep binary fractions out of sums. */
export const convertAmount = (value: number, from: AmountUnit, to: AmountUnit): number =>
  Math.round((value * FACTOR[from]) / FACTOR[to] * 100) / 100;

/** Rounds half away from zero to `decimals` places (as a person rounding a table would). */
export function roundHalfAway(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const scaled = Math.abs(value) * f;
  const rounded = Math.round(scaled + 1e-9) / f;
  return value < 0 ? -rounded : rounded;
}

/** "-1 641,3": thousands separated by a space, decimal comma, a hyphen-minus; zero is never "-0". */
export function formatAmount(value: number, decimals = 0): string {
  const r = roundHalfAway(value, decimals);
  const negative = r < 0;
  const [int, frac] = Math.abs(r).toFixed(decimals).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${negative ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}
