/**
 * Paragraph numbers (R-CALL-4): they run per organ and calendar year across meetings, `§ 177` shown as `177/24`,
 * and are fixed when the notice is sent.
 */

/** `177/24` — the form the agenda shows. */
export function formatParagraph(paragraph: number, year: number): string {
  return `${paragraph}/${String(year % 100).padStart(2, '0')}`;
}

/**
 * Numbers for `count` items in agenda order, continuing after `lastUsed` (the highest fixed paragraph of the
 * organ in that year, 0 for the first meeting of the year).
 */
export function nextParagraphs(lastUsed: number, count: number): number[] {
  if (!Number.isInteger(lastUsed) || lastUsed < 0) throw new Error('lastUsed must be a non-negative integer');
  return Array.from({ length: count }, (_, i) => lastUsed + i + 1);
}

export interface NumberedItem { id: string; paragraph: number | null }

/**
 * Provisional numbers for display before the notice is sent: fixed items keep theirs, the others continue
 * after `lastUsed` in agenda order.
 */
export function provisionalParagraphs(items: readonly NumberedItem[], lastUsed: number): Map<string, number> {
  const result = new Map<string, number>();
  let next = lastUsed;
  for (const item of items) {
    if (item.paragraph !== null) result.set(item.id, item.paragraph);
    else result.set(item.id, ++next);
  }
  return result;
}
