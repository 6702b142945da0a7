/**
 * HTML building for the public portal: every interpolated value is escaped, unless it is itself HTML built
 * with `html` (so fragments can be nested). Arrays are joined; null, undefined and false render nothing.
 */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string { return this.value; }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Value = SafeHtml | string | number | null | undefined | false | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * A template's own markup without the indentation of its source lines (a line break is kept, so whitespace
 * between inline elements stays). Interpolated values are never touched: a textarea's text keeps its spaces.
 * Made once per template, whose strings array is the same object on every call.
 */
const compact = new WeakMap<TemplateStringsArray, readonly string[]>();
function compacted(strings: TemplateStringsArray): readonly string[] {
  let parts = compact.get(strings);
  if (!parts) {
    parts = strings.map((s) => s.replace(/\n[ \t]+/g, '\n'));
    compact.set(strings, parts);
  }
  return parts;
}

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  const parts = compacted(strings);
  let out = parts[0]!;
  values.forEach((value, i) => { out += render(value) + parts[i + 1]!; });
  return new SafeHtml(out);
}
