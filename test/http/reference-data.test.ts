/**
 * Reference data (docs/api.md "Reference data"): staff read organs, parties, terms, people, memberships and
 * registries; only admins write them and manage users.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import * as data from '../../src/demo/data.ts';

let demo: DemoApp;
let admin: Client, staff: Client;
beforeAll(async () => {
  demo = await startDemoApp();
  admin = await loginAs(demo.app, 'admin');
  staff = await loginAs(demo.app, 'handlaggare');
});
afterAll(async () => { await demo?.close(); });

const items = <T>(res: { json(): unknown }): T[] => (res.json() as { items: T[] }).items;

describe('organs', () => {
  it('GET /organs lists the demo organs with kind and parent', async () => {
    const organs = items<{ id: string; code: string; kind: string; parentId: string | null; name: string }>(await staff.get('/organs'));
    expect(organs.map((o) => o.code).sort()).toEqual(data.organs.map((o) => o.code).sort());
    const ks = organs.find((o) => o.code === 'KS')!;
    expect(organs.find((o) => o.code === 'KSNAU')).toMatchObject({ kind: 'sub_committee', parentId: ks.id });
  });

  it('POST /organs creates an organ for admins (201), and is forbidden for others', async () => {
    const ks = items<{ id: string; code: string }>(await staff.get('/organs')).find((o) => o.code === 'KS')!;
    const res = await admin.post('/organs', { code: 'ksbu', name: 'Kommunstyrelsens beredningsutskott', kind: 'sub_committee', parentId: ks.id });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ id: expect.any(String), code: 'KSBU', kind: 'sub_committee', parentId: ks.id });
    expectProblem(await staff.post('/organs', { code: 'X', name: 'X', kind: 'committee' }), 403, 'forbidden');
  });

  it('POST /organs validates kind, parent and duplicate codes', async () => {
    const bad = expectProblem(await admin.post('/organs', { code: 'Y', name: 'Y', kind: 'parliament' }), 400, 'validation');
    expect(bad.errors).toEqual([expect.objectContaining({ field: 'kind' })]);
    const orphan = expectProblem(await admin.post('/organs', { code: 'Z', name: 'Z', kind: 'sub_committee' }), 400, 'validation');
    expect(orphan.errors).toEqual([expect.objectContaining({ field: 'parentId' })]);
    const dup = expectProblem(await admin.post('/organs', { code: 'KS', name: 'Dubblett', kind: 'committee' }), 400, 'validation');
    expect(dup.errors).toEqual([expect.objectContaining({ field: 'code' })]);
  });
});

describe('parties, terms, people, registries', () => {
  it('GET /parties and POST /parties (admin)', async () => {
    expect(items<{ code: string }>(await staff.get('/parties')).map((p) => p.code).sort()).toEqual(data.parties.map((p) => p.code).sort());
    const res = await admin.post('/parties', { code: 'PP', name: 'Piratpartiet' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'PP', name: 'Piratpartiet' });
    expectProblem(await staff.post('/parties', { code: 'XX', name: 'X' }), 403, 'forbidden');
  });

  it('GET /terms lists the terms of office', async () => {
    expect(items(await staff.get('/terms'))).toEqual(data.terms.map((term) => expect.objectContaining({ name: term.name, startsOn: term.startsOn, endsOn: term.endsOn })));
  });

  it('GET /people and POST /people (admin)', async () => {
    expect(items(await staff.get('/people'))).toHaveLength(data.people.length);
    const party = items<{ id: string; code: string }>(await staff.get('/parties')).find((p) => p.code === 'S')!;
    const res = await admin.post('/people', { givenName: 'Astrid', familyName: 'Testsson', partyId: party.id, email: 'astrid@example.se' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ id: expect.any(String), givenName: 'Astrid', familyName: 'Testsson', partyId: party.id });
    expectProblem(await admin.post('/people', { givenName: 'Utan' }), 400, 'validation');
    expectProblem(await staff.post('/people', { givenName: 'A', familyName: 'B' }), 403, 'forbidden');
  });

  it('GET /registries lists the registries with their number formats', async () => {
    const regs = items<{ code: string; caseNumberFormat: string; documentNumberFormat: string }>(await staff.get('/registries'));
    expect(regs.find((r) => r.code === 'KS')).toMatchObject({ caseNumberFormat: '{series}-{year}/{seq:5}', documentNumberFormat: '{case}-{n}' });
  });
});

describe('edits of reference data (admin)', () => {
  it('PATCH /organs/:id renames an organ and changes its kind; the code stays', async () => {
    const organ = items<{ id: string; code: string }>(await staff.get('/organs')).find((o) => o.code === 'GYN')!;
    const res = await admin.patch(`/organs/${organ.id}`, { name: 'Gymnasie- och vuxenutbildningsnämnden', kind: 'committee' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: organ.id, code: 'GYN', name: 'Gymnasie- och vuxenutbildningsnämnden', kind: 'committee' });
    expectProblem(await admin.patch(`/organs/${organ.id}`, { kind: 'parliament' }), 400, 'validation');
    expectProblem(await admin.patch('/organs/3f0c6a52-6d0e-4a2b-9c55-0d6c1e0b7a41', { name: 'X' }), 404, 'not_found');
    expectProblem(await staff.patch(`/organs/${organ.id}`, { name: 'X' }), 403, 'forbidden');
  });

  it('R-PUB-1: PATCH /organs/:id sets how long adjusted minutes stay published (days, or null for no end)', async () => {
    const organ = items<{ id: string; code: string }>(await staff.get('/organs')).find((o) => o.code === 'KSNAU')!;
    expect((await admin.patch(`/organs/${organ.id}`, { minutesPublicationDays: 730 })).json()).toMatchObject({ minutesPublicationDays: 730 });
    expect(items<{ code: string; minutesPublicationDays: number | null }>(await staff.get('/organs')).find((o) => o.code === 'KSNAU')!.minutesPublicationDays).toBe(730);
    const problem = expectProblem(await admin.patch(`/organs/${organ.id}`, { minutesPublicationDays: 0 }), 400, 'validation');
    expect(problem.errors).toEqual([{ field: 'minutesPublicationDays', message: 'ange ett antal dagar 1–3650, eller lämna tomt för ingen slutdag' }]);
    expect((await admin.patch(`/organs/${organ.id}`, { minutesPublicationDays: null })).json()).toMatchObject({ minutesPublicationDays: null });
  });

  it('PATCH /parties/:id renames a party', async () => {
    const party = items<{ id: string; code: string }>(await staff.get('/parties')).find((p) => p.code === 'MP')!;
    const res = await admin.patch(`/parties/${party.id}`, { name: 'Miljöpartiet' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: party.id, code: 'MP', name: 'Miljöpartiet' });
    expectProblem(await admin.patch(`/parties/${party.id}`, { name: '' }), 400, 'validation');
    expectProblem(await staff.patch(`/parties/${party.id}`, { name: 'X' }), 403, 'forbidden');
  });

  it('PATCH /people/:id changes a person', async () => {
    const person = items<{ id: string; email: string | null }>(await staff.get('/people'))[0]!;
    const res = await admin.patch(`/people/${person.id}`, { email: 'ny.adress@example.se' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: person.id, email: 'ny.adress@example.se' });
    expectProblem(await admin.patch(`/people/${person.id}`, { familyName: '' }), 400, 'validation');
    expectProblem(await staff.patch(`/people/${person.id}`, { email: 'x@example.se' }), 403, 'forbidden');
  });

  it('PATCH /memberships/:id ends a seat and keeps the row', async () => {
    const seat = items<{ id: string; startsOn: string }>(await staff.get('/memberships'))[0]!;
    const res = await admin.patch(`/memberships/${seat.id}`, { endsOn: '2025-12-31' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: seat.id, startsOn: seat.startsOn, endsOn: '2025-12-31' });
    expect(items<{ id: string }>(await staff.get('/memberships')).some((m) => m.id === seat.id)).toBe(true);
    const early = expectProblem(await admin.patch(`/memberships/${seat.id}`, { endsOn: '1999-01-01' }), 400, 'validation');
    expect(early.errors).toEqual([expect.objectContaining({ field: 'endsOn' })]);
    expectProblem(await staff.patch(`/memberships/${seat.id}`, { endsOn: '2025-12-31' }), 403, 'forbidden');
  });

  it('GET /staff lists active staff for pickers, to any staff member', async () => {
    const list = items<{ id: string; displayName: string; roles: string[] }>(await staff.get('/staff'));
    expect(list.find((u) => u.displayName === 'Karolina Abrahamsson')).toMatchObject({ roles: ['registrar'] });
    expect(Object.keys(list[0]!).sort()).toEqual(['displayName', 'id', 'roles']);
  });
});

describe('memberships', () => {
  it('GET /memberships filters by organ', async () => {
    const ksnau = items<{ id: string; code: string }>(await staff.get('/organs')).find((o) => o.code === 'KSNAU')!;
    const seats = items<{ organId: string }>(await staff.get(`/memberships?organId=${ksnau.id}`));
    expect(seats).toHaveLength(data.memberships.filter((m) => m.organCode === 'KSNAU').length);
    expect(seats.every((m) => m.organId === ksnau.id)).toBe(true);
    expect(items(await staff.get('/memberships'))).toHaveLength(data.memberships.length);
    expectProblem(await staff.get('/memberships?organId=not-a-uuid'), 400, 'validation');
  });

  it('POST /memberships adds a substitute with a free order, and rejects a taken one (R-MEET-2)', async () => {
    const ksnau = items<{ id: string; code: string }>(await staff.get('/organs')).find((o) => o.code === 'KSNAU')!;
    const person = items<{ id: string }>(await staff.get('/people'))[0]!;
    const taken = data.memberships.filter((m) => m.organCode === 'KSNAU' && m.role === 'substitute').length;
    const res = await admin.post('/memberships', { personId: person.id, organId: ksnau.id, role: 'substitute', substituteOrder: taken + 1, startsOn: '2024-06-01' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ role: 'substitute', substituteOrder: taken + 1, endsOn: null });
    const dup = expectProblem(await admin.post('/memberships', { personId: person.id, organId: ksnau.id, role: 'substitute', substituteOrder: 1, startsOn: '2024-06-01' }), 400, 'validation');
    expect(dup.errors).toEqual([expect.objectContaining({ field: 'substituteOrder' })]);
    expectProblem(await staff.post('/memberships', { personId: person.id, organId: ksnau.id, role: 'member', startsOn: '2024-06-01' }), 403, 'forbidden');
  });
});

describe('users (admin)', () => {
  it('GET /users lists accounts for admins only', async () => {
    const users = items<{ username: string }>(await admin.get('/users'));
    expect(users.map((u) => u.username)).toEqual(expect.arrayContaining(data.users.map((u) => u.username)));
    expect(users.map((u) => u.username)).toEqual([...users.map((u) => u.username)].sort());
    expect(JSON.stringify(users)).not.toMatch(/passwordHash|scrypt|totpSecret/);
    expectProblem(await staff.get('/users'), 403, 'forbidden');
  });

  it('POST /users creates an account with per-organ access that can log in (R-REG-6)', async () => {
    const ks = items<{ id: string; code: string }>(await staff.get('/organs')).find((o) => o.code === 'KS')!;
    const res = await admin.post('/users', { username: 'ny.registrator', displayName: 'Ny Registrator', password: 'longpassword1', roles: ['registrar'], organAccess: [{ organId: ks.id, secret: true }] });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'ny.registrator', roles: ['registrar'], organAccess: [{ organId: ks.id, secret: true }], protectedDataAccess: false });
    expect((await loginAs(demo.app, 'ny.registrator', 'longpassword1')).user.username).toBe('ny.registrator');
    const weak = expectProblem(await admin.post('/users', { username: 'svag', displayName: 'Svag', password: 'kort', roles: ['registrar'], organAccess: [] }), 400, 'validation');
    expect(weak.errors).toEqual([expect.objectContaining({ field: 'password' })]);
    expectProblem(await admin.post('/users', { username: 'ny.registrator', displayName: 'Dubblett', password: 'longpassword1', roles: [], organAccess: [] }), 400, 'validation');
    expectProblem(await staff.post('/users', { username: 'x', displayName: 'X', password: 'longpassword1', roles: [], organAccess: [] }), 403, 'forbidden');
  });

  it('PATCH /users/:id changes roles and deactivates an account, ending its sessions', async () => {
    const victim = await loginAs(demo.app, 'granskare');
    const res = await admin.patch(`/users/${victim.user.id}`, { roles: ['auditor', 'case_officer'], displayName: 'Birgitta W.' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ roles: ['auditor', 'case_officer'], displayName: 'Birgitta W.' });
    expect((await admin.patch(`/users/${victim.user.id}`, { active: false })).json()).toMatchObject({ active: false });
    expectProblem(await victim.get('/cases'), 401, 'unauthenticated');
    expectProblem(await admin.patch('/users/3f0c6a52-6d0e-4a2b-9c55-0d6c1e0b7a41', { displayName: 'X' }), 404, 'not_found');
    expectProblem(await staff.patch(`/users/${victim.user.id}`, { active: true }), 403, 'forbidden');
  });
});
