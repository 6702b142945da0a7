/**
 * Case and document numbers (R-REG-4): formats per registry, e.g. `{series}-{year}/{seq:5}` → `KS-2024/00361`
 * and `{case}-{n}` → `KS-2024/00456-2`. Allocation (gapless, never reused) happens in the database transaction;
 * this module only formats and parses.
 */
const TOKEN = /\{(series|year|yy|seq|case|n)(?::(\d{1,2}))?\}/g;

export interface CaseNumberParts { series: string; year: number; seq: number }

function pad(value: number, width: string | undefined): string {
  return width ? String(value).padStart(Number(width), '0') : String(value);
}

/** Throws when a format lacks what makes a number unique. */
export function assertCaseNumberFormat(format: string): void {
  if (!format.includes('{seq') || !(format.includes('{year') || format.includes('{yy'))) {
    throw new Error(`A case number format needs {seq} and {year} or {yy}: "${format}"`);
  }
}

export function formatCaseNumber(format: string, parts: CaseNumberParts): string {
  return format.replace(TOKEN, (_m, token: string, width: string | undefined) => {
    switch (token) {
      case 'series': return parts.series;
      case 'year': return pad(parts.year, width);
      case 'yy': return String(parts.year % 100).padStart(2, '0');
      case 'seq': return pad(parts.seq, width);
      default: throw new Error(`{${token}} is not allowed in a case number format`);
    }
  });
}

export function formatDocumentNumber(format: string, caseNumber: string, n: number): string {
  return format.replace(TOKEN, (_m, token: string, width: string | undefined) => {
    if (token === 'case') return caseNumber;
    if (token === 'n') return pad(n, width);
    throw new Error(`{${token}} is not allowed in a document number format`);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Parses a case number written in `format`; null when it does not match (e.g. malformed import rows). */
export function parseCaseNumber(format: string, number: string): CaseNumberParts | null {
  const names: string[] = [];
  let pattern = '';
  let last = 0;
  for (const match of format.matchAll(TOKEN)) {
    pattern += escapeRegExp(format.slice(last, match.index));
    const [, token, width] = match;
    names.push(token!);
    if (token === 'series') pattern += '([A-ZÅÄÖ0-9]+)';
    else if (token === 'yy') pattern += '(\\d{2})';
    else pattern += width ? `(\\d{${width},})` : '(\\d+)';
    last = match.index! + match[0].length;
  }
  pattern += escapeRegExp(format.slice(last));
  const found = new RegExp(`^${pattern}$`).exec(number);
  if (!found) return null;
  const parts: CaseNumberParts = { series: '', year: 0, seq: 0 };
  names.forEach((name, i) => {
    const value = found[i + 1]!;
    if (name === 'series') parts.series = value;
    else if (name === 'year') parts.year = Number(value);
    else if (name === 'yy') parts.year = 2000 + Number(value);
    else if (name === 'seq') parts.seq = Number(value);
  });
  if (parts.seq < 1) return null;
  // The number must be canonical: formatting the parts gives it back (no "KS-2024/512" for "{seq:5}").
  return formatCaseNumber(format, parts) === number ? parts : null;
}
