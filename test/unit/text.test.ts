import { describe, expect, it } from 'vitest';
import { checkText, type TextRule } from '../../src/domain/text.ts';
import type { FieldError } from '../../src/domain/errors.ts';

function check(value: unknown, rule: Partial<TextRule> = {}): { text: string; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const text = checkText(value, { field: 'title', ...rule }, errors);
  return { text, errors };
}

describe('text fields: valid input', () => {
  it('R-REG-1: returns the trimmed text of a valid title without errors', () => {
    expect(check('  Detaljplan för Kvarteret Åsen  ', { required: true })).toEqual({ text: 'Detaljplan för Kvarteret Åsen', errors: [] });
  });

  it('accepts characters outside the BMP written as valid surrogate pairs', () => {
    expect(check('Rapport 📄 2024').errors).toEqual([]);
  });

  it('accepts line breaks and tabs in multiline fields', () => {
    expect(check('Storgatan 1\r\n901 00 Umeå\tBox 2', { multiline: true }).errors).toEqual([]);
  });

  it('treats a missing optional value as empty, a missing required one as an error naming the field', () => {
    expect(check(undefined)).toEqual({ text: '', errors: [] });
    expect(check(null, { required: true }).errors).toEqual([{ field: 'title', message: 'måste fyllas i' }]);
    expect(check('   ', { required: true }).errors).toEqual([{ field: 'title', message: 'måste fyllas i' }]);
  });
});

describe('text fields: rejected input', () => {
  it.each([
    ['NUL', 'a\u0000b'], ['BEL', 'a\u0007b'], ['vertical tab', 'a\u000Bb'], ['form feed', 'a\u000Cb'], ['ESC', 'a\u001Bb'],
    ['DEL', 'a\u007Fb'], ['C1 control NEL', 'a\u0085b'], ['C1 control CSI', 'a\u009Bb'],
  ])('rejects the control character %s, naming the field', (_name, value) => {
    const { text, errors } = check(value, { multiline: true });
    expect(text).toBe('');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe('title');
    expect(errors[0]!.message).toMatch(/ogiltiga tecken/);
  });

  it('rejects U+FFFD, the replacement character that invalid UTF-8 decodes to', () => {
    const decoded = new TextDecoder('utf-8').decode(Buffer.from([0x41, 0xff, 0x42]));
    expect(decoded).toContain('\uFFFD');
    expect(check(decoded).errors[0]?.message).toMatch(/ogiltiga tecken/);
  });

  it.each([
    ['a lone high surrogate', 'a\uD800b'], ['a lone low surrogate', 'a\uDC00b'], ['a high surrogate at the end', 'abc\uD83D'],
    ['two high surrogates', '\uD83D\uD83D'],
  ])('rejects %s', (_name, value) => {
    expect(check(value).errors[0]?.message).toMatch(/ogiltiga tecken/);
  });

  it.each([['\\n', 'Rad 1\nRad 2'], ['\\r', 'Rad 1\rRad 2'], ['\\t', 'Kolumn 1\tKolumn 2']])('rejects %s inside a single-line title', (_name, value) => {
    expect(check(value).errors).toEqual([{ field: 'title', message: 'får inte innehålla radbrytningar' }]);
  });

  it('rejects text longer than the maximum, counting after trimming', () => {
    expect(check('x'.repeat(300), { max: 300 }).errors).toEqual([]);
    expect(check(` ${'x'.repeat(300)} `, { max: 300 }).errors).toEqual([]);
    expect(check('x'.repeat(301), { max: 300 }).errors).toEqual([{ field: 'title', message: 'får vara högst 300 tecken' }]);
  });

  it('uses 500 characters as the default maximum', () => {
    expect(check('x'.repeat(500)).errors).toEqual([]);
    expect(check('x'.repeat(501)).errors[0]?.message).toBe('får vara högst 500 tecken');
  });

  it('rejects values that are not strings', () => {
    expect(check(42).errors).toEqual([{ field: 'title', message: 'måste vara text' }]);
    expect(check({ sv: 'titel' }).errors).toEqual([{ field: 'title', message: 'måste vara text' }]);
  });
});

describe('text fields: bidi controls (F13)', () => {
  it.each([
    ['U+202A LRE', '\u202A'], ['U+202B RLE', '\u202B'], ['U+202C PDF', '\u202C'], ['U+202D LRO', '\u202D'], ['U+202E RLO', '\u202E'],
    ['U+2066 LRI', '\u2066'], ['U+2067 RLI', '\u2067'], ['U+2068 FSI', '\u2068'], ['U+2069 PDI', '\u2069'],
    ['U+200E LRM', '\u200E'], ['U+200F RLM', '\u200F'], ['U+061C ALM', '\u061C'],
  ])('R-REG-1: refuses %s in a title and in a description, naming the field in Swedish', (_name, control) => {
    for (const multiline of [false, true]) {
      const { text, errors } = check(`Faktura ${control}fdp.exe`, { multiline });
      expect(text).toBe('');
      expect(errors).toEqual([{ field: 'title', message: 'innehåller osynliga tecken som vänder textens riktning (styrtecken för skrivriktning); ta bort dem' }]);
    }
  });

  it('keeps right-to-left letters themselves, and other invisible-free punctuation', () => {
    expect(check('Skrivelse från مريم').errors).toEqual([]);
    expect(check('Avgift – 2024 — “citat”').errors).toEqual([]);
  });
});
