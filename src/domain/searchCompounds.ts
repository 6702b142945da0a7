/**
 * Swedish compounds in search. A Swedish compound is written as one word, its head last: "telefoniupphandlingen"
 * is a procurement, "ramavtalsupphandling" one too, and both concern an "avtal". Prefix matching (domain/search.ts)
 * finds a query word at a compound's start ("telefoni" → "telefonitjänster"); this finds it inside or at the end.
 *
 * The database keeps a vocabulary of the stems in its search index (only stems long enough to be compounds). For
 * each query word, the search takes the vocabulary stems that hold the word's stem after a modifier of at least
 * MIN_MODIFIER letters and matches any of them as well as the word itself. A part shorter than MIN_PART letters
 * is not looked for inside words: "bil" would find "mobil" and "automobil".
 *
 * Pure; the lookup is in src/search/compounds.ts.
 */
import { MIN_PREFIX_LENGTH } from './search.ts';

/** Letters before the part: "för|skola" is a compound of "skola"; "an|ställning" is a word of its own. */
export const MIN_MODIFIER = 3;
/** The shortest stem looked for inside words. */
export const MIN_PART = 4;
/** Stems shorter than this cannot be compounds of a part and a modifier, so the vocabulary does not keep them (migration 0016). */
export const MIN_VOCABULARY_STEM = MIN_MODIFIER + MIN_PART;
/** Compounds matched per query word, the shortest first (the nearest to the word itself); each one more costs every search a little. */
export const MAX_COMPOUNDS_PER_WORD = 16;

/**
 * A text that holds a query word only inside compounds is ranked lower than one that holds the words themselves:
 * its rank within its tier is multiplied by this (ranks are below 1, so no tier reaches the next).
 */
export const COMPOUND_ONLY_RANK = 0.8;

const LETTERS = /^\p{L}+$/u;

/** Whether a query word is looked for inside compounds: a word of letters, long enough to be matched as a prefix. */
export const searchedInCompounds = (term: string): boolean => term.length >= MIN_PREFIX_LENGTH && LETTERS.test(term);

/** Whether a query word's Swedish stem is looked for inside compounds: letters only, at least MIN_PART of them. */
export const searchableStem = (stem: string | null): stem is string => stem !== null && stem.length >= MIN_PART && LETTERS.test(stem);

/** Whether the vocabulary stem `word` holds the stem `part` after a modifier of at least MIN_MODIFIER letters. */
export function isCompoundWith(word: string, part: string): boolean {
  if (part.length < MIN_PART || !LETTERS.test(word) || !LETTERS.test(part)) return false;
  return word.indexOf(part, MIN_MODIFIER) >= MIN_MODIFIER;
}

/**
 * The compounds each query word is matched with: per word, the vocabulary stems that are compounds with its stem,
 * without repeats, the shortest first, at most MAX_COMPOUNDS_PER_WORD.
 */
export function compoundsOf(stems: ReadonlyMap<string, string>, vocabulary: Iterable<{ term: string; word: string }>): Map<string, string[]> {
  const found = new Map<string, Set<string>>();
  for (const { term, word } of vocabulary) {
    const stem = stems.get(term);
    if (!stem || !isCompoundWith(word, stem)) continue;
    const words = found.get(term) ?? new Set<string>();
    words.add(word);
    found.set(term, words);
  }
  const result = new Map<string, string[]>();
  for (const [term, words] of found) {
    result.set(term, [...words].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)).slice(0, MAX_COMPOUNDS_PER_WORD));
  }
  return result;
}

/**
 * Compound stems as a tsquery literal of alternatives (`'ramavtalsupphandl' | 'telefoniupphandl'`), matched as
 * stored, not stemmed again; only stems of letters reach the database. Null when none is left.
 */
export function compoundTsquery(words: readonly string[]): string | null {
  const valid = words.filter((w) => LETTERS.test(w));
  return valid.length ? valid.map((w) => `'${w}'`).join(' | ') : null;
}
