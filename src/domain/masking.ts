/**
 * R-PUB-2 (and R-PUB-1 for the public copy of the minutes): everything the public reads masks Swedish personal
 * identity numbers and co-ordination numbers (personnummer, samordningsnummer: day + 60) in any notation a person
 * would recognise, and the names of people with protected identity (R-REG-7) in any inflection.
 *
 * Numbers: 10 or 12 digits (YYMMDD or YYYYMMDD, then four digits), with or without a separator before the last
 * four — any dash (hyphen, non-breaking hyphen, en/em dash, minus, full-width …), "+", any space (no-break, thin,
 * figure …) or a dash with spaces around it — and with invisible characters (soft hyphen, zero-width) anywhere.
 * Full-width and other decimal digits count as digits. Any digit group shaped like a valid date followed by four
 * digits is masked without checking the control digit; after a prefix that names the number ("pnr", "personnr",
 * "personnummer", "samordningsnummer", …) any 10 or 12 digits are masked, date or not.
 *
 * Names: "Given Family", "Family, Given", "Family Given", with one unknown middle name, initial(s) + family
 * ("A. Svensson", "A Svensson", "A-K. Svensson-Berg"; the initial must be a capital, so "i Lund" is left alone),
 * "Family, I.", a part of a hyphenated name, and the genitive and other suffixes ("Svenssons", "Svensson's",
 * "Svensson:s", "Svenssonska"). Matching ignores case, Unicode normalisation (NFC/NFD/NFKC), kinds of dash and
 * white space and line breaks. A given or a family name alone is left, as it would mask unrelated people (unless
 * the person is known by one name only).
 *
 * The text is folded (normalised, lower-cased, dashes and spaces unified) with a map back to the original, the
 * patterns are matched on the folded text, and the matched stretches of the original are replaced. Over-masking is
 * preferred to a leak. Masking is idempotent and never throws: should anything fail, the whole text is withheld.
 */

export interface ProtectedPerson { givenName: string; familyName: string }
export interface MaskingRules { protectedPeople: readonly ProtectedPerson[] }

export const PROTECTED_PLACEHOLDER = '[skyddad identitet]';
/** What replaces a text that could not be masked (never expected; masking fails closed). */
export const WITHHELD_PLACEHOLDER = '[text undanhållen]';

// ---------------------------------------------------------------------------------------------------------------
// Folding: a normalised, lower-case copy of the text with, for each of its code units, the stretch of the
// original it came from.

/** Invisible format characters that may sit inside a number or a name: dropped. */
const INVISIBLE = /[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]|\u034F|\u17B4|\u17B5|\u180B|\u180C|\u180D|\u180F/gu;
const DASH = /[\p{Pd}\u2212\u2796\u02D7\u2043\uFE63\uFF0D]/gu;
const SPACE = /\s/gu;
/** Characters that fold one-to-one (no combining marks, compatibility forms or invisibles). */
const SIMPLE_CHARS = '\\t-\\r\\x20-\\x7E\\xA0-\\xAC\\xAE-\\u012F\\u0131-\\u024F\\u2000-\\u200A\\u2010-\\u2015\\u2028\\u2029\\u202F\\u205F\\u2212\\u3000';
const SIMPLE = new RegExp(`^[${SIMPLE_CHARS}]*$`, 'u');
/** A run of simple characters (not followed by a combining mark), or one character with its combining marks. */
const PIECE = new RegExp(`[${SIMPLE_CHARS}]+(?!\\p{M})|\\P{M}\\p{M}*|\\p{M}+`, 'gsu');
const OTHER_DIGIT = /^\p{Nd}$/u;
/** Letters, digits and marks: what a name must not touch on either side. */
export const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

interface Folded {
  text: string;
  /** Original start and end of folded code unit i; null when the folding is one-to-one. */
  start: number[] | null;
  end: number[] | null;
  /** Whether folded code unit i came from an upper-case letter. */
  upper: (i: number) => boolean;
}

/** The ASCII digit of any decimal digit (Unicode encodes them in runs of ten starting at zero). */
function asciiDigit(ch: string): string {
  const cp = ch.codePointAt(0)!;
  let zero = cp;
  while (zero > 0 && cp - zero < 9 && OTHER_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return String((cp - zero) % 10);
}

const unify = (s: string): string => s.replace(SPACE, ' ').replace(DASH, '-');

function foldChunk(chunk: string): string {
  let f = chunk.normalize('NFKC').replace(INVISIBLE, '');
  if (f.length > 0 && f.length <= 2 && OTHER_DIGIT.test(f) && !/^\d$/.test(f)) f = asciiDigit(f);
  return unify(f.toLowerCase());
}

function fold(text: string): Folded {
  if (SIMPLE.test(text)) {
    const lower = text.toLowerCase();
    if (lower.length === text.length) return { text: unify(lower), start: null, end: null, upper: (i) => text[i] !== lower[i] };
  }
  const parts: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const upper: boolean[] = [];
  for (const m of text.matchAll(PIECE)) {
    const piece = m[0];
    const from = m.index;
    const lower = piece.toLowerCase();
    if (lower.length === piece.length && SIMPLE.test(piece)) {
      // A run that folds one-to-one.
      for (let i = 0; i < piece.length; i++) { start.push(from + i); end.push(from + i + 1); upper.push(piece[i] !== lower[i]); }
      parts.push(unify(lower));
      continue;
    }
    const f = foldChunk(piece);
    const nfkc = piece.normalize('NFKC');
    const isUpper = nfkc !== nfkc.toLowerCase();
    for (let i = 0; i < f.length; i++) { start.push(from); end.push(from + piece.length); upper.push(isUpper); }
    parts.push(f);
  }
  return { text: parts.join(''), start, end, upper: (i) => upper[i] ?? false };
}

interface Span { from: number; to: number; replacement: string }

/** The stretch of the original text behind folded code units [from, to). */
function original(f: Folded, from: number, to: number): { from: number; to: number } {
  if (!f.start || !f.end) return { from, to };
  return { from: f.start[from]!, to: f.end[to - 1]! };
}

function applySpans(text: string, spans: Span[]): string {
  if (!spans.length) return text;
  spans.sort((a, b) => a.from - b.from || b.to - a.to);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.from < at) {
      // Overlapping stretches are masked as one (the first placeholder stands for both).
      at = Math.max(at, s.to);
      continue;
    }
    out += text.slice(at, s.from) + s.replacement;
    at = s.to;
  }
  return out + text.slice(at);
}

// ---------------------------------------------------------------------------------------------------------------
// Personal identity and co-ordination numbers (on folded text: ASCII digits, "-" for every dash, " " for spaces).

const MONTH = '(?:0[1-9]|1[0-2])';
const DAY = '(?:[06][1-9]|[1278]\\d|[39][01])'; // 01–31, co-ordination numbers 61–91
/** A date of birth and four digits, with an optional separator (dash or plus, spaces around it). */
const PNR = new RegExp(`(?<!\\d)(?<century>1[89]|20)?\\d{2}${MONTH}${DAY}(?<sep> {0,3}[-+]? {0,3})\\d{4}(?!\\d)`, 'g');
/** After a word that names the number, any 10 or 12 digits (even no valid date), separators between any digits. */
const PREFIXED = new RegExp(
  '(?:p\\.? ?-? ?nr|pers(?:on)?\\.? ?-? ?nr|personnummer|person-nummer|samordnings\\.? ?-? ?(?:nr|nummer)|sam\\.? ?-? ?nr|födelsenummer)'
  + '\\.? ?:? *(?:[-#] *)?(?<num>\\d(?:(?: ?[-+] ?| )?\\d){9,11})(?!\\d)',
  'gd',
);

const numberPlaceholder = (twelve: boolean, sep: string): string => `${twelve ? 'ÅÅÅÅ' : 'ÅÅ'}MMDD${sep.includes('+') ? '+' : sep.trim() === '' && sep !== '' ? ' ' : '-'}XXXX`;

/** Placeholders already in a text. */
const PLACEHOLDERS = /\[skyddad identitet\]|(?:åå)?ååmmdd[-+ ]xxxx|\[text undanhållen\]/g;

function numberSpans(f: Folded): Span[] {
  const spans: Span[] = [];
  if (!/\d/.test(f.text)) return spans;
  for (const m of f.text.matchAll(PNR)) {
    const o = original(f, m.index, m.index + m[0].length);
    spans.push({ ...o, replacement: numberPlaceholder(Boolean(m.groups!.century), m.groups!.sep!) });
  }
  for (const m of f.text.matchAll(PREFIXED)) {
    if (WORD_CHAR.test(charBefore(f.text, m.index))) continue; // "pnr" as a whole word
    const [from, to] = m.indices!.groups!.num!;
    const digits = m.groups!.num!.replace(/\D/g, '').length;
    const o = original(f, from, to);
    spans.push({ ...o, replacement: numberPlaceholder(digits === 12, /[-+]/.exec(m.groups!.num!)?.[0] ?? '-') });
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------------------------
// Names of protected people.

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Genitive and other endings a name takes in Swedish text. */
const SUFFIX = "(?:skas|skes|ska|ske|sk|:s|['’ʼ]s?|s)?";
/** Common letters: a name is not followed by one (the full test of a word boundary is in code). */
const NO_LETTER_AFTER = '(?![a-z0-9\\u00c0-\\u024f])';
/** Between parts of a hyphenated or multi-part name: a dash, spaces, or nothing. */
const JOIN = '(?: ?- ?| +)?';
/** A middle name or initial not in the register (checked to be capitalised). */
const MIDDLE = '(?<mid>[^ \\d.,;:!?()\\[\\]{}"\'’/\\\\-]+)';

const nameParts = (name: string): string[] => fold(name).text.split(/[\s.,-]+/u).filter(Boolean);

/** A name of one or more parts, as a pattern: all parts, or any one part of several. */
function partsPattern(parts: string[]): string {
  const alternatives = new Set([parts.map(escapeRegExp).join(JOIN)]);
  if (parts.length > 1) for (const p of parts) if (p.length > 1) alternatives.add(escapeRegExp(p));
  return `(?:${[...alternatives].sort((a, b) => b.length - a.length).join('|')})`;
}

/**
 * The patterns of one person (no Unicode property classes, so they compile fast; the word boundaries are checked
 * in code). `ini` and `mid` name the initial and the middle name, which must be capitals.
 */
function personPatterns(p: ProtectedPerson): RegExp[] {
  const given = nameParts(typeof p?.givenName === 'string' ? p.givenName : '');
  const family = nameParts(typeof p?.familyName === 'string' ? p.familyName : '');
  if (!given.length && !family.length) return [];
  if (!given.length || !family.length) return [new RegExp(`${(given.length ? given : family).map(escapeRegExp).join(JOIN)}${SUFFIX}${NO_LETTER_AFTER}`, 'gd')];
  const G = partsPattern(given);
  const F = partsPattern(family);
  const initials = [...new Set(given.map((g) => escapeRegExp(String.fromCodePoint(g.codePointAt(0)!))))];
  const I = `(?:${[given.map((g) => escapeRegExp(String.fromCodePoint(g.codePointAt(0)!))).join('\\.?(?: ?- ?| *)'), ...initials].join('|')})`;
  return [
    new RegExp(`${G} +(?:${MIDDLE}\\.? +)?${F}${SUFFIX}${NO_LETTER_AFTER}`, 'gd'), // Anna (Maria) Svensson(s)
    new RegExp(`${F}${SUFFIX}(?: *, *| +)${G}${SUFFIX}${NO_LETTER_AFTER}`, 'gd'), // Svensson, Anna
    new RegExp(`(?<ini>${I})(?:\\. *| +)${F}${SUFFIX}${NO_LETTER_AFTER}`, 'gd'), // A. Svensson
    new RegExp(`${F}(?: *, *| +)(?<ini>${I})\\.?${NO_LETTER_AFTER}`, 'gd'), // Svensson, A.
  ];
}

/** The character (code point) that ends just before `at`, or starts at `at`. */
const charBefore = (text: string, at: number): string => {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.slice(at - 1, at);
};
const charAt = (text: string, at: number): string => (at < text.length ? String.fromCodePoint(text.codePointAt(at)!) : '');
const touchesWord = (text: string, from: number, to: number): boolean => WORD_CHAR.test(charBefore(text, from)) || WORD_CHAR.test(charAt(text, to));

function nameSpans(f: Folded, patterns: readonly RegExp[]): Span[] {
  const spans: Span[] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(f.text); m; m = re.exec(f.text)) {
      const from = m.index;
      const to = from + m[0].length;
      const groups = m.indices!.groups;
      // Whole words only; an initial or an unregistered middle name is a capital ("i Lund" is no "I. Lund",
      // "Anna och Svensson" two people).
      const ok = m[0].length > 0 && !touchesWord(f.text, from, to)
        && (!groups?.ini || f.upper(groups.ini[0])) && (!groups?.mid || f.upper(groups.mid[0]));
      if (ok) spans.push({ ...original(f, from, to), replacement: PROTECTED_PLACEHOLDER });
      else re.lastIndex = from + 1;
    }
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------------------------
// The maskers.

export type Masker = (text: string) => string;

function compile(people: readonly ProtectedPerson[], numbers: boolean): Masker {
  let patterns: RegExp[];
  try {
    patterns = (Array.isArray(people) ? people : []).flatMap(personPatterns);
  } catch {
    // A name that cannot be turned into a pattern: fail closed on every text.
    return (text) => (typeof text === 'string' && text.length ? WITHHELD_PLACEHOLDER : text);
  }
  return (text: string): string => {
    if (typeof text !== 'string' || text.length === 0) return text;
    try {
      const digits = numbers && /[\p{Nd}]/u.test(text);
      if (!digits && patterns.length === 0) return text;
      const f = fold(text);
      const spans = [...(digits ? numberSpans(f) : []), ...nameSpans(f, patterns)];
      if (!spans.length) return text;
      // Placeholders already in the text are never matched again (masking is idempotent).
      const taken = [...f.text.matchAll(PLACEHOLDERS)].map((m) => original(f, m.index, m.index + m[0].length));
      return applySpans(text, taken.length ? spans.filter((s) => !taken.some((o) => s.from < o.to && o.from < s.to)) : spans);
    } catch {
      return WITHHELD_PLACEHOLDER;
    }
  };
}

/** Prepares a masker for a set of rules (compiles the name patterns once). */
export const compileMasking = (rules: MaskingRules): Masker => compile(rules.protectedPeople, true);

const numbersOnly = compile([], true);

/** Replaces every personal identity or co-ordination number with a placeholder of the same form. */
export const maskPersonalNumbers = (text: string): string => numbersOnly(text);

/** True when the text holds something that looks like a personal identity number. */
export const containsPersonalNumber = (text: string): boolean => maskPersonalNumbers(text) !== text;

/** Replaces the names of protected people with PROTECTED_PLACEHOLDER (and nothing else). */
export const maskProtectedNames = (text: string, people: readonly ProtectedPerson[]): string => compile(people, false)(text);

/** Masks one text for publication: protected names and personal identity numbers. */
export const maskForPublication = (text: string, rules: MaskingRules): string => compileMasking(rules)(text);

/** Masks every string in a JSON-like value (the data a public document is rendered from). */
export function maskDeep<T>(value: T, rules: MaskingRules | Masker): T {
  const mask = typeof rules === 'function' ? rules : compileMasking(rules);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return mask(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/**
 * A person from a name as registered in one field ("Given Family" or "Family, Given"): the last word is the
 * family name unless a comma says otherwise. One word: known by that name only.
 */
export function personFromName(name: string): ProtectedPerson {
  const n = (name ?? '').trim().replace(/\s+/gu, ' ');
  const comma = n.indexOf(',');
  if (comma > 0) return { givenName: n.slice(comma + 1).trim(), familyName: n.slice(0, comma).trim() };
  const cut = n.lastIndexOf(' ');
  return cut > 0 ? { givenName: n.slice(0, cut), familyName: n.slice(cut + 1) } : { givenName: n, familyName: '' };
}
