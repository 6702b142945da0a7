/**
 * R-PUB-2: personal identity and co-ordination numbers are masked in any notation a person would recognise, and
 * the names of protected people (R-REG-7) in any inflection, normalisation, case or short form. Generated
 * notations (fast-check) check that the digits never survive, that masking is idempotent and never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskDeep, maskForPublication, maskPersonalNumbers, maskProtectedNames, PROTECTED_PLACEHOLDER } from '../../src/domain/masking.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A valid birth date as [century, year, month, day]; co-ordination numbers add 60 to the day. */
const birthDate = fc.record({
  year: fc.integer({ min: 1890, max: 2029 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  coordination: fc.boolean(),
}).map(({ year, month, day, coordination }) => ({ century: String(year).slice(0, 2), short: `${pad(year % 100)}${pad(month)}${pad(coordination ? day + 60 : day)}` }));

const DASHES = ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D'];
const SPACES = [' ', '\u00A0', '\u202F', '\u2007', '\u2009', '\u2002', '\u3000'];
const INVISIBLE = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

/** What stands between the date and the last four digits. */
const separator = fc.oneof(
  fc.constant(''),
  fc.constant('+'),
  fc.constantFrom(...DASHES),
  fc.constantFrom(...SPACES),
  fc.tuple(fc.constantFrom(...SPACES, ''), fc.constantFrom(...DASHES, '+'), fc.constantFrom(...SPACES, '')).map(([a, d, b]) => `${a}${d}${b}`),
  fc.constantFrom(...INVISIBLE).map((i) => `${i}-`),
  fc.constant('-\n'),
);

const PREFIXES = ['', 'pnr ', 'pnr-', 'pnr', 'pnr: ', 'Pnr. ', 'p-nr ', 'personnr: ', 'Personnummer ', 'personnummer: ', 'samordningsnummer ', 'Samordningsnr ', '(', 'nr '];

/** Words and punctuation around a number: no digits, so any digit in the output is a leak. */
const WORDS = ['Sökande', 'har', 'ansökt', 'om', 'bidrag', '.', ',', ':', '(', ')', 'bor', 'i', 'Umeå', 'och', 'är', 'född', 'XXXX', 'ÅÅMMDD', '–', '"', '\n', 'Ärendet', '§'];
const surrounding = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join(' '));

/** Digits as a person may have typed them: ASCII or full-width. */
const digitForm = fc.constantFrom<(s: string) => string>(
  (s) => s,
  (s) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
);

const notation = fc.record({
  date: birthDate, twelve: fc.boolean(), last: fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
  sep: separator, prefix: fc.constantFrom(...PREFIXES), before: surrounding, after: surrounding, digits: digitForm,
  invisibleInside: fc.option(fc.constantFrom(...INVISIBLE), { nil: undefined }),
}).map((n) => {
  let date = `${n.twelve ? n.date.century : ''}${n.date.short}`;
  if (n.invisibleInside) date = `${date.slice(0, 2)}${n.invisibleInside}${date.slice(2)}`;
  const number = `${n.prefix}${n.digits(date)}${n.sep}${n.digits(n.last)}`;
  return { text: `${n.before} ${number} ${n.after}`, number };
});

describe('R-PUB-2: personal identity and co-ordination numbers in generated notations', () => {
  it('R-PUB-2: no digit of a generated number survives masking (10/12 digits, any dash or space, prefixes, full-width digits)', () => {
    fc.assert(fc.property(notation, ({ text }) => {
      expect(maskPersonalNumbers(text)).not.toMatch(/[\p{Nd}]/u);
      expect(maskForPublication(text, { protectedPeople: [] })).not.toMatch(/[\p{Nd}]/u);
    }), { numRuns: 2000 });
  });

  it('R-PUB-2: a number cut into pieces by inline markup is still masked when the whole text is masked', () => {
    fc.assert(fc.property(notation, fc.integer({ min: 0, max: 30 }), ({ text }, at) => {
      const cut = Math.min(at, text.length);
      const masked = maskPersonalNumbers(text);
      // Masking the whole text first, then cutting, never shows a digit on either side of the cut.
      expect(masked.slice(0, cut) + masked.slice(cut)).not.toMatch(/\d/);
    }), { numRuns: 300 });
  });

  it('R-PUB-2: masking is idempotent and never throws, for numbers and for any text', () => {
    fc.assert(fc.property(notation, ({ text }) => {
      const once = maskPersonalNumbers(text);
      expect(maskPersonalNumbers(once)).toBe(once);
    }), { numRuns: 500 });
    const person = fc.record({ givenName: fc.string({ maxLength: 12 }), familyName: fc.string({ maxLength: 12 }) });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.array(person, { maxLength: 3 }), (text, people) => {
      const once = maskForPublication(text, { protectedPeople: people });
      expect(typeof once).toBe('string');
      expect(maskForPublication(once, { protectedPeople: people })).toBe(once);
    }), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
      expect(typeof maskForPublication(text, { protectedPeople: [{ givenName: 'Åsa', familyName: 'Öberg' }] })).toBe('string');
    }), { numRuns: 500 });
  });

  it('R-PUB-2: the notations reported in the finding are masked', () => {
    const cases = ['800101–1234', '800101\u00A01234', '800101\u202F1234', '800101\u20071234', '800101\u20111234', '800101\u20101234', '800101\u20121234',
      '800101\u20141234', '800101\u22121234', '800101\uFE631234', '800101\uFF0D1234', '19800101 - 1234', 'pnr-800101-1234', 'personnr: 8001011234',
      'pnr800101-1234', '800161-1234', '19800161–1234', '800101-\n1234', '８００１０１－１２３４', '800101\u00AD-1234'];
    for (const text of cases) expect(maskPersonalNumbers(`Sökande ${text}, Umeå`), JSON.stringify(text)).not.toMatch(/\d/);
  });

  it('R-PUB-2: plain numbers that are not dates are left alone', () => {
    // Ten digits whose month part is no month (00, 13–99) and without a prefix that names a personal number.
    const notADate = fc.tuple(fc.integer({ min: 0, max: 99 }), fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })), fc.integer({ min: 0, max: 999_999 }))
      .map(([y, m, rest]) => `${pad(y)}${pad(m)}${String(rest).padStart(6, '0')}`);
    fc.assert(fc.property(notADate, fc.constantFrom('', '-'), (digits, sep) => {
      const text = `Belopp ${digits.slice(0, 6)}${sep}${digits.slice(6)} kr`;
      expect(maskPersonalNumbers(text)).toBe(text);
    }), { numRuns: 500 });
    for (const text of ['2024-05-21', '2024-05-21 – 2024-06-30', '20240101-20241231', 'KS-2024/00361', 'KS-2024/00456-2', '212000-2627', '556677-8899',
      '§§ 177–189', 'kl. 13:15–16:30', '1 250 000 kronor', '20240521', 'tel. 090-16 10 00', 'postnummer 903 29', 'bankgiro 5050-1055', 'diarienummer 24115']) {
      expect(maskPersonalNumbers(text), text).toBe(text);
    }
  });
});

describe('R-REG-7 / R-PUB-2: names of people with protected identity', () => {
  const anna = { givenName: 'Anna', familyName: 'Svensson' };
  const asa = { givenName: 'Åsa', familyName: 'Öhrström' };
  const hyphen = { givenName: 'Anna-Karin', familyName: 'Svensson-Berg' };
  const masked = (text: string, people = [anna]) => maskProtectedNames(text, people);

  it('R-REG-7: the genitive and other inflections of the full name are masked', () => {
    for (const text of ['Anna Svenssons skrivelse', "Anna Svensson's skrivelse", 'Anna Svensson:s skrivelse', 'Svensson, Anna', 'Svensson Anna', 'Svenssons Anna', 'Anna Svenssonska']) {
      expect(masked(text), text).not.toMatch(/Svensson/i);
    }
  });

  it('R-REG-7: names in decomposed Unicode (NFD), other case, extra spaces and line breaks are masked', () => {
    const nfd = 'Åsa Öhrström'.normalize('NFD');
    expect(nfd).not.toBe('Åsa Öhrström');
    for (const text of [`Skrivelse från ${nfd}.`, 'ÅSA ÖHRSTRÖM', 'åsa öhrströms', 'Åsa   Öhrström', 'Åsa\nÖhrström', 'Åsa\u00A0Öhrström', `${'Åsa'.normalize('NFD')} Öhrström`]) {
      const out = maskProtectedNames(text, [asa]);
      expect(out, JSON.stringify(text)).toContain(PROTECTED_PLACEHOLDER);
      expect(out.normalize('NFC').toLowerCase(), JSON.stringify(text)).not.toContain('öhrström');
    }
    // The person's name stored in decomposed form still masks the composed text.
    expect(maskProtectedNames('Åsa Öhrström', [{ givenName: 'Åsa'.normalize('NFD'), familyName: 'Öhrström'.normalize('NFD') }])).toBe(PROTECTED_PLACEHOLDER);
  });

  it('R-REG-7: initial + surname and surname + initial are masked', () => {
    for (const text of ['A. Svensson', 'A Svensson', 'A.Svensson', 'A. Svenssons', 'Svensson, A.', 'Svensson A.']) {
      expect(masked(`Brev från ${text} inkom`), text).not.toMatch(/Svensson/i);
    }
    // A lower-case one-letter word is no initial: "i Lund" is left ("i" is Swedish for "in"), "I. Lund" is not.
    const ida = [{ givenName: 'Ida', familyName: 'Lund' }];
    expect(maskProtectedNames('Mötet hölls i Lund.', ida)).toBe('Mötet hölls i Lund.');
    expect(maskProtectedNames('Skrivelse från I. Lund.', ida)).toBe(`Skrivelse från ${PROTECTED_PLACEHOLDER}.`);
  });

  it('R-REG-7: hyphenated names, in full and in part', () => {
    for (const text of ['Anna-Karin Svensson-Berg', 'Anna Karin Svensson Berg', 'Anna–Karin Svensson–Berg', 'Anna-Karin Svensson', 'A-K. Svensson-Berg', 'Svensson-Berg, Anna-Karin', 'Anna-Karin Svensson-Bergs']) {
      expect(maskProtectedNames(`Skrivelse från ${text}.`, [hyphen]), text).toBe(`Skrivelse från ${PROTECTED_PLACEHOLDER}.`);
    }
  });

  it('R-REG-7: other people and other words are left alone', () => {
    for (const text of ['Anna Svenberg', 'Annika Svensson', 'Svenssonvägen', 'Anna Svenssonsson', 'Lars Svensson', 'Svensson']) {
      expect(masked(text), text).toBe(text);
    }
  });

  it('R-REG-7: generated spellings of a protected name never survive', () => {
    const people = [anna, asa, hyphen, { givenName: 'Linnea', familyName: 'Sjölander' }];
    const spelling = fc.record({
      person: fc.constantFrom(...people), order: fc.constantFrom('given-family', 'family-given', 'initial'),
      genitive: fc.boolean(), upper: fc.boolean(), nfd: fc.boolean(), space: fc.constantFrom(' ', '  ', '\n', '\u00A0', ' \n '),
      before: surrounding, after: surrounding,
    }).map((s) => {
      const initial = `${s.person.givenName[0]}.`;
      let name = s.order === 'given-family' ? `${s.person.givenName}${s.space}${s.person.familyName}`
        : s.order === 'family-given' ? `${s.person.familyName},${s.space}${s.person.givenName}` : `${initial}${s.space}${s.person.familyName}`;
      if (s.genitive && s.order !== 'family-given') name += 's';
      if (s.upper) name = name.toUpperCase();
      if (s.nfd) name = name.normalize('NFD');
      return { text: `${s.before} ${name} ${s.after}`, family: s.person.familyName };
    });
    fc.assert(fc.property(spelling, ({ text, family }) => {
      const out = maskProtectedNames(text, people).normalize('NFC').toLowerCase();
      for (const part of family.toLowerCase().split('-')) expect(out, JSON.stringify(text)).not.toContain(part);
    }), { numRuns: 1000 });
  });

  it('R-PUB-2: names and numbers together in a document structure', () => {
    const doc = { title: 'Ansökan från Anna Svenssons förening', list: ['pnr 800101–1234'], n: 3 };
    expect(maskDeep(doc, { protectedPeople: [anna] })).toEqual({ title: `Ansökan från ${PROTECTED_PLACEHOLDER} förening`, list: ['pnr ÅÅMMDD-XXXX'], n: 3 });
  });
});
