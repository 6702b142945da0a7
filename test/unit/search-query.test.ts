/**
 * Parsing what people type into the search box, validating filters, and the snippet format.
 */
import { describe, expect, it } from 'vitest';
import { checkSearchInput, cleanExtractedText, encodeSearchCursor, MARK_START, MARK_STOP, parseSearchQuery, snippetHtml, snippetParts } from '../../src/domain/search.ts';
import { compoundsOf, compoundTsquery, isCompoundWith, searchableStem, MAX_COMPOUNDS_PER_WORD, searchedInCompounds } from '../../src/domain/searchCompounds.ts';
import { maskPersonalNumbers } from '../../src/domain/masking.ts';

const fields = (input: Record<string, unknown>): string[] => {
  try {
    checkSearchInput(input);
    return [];
  } catch (error) {
    return (error as { errors: { field: string }[] }).errors.map((e) => e.field);
  }
};

describe('parseSearchQuery', () => {
  it('matches words of four letters or more as stem prefixes (compounds: telefoni → telefonitjänster)', () => {
    expect(parseSearchQuery('Upphandling  telefoni').tsquery).toBe('upphandling:* & telefoni:*');
  });

  it('matches short words and numbers exactly', () => {
    expect(parseSearchQuery('KF och 2024').tsquery).toBe('kf & och & 2024');
  });

  it('keeps only letters and digits: no tsquery syntax reaches the database', () => {
    expect(parseSearchQuery("plan' | !hus:* & (x)").tsquery).toBe('plan:* & hus & x');
    expect(parseSearchQuery('  ').tsquery).toBeNull();
  });

  it('R-REG-4: recognises a diarienummer in any spacing and zero-padding, and leaves it out of the words', () => {
    expect(parseSearchQuery('KS-2024/0361')).toMatchObject({ caseNumber: { series: 'KS', year: 2024, seq: 361, text: 'KS-2024/0361' }, tsquery: null });
    expect(parseSearchQuery('ks 2024/361 telefoni')).toMatchObject({ caseNumber: { series: 'KS', year: 2024, seq: 361 }, tsquery: 'telefoni:*' });
    expect(parseSearchQuery('KS-2024/00456-2').caseNumber).toMatchObject({ seq: 456 });
    expect(parseSearchQuery('budget 2024').caseNumber).toBeNull();
  });

  it('drops repeated words and caps the number of words', () => {
    expect(parseSearchQuery('plan plan Plan').terms).toEqual(['plan']);
    expect(parseSearchQuery(Array.from({ length: 30 }, (_, i) => `ord${i}`).join(' ')).terms).toHaveLength(12);
  });
});

describe('checkSearchInput', () => {
  it('accepts filters and a limit given as text', () => {
    expect(checkSearchInput({ q: 'plan', organ: 'KSNAU', from: '2024-01-01', to: '2024-12-31', kind: 'letter', limit: '5' }))
      .toMatchObject({ organ: { code: 'KSNAU' }, from: '2024-01-01', to: '2024-12-31', kind: 'letter', limit: 5, offset: 0 });
    expect(checkSearchInput({ q: 'plan', kind: 'minutes', cursor: encodeSearchCursor(40) })).toMatchObject({ kind: 'minutes', offset: 40 });
  });

  it('names each wrong field', () => {
    expect(fields({ q: '' })).toEqual(['q']);
    expect(fields({ q: 'plan', from: '2024-02-30' })).toEqual(['from']);
    expect(fields({ q: 'plan', from: '2024-05-01', to: '2024-04-01' })).toEqual(['to']);
    expect(fields({ q: 'plan', kind: 'hemlig' })).toEqual(['kind']);
    expect(fields({ q: 'plan', limit: 51 })).toEqual(['limit']);
    expect(fields({ q: 'plan', organ: 'x y' })).toEqual(['organ']);
    expect(fields({ q: 'plan', cursor: encodeSearchCursor(5000) })).toEqual(['cursor']);
  });
});

describe('snippets', () => {
  it('splits a headline into plain and marked parts, escaping everything in the HTML form', () => {
    const parts = snippetParts(`Avtal om ${MARK_START}telefonitjänster${MARK_STOP} <script>`);
    expect(parts).toEqual([{ text: 'Avtal om ', mark: false }, { text: 'telefonitjänster', mark: true }, { text: ' <script>', mark: false }]);
    expect(snippetHtml(parts)).toBe('Avtal om <mark>telefonitjänster</mark> &lt;script&gt;');
  });

  it('R-PUB-1: masks personal identity numbers in public snippets', () => {
    const parts = snippetParts(`Sökande ${MARK_START}Anna${MARK_STOP} 19800101-1234`, maskPersonalNumbers);
    expect(parts.map((p) => p.text).join('')).not.toContain('1234');
  });

  it('cleans extracted text: no control characters, capped length', () => {
    expect(cleanExtractedText('a\u0001b\r\nc\u0002\n\n\n\nd', 100)).toBe('a b\nc \n\nd');
    expect(cleanExtractedText('x'.repeat(50), 10)).toHaveLength(10);
  });
});

describe('Swedish compounds', () => {
  it('a query word is found inside a compound only after a modifier of three letters or more', () => {
    expect(isCompoundWith('telefoniupphandling', 'upphandling')).toBe(true);
    expect(isCompoundWith('ramavtalsupphandling', 'avtal')).toBe(true);
    expect(isCompoundWith('grundskolan', 'skol')).toBe(true);
    // "an|ställning" is a word of its own, not a compound of "ställning"; a prefix is matched as one already.
    expect(isCompoundWith('anställning', 'ställning')).toBe(false);
    expect(isCompoundWith('upphandlingsregl', 'upphandl')).toBe(false);
  });

  it('parts shorter than four letters are not looked for inside words, nor words that are not letters', () => {
    expect(isCompoundWith('automobil', 'bil')).toBe(false);
    expect(isCompoundWith('abc2024avtal', 'avtal')).toBe(false);
    expect(searchedInCompounds('skola')).toBe(true);
    expect(searchedInCompounds('bil')).toBe(false);
    expect(searchedInCompounds('2024')).toBe(false);
    expect(searchableStem('skol')).toBe(true);
    expect(searchableStem('bil')).toBe(false);
    expect(searchableStem(null)).toBe(false);
  });

  it('keeps each word\'s compounds once, the shortest first, at most MAX_COMPOUNDS_PER_WORD', () => {
    const stems = new Map([['skola', 'skol']]);
    const vocabulary = ['gymnasieskolan', 'grundskolan', 'grundskolan', 'förskolor', 'skolskjuts', 'ab'].map((word) => ({ term: 'skola', word }));
    expect(compoundsOf(stems, vocabulary).get('skola')).toEqual(['förskolor', 'grundskolan', 'gymnasieskolan']);
    const many = Array.from({ length: 60 }, (_, i) => ({ term: 'skola', word: `grund${'x'.repeat(i)}skol` }));
    expect(compoundsOf(stems, many).get('skola')).toHaveLength(MAX_COMPOUNDS_PER_WORD);
  });

  it('compounds are matched as the index stems they are, as alternatives; nothing but letters reaches the database', () => {
    expect(compoundTsquery(['telefoniupphandl', 'ramavtalsupphandl'])).toBe("'telefoniupphandl' | 'ramavtalsupphandl'");
    expect(compoundTsquery(["x' | y", 'ramavtal', 'a:*'])).toBe("'ramavtal'");
    expect(compoundTsquery([])).toBeNull();
  });
});
