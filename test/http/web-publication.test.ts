/**
 * Finding F14 (issue 13): a letter from a private person, registered by a case officer, was at once on the public
 * case page with a downloadable PDF, and its text was found by public search. Being a public record is not being
 * published on the web (R-PUB-1): registration records the decision (the kind's default or the registrar's
 * choice), registrars publish and withdraw with a reason (audited), a withdrawal leaves every public surface at
 * once — kept pages included — and a list shows what was published and withdrawn, when and by whom.
 */
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { textPdf } from '../../src/demo/pdf.ts';
import { TextExtractionJob } from '../../src/search/textJob.ts';
import { defaultWebPublication } from '../../src/domain/webPublication.ts';
import { caseSlug } from '../../src/portal/urls.ts';
import { publishDocument, withdrawPublication } from '../../src/use-cases/publication/publish.ts';
import type { Actor } from '../../src/policies/actor.ts';
import { expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';

let demo: DemoApp;
let cached: FastifyInstance;
let registrar: Client;
let officer: Client;
let registryId = '';
let bodyId = '';
/** The demo's documents as loaded, with whether each is published. */
let demoDocs: DemoDocument[] = [];

interface DemoDocument {
  id: string; number: string; kind: string; direction: string; secret: boolean; counterparty_name: string | null; counterparty_organisation: string | null;
  counterparty_protected: boolean; published: boolean;
}

/** A word that occurs only inside the letter's PDF, never in its metadata. */
const MARKER = 'Zorblixfjordsk';
const SENDER = 'Gunnel Pettersson';

interface Registered { id: string; caseId: string; caseNumber: string; number: string; files: { id: string }[] }

async function registerLetter(client: Client, extra: Record<string, unknown> = {}, marker = MARKER): Promise<Registered> {
  const pdf = await textPdf('Synpunkter på gatubelysningen', `Från ${SENDER}`, `Hej! Jag heter ${SENDER} och bor på Storgatan 1. ${marker} är ordet. Lampan utanför är trasig.`);
  const res = await client.register({
    newCase: { registryId, title: `Synpunkt på gatubelysning från ${SENDER}`, publicTitle: 'Synpunkt på gatubelysning' },
    kind: 'letter', direction: 'incoming', registeredDate: '2024-05-02', description: 'Synpunkter på gatubelysningen', publicDescription: 'Synpunkter på gatubelysningen',
    counterparty: { name: SENDER, address: 'Storgatan 1, 903 26 Umeå' }, ...extra,
  }, { name: 'brev.pdf', bytes: pdf, contentType: 'application/pdf' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Registered;
}

const get = (url: string) => demo.app.inject({ method: 'GET', url });
const casePage = (doc: Registered) => get(`/arenden/${caseSlug(doc.caseNumber)}`);
const publicSearch = (q: string) => get(`/sok?q=${encodeURIComponent(q)}`);
const extractTexts = () => new TextExtractionJob(demo.db.services, { pace: false }).catchUp();

interface Status { published: boolean; defaultPublished: boolean; publishable: boolean; reason: string; mayChange: boolean; history: { basis: string; publishedBy: { displayName: string } | null; withdrawnAt: string | null; withdrawnBy: { displayName: string } | null; withdrawalReason: string | null }[] }
const status = async (client: Client, id: string): Promise<Status> => {
  const res = await client.get(`/documents/${id}/publication`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Status;
};

/** Everything the public can reach of a document's file: the case page's link, the download, search, open data. */
async function publicSurfaces(doc: Registered) {
  const fileId = doc.files[0]!.id;
  const page = await casePage(doc);
  expect(page.statusCode).toBe(200);
  const search = await publicSearch(MARKER);
  return {
    registerShowsDocument: page.body.includes(doc.number),
    pageLinksFile: page.body.includes(fileId),
    pageNamesSender: page.body.includes(SENDER),
    download: (await get(`/filer/${fileId}`)).statusCode,
    searchFinds: search.body.includes(doc.number) || search.body.includes(doc.caseNumber),
    oparlFile: (await get(`/oparl/v1.1/file/${fileId}`)).statusCode,
  };
}

beforeAll(async () => {
  demo = await startDemoApp();
  // A second app on the same database with the page cache on, as the server runs it.
  cached = await buildApp({ services: demo.db.services, config: demo.config, pageCacheMs: 60_000 });
  await cached.ready();
  registrar = await loginAs(demo.app, 'registrator');
  officer = await loginAs(demo.app, 'handlaggare');
  [{ id: registryId }] = await demo.query<{ id: string }>(`SELECT id FROM registries WHERE code = 'KS'`);
  [{ id: bodyId }] = await demo.query<{ id: string }>('SELECT id FROM bodies');
  demoDocs = await demo.query<DemoDocument>(`
    SELECT d.id, d.number, d.kind, d.direction, d.counterparty_name, d.counterparty_organisation, d.counterparty_protected,
      EXISTS (SELECT 1 FROM secrecy_marks m WHERE m.document_id = d.id AND m.released_at IS NULL) AS secret,
      EXISTS (SELECT 1 FROM web_publications p WHERE p.document_id = d.id AND p.withdrawn_at IS NULL) AS published
    FROM documents d`);
}, 120_000);
afterAll(async () => {
  await cached?.close();
  await demo?.close();
});

describe('F14: a private person\'s letter registered by a case officer', () => {
  let letter: Registered;

  beforeAll(async () => {
    letter = await registerLetter(officer);
    await extractTexts();
  }, 60_000);

  it('R-PUB-1: is recorded as not published, by the default, in the audit event of the registration', async () => {
    const s = await status(registrar, letter.id);
    expect(s).toMatchObject({ published: false, defaultPublished: false, publishable: true, reason: 'private_person', mayChange: true, history: [] });
    expect((await status(officer, letter.id)).mayChange).toBe(false);
    const [audit] = await demo.query<{ details: Record<string, unknown> }>(`SELECT details FROM audit_events WHERE action = 'document.register' AND entity_id = '${letter.id}'`);
    expect(audit.details).toMatchObject({ webPublished: false, webPublicationBasis: 'default' });
  });

  it('R-PUB-1, R-REG-3: the public register shows its metadata, but no file, no sender\'s name, no search hit and no open-data file', async () => {
    expect(await publicSurfaces(letter)).toEqual({
      registerShowsDocument: true, pageLinksFile: false, pageNamesSender: false, download: 404, searchFinds: false, oparlFile: 404,
    });
  });

  it('R-PUB-1: the case page says how anyone can ask for any public record', async () => {
    const page = await casePage(letter);
    expect(page.body).toContain('Du kan begära ut allmänna handlingar hos');
    expect(page.body).toContain('registratur');
    expect(page.body).toContain(letter.caseNumber);
  });

  it('R-PUB-1: a case officer may not publish it, at registration or later (403); a registrar may', async () => {
    const refused = await officer.register({ kind: 'letter', direction: 'incoming', registeredDate: '2024-05-02', description: 'Brev', caseId: letter.caseId, counterparty: { name: SENDER }, webPublication: true });
    const problem = expectProblem(refused, 400, 'validation');
    expect(JSON.stringify(problem)).toContain('webPublication');
    expectProblem(await officer.post(`/documents/${letter.id}/publication`), 403, 'forbidden');
    expect((await status(registrar, letter.id)).published).toBe(false);
  });

  it('R-PUB-1: publishing puts the file on every public surface; publishing twice is a conflict', async () => {
    const res = await registrar.post(`/documents/${letter.id}/publication`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ published: true, history: [{ basis: 'choice', publishedBy: { displayName: expect.any(String) }, withdrawnAt: null }] });
    expectProblem(await registrar.post(`/documents/${letter.id}/publication`), 409, 'conflict');
    const [audit] = await demo.query<{ count: number }>(`SELECT count(*)::int AS count FROM audit_events WHERE action = 'document.web_publish' AND entity_id = '${letter.id}'`);
    expect(audit.count).toBe(1);
    expect(await publicSurfaces(letter)).toEqual({
      registerShowsDocument: true, pageLinksFile: true, pageNamesSender: false, download: 200, searchFinds: true, oparlFile: 200,
    });
  });

  it('R-PUB-1: withdrawing needs a reason, is audited without it, and takes the file off every public surface at once', async () => {
    expectProblem(await registrar.post(`/documents/${letter.id}/publication/withdraw`, {}), 400, 'validation');
    const res = await registrar.post(`/documents/${letter.id}/publication/withdraw`, { reason: 'Avsändaren bad om det; innehåller en hemadress.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ published: false, history: [{ withdrawalReason: 'Avsändaren bad om det; innehåller en hemadress.', withdrawnBy: { displayName: expect.any(String) } }] });
    const [audit] = await demo.query<{ details: Record<string, unknown> }>(`SELECT details FROM audit_events WHERE action = 'document.web_withdraw' AND entity_id = '${letter.id}'`);
    expect(JSON.stringify(audit.details)).not.toContain('hemadress');
    expect(await publicSurfaces(letter)).toMatchObject({ registerShowsDocument: true, pageLinksFile: false, download: 404, searchFinds: false, oparlFile: 404 });
    expectProblem(await registrar.post(`/documents/${letter.id}/publication/withdraw`, { reason: 'igen' }), 409, 'conflict');
  });
});

describe('the registrar\'s choice at registration', () => {
  it('R-PUB-1: a registrar may publish a private person\'s letter when registering it, or keep an official report off the web', async () => {
    const letter = await registerLetter(registrar, { webPublication: true }, 'Kvastbyxfjol');
    expect(await status(registrar, letter.id)).toMatchObject({ published: true, defaultPublished: false, history: [{ basis: 'choice', withdrawnAt: null }] });
    const report = await registrar.register({
      caseId: letter.caseId, kind: 'official_report', direction: 'internal', registeredDate: '2024-05-03', description: 'Tjänsteskrivelse', webPublication: false,
    });
    expect(report.statusCode, report.body).toBe(201);
    expect(await status(registrar, (report.json() as Registered).id)).toMatchObject({ published: false, defaultPublished: true, history: [] });
    const byDefault = await officer.register({ caseId: letter.caseId, kind: 'decision', direction: 'internal', registeredDate: '2024-05-03', description: 'Beslut' });
    expect(await status(registrar, (byDefault.json() as Registered).id)).toMatchObject({ published: true, history: [{ basis: 'default' }] });
  });

  it('R-PUB-1, R-REG-5, R-REG-7: a secret-marked or protected document is never published, even when asked (400, and 409 later)', async () => {
    const [ks] = await demo.query<{ id: string }>(`SELECT id FROM organs WHERE code = 'KS'`);
    const secret = await registrar.register({
      newCase: { registryId, title: 'Hemligt', publicTitle: 'Ärende' }, kind: 'official_report', direction: 'internal', registeredDate: '2024-05-03', description: 'Utredning',
      secrecy: { legalGround: 'OSL 19 kap. 3 §', organId: ks.id }, webPublication: true,
    });
    expect(JSON.stringify(expectProblem(secret, 400, 'validation'))).toContain('sekretessmarkerad handling publiceras aldrig');
    const protectedLetter = await registrar.register({
      newCase: { registryId, title: 'Skrivelse', publicTitle: 'Skrivelse' }, kind: 'letter', direction: 'incoming', registeredDate: '2024-05-03', description: 'Skrivelse',
      counterparty: { name: 'Skyddad Person', protectedIdentity: true },
    });
    expect(protectedLetter.statusCode, protectedLetter.body).toBe(201);
    const id = (protectedLetter.json() as Registered).id;
    expect(await status(registrar, id)).toMatchObject({ published: false, publishable: false, reason: 'protected' });
    expectProblem(await registrar.post(`/documents/${id}/publication`), 409, 'conflict');
    expect(await status(registrar, id)).toMatchObject({ published: false, history: [] });
  });
});

describe('a secrecy mark set later', () => {
  it('R-PUB-1, R-REG-5: withdraws the publication at once; releasing the mark does not publish it again', async () => {
    const [ks] = await demo.query<{ id: string }>(`SELECT id FROM organs WHERE code = 'KS'`);
    const res = await registrar.register({
      newCase: { registryId, title: 'Utredning', publicTitle: 'Utredning' }, kind: 'official_report', direction: 'internal', registeredDate: '2024-05-03', description: 'Utredning',
    }, { name: 'utredning.pdf', bytes: await textPdf('Utredning', 'KS', 'Text'), contentType: 'application/pdf' });
    const report = res.json() as Registered;
    expect(await status(registrar, report.id)).toMatchObject({ published: true, history: [{ basis: 'default', withdrawnAt: null }] });
    const marked = await registrar.post(`/documents/${report.id}/secrecy`, { legalGround: 'OSL 19 kap. 3 §', organId: ks.id });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(await status(registrar, report.id)).toMatchObject({
      published: false, publishable: false, reason: 'secret',
      history: [{ withdrawalReason: 'Sekretessmarkerad (OSL 19 kap. 3 §)', withdrawnBy: { displayName: expect.any(String) } }],
    });
    const released = await registrar.post(`/documents/${report.id}/secrecy/release`, { reason: 'Prövad: inget sekretessbelagt.' });
    expect(released.statusCode, released.body).toBe(200);
    expect(await status(registrar, report.id)).toMatchObject({ published: false, publishable: true, history: [{ withdrawnAt: expect.any(String) }] });
    expect((await get(`/filer/${report.files[0]!.id}`)).statusCode).toBe(404);
  });
});

describe('a withdrawal and the kept public pages', () => {
  it('R-PUB-1: empties the kept pages of every app of the process at once, wherever the withdrawal was made', async () => {
    const letter = await registerLetter(registrar, { webPublication: true }, 'Plimsoftkrona');
    const url = `/arenden/${caseSlug(letter.caseNumber)}`;
    expect((await cached.inject({ method: 'GET', url })).statusCode).toBe(200);
    const [{ name }] = await demo.query<{ name: string }>('SELECT name FROM bodies');
    await demo.query(`UPDATE bodies SET name = 'Cachestad kommun'`);
    try {
      // Still the kept copy: nothing went through the cached app. (On PostgreSQL the registration's own
      // notification may reach the cached app at any moment, so only the embedded store can show this.)
      if (!demo.db.databaseUrl) expect((await cached.inject({ method: 'GET', url })).body).not.toContain('Cachestad kommun');
      // Withdrawn by another process's code path (here the use case itself, not a request to this app).
      const actor: Actor = { userId: registrar.user.id, bodyId, roles: ['registrar'], protectedDataAccess: false, organAccess: new Map() };
      await withdrawPublication({ ...demo.db.services, actor }, letter.id, { reason: 'Fel handling publicerad' });
      expect((await cached.inject({ method: 'GET', url })).body).toContain('Cachestad kommun');
      // Publishing again is a new row, and a change as well.
      await cached.inject({ method: 'GET', url });
      await demo.query(`UPDATE bodies SET name = 'Andrastad kommun'`);
      await publishDocument({ ...demo.db.services, actor }, letter.id);
      expect((await cached.inject({ method: 'GET', url })).body).toContain('Andrastad kommun');
    } finally {
      await demo.query(`UPDATE bodies SET name = '${name.replace(/'/g, "''")}'`);
    }
    expect((await status(registrar, letter.id)).history.map((h) => h.withdrawnAt === null)).toEqual([false, true]);
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))('R-PUB-1: on PostgreSQL, hears a change committed by another server process (NOTIFY)', async () => {
    if (!demo.db.databaseUrl) return; // this suite's backend is PGlite: one process, nothing to hear
    const url = '/anslagstavla';
    expect((await cached.inject({ method: 'GET', url })).statusCode).toBe(200);
    const [{ name }] = await demo.query<{ name: string }>('SELECT name FROM bodies');
    await demo.query(`UPDATE bodies SET name = 'Fjärrstad kommun'`);
    try {
      await demo.query(`SELECT pg_notify('namnd_public_change', '${bodyId}')`);
      let body = '';
      for (let i = 0; i < 200 && !body.includes('Fjärrstad kommun'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        body = (await cached.inject({ method: 'GET', url })).body;
      }
      expect(body).toContain('Fjärrstad kommun');
    } finally {
      await demo.query(`UPDATE bodies SET name = '${name.replace(/'/g, "''")}'`);
    }
  });
});

describe('the list of publications', () => {
  it('R-PUB-1: shows what was published and withdrawn, when, by whom and why, newest first, page by page; registrars and auditors only', async () => {
    const first = await registrar.get('/publications?limit=2');
    expect(first.statusCode, first.body).toBe(200);
    const page = first.json() as { items: { id: string; document: { number: string }; publishedBy: { displayName: string } | null; withdrawnAt: string | null; withdrawalReason: string | null }[]; nextCursor: string | null };
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).toBeTruthy();
    const second = (await registrar.get(`/publications?limit=2&cursor=${encodeURIComponent(page.nextCursor!)}`)).json() as typeof page;
    expect(second.items.map((i) => i.id).some((id) => page.items.some((p) => p.id === id))).toBe(false);
    const withdrawn = (await registrar.get('/publications?state=withdrawn&limit=100')).json() as typeof page;
    expect(withdrawn.items.length).toBeGreaterThanOrEqual(2);
    expect(withdrawn.items.every((i) => i.withdrawnAt !== null && i.withdrawalReason)).toBe(true);
    const chosen = (await registrar.get('/publications?basis=choice&limit=100')).json() as typeof page;
    expect(chosen.items.every((i) => i.publishedBy?.displayName)).toBe(true);
    expect((await (await loginAs(demo.app, 'granskare')).get('/publications')).statusCode).toBe(200);
    expectProblem(await officer.get('/publications'), 404, 'not_found');
    expectProblem(await registrar.get('/publications?state=x'), 400, 'validation');
  });
});

describe('the data', () => {
  it('R-PUB-1: publications are never deleted; a withdrawn one never changes; one active per document', async () => {
    const [row] = await demo.query<{ id: string; document_id: string }>('SELECT id, document_id FROM web_publications WHERE withdrawn_at IS NOT NULL LIMIT 1');
    /** The database's own message of a refused statement (the driver wraps it). */
    const refusal = (statement: string) => demo.query(statement).then(() => 'accepted', (e: { message: string; cause?: { message?: string } }) => e.cause?.message ?? e.message);
    expect(await refusal(`DELETE FROM web_publications WHERE id = '${row.id}'`)).toMatch(/not allowed/);
    expect(await refusal(`UPDATE web_publications SET withdrawal_reason = 'x' WHERE id = '${row.id}'`)).toMatch(/cannot change/);
    const [active] = await demo.query<{ id: string; document_id: string; body_id: string }>('SELECT id, document_id, body_id FROM web_publications WHERE withdrawn_at IS NULL LIMIT 1');
    expect(await refusal(`UPDATE web_publications SET published_at = now() - interval '1 day' WHERE id = '${active.id}'`)).toMatch(/only be withdrawn/);
    expect(await refusal(`UPDATE web_publications SET withdrawn_at = now() WHERE id = '${active.id}'`)).toMatch(/web_publications_withdrawal_complete/);
    expect(await refusal(`INSERT INTO web_publications (body_id, document_id, basis) VALUES ('${active.body_id}', '${active.document_id}', 'choice')`)).toMatch(/web_publications_one_active/);
    expect(await refusal('TRUNCATE web_publications')).toMatch(/not allowed/);
  });

  it('R-PUB-1: the demo is published by the default rule: private persons\' letters, secret and protected documents are not', async () => {
    expect(demoDocs.length).toBeGreaterThan(20);
    for (const d of demoDocs) {
      const rule = defaultWebPublication({ kind: d.kind, direction: d.direction, secret: d.secret, counterpartyName: d.counterparty_name, counterpartyOrganisation: d.counterparty_organisation, counterpartyProtected: d.counterparty_protected });
      expect(d.published, `${d.number} ${d.kind}`).toBe(rule.published);
    }
    expect(demoDocs.some((d) => d.published)).toBe(true);
    expect(demoDocs.filter((d) => d.kind === 'letter' && d.counterparty_name && !d.counterparty_organisation).every((d) => !d.published)).toBe(true);
  });

  it('R-PUB-1: the migration\'s backfill is the TypeScript rule once more in SQL', async () => {
    const migration = fs.readFileSync(new URL('../../drizzle/0019_web_publications.sql', import.meta.url), 'utf8');
    const select = /INSERT INTO "web_publications"[^\n]*\n(SELECT[\s\S]*?);\n/.exec(migration)?.[1];
    expect(select).toBeTruthy();
    const backfilled = new Set((await demo.query<{ document_id: string }>(select!.replace(/^SELECT[^\n]*\n/, 'SELECT d.id AS document_id\n'))).map((r) => r.document_id));
    const all = await demo.query<{ id: string; kind: string; direction: string; secret: boolean; counterparty_name: string | null; counterparty_organisation: string | null; counterparty_protected: boolean }>(`
      SELECT d.id, d.kind, d.direction, d.counterparty_name, d.counterparty_organisation, d.counterparty_protected,
        EXISTS (SELECT 1 FROM secrecy_marks m WHERE m.document_id = d.id AND m.released_at IS NULL) AS secret FROM documents d`);
    let published = 0;
    for (const d of all) {
      const rule = defaultWebPublication({ kind: d.kind, direction: d.direction, secret: d.secret, counterpartyName: d.counterparty_name, counterpartyOrganisation: d.counterparty_organisation, counterpartyProtected: d.counterparty_protected });
      expect(backfilled.has(d.id), `${d.kind} ${d.direction} ${d.counterparty_name}/${d.counterparty_organisation}`).toBe(rule.published);
      if (rule.published) published++;
    }
    expect(published).toBeGreaterThan(0);
    expect(published).toBeLessThan(all.length);
  });
});
