/**
 * Finding cases: exact number, number prefix, misspelt titles (trigram similarity) and Swedish word forms
 * (full-text stemming); keyset pagination with an opaque cursor.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../support/backends.ts';
import { createFixture, errorOf, useDatabase, type Fixture } from '../support/fixtures.ts';
import { createCase } from '../../src/use-cases/createCase.ts';
import { listCases } from '../../src/use-cases/listCases.ts';
import { updateCase } from '../../src/use-cases/updateCase.ts';

const TITLES = [
  'Upphandling: Laboratorietjänster 2024 - Beslut tilldelning', // KS-2024/00001
  'Detaljplan för kvarteret Vattenormen', // 00002
  'Medborgarförslag om hundrastgård på Haga', // 00003
  'Motion om kor på taket', // 00004
  'Revisionsrapport om skyddade personuppgifter', // 00005
];
const FILLER = 25; // 00006..00030

for (const backend of testBackends()) {
  describe(`${backend.name}: searching and paging cases`, () => {
    const database = useDatabase(backend);
    let fx: Fixture;
    const titles = (items: { title: string }[]) => items.map((c) => c.title);

    beforeAll(async () => {
      fx = await createFixture(database.services);
      for (const title of TITLES) await createCase(fx.as('registrar'), { registryId: fx.registryId, title });
      for (let i = 0; i < FILLER; i++) await createCase(fx.as('registrar'), { registryId: fx.registryId, title: `Löpande ärende ${i}` });
    });

    it('R-REG-4: finds a case by its exact number first, in any letter case', async () => {
      const page = await listCases(fx.as('registrar'), { q: 'KS-2024/00002' });
      expect(page.items[0]).toMatchObject({ number: 'KS-2024/00002', title: TITLES[1] });
      expect((await listCases(fx.as('registrar'), { q: 'ks-2024/00002' })).items[0]?.number).toBe('KS-2024/00002');
    });

    it('R-REG-4: ranks every case starting with a number prefix first, newest first', async () => {
      const page = await listCases(fx.as('registrar'), { q: 'KS-2024/0000', limit: 100 });
      expect(page.items.slice(0, 9).map((c) => c.number)).toEqual(['KS-2024/00009', 'KS-2024/00008', 'KS-2024/00007', 'KS-2024/00006', 'KS-2024/00005',
        'KS-2024/00004', 'KS-2024/00003', 'KS-2024/00002', 'KS-2024/00001']);
    });

    it('finds a case from a misspelt title (trigram similarity)', async () => {
      expect(titles((await listCases(fx.as('registrar'), { q: 'detaljplam vattenormen' })).items)).toContain(TITLES[1]);
      expect(titles((await listCases(fx.as('registrar'), { q: 'hundrasgård' })).items)).toContain(TITLES[2]);
    });

    it('finds "Upphandling: …" when searching "upphandlingar" (Swedish stemming)', async () => {
      const found = titles((await listCases(fx.as('registrar'), { q: 'upphandlingar' })).items);
      expect(found).toContain(TITLES[0]);
      expect(found).not.toContain(TITLES[3]);
    });

    it('finds a word inside the title regardless of letter case', async () => {
      expect(titles((await listCases(fx.as('registrar'), { q: 'TAKET' })).items)).toEqual([TITLES[3]]);
    });

    it('returns nothing for unrelated words', async () => {
      expect((await listCases(fx.as('registrar'), { q: 'xylofonorkester' })).items).toEqual([]);
    });

    it('filters on status', async () => {
      const page = await listCases(fx.as('registrar'), { q: 'KS-2024/00004' });
      await updateCase(fx.as('registrar'), page.items[0]!.id, { version: 1, status: 'closed' });
      const closed = await listCases(fx.as('registrar'), { status: 'closed', limit: 100 });
      expect(closed.items.map((c) => c.number)).toEqual(['KS-2024/00004']);
      expect((await listCases(fx.as('registrar'), { status: 'open', limit: 100 })).items).toHaveLength(TITLES.length + FILLER - 1);
    });

    it('pages through all cases with the cursor: no case twice, none left out', async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await listCases(fx.as('registrar'), { limit: 7, cursor });
        expect(page.items.length).toBeLessThanOrEqual(7);
        seen.push(...page.items.map((c) => c.number));
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor && pages < 20);
      expect(pages).toBe(Math.ceil((TITLES.length + FILLER) / 7));
      expect(seen).toHaveLength(TITLES.length + FILLER);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual([...seen].sort().reverse());
    });

    it('pages through search results across ranks without repeating a case', async () => {
      const all = (await listCases(fx.as('registrar'), { q: 'KS-2024/0001', limit: 100 })).items.map((c) => c.number);
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listCases(fx.as('registrar'), { q: 'KS-2024/0001', limit: 3, cursor });
        paged.push(...page.items.map((c) => c.number));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(paged).toEqual(all);
      expect(all.length).toBeGreaterThanOrEqual(10);
    });

    it('rejects a forged cursor, a limit over 100 and an unknown status', async () => {
      expect((await errorOf(() => listCases(fx.as('registrar'), { cursor: 'not-a-cursor' }))).errors.map((e) => e.field)).toEqual(['cursor']);
      expect((await errorOf(() => listCases(fx.as('registrar'), { limit: 101 }))).errors.map((e) => e.field)).toEqual(['limit']);
      expect((await errorOf(() => listCases(fx.as('registrar'), { status: 'archived' }))).errors.map((e) => e.field)).toEqual(['status']);
    });
  });
}
