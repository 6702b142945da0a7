/**
 * R-PUB-1: the public copy of the minutes masks Swedish personal identity numbers (personnummer and
 * samordningsnummer, 10 or 12 digits, with or without "-" / "+" / space before the last four) and the names
 * of people with protected identity (R-REG-7). Over-masking is preferred to a leak: any digit group shaped
 * like a valid date followed by four digits is masked, without checking the control digit.
 */

const PNR = /(?<![\d/-])((?:19|20)?\d{2})(\d{2})(\d{2})([-+ ]?)(\d{4})(?![\d/])/g;

const validDate = (month: string, day: string): boolean => {
  const m = Number(month);
  let d = Number(day);
  if (d > 60) d -= 60; // samordningsnummer: day + 60
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
};

/** Replaces every personal identity number with a placeholder of the same form. */
export function maskPersonalNumbers(text: string): string {
  return text.replace(PNR, (match, year: string, month: string, day: string, sep: string) => {
    if (!validDate(month, day)) return match;
    // Ten digits without separator: a plain number unless it looks like a date (phone numbers are masked too).
    return `${year.length === 4 ? 'ÅÅÅÅ' : 'ÅÅ'}MMDD${sep || '-'}XXXX`;
  });
}

/** True when the text holds something that looks like a personal identity number. */
export const containsPersonalNumber = (text: string): boolean => maskPersonalNumbers(text) !== text;

export const PROTECTED_PLACEHOLDER = '[skyddad identitet]';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces the names of protected people: "Given Family", "Family, Given" and "Family Given", case-insensitive,
 * whole words only. Given and family names alone are left, as they would mask unrelated people (unless the
 * person is known by one name only).
 */
export function maskProtectedNames(text: string, people: readonly { givenName: string; familyName: string }[]): string {
  let result = text;
  for (const p of people) {
    const given = p.givenName.trim();
    const family = p.familyName.trim();
    if (!given && !family) continue;
    const words = (name: string) => name.split(/\s+/).map(escapeRegExp).join('\\s+');
    // A single name (e.g. a sender registered by one name only) is masked on its own.
    const forms = !given || !family ? [words(given || family)] : [`${words(given)}\\s+${words(family)}`, `${words(family)},?\\s+${words(given)}`];
    const pattern = new RegExp(`(?<![\\p{L}\\d])(?:${forms.join('|')})(?![\\p{L}\\d])`, 'giu');
    result = result.replace(pattern, PROTECTED_PLACEHOLDER);
  }
  return result;
}

export interface MaskingRules { protectedPeople: readonly { givenName: string; familyName: string }[] }

/** Masks one text for publication. */
export const maskForPublication = (text: string, rules: MaskingRules): string => maskPersonalNumbers(maskProtectedNames(text, rules.protectedPeople));

/** Masks every string in a JSON-like value (the data a public document is rendered from). */
export function maskDeep<T>(value: T, rules: MaskingRules): T {
  if (typeof value === 'string') return maskForPublication(value, rules) as T;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, rules)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, rules)])) as T;
  }
  return value;
}
