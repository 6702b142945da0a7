/**
 * The registry's case routes: search, create, read, edit with optimistic locking, history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';

let demo: DemoApp;
let registrar: Client, officer: Client, auditor: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  demo = await startDemoApp();
  registrar = await loginAs(demo.app, 'registrator');
  officer = await loginAs(demo.app, 'handlaggare');
  auditor = await loginAs(demo.app, 'granskare');
  ids = await demoIds(demo);
});
afterAll(async () => { await demo?.close(); });

const CASE_KEYS = ['caseOfficer', 'classificationCode', 'closedAt', 'documentCount', 'id', 'number', 'openedAt', 'organId', 'publicTitle', 'status', 'title', 'version'];

describe('GET /cases', () => {
  it('lists cases newest number first with the documented shape and a cursor', async () => {
    const res = await registrar.get('/cases?limit=5');
    expect(res.statusCode).toBe(200);
    const page = res.json() as { items: Record<string, unknown>[]; nextCursor: string | null };
    expect(page.items).toHaveLength(5);
    for (const key of CASE_KEYS) expect(page.items[0]).toHaveProperty(key);
    const numbers = page.items.map((c) => c.number as string);
    expect(numbers).toEqual([...numbers].sort().reverse());
    expect(page.nextCursor).toEqual(expect.any(String));
    const next = (await registrar.get(`/cases?limit=5&cursor=${encodeURIComponent(page.nextCursor!)}`)).json() as { items: { number: string }[] };
    expect(next.items[0]!.number < numbers[4]!).toBe(true);
  });

  it('finds a case by number (q) and by a word of its title, and filters on status', async () => {
    expect((await registrar.get('/cases?q=KS-2024/00456')).json().items[0]).toMatchObject({ number: 'KS-2024/00456' });
    const found = (await registrar.get(`/cases?q=${encodeURIComponent('upphandlingar')}`)).json().items as { number: string }[];
    expect(found.map((c) => c.number)).toEqual(expect.arrayContaining(['KS-2024/00410', 'KS-2024/00415', 'KS-2024/00420']));
    const closed = (await registrar.get('/cases?status=closed&limit=100')).json().items as { status: string }[];
    expect(closed.every((c) => c.status === 'closed')).toBe(true);
  });

  it('answers 400 for a limit over 100 or an unknown status', async () => {
    expectProblem(await registrar.get('/cases?limit=101'), 400, 'validation');
    expectProblem(await registrar.get('/cases?status=archived'), 400, 'validation');
  });
});

describe('POST /cases', () => {
  it('R-REG-4: creates a case with the next number of the year (201)', async () => {
    const res = await registrar.post('/cases', { registryId: ids.registryId('KS'), title: 'Medborgarförslag om fler parkbänkar', classificationCode: '1.2' });
    expect(res.statusCode).toBe(201);
    const year = new Date().getFullYear();
    expect(res.json()).toMatchObject({ title: 'Medborgarförslag om fler parkbänkar', publicTitle: 'Medborgarförslag om fler parkbänkar', status: 'open', version: 1, documentCount: 0, classificationCode: '1.2' });
    expect(res.json().number).toMatch(new RegExp(`^KS-${year}/\\d{5}$`));
  });

  it('answers 400 naming the field for an invalid title, and 403 for auditors', async () => {
    const bad = expectProblem(await registrar.post('/cases', { registryId: ids.registryId('KS'), title: 'Rad 1\nRad 2' }), 400, 'validation');
    expect(bad.errors).toEqual([expect.objectContaining({ field: 'title' })]);
    expectProblem(await auditor.post('/cases', { registryId: ids.registryId('KS'), title: 'Granskarens ärende' }), 403, 'forbidden');
  });
});

describe('GET /cases/:id', () => {
  it('answers the case with its documents in number order', async () => {
    const res = await registrar.get(`/cases/${ids.caseId('KS-2024/00456')}`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { number: string; documents: { number: string; caseNumber: string; direction: string; files: unknown[] }[] };
    expect(body.number).toBe('KS-2024/00456');
    expect(body.documents.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `KS-2024/00456-${n}`));
    expect(body.documents.every((d) => d.caseNumber === 'KS-2024/00456')).toBe(true);
    // The report and the compilation carry their PDF; the grant applications behind the compilation are registry entries.
    expect(body.documents.map((d) => d.files.length)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(body.documents.slice(2).every((d) => d.direction === 'incoming')).toBe(true);
  });

  it('answers 404 for unknown and malformed ids', async () => {
    expectProblem(await registrar.get('/cases/3f0c6a52-6d0e-4a2b-9c55-0d6c1e0b7a41'), 404, 'not_found');
    expectProblem(await registrar.get('/cases/not-an-id'), 404, 'not_found');
  });
});

describe('PATCH /cases/:id', () => {
  it('edits with the current version; a stale version is 409 and the first edit is kept', async () => {
    const created = (await registrar.post('/cases', { registryId: ids.registryId('KS'), title: 'Att redigera' })).json() as { id: string; version: number };
    const first = await registrar.patch(`/cases/${created.id}`, { version: created.version, title: 'Första redigeringen', caseOfficerId: officer.user.id });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ title: 'Första redigeringen', version: 2, caseOfficer: { id: officer.user.id, displayName: 'Sanna Grahn' } });
    const stale = expectProblem(await officer.patch(`/cases/${created.id}`, { version: created.version, title: 'Andra redigeringen' }), 409, 'conflict');
    expect(stale.detail).toMatch(/ändrats av någon annan/);
    expect((await registrar.get(`/cases/${created.id}`)).json()).toMatchObject({ title: 'Första redigeringen', version: 2 });
  });

  it('closes a case, and answers 400 without a version and 403 for auditors', async () => {
    const created = (await registrar.post('/cases', { registryId: ids.registryId('KS'), title: 'Att avsluta' })).json() as { id: string };
    expect((await registrar.patch(`/cases/${created.id}`, { version: 1, status: 'closed' })).json()).toMatchObject({ status: 'closed', closedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const missing = expectProblem(await registrar.patch(`/cases/${created.id}`, { title: 'Utan version' }), 400, 'validation');
    expect(missing.errors).toEqual([expect.objectContaining({ field: 'version' })]);
    expectProblem(await auditor.patch(`/cases/${created.id}`, { version: 2, title: 'Granskad' }), 403, 'forbidden');
  });
});

describe('GET /cases/:id/history', () => {
  it('lists the changes of a case with actor and action, oldest first', async () => {
    const created = (await registrar.post('/cases', { registryId: ids.registryId('KS'), title: 'Med historik' })).json() as { id: string; number: string };
    await registrar.patch(`/cases/${created.id}`, { version: 1, title: 'Med historik, ändrad' });
    const res = await officer.get(`/cases/${created.id}/history`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { at: string; actor: string; action: string; details: Record<string, unknown> }[];
    expect(items.map((i) => [i.action, i.actor])).toEqual([['case.create', 'Karolina Abrahamsson'], ['case.update', 'Karolina Abrahamsson']]);
    expect(items[0]!.details).toMatchObject({ number: created.number });
    expect(items[1]!.details).toMatchObject({ fields: ['title'] });
    expect(Date.parse(items[0]!.at)).not.toBeNaN();
  });

  it('answers 404 for an unknown case', async () => {
    expectProblem(await registrar.get('/cases/3f0c6a52-6d0e-4a2b-9c55-0d6c1e0b7a41/history'), 404, 'not_found');
  });
});
