/**
 * Many requests at once: every query, inside or outside a transaction, must get the answer to its own question.
 * (The embedded store multiplexes connections onto one PGlite session; an interleaved extended-protocol exchange
 * would hand one request the rows of another.) Each test has its own database, so a wedged session cannot
 * take the other test down with it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testBackends, type TestBackend } from '../support/backends.ts';
import { createFixture, letter, useDatabase, type Fixture } from '../support/fixtures.ts';
import { registerDocument } from '../../src/use-cases/registerDocument.ts';
import { getDocument } from '../../src/use-cases/getDocument.ts';
import { listCases } from '../../src/use-cases/listCases.ts';
import { loadDocuments } from '../../src/db/repositories/documents.ts';
import type { Services } from '../../src/use-cases/context.ts';

const CASES = 20;
const TIMEOUT = 30_000;
interface Seeded { fx: Fixture; docs: { id: string; caseNumber: string; description: string; title: string }[] }

async function seed(services: Services): Promise<Seeded> {
  const fx = await createFixture(services);
  const docs: Seeded['docs'] = [];
  for (let i = 0; i < CASES; i++) {
    const title = `Ärende nummer ${i}`;
    const doc = await registerDocument(fx.as('registrar'), { metadata: letter(fx, { description: `Handling ${i}`, newCase: { registryId: fx.registryId, title } }) });
    docs.push({ id: doc.id, caseNumber: doc.caseNumber, description: doc.description, title });
  }
  return { fx, docs };
}

function seeded(backend: TestBackend): { readonly services: Services; readonly data: Seeded } {
  const database = useDatabase(backend);
  let data: Seeded | undefined;
  beforeAll(async () => { data = await seed(database.services); });
  return { get services() { return database.services; }, get data() { return data!; } };
}

for (const backend of testBackends()) {
  describe(`${backend.name}: concurrent queries with and without transactions`, () => {
    const s = seeded(backend);

    it('100 concurrent reads, in and outside transactions, each get their own rows', async () => {
      const { fx, docs } = s.data;
      const ctx = fx.as('registrar');
      const answers = await Promise.allSettled(Array.from({ length: 100 }, async (_, k) => {
        const d = docs[k % CASES]!;
        if (k % 4 === 0) return (await getDocument(ctx, d.id)).description === d.description; // in a transaction
        if (k % 2 === 1) return (await loadDocuments(s.services.db, ctx.actor, { documentId: d.id }))[0]?.description === d.description;
        return (await listCases(ctx, { q: d.caseNumber })).items[0]?.title === d.title;
      }));
      const failures = answers.map((a, k) => (a.status === 'rejected' ? `#${k}: ${String(a.reason).slice(0, 100)}` : a.value ? null : `#${k}: wrong rows`)).filter(Boolean);
      expect(failures).toEqual([]);
    }, TIMEOUT);
  });

  describe(`${backend.name}: concurrent readers with different secret access`, () => {
    const s = seeded(backend);

    it('R-REG-6: concurrent readers never receive rows filtered for someone else', async () => {
      const { fx, docs } = s.data;
      const secret = await registerDocument(fx.as('registrar'), {
        metadata: letter(fx, { description: 'Hemlig handling', secrecy: { legalGround: 'OSL 19 kap. 3 §', organId: fx.organs.KSNAU } }),
      });
      const outcomes = await Promise.allSettled(Array.from({ length: 60 }, async (_, k) => {
        const user = k % 2 ? 'registrar' : 'ksOnly'; // secret access in KSNAU, or in KS only
        if (k % 3 === 0) await getDocument(fx.as('registrar'), docs[k % CASES]!.id);
        const rows = await loadDocuments(s.services.db, fx.as(user).actor, { documentId: secret.id });
        return { user, seen: rows.map((r) => r.id) };
      }));
      const wrong = outcomes.map((o, k) => {
        if (o.status === 'rejected') return `#${k}: ${String(o.reason).slice(0, 100)}`;
        const expected = o.value.user === 'registrar' ? [secret.id] : [];
        return JSON.stringify(o.value.seen) === JSON.stringify(expected) ? null : `#${k}: ${o.value.user} saw ${JSON.stringify(o.value.seen)}`;
      }).filter(Boolean);
      expect(wrong).toEqual([]);
    }, TIMEOUT);
  });
}
