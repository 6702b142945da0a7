/**
 * What goes into a meeting book (R-BOOK-1, R-BOOK-2): the agenda, then each item's documents in agenda order.
 * The public version lists every item but withholds documents that are secret-marked or hold protected personal
 * data, and says so in their place with the legal ground.
 */
export type BookVariant = 'members' | 'public';

export interface BookDocumentFacts {
  id: string; number: string; title: string;
  secrecyGround: string | null;
  protectedPersonalData: boolean;
  /** Whether the reader of the members' version may read it (per-organ secret access). */
  readableByMembers: boolean;
}

export interface BookItemFacts { id: string; paragraph: string; title: string; caseNumber: string | null; section: string; public: boolean; documents: BookDocumentFacts[] }

export type BookEntry =
  | { kind: 'document'; documentId: string; number: string; title: string }
  | { kind: 'withheld'; text: string };

export interface BookItemPlan { id: string; paragraph: string; title: string; caseNumber: string | null; section: string; entries: BookEntry[] }

export function withheldNotice(grounds: readonly string[], protectedData: boolean): string {
  const unique = [...new Set(grounds)];
  if (unique.length) return `Handlingarna är sekretessmarkerade enligt ${unique.join(', ')} och publiceras inte.`;
  if (protectedData) return 'Handlingarna innehåller skyddade personuppgifter och publiceras inte.';
  return 'Handlingarna publiceras inte.';
}

export function planBook(items: readonly BookItemFacts[], variant: BookVariant): BookItemPlan[] {
  return items.map((item) => {
    const shown: BookEntry[] = [];
    const grounds: string[] = [];
    let protectedData = false;
    for (const doc of item.documents) {
      const withheld = variant === 'public'
        ? doc.secrecyGround !== null || doc.protectedPersonalData
        : !doc.readableByMembers;
      if (withheld) {
        if (doc.secrecyGround) grounds.push(doc.secrecyGround);
        protectedData ||= doc.protectedPersonalData;
      } else shown.push({ kind: 'document', documentId: doc.id, number: doc.number, title: doc.title });
    }
    const withheldCount = item.documents.length - shown.length;
    const entries: BookEntry[] = withheldCount ? [{ kind: 'withheld', text: withheldNotice(grounds, protectedData) }, ...shown] : shown;
    return { id: item.id, paragraph: item.paragraph, title: item.title, caseNumber: item.caseNumber, section: item.section, entries };
  });
}

/** Whether any document was left out: the notice must then say so (R-CALL-2). */
export const bookWithholds = (plan: readonly BookItemPlan[]): boolean => plan.some((i) => i.entries.some((e) => e.kind === 'withheld'));
