/**
 * Text fields of the register: titles and descriptions must be valid Unicode without control characters, and
 * without the invisible characters that change the direction of text (bidi controls), which can make a title
 * read differently from what it holds ("Trojan Source" spoofing of names, numbers and file names).
 */
import type { FieldError } from './errors.ts';

// C0 and C1 controls except tab/newline; lone surrogates; U+FFFD (what invalid UTF-8 decodes to).
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK = /[\r\n\t]/;
// Bidi controls: embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, LRM/RLM U+200E/U+200F, ALM U+061C.
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

export interface TextRule { field: string; required?: boolean; max?: number; multiline?: boolean }

/** Returns the trimmed text, or pushes a Swedish error naming the field. */
export function checkText(value: unknown, rule: TextRule, errors: FieldError[]): string {
  if (value === undefined || value === null || value === '') {
    if (rule.required) errors.push({ field: rule.field, message: 'måste fyllas i' });
    return '';
  }
  if (typeof value !== 'string') {
    errors.push({ field: rule.field, message: 'måste vara text' });
    return '';
  }
  if (FORBIDDEN.test(value)) {
    errors.push({ field: rule.field, message: 'innehåller ogiltiga tecken (styrtecken eller felaktig teckenkodning)' });
    return '';
  }
  if (BIDI.test(value)) {
    errors.push({ field: rule.field, message: 'innehåller osynliga tecken som vänder textens riktning (styrtecken för skrivriktning); ta bort dem' });
    return '';
  }
  if (!rule.multiline && LINE_BREAK.test(value.trim())) {
    errors.push({ field: rule.field, message: 'får inte innehålla radbrytningar' });
    return '';
  }
  const text = value.trim();
  if (rule.required && text === '') errors.push({ field: rule.field, message: 'måste fyllas i' });
  const max = rule.max ?? 500;
  if (text.length > max) errors.push({ field: rule.field, message: `får vara högst ${max} tecken` });
  return text;
}
