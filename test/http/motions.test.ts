/**
 * Motions as structured documents and their age (R-PREP-2): registered with number n/YYYY, authors, party, date
 * and requests; listed with the date they should be decided by.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import type { MotionRow } from '../../src/use-cases/listMotions.ts';

let demo: DemoApp;
let registrar: Client, member: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  demo = await startDemoApp();
  registrar = await loginAs(demo.app, 'registrator');
  member = await loginAs(demo.app, 'ledamot');
  ids = await demoIds(demo);
}, 120_000);
afterAll(async () => { await demo?.close(); });

const motion = (details: Record<string, unknown>) => ({
  caseId: undefined, newCase: { registryId: ids.registryId('KS'), title: 'Motion 9/2026: Fler cykelbanor', publicTitle: 'Motion 9/2026: Fler cykelbanor' },
  kind: 'motion', direction: 'incoming', registeredDate: '2026-02-10', description: 'Motion 9/2026: Fler cykelbanor',
  counterparty: { name: 'Moa Selin', organisation: 'Miljöpartiet' }, details,
});

describe('a motion', () => {
  it('is registered with its number, authors, party, date and requests', async () => {
    const res = await registrar.register(motion({ motionNumber: '9/2026', authors: ['Moa Selin'], party: 'MP', submittedOn: '2026-02-10', requests: ['att bygga fler cykelbanor'] }));
    expect(res.statusCode).toBe(201);
    const doc = res.json() as { id: string; details: unknown };
    expect(doc.details).toEqual({ motionNumber: '9/2026', authors: ['Moa Selin'], party: 'MP', submittedOn: '2026-02-10', requests: ['att bygga fler cykelbanor'] });
    expect(((await registrar.get(`/documents/${doc.id}`)).json() as { details: unknown }).details).toEqual(doc.details);
  });

  it('refuses missing or wrong motion fields, naming each, and registers nothing', async () => {
    const [{ count: before }] = await demo.query<{ count: string }>('SELECT count(*) FROM documents');
    const problem = expectProblem(await registrar.register(motion({ motionNumber: '2026/9', authors: [], submittedOn: '2026-02-10' })), 400, 'validation');
    expect((problem.errors as { field: string }[]).map((e) => e.field)).toEqual(['details.motionNumber', 'details.authors', 'details.requests']);
    const [{ count: after }] = await demo.query<{ count: string }>('SELECT count(*) FROM documents');
    expect(after).toBe(before);
  });
});

describe('GET /motions', () => {
  it('R-PREP-2: lists motions with the date they should be decided by, oldest first, overdue ones marked', async () => {
    const rows = ((await registrar.get('/motions?open=true')).json() as { items: MotionRow[] }).items;
    const cow = rows.find((r) => r.motionNumber === '2/2024')!;
    expect(cow).toMatchObject({ caseNumber: 'KS-2024/00167', authors: ['Veronica Kerr'], party: 'KD', submittedOn: '2024-02-06', dueBy: '2025-02-06', status: 'overdue' });
    expect(rows.map((r) => r.motionNumber).slice(0, 2)).toEqual(['2/2024', '4/2024']);
    expect(rows.some((r) => r.motionNumber === '9/2026')).toBe(true);
  });

  it('is for staff', async () => {
    expectProblem(await member.get('/motions'), 403, 'forbidden');
  });
});
