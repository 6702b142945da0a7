/** Joins paragraphs of a document's `fileText` with a blank line; lines inside a paragraph use `\n`. */
export function paragraphs(...parts: string[]): string {
  return parts.join('\n\n');
}
