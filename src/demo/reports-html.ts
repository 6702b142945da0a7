/**
 * Builders for the rich-text subset used in official report descriptions (see src/documents/richText.ts):
 * paragraphs, headings, lists and simple tables. Arguments are trusted demo strings and may contain inline
 * markup (<strong>, <em>); they are not escaped.
 */

export const p = (...texts: string[]): string => texts.map((t) => `<p>${t}</p>`).join('\n');
export const h2 = (text: string): string => `<h2>${text}</h2>`;
export const h3 = (text: string): string => `<h3>${text}</h3>`;
export const ul = (items: string[]): string => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
export const ol = (items: string[]): string => `<ol>${items.map((i) => `<li>${i}</li>`).join('')}</ol>`;

/** A table row; the first cell becomes a row header when `rowHeader` is set. */
const row = (cells: string[], rowHeader = false): string =>
  `<tr>${cells.map((c, i) => (rowHeader && i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`;

/**
 * A table with one header row. `head` cells may be given as raw `<th>` markup rows instead (for spanning
 * headers) by passing `headRows`.
 */
export function table(head: string[], rows: string[][], options: { rowHeaders?: boolean; headRows?: string[] } = {}): string {
  const header = options.headRows ?? [`<tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>`];
  return `<table>${header.join('')}${rows.map((r) => row(r, options.rowHeaders)).join('')}</table>`;
}

/** Joins blocks of a description. */
export const blocks = (...parts: string[]): string => parts.join('\n');
