import { describe, expect, it } from 'vitest';
import { bookWithholds, planBook, withheldNotice, type BookItemFacts } from '../../src/domain/book.ts';

const doc = (id: string, over: Partial<BookItemFacts['documents'][number]> = {}) => ({ id, number: `KS-2024/00001-${id}`, title: `Handling ${id}`, secrecyGround: null, protectedPersonalData: false, readableByMembers: true, ...over });
const items: BookItemFacts[] = [
  { id: 'i1', paragraph: '177/24', title: 'Planeringsdirektiv', caseNumber: 'KS-2023/00651', section: 'Planeringsdirektiv', public: true, documents: [doc('1'), doc('2')] },
  { id: 'i2', paragraph: '178/24', title: 'Upphandling', caseNumber: 'KS-2024/00410', section: 'Beslutsärenden', public: false,
    documents: [doc('3', { secrecyGround: 'OSL 19 kap. 3 §', readableByMembers: false }), doc('4', { secrecyGround: 'OSL 19 kap. 3 §' })] },
  { id: 'i3', paragraph: '179/24', title: 'Skrivelse', caseNumber: 'KS-2024/00512', section: 'Beslutsärenden', public: true, documents: [doc('5', { protectedPersonalData: true }), doc('6')] },
];

describe('book plan', () => {
  it('R-BOOK-1: every item in agenda order with its documents in order', () => {
    const plan = planBook(items, 'members');
    expect(plan.map((p) => p.paragraph)).toEqual(['177/24', '178/24', '179/24']);
    expect(plan[0]!.entries).toEqual([
      { kind: 'document', documentId: '1', number: 'KS-2024/00001-1', title: 'Handling 1' },
      { kind: 'document', documentId: '2', number: 'KS-2024/00001-2', title: 'Handling 2' },
    ]);
  });
  it('R-BOOK-2: the public version keeps the item but withholds secret documents and says why', () => {
    const plan = planBook(items, 'public');
    expect(plan[1]!.title).toBe('Upphandling');
    expect(plan[1]!.entries).toEqual([{ kind: 'withheld', text: 'Handlingarna är sekretessmarkerade enligt OSL 19 kap. 3 § och publiceras inte.' }]);
  });
  it('R-BOOK-2: protected personal data is withheld in the public version, other documents stay', () => {
    const plan = planBook(items, 'public');
    expect(plan[2]!.entries[0]).toEqual({ kind: 'withheld', text: 'Handlingarna innehåller skyddade personuppgifter och publiceras inte.' });
    expect(plan[2]!.entries.slice(1).map((e) => (e.kind === 'document' ? e.documentId : ''))).toEqual(['6']);
  });
  it('members see what they may read; the rest is noted in place', () => {
    const plan = planBook(items, 'members');
    expect(plan[1]!.entries.map((e) => e.kind)).toEqual(['withheld', 'document']);
    expect(bookWithholds(plan)).toBe(true);
    expect(bookWithholds(planBook([items[0]!], 'public'))).toBe(false);
  });
  it('names every legal ground once', () => {
    expect(withheldNotice(['OSL 19 kap. 3 §', 'OSL 19 kap. 3 §', 'OSL 21 kap. 3 §'], false)).toBe('Handlingarna är sekretessmarkerade enligt OSL 19 kap. 3 §, OSL 21 kap. 3 § och publiceras inte.');
  });
});
