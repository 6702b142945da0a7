/**
 * R-REG-8: reads of secret or protected documents are logged with who, when, what and why — the file route asks
 * for the purpose, the members' meeting book records its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';

let demo: DemoApp;
let registrar: Client, registrar2: Client, secretary: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  demo = await startDemoApp();
  registrar = await loginAs(demo.app, 'registrator');
  registrar2 = await loginAs(demo.app, 'registrator2');
  secretary = await loginAs(demo.app, 'sekreterare');
  ids = await demoIds(demo);
}, 120_000);
afterAll(async () => { await demo?.close(); });

const readsOf = (entityId: string) => demo.query<{ action: string; actor_id: string; details: { purpose?: string } }>(
  `SELECT action, actor_id, details FROM audit_events WHERE entity_id = '${entityId}' AND secret_access ORDER BY id`);

describe('GET /files/:id of a secret document', () => {
  const secretFile = () => ids.fileOf('KS-2024/00410-1');

  it('R-REG-8: without a purpose the read is refused, naming the purpose field, and nothing is logged', async () => {
    const before = (await readsOf(secretFile())).length;
    const problem = expectProblem(await registrar.get(`/files/${secretFile()}`), 400, 'validation');
    expect(problem.errors).toEqual([{ field: 'purpose', message: 'ange ett skäl; läsningen loggas med skälet' }]);
    expectProblem(await registrar.get(`/files/${secretFile()}?purpose=x`), 400, 'validation');
    expect((await readsOf(secretFile())).length).toBe(before);
  });

  it('R-REG-8: with a purpose the file is served and the read is logged with who and why', async () => {
    const res = await registrar.get(`/files/${secretFile()}?purpose=${encodeURIComponent('Prövning av begäran om utlämnande')}`);
    expect(res.statusCode).toBe(200);
    const last = (await readsOf(secretFile())).at(-1)!;
    expect(last).toMatchObject({ action: 'file.read', actor_id: registrar.user.id, details: { purpose: 'Prövning av begäran om utlämnande' } });
  });

  it('R-REG-6: a reader without access still gets 404, with or without a purpose', async () => {
    expectProblem(await registrar2.get(`/files/${secretFile()}`), 404, 'not_found');
    expectProblem(await registrar2.get(`/files/${secretFile()}?purpose=Nyfiken`), 404, 'not_found');
  });

  it('R-REG-8: a public file needs no purpose', async () => {
    const [row] = await demo.query<{ id: string }>(`SELECT f.id FROM files f JOIN documents d ON d.id = f.document_id
      WHERE NOT EXISTS (SELECT 1 FROM secrecy_marks m WHERE m.document_id = d.id AND m.released_at IS NULL) AND NOT d.counterparty_protected LIMIT 1`);
    expect((await registrar.get(`/files/${row.id}`)).statusCode).toBe(200);
  });

  it('R-REG-8: a document\'s metadata read records a purpose when one is given', async () => {
    const doc = ids.documentId('KS-2024/00410-1');
    expect((await registrar.get(`/documents/${doc}?purpose=Beredning`)).statusCode).toBe(200);
    expect((await readsOf(doc)).at(-1)).toMatchObject({ action: 'document.read', details: { purpose: 'Beredning' } });
  });
});

describe('the members\' meeting book', () => {
  it('R-REG-8: each download of a book holding secret documents is logged with the documents and the purpose', async () => {
    const meetings = (await secretary.get('/meetings')).json() as { items: { id: string; date: string; organCode: string }[] };
    const meetingId = meetings.items.find((m) => m.date === '2024-05-21' && m.organCode === 'KSNAU')!.id;
    for (let i = 0; i < 2; i++) expect((await secretary.get(`/meetings/${meetingId}/book.pdf?variant=members`)).statusCode).toBe(200);
    const reads = (await readsOf(meetingId)).filter((r) => r.action === 'book.read');
    expect(reads).toHaveLength(2); // the second download came from the cache and is logged too
    expect(reads[1]).toMatchObject({ actor_id: secretary.user.id, details: { purpose: 'Mötesbok inför sammanträdet KSNAU 2024-05-21' } });
    expect((reads[1]!.details as { documents: string[] }).documents.length).toBeGreaterThan(0);
    expect((await secretary.get(`/meetings/${meetingId}/book.pdf?variant=public`)).statusCode).toBe(200);
    expect((await readsOf(meetingId)).filter((r) => r.action === 'book.read')).toHaveLength(2); // the public version reads nothing secret
  });
});
