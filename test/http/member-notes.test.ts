/**
 * Members' private notes on documents (GET /documents/:id/notes, PUT /documents/:id/note): a note is its
 * author's own, and a document the member may not read cannot carry one (R-REG-6).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';

let demo: DemoApp;
let member: Client, registrar: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  demo = await startDemoApp();
  member = await loginAs(demo.app, 'ledamot'); // a KSNAU member: secret access in KSNAU, not in KS
  registrar = await loginAs(demo.app, 'registrator');
  ids = await demoIds(demo);
});
afterAll(async () => { await demo?.close(); });

interface Note { id: string; text: string; sharedWithParty: boolean; author: string; mine: boolean; updatedAt: string }
const notes = (res: { json(): unknown }) => (res.json() as { items: Note[] }).items;

describe('member notes', () => {
  it('saves, replaces and deletes my note on a document of my organ', async () => {
    const doc = ids.documentId('KS-2024/00410-1'); // KSNAU-marked: readable by the KSNAU chair
    const saved = await member.request({ method: 'PUT', url: `/api/v1/documents/${doc}/note`, payload: { text: 'Fråga om\nutvärderingen' } });
    expect(saved.statusCode).toBe(200);
    expect(notes(saved)).toEqual([expect.objectContaining({ text: 'Fråga om\nutvärderingen', mine: true, sharedWithParty: false, author: member.user.displayName })]);
    const replaced = await member.request({ method: 'PUT', url: `/api/v1/documents/${doc}/note`, payload: { text: 'Ny anteckning', sharedWithParty: true } });
    expect(notes(replaced)).toEqual([expect.objectContaining({ text: 'Ny anteckning', sharedWithParty: true })]);
    expect(notes(await member.get(`/documents/${doc}/notes`))).toHaveLength(1);
    const deleted = await member.request({ method: 'PUT', url: `/api/v1/documents/${doc}/note`, payload: { text: '' } });
    expect(notes(deleted)).toEqual([]);
  });

  it('keeps a private note from everyone else', async () => {
    const doc = ids.documentId('KS-2024/00456-1');
    await member.request({ method: 'PUT', url: `/api/v1/documents/${doc}/note`, payload: { text: 'Privat tanke' } });
    const others = await registrar.get(`/documents/${doc}/notes`);
    expect(others.statusCode).toBe(200);
    expect(notes(others)).toEqual([]);
    expect(others.body).not.toContain('Privat tanke');
  });

  it('R-REG-6: a document marked by an organ where the member lacks secret access answers 404', async () => {
    const secret = ids.documentId('KS-2024/00512-1'); // marked by KS
    const missing = await member.get('/documents/3f0c6a52-6d0e-4a2b-9c55-0d6c1e0b7a41/notes');
    expectProblem(missing, 404, 'not_found');
    const res = await member.get(`/documents/${secret}/notes`);
    expect({ status: res.statusCode, body: res.body }).toEqual({ status: 404, body: missing.body });
    expectProblem(await member.request({ method: 'PUT', url: `/api/v1/documents/${secret}/note`, payload: { text: 'X' } }), 404, 'not_found');
  });

  it('rejects control characters in the note, naming the field', async () => {
    const problem = expectProblem(await member.request({ method: 'PUT', url: `/api/v1/documents/${ids.documentId('KS-2024/00456-1')}/note`, payload: { text: 'Hej\u0000' } }), 400, 'validation');
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'text' })]);
  });
});
