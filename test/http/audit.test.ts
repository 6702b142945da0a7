/**
 * R-REG-8: the audit log can be reviewed (GET /audit) and exported (GET /audit.csv) by auditors and admins;
 * others are told the page does not exist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { secretTextMarkers } from '../../src/demo/data.ts';

interface Item { id: number; at: string; actor: { id: string; displayName: string } | null; action: string; entityType: string; entityId: string | null; caseNumber: string | null; details: Record<string, unknown> }

let demo: DemoApp;
let auditor: Client, registrar: Client, admin: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  demo = await startDemoApp();
  auditor = await loginAs(demo.app, 'granskare');
  registrar = await loginAs(demo.app, 'registrator');
  admin = await loginAs(demo.app, 'admin');
  ids = await demoIds(demo);
  expect((await registrar.get(`/documents/${ids.documentId('KS-2024/00410-1')}`)).statusCode).toBe(200); // a logged secret read
});
afterAll(async () => { await demo?.close(); });

const items = (res: { json(): unknown }) => (res.json() as { items: Item[] }).items;

describe('GET /audit', () => {
  it('R-REG-8: shows the auditor who read which secret document, when', async () => {
    const res = await auditor.get('/audit?secretOnly=true');
    expect(res.statusCode).toBe(200);
    const read = items(res).find((e) => e.action === 'document.read' && e.entityId === ids.documentId('KS-2024/00410-1'));
    expect(read).toMatchObject({ actor: { id: registrar.user.id, displayName: 'Karolina Abrahamsson' }, entityType: 'document', caseNumber: 'KS-2024/00410' });
    expect(Date.now() - Date.parse(read!.at)).toBeLessThan(5 * 60_000);
    expect(items(res).every((e) => (e as unknown as { secretAccess: boolean }).secretAccess === true)).toBe(true);
  });

  it('R-REG-8: names the document number of document events, as documented', async () => {
    const read = items(await auditor.get('/audit?action=document.read')).find((e) => e.entityId === ids.documentId('KS-2024/00410-1'));
    expect(read).toHaveProperty('documentNumber', 'KS-2024/00410-1');
  });

  it('filters by action, actor, entity and date, newest first', async () => {
    const logins = items(await auditor.get(`/audit?action=user.login&actorId=${registrar.user.id}`));
    expect(logins.length).toBeGreaterThanOrEqual(1);
    expect(logins.every((e) => e.action === 'user.login' && e.actor?.id === registrar.user.id)).toBe(true);
    const byEntity = items(await auditor.get(`/audit?entityId=${ids.documentId('KS-2024/00410-1')}`));
    expect(byEntity.every((e) => e.entityId === ids.documentId('KS-2024/00410-1'))).toBe(true);
    expect(items(await auditor.get('/audit?from=2000-01-01&to=2000-12-31'))).toEqual([]);
    const all = items(await auditor.get('/audit'));
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => b - a));
  });

  it('pages with a cursor', async () => {
    const first = (await auditor.get('/audit?limit=2')).json() as { items: Item[]; nextCursor: string | null };
    expect(first.items).toHaveLength(2);
    const second = (await auditor.get(`/audit?limit=2&cursor=${first.nextCursor}`)).json() as { items: Item[] };
    expect(second.items[0]!.id).toBeLessThan(first.items[1]!.id);
  });

  it('answers 400 for malformed filters', async () => {
    expect(expectProblem(await auditor.get('/audit?from=2024-02-30'), 400, 'validation').errors).toEqual([expect.objectContaining({ field: 'from' })]);
    expectProblem(await auditor.get('/audit?actorId=nobody'), 400, 'validation');
  });

  it('is open to admins, and answers 404 to a registrar', async () => {
    expect((await admin.get('/audit')).statusCode).toBe(200);
    expectProblem(await registrar.get('/audit'), 404, 'not_found');
    expectProblem(await registrar.get('/audit.csv'), 404, 'not_found');
  });
});

describe('GET /audit.csv', () => {
  it('R-REG-8: exports a semicolon-separated CSV with a header row, as a download', async () => {
    const res = await auditor.get('/audit.csv?secretOnly=true');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename=".+\.csv"$/);
    const text = res.body.replace(/^\uFEFF/, '');
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('id;tid;användare;händelse;objekttyp;objekt-id;diarienummer;sekretess/skyddat;detaljer');
    expect(lines.length).toBeGreaterThan(1);
    const read = lines.find((l) => l.includes(ids.documentId('KS-2024/00410-1')))!;
    expect(read.split(';').slice(2, 6)).toEqual(['Karolina Abrahamsson', 'document.read', 'document', ids.documentId('KS-2024/00410-1')]);
    for (const marker of secretTextMarkers) expect(res.body).not.toContain(marker);
  });

  it('neutralises spreadsheet formulas in exported cells', async () => {
    const created = await admin.post('/users', { username: 'formel', displayName: '=HYPERLINK("http://example.com")', password: 'longpassword1', roles: ['auditor'], organAccess: [] });
    expect(created.statusCode).toBe(201);
    await loginAs(demo.app, 'formel', 'longpassword1');
    const csv = (await auditor.get('/audit.csv?action=user.login')).body;
    const line = csv.split('\r\n').find((l) => l.includes('HYPERLINK'))!;
    expect(line.split(';')[2]).toBe('"\'=HYPERLINK(""http://example.com"")"');
  });

  it('R-REG-8: the export is itself logged', async () => {
    await auditor.get('/audit.csv');
    const exports = items(await auditor.get('/audit?action=audit.export'));
    expect(exports[0]).toMatchObject({ actor: { id: auditor.user.id } });
  });
});
