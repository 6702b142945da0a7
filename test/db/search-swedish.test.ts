/**
 * Swedish search on both backends: word forms and compounds, diarienummer typos, ranking (title above body),
 * filters, paging, staff access (R-REG-6/7/8) and the public search (only public text, in hits and snippets).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends } from '../support/backends.ts';
import { createFixture, errorOf, letter, useDatabase, type Fixture } from '../support/fixtures.ts';
import { makePdf } from '../e2e/support/pdf.ts';
import { createCase } from '../../src/use-cases/createCase.ts';
import { registerDocument } from '../../src/use-cases/registerDocument.ts';
import { search } from '../../src/use-cases/search/search.ts';
import { publicSearch } from '../../src/use-cases/search/publicSearch.ts';
import { TextExtractionJob } from '../../src/search/textJob.ts';
import { MIN_VOCABULARY_STEM } from '../../src/domain/searchCompounds.ts';
import type { SearchResult } from '../../src/search/results.ts';

const SECRET_WORD = 'Kvastfeningsavtal';
const PROTECTED_WORD = 'Lönnviksgränd';

for (const backend of testBackends()) {
  describe(`${backend.name}: Swedish search`, () => {
    const database = useDatabase(backend);
    let fx: Fixture;
    const numbers: Record<string, string> = {};

    async function register(key: string, metadata: Record<string, unknown>, lines?: string[]): Promise<void> {
      const file = lines ? { name: `${key}.pdf`, mediaType: 'application/pdf', bytes: await makePdf(lines) } : undefined;
      const doc = await registerDocument(fx.as('registrar'), { metadata: letter(fx, metadata), file });
      numbers[key] = doc.number;
      numbers[`${key}:case`] = doc.caseNumber;
    }

    beforeAll(async () => {
      fx = await createFixture(database.services);
      // KS-2024/00001: title hit for "upphandling" (plural form in the title).
      await register('procurement', { newCase: { registryId: fx.registryId, title: 'Upphandlingar av fordon 2024' }, description: 'Beslut om tilldelning', registeredDate: '2024-03-01' });
      // KS-2024/00002: "telefonitjänster" and "upphandlingen" only inside the PDF.
      // A bid from a company: published on the web by default (R-PUB-1), so the public may search its text.
      await register('telephony', { newCase: { registryId: fx.registryId, title: 'Avtal för kommunens växel' }, description: 'Inkommet anbud', registeredDate: '2024-04-10',
        counterparty: { name: 'Telebolaget AB', organisation: 'Telebolaget AB', address: null, email: null, protectedIdentity: false } },
        ['Anbud', 'Vi lämnar härmed anbud i upphandlingen av telefonitjänster för kommunen.', 'Priset gäller i tre år.']);
      // KS-2024/00003: "Vattenormen" in the case title; KS-2024/00004: the same word only in a PDF body.
      await register('titleHit', { newCase: { registryId: fx.registryId, title: 'Detaljplan för kvarteret Vattenormen' }, description: 'Planbeskrivning', registeredDate: '2024-05-02' });
      await register('bodyHit', { newCase: { registryId: fx.registryId, title: 'Synpunkter på trafiken' }, description: 'Skrivelse om trafik', registeredDate: '2024-05-03' },
        ['Skrivelse', 'Trafiken vid kvarteret Vattenormen är för tät.']);
      // KS-2024/00005: secret-marked (KS), its secret word in description and PDF.
      await register('secret', {
        newCase: { registryId: fx.registryId, title: 'Anbudsprövning lokalvård' }, description: `Anbud med ${SECRET_WORD}`, publicDescription: 'Anbud (sekretess)',
        secrecy: { legalGround: 'OSL 19 kap. 3 §', organId: fx.organs.KS }, registeredDate: '2024-05-04',
      }, ['Anbud', `Bilaga: ${SECRET_WORD} med priser`]);
      // KS-2024/00006: a letter from a person with protected identity; the address only in the PDF.
      await register('protected', {
        newCase: { registryId: fx.registryId, title: 'Skrivelse om skolskjuts', publicTitle: 'Skrivelse om skolskjuts' }, description: 'Skrivelse om skolskjuts',
        counterparty: { name: 'Lena Berg', address: 'Hemlig', protectedIdentity: true }, registeredDate: '2024-05-05',
      }, ['Skrivelse', `Jag bor på ${PROTECTED_WORD} 4 och mitt barn behöver skolskjuts.`]);
      // KS-2024/00007: an internal title with a name, a public title without it; a KSNAU case.
      const ksnau = await createCase(fx.as('registrar'), { registryId: fx.registryId, title: 'Bidrag till Sven Svensson för dansbana', publicTitle: 'Bidrag till enskild för dansbana', organId: fx.organs.KSNAU });
      numbers.ksnau = ksnau.number;
      for (let i = 0; i < 6; i++) await register(`filler${i}`, { newCase: { registryId: fx.registryId, title: `Bygglov för dansbana ${i}` }, description: 'Ansökan', registeredDate: '2024-02-0' + (i + 1) });
      // KS-2024/00014: compounds with the searched word inside ("Ramavtalsupphandling") or at the end ("Grundskolans").
      await register('framework', { newCase: { registryId: fx.registryId, title: 'Ramavtalsupphandling kontorsmaterial' }, description: 'Förfrågningsunderlag', registeredDate: '2024-05-06' },
        ['Förfrågningsunderlag', 'Grundskolans inköp av kontorsmaterial under året.']);
      // KS-2024/00015–16: the same words in two titles, one with "upphandling" inside a compound (and newer, so
      // it would win a tie).
      await register('rankDirect', { newCase: { registryId: fx.registryId, title: 'Upphandling av lekplats Tallbacken' }, description: 'Beslut', registeredDate: '2024-05-07' });
      await register('rankCompound', { newCase: { registryId: fx.registryId, title: 'Lekplatsupphandling av Tallbacken' }, description: 'Beslut', registeredDate: '2024-05-08' });
      await new TextExtractionJob(database.services, { pace: false }).catchUp();
    });

    const staff = async (user: string, q: string, extra: Record<string, unknown> = {}) => (await search(fx.as(user), { q, ...extra })).items;
    const pub = async (q: string, extra: Record<string, unknown> = {}) => (await publicSearch(database.services, fx.bodyId, { q, ...extra })).items;
    const numbersOf = (items: SearchResult[]) => items.map((i) => i.number);
    const marked = (item: SearchResult | undefined) => (item?.snippet ?? []).filter((p) => p.mark).map((p) => p.text.toLowerCase());

    it('extracts the text of registered PDFs into file_texts', async () => {
      const rows = await database.db.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM file_texts WHERE status = 'done' AND text LIKE '%telefonitjänster%'`);
      expect(Number(rows.rows[0]!.n)).toBe(1);
    });

    it('inflections: "upphandling" finds the title "Upphandlingar …" and the PDF word "upphandlingen"', async () => {
      const found = numbersOf(await staff('registrar', 'upphandling'));
      expect(found).toContain(numbers['procurement:case']);
      expect(found).toContain(numbers.telephony);
    });

    it('compounds: "telefoni" finds "telefonitjänster" inside a PDF, with the word marked in the snippet', async () => {
      const items = await staff('registrar', 'telefoni');
      const hit = items.find((i) => i.number === numbers.telephony);
      expect(hit?.type).toBe('document');
      expect(marked(hit)).toContain('telefonitjänster');
      expect(hit?.snippetHtml).toContain('<mark>telefonitjänster</mark>');
    });

    it('compounds: "upphandling" finds the compound "Ramavtalsupphandling" in a title, the whole compound marked', async () => {
      const hit = (await staff('registrar', 'upphandling')).find((i) => i.number === numbers['framework:case']);
      expect(hit?.type).toBe('case');
      expect(marked(hit)).toContain('ramavtalsupphandling');
    });

    it('ranking: a title that holds the word itself comes before one that holds it only inside a compound', async () => {
      const found = numbersOf(await staff('registrar', 'tallbacken upphandling', { kind: 'case' }));
      expect(found).toEqual([numbers['rankDirect:case'], numbers['rankCompound:case']]);
    });

    it('compounds: "skola" finds "Grundskolans" inside a PDF and "avtal" finds a compound\'s middle part', async () => {
      const school = (await staff('registrar', 'skola')).find((i) => i.number === numbers.framework);
      expect(marked(school)).toContain('grundskolans');
      expect(numbersOf(await staff('registrar', 'avtal kontorsmaterial'))).toContain(numbers['framework:case']);
    });

    it('compounds: the vocabulary holds the index\'s compound stems (seven letters or more), collected as texts are stored', async () => {
      const rows = await database.db.database.db.execute<{ word: string }>(sql`SELECT word FROM search_words`);
      const words = rows.rows.map((r) => r.word);
      expect(words).toContain('ramavtalsupphandling');
      expect(words).toContain('grundskolan');
      expect(words.every((w) => w.length >= MIN_VOCABULARY_STEM)).toBe(true);
    });

    it('"upphandling telefoni" needs both words and finds the anbud by its PDF text', async () => {
      const items = await staff('registrar', 'upphandling telefoni');
      expect(numbersOf(items)).toEqual([numbers.telephony]);
    });

    it('R-REG-4: a diarienummer with a missing zero or without zeros finds the case first', async () => {
      const target = numbers['titleHit:case']!; // KS-2024/00003
      expect((await staff('registrar', target.replace('/0000', '/000')))[0]?.number).toBe(target);
      expect((await staff('registrar', 'ks 2024/3'))[0]?.number).toBe(target);
      expect((await pub(target.replace('/0000', '/000')))[0]?.number).toBe(target);
    });

    it('a misspelt title word still finds the case (trigram)', async () => {
      expect(numbersOf(await staff('registrar', 'vattenormem'))).toContain(numbers['titleHit:case']);
    });

    it('ranking: a title hit comes before a hit only in a PDF body', async () => {
      const items = await staff('registrar', 'vattenormen');
      const title = items.findIndex((i) => i.number === numbers['titleHit:case']);
      const body = items.findIndex((i) => i.number === numbers.bodyHit);
      expect(title).toBeGreaterThanOrEqual(0);
      expect(body).toBeGreaterThan(title);
    });

    it('filters: organ, date range and kind', async () => {
      expect(numbersOf(await staff('registrar', 'dansbana', { organ: 'KSNAU' }))).toEqual([numbers.ksnau]);
      expect(numbersOf(await staff('registrar', 'dansbana', { organ: fx.organs.KSNAU }))).toEqual([numbers.ksnau]);
      const feb = await staff('registrar', 'dansbana', { kind: 'case', from: '2024-01-01', to: '2024-12-31' });
      expect(feb.every((i) => i.type === 'case')).toBe(true);
      expect(await staff('registrar', 'vattenormen', { kind: 'letter', from: '2024-05-03', to: '2024-05-03' })).toMatchObject([{ number: numbers.bodyHit }]);
      expect(await staff('registrar', 'vattenormen', { kind: 'official_report' })).toEqual([]);
    });

    it('pages through results with the cursor, none twice', async () => {
      const all = numbersOf(await staff('registrar', 'dansbana', { limit: 50 }));
      expect(all.length).toBeGreaterThanOrEqual(7);
      const paged: (string | null)[] = [];
      let cursor: string | undefined;
      do {
        const page = await search(fx.as('registrar'), { q: 'dansbana', limit: 3, cursor });
        paged.push(...numbersOf(page.items));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(paged).toEqual(all);
    });

    it('R-REG-6: without secret access the secret document is not found, not even by words only inside it', async () => {
      for (const q of [SECRET_WORD, 'feningsavtal', 'priser', numbers.secret!]) {
        for (const item of await staff('registrar2', q)) {
          expect(item.number).not.toBe(numbers.secret);
          expect(JSON.stringify(item)).not.toContain(SECRET_WORD);
        }
      }
      expect(numbersOf(await staff('registrar', SECRET_WORD))).toContain(numbers.secret);
      // A part of the secret compound finds it for a reader with access only.
      expect(numbersOf(await staff('registrar', 'feningsavtal'))).toContain(numbers.secret);
    });

    it('R-REG-8: a snippet quoting a secret document is logged as a read', async () => {
      await staff('ksOnly', 'priser');
      const rows = await database.db.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events
        WHERE action = 'document.search_hit' AND actor_id = ${fx.userId('ksOnly')} AND secret_access`);
      expect(Number(rows.rows[0]!.n)).toBe(1);
    });

    it('R-REG-7: the text of a document with a protected person is searched only with protected-data access', async () => {
      expect(numbersOf(await staff('registrar2', PROTECTED_WORD))).toEqual([]);
      expect(numbersOf(await staff('registrar', PROTECTED_WORD))).toEqual([numbers.protected]);
    });

    it('public search: public titles only, portal addresses', async () => {
      expect(await pub('Svensson')).toEqual([]);
      const [hit] = await pub('dansbana', { kind: 'case', organ: 'ksnau' });
      expect(hit).toMatchObject({ type: 'case', number: numbers.ksnau, title: 'Bidrag till enskild för dansbana', url: `/arenden/${numbers.ksnau!.toLowerCase().replace('/', '-')}` });
      const [doc] = await pub('telefoni');
      expect(doc).toMatchObject({ type: 'document', number: numbers.telephony });
      expect(doc!.url).toMatch(/^\/handlingar\/[0-9a-f-]{36}$/);
    });

    it('public search: no hit and no snippet from secret or protected text', async () => {
      for (const q of [SECRET_WORD, 'feningsavtal', 'avtal', 'priser', PROTECTED_WORD, 'viksgränd', 'Lena Berg', 'anbud']) {
        const text = JSON.stringify(await pub(q));
        expect(text, q).not.toContain(SECRET_WORD);
        expect(text, q).not.toContain(PROTECTED_WORD);
        expect(text, q).not.toContain(numbers.secret);
        expect(text, q).not.toContain(numbers.protected);
      }
    });

    it('rejects an empty query, an unknown kind, a reversed date range and a forged cursor, naming the fields', async () => {
      const fields = async (input: Record<string, unknown>) => (await errorOf(() => search(fx.as('registrar'), input))).errors.map((e) => e.field);
      expect(await fields({ q: '  ' })).toEqual(['q']);
      expect(await fields({ q: 'plan', kind: 'secret' })).toEqual(['kind']);
      expect(await fields({ q: 'plan', from: '2024-05-01', to: '2024-04-01' })).toEqual(['to']);
      expect(await fields({ q: 'plan', cursor: 'x' })).toEqual(['cursor']);
    });
  });
}
