/**
 * Synthetic Swedish registry for the search benchmark, generated in the database with bulk SQL: one body with
 * six organs, 25,000 cases and 100,000 documents (four per case), each with one PDF file whose extracted text
 * (about 150 words) is in file_texts, 2% of the documents secret-marked. Words are drawn from a municipal
 * vocabulary (inflected forms and compounds included) with a skew towards the common ones, so broad words hit
 * tens of thousands of documents and rare ones a few. The compound vocabulary gets 350,000 more stems, as many as
 * the texts of a real registry would leave there.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';

const COMMON = ['kommunen', 'beslut', 'förslag', 'ärendet', 'nämnden', 'kommunstyrelsen', 'yttrande', 'underlag', 'verksamheten', 'ekonomi',
  'budget', 'planering', 'uppdrag', 'redovisning', 'inkommit', 'handläggning', 'skrivelse', 'samråd', 'utredning', 'åtgärder',
  'ansökan', 'bidrag', 'avtal', 'kostnader', 'investering', 'förvaltningen', 'medborgare', 'information', 'rapport', 'uppföljning'];
const MIDDLE = ['upphandling', 'upphandlingar', 'upphandlingen', 'detaljplan', 'detaljplanen', 'bygglov', 'bygglovet', 'förskola', 'förskolor',
  'grundskola', 'gymnasieskolan', 'äldreomsorg', 'hemtjänst', 'socialtjänsten', 'bostäder', 'hyresavtal', 'lokaler', 'fastigheter',
  'vatten', 'avlopp', 'renhållning', 'avfall', 'gatubelysning', 'trafiksäkerhet', 'cykelvägar', 'kollektivtrafik', 'parkering',
  'miljötillstånd', 'tillsyn', 'folkhälsa', 'kultur', 'bibliotek', 'idrottshall', 'simhall', 'föreningsbidrag', 'näringsliv',
  'turism', 'digitalisering', 'bredband', 'telefoni', 'telefonitjänster', 'it-system', 'e-tjänster', 'arkiv', 'personal',
  'rekrytering', 'arbetsmiljö', 'jämställdhet', 'tillgänglighet', 'klimatanpassning', 'klimatneutralitet', 'energi', 'solceller',
  'laddinfrastruktur', 'krisberedskap', 'räddningstjänst', 'brandskydd', 'skolskjuts', 'integration', 'revision', 'revisionsrapport',
  'motion', 'medborgarförslag', 'interpellation', 'taxa', 'taxor', 'avgifter', 'markanvändning', 'exploatering', 'översiktsplan'];
const RARE = ['vattenormen', 'hundrastgård', 'dansbana', 'konstgräsplan', 'isbana', 'skatepark', 'fågeltorn', 'vindskydd', 'lekplats',
  'badplats', 'båthamn', 'kyrkogård', 'minnessten', 'julbelysning', 'torghandel', 'matsvinn', 'skolmåltider', 'läsfrämjande',
  'sommarlovsaktiviteter', 'fritidsgård', 'ungdomsråd', 'pensionärsråd', 'vänort', 'taiwan', 'stadsodling', 'pollinatörer',
  'dagvatten', 'översvämning', 'snöröjning', 'halkbekämpning', 'viltolyckor', 'älgstängsel', 'fiskevård', 'naturreservat',
  'laboratorietjänster', 'hörsalsstolar', 'serviceavtal', 'telefoniplattform', 'växelfunktion', 'kopiatorer'];
const FILLER = ['och', 'att', 'i', 'för', 'som', 'med', 'på', 'av', 'till', 'om', 'enligt', 'inom', 'under', 'det', 'en', 'ett'];

const literal = (words: string[]): string => `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]`;

/** The words the benchmark queries pick from. */
export const vocabulary = { common: COMMON, middle: MIDDLE, rare: RARE };

export const SEED = { organs: ['KS', 'KSNAU', 'BUN', 'SBN', 'MHN', 'KF'], cases: 25_000, documentsPerCase: 4, vocabulary: 300_000, compounds: 50_000 };

export async function seedSearchData(db: Db): Promise<{ bodyId: string; organIds: string[] }> {
  // Each call draws new words: filler half the time, else common (skewed to the first), middle or rare ones.
  await db.execute(sql.raw(`CREATE OR REPLACE FUNCTION bench_text(n int) RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT string_agg(CASE WHEN r < 0.45 THEN f[1 + floor(random() * ${FILLER.length})::int]
      WHEN r < 0.80 THEN c[1 + floor(power(random(), 2) * ${COMMON.length})::int]
      WHEN r < 0.985 THEN m[1 + floor(power(random(), 1.5) * ${MIDDLE.length})::int]
      ELSE x[1 + floor(random() * ${RARE.length})::int] END, ' ')
    FROM (SELECT random() AS r, ${literal(FILLER)} AS f, ${literal(COMMON)} AS c, ${literal(MIDDLE)} AS m, ${literal(RARE)} AS x
      FROM generate_series(1, n)) w $$`));
  const body = await db.execute<{ id: string }>(sql`INSERT INTO bodies (code, name) VALUES ('BENCH', 'Benchmarks kommun') RETURNING id`);
  const bodyId = body.rows[0]!.id;
  const organIds: string[] = [];
  for (const code of SEED.organs) {
    const row = await db.execute<{ id: string }>(sql`INSERT INTO organs (body_id, code, name, kind) VALUES (${bodyId}, ${code}, ${`Organ ${code}`}, 'committee') RETURNING id`);
    organIds.push(row.rows[0]!.id);
  }
  const organs = sql.raw(`ARRAY[${organIds.map((id) => `'${id}'::uuid`).join(',')}]`);
  const reg = await db.execute<{ id: string }>(sql`INSERT INTO registries (body_id, code, name, organ_id) VALUES (${bodyId}, 'KS', 'Kommunstyrelsens diarium', ${organIds[0]}) RETURNING id`);
  const registryId = reg.rows[0]!.id;
  await db.execute(sql`
    INSERT INTO cases (body_id, registry_id, year, seq, number, title, public_title, organ_id, opened_at, last_document_seq)
    SELECT ${bodyId}, ${registryId}, 2015 + g % 10, g, 'KS-' || (2015 + g % 10) || '/' || lpad(g::text, 5, '0'), t, t,
      (${organs})[1 + g % ${SEED.organs.length}], make_date(2015 + g % 10, 1 + g % 12, 1 + g % 28), ${SEED.documentsPerCase}
    FROM generate_series(1, ${SEED.cases}) g, LATERAL (SELECT initcap(bench_text(3 + g % 5)) || ' ' || g % 97 AS t) title`);
  await db.execute(sql`
    INSERT INTO documents (body_id, case_id, seq, number, kind, direction, registered_date, description, public_description)
    SELECT c.body_id, c.id, k, c.number || '-' || k, (ARRAY['letter','official_report','annex','decision','statement','other'])[1 + (c.seq + k) % 6],
      'incoming', c.opened_at + k * 3, d, d
    FROM cases c, generate_series(1, ${SEED.documentsPerCase}) k, LATERAL (SELECT initcap(bench_text(6 + (c.seq + k) % 6)) AS d) description
    WHERE c.body_id = ${bodyId}`);
  await db.execute(sql`
    INSERT INTO files (body_id, document_id, name, media_type, size, sha256)
    SELECT d.body_id, d.id, 'handling.pdf', 'application/pdf', 10000, md5(d.id::text) || md5(d.number)
    FROM documents d WHERE d.body_id = ${bodyId}`);
  await db.execute(sql`
    INSERT INTO file_texts (sha256, status, pages, text)
    SELECT f.sha256, 'done', 1, bench_text(120 + (abs(hashtext(f.sha256)) % 80)) FROM files f WHERE f.body_id = ${bodyId}`);
  // Published on the web as registration would by default (letters are taken to come from private persons).
  await db.execute(sql`
    INSERT INTO web_publications (body_id, document_id, basis)
    SELECT d.body_id, d.id, 'default' FROM documents d WHERE d.body_id = ${bodyId} AND d.kind <> 'letter'`);
  await db.execute(sql`
    INSERT INTO secrecy_marks (body_id, document_id, legal_ground, organ_id)
    SELECT d.body_id, d.id, 'OSL 19 kap. 3 §', ${organIds[0]} FROM documents d WHERE d.body_id = ${bodyId} AND abs(hashtext(d.number)) % 50 = 0`);
  // The vocabulary of compounds as large as a real registry's: the texts above use few words, real PDFs hundreds
  // of thousands of distinct stems. Random letter strings, and compounds of a random modifier and a known word.
  await db.execute(sql.raw(`INSERT INTO search_words (word)
    SELECT string_agg(chr(97 + floor(random() * 26)::int), '') FROM generate_series(1, ${SEED.vocabulary}) g, generate_series(1, 7 + g % 10) l GROUP BY g`));
  await db.execute(sql.raw(`INSERT INTO search_words (word)
    SELECT string_agg(chr(97 + floor(random() * 26)::int), '') || (${literal([...COMMON, ...MIDDLE, ...RARE])})[1 + g % ${COMMON.length + MIDDLE.length + RARE.length}]
    FROM generate_series(1, ${SEED.compounds}) g, generate_series(1, 3 + g % 6) l GROUP BY g`));
  // As autovacuum would after a bulk load: statistics, and the full-text indexes' pending entries merged.
  await db.execute(sql`VACUUM ANALYZE`);
  return { bodyId, organIds };
}
