/**
 * Sessions and CSRF (docs/api.md "Sessions and CSRF"): login, me, logout, and the guards every route has.
 */
import crypto from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectProblem, login, loginAs, startDemoApp, type DemoApp } from '../support/http.ts';

let demo: DemoApp;
beforeAll(async () => { demo = await startDemoApp(); });
afterAll(async () => { await demo?.close(); });

const ANY_ID = '3f0c6a52-6d0e-4a2b-9c55-0d6c1e0b7a41';
/** Every route of docs/api.md that needs a session. */
const PROTECTED: [string, string][] = [
  ['GET', '/api/v1/auth/me'], ['POST', '/api/v1/auth/totp/setup'], ['POST', '/api/v1/auth/totp/enable'],
  ['GET', '/api/v1/organs'], ['POST', '/api/v1/organs'], ['GET', '/api/v1/parties'], ['POST', '/api/v1/parties'],
  ['GET', '/api/v1/terms'], ['GET', '/api/v1/people'], ['POST', '/api/v1/people'], ['GET', '/api/v1/memberships'],
  ['POST', '/api/v1/memberships'], ['GET', '/api/v1/users'], ['POST', '/api/v1/users'], ['PATCH', `/api/v1/users/${ANY_ID}`],
  ['GET', '/api/v1/registries'], ['GET', '/api/v1/cases'], ['POST', '/api/v1/cases'], ['GET', `/api/v1/cases/${ANY_ID}`],
  ['PATCH', `/api/v1/cases/${ANY_ID}`], ['GET', `/api/v1/cases/${ANY_ID}/history`], ['POST', '/api/v1/documents'],
  ['GET', `/api/v1/documents/${ANY_ID}`], ['POST', `/api/v1/documents/${ANY_ID}/secrecy`], ['POST', `/api/v1/documents/${ANY_ID}/secrecy/release`],
  ['GET', `/api/v1/files/${ANY_ID}`], ['GET', '/api/v1/audit'], ['GET', '/api/v1/audit.csv'],
  ['PATCH', `/api/v1/organs/${ANY_ID}`], ['PATCH', `/api/v1/parties/${ANY_ID}`], ['PATCH', `/api/v1/people/${ANY_ID}`],
  ['PATCH', `/api/v1/memberships/${ANY_ID}`], ['GET', '/api/v1/staff'],
  ['GET', '/api/v1/meetings'], ['POST', '/api/v1/meetings'], ['GET', `/api/v1/meetings/${ANY_ID}`], ['POST', `/api/v1/meetings/${ANY_ID}/items`],
  ['PATCH', `/api/v1/agenda-items/${ANY_ID}`], ['POST', `/api/v1/agenda-items/${ANY_ID}/move`], ['DELETE', `/api/v1/agenda-items/${ANY_ID}`],
  ['POST', `/api/v1/meetings/${ANY_ID}/notice`], ['GET', `/api/v1/meetings/${ANY_ID}/book.pdf`],
  ['GET', `/api/v1/documents/${ANY_ID}/notes`], ['PUT', `/api/v1/documents/${ANY_ID}/note`],
  ['GET', `/api/v1/cases/${ANY_ID}/reports`], ['POST', '/api/v1/reports'], ['GET', `/api/v1/reports/${ANY_ID}`], ['PUT', `/api/v1/reports/${ANY_ID}`],
  ['POST', `/api/v1/reports/${ANY_ID}/finalise`], ['GET', `/api/v1/reports/${ANY_ID}/preview.pdf`], ['GET', `/api/v1/reports/${ANY_ID}/preview.html`],
];

describe('POST /auth/login', () => {
  it('answers the user and a CSRF token, and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const res = await login(demo.app, 'registrator');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(body.user).toMatchObject({ username: 'registrator', displayName: 'Karolina Abrahamsson', roles: ['registrar'], protectedDataAccess: true, totpEnabled: false });
    expect(body.user.organAccess).toHaveLength(4);
    expect(body.user).not.toHaveProperty('passwordHash');
    expect(body.user).not.toHaveProperty('totpSecret');
    const cookie = res.cookies.find((c) => c.name === 'namnd_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
  });

  it('answers 401 unauthenticated for a wrong password or unknown user, without telling which', async () => {
    const wrong = expectProblem(await login(demo.app, 'registrator', 'fel-lösenord'), 401, 'unauthenticated');
    const unknown = expectProblem(await login(demo.app, 'ingen-sadan', 'demo'), 401, 'unauthenticated');
    expect(wrong.detail).toBe(unknown.detail);
  });

  describe('an unknown username costs what a known one does (F11: no enumeration by time)', () => {
    afterEach(() => { vi.restoreAllMocks(); });
    const from = (username: string, password: string, body?: string) => demo.app.inject({
      method: 'POST', url: '/api/v1/auth/login', remoteAddress: '192.0.2.200', payload: { username, password, ...(body ? { body } : {}) },
    });

    it('a password is put through scrypt of the same cost for a known user, an unknown user and an inactive one', async () => {
      const scrypt = vi.spyOn(crypto, 'scrypt');
      await demo.query("UPDATE users SET active = false WHERE username = 'justerare'");
      const costs: Record<string, unknown[]> = {};
      for (const [name, username, body] of [['known', 'registrator', undefined], ['unknown', 'ingen-sadan', undefined],
        ['inactive', 'justerare', undefined], ['unknown body', 'registrator', 'NOPE']] as const) {
        scrypt.mockClear();
        expectProblem(await from(username, 'fel-lösenord', body), 401, 'unauthenticated');
        expect(scrypt, name).toHaveBeenCalledTimes(1);
        costs[name] = [scrypt.mock.calls[0]![2], scrypt.mock.calls[0]![3]];
      }
      expect(costs.unknown).toEqual(costs.known);
      expect(costs.inactive).toEqual(costs.known);
      expect(costs['unknown body']).toEqual(costs.known);
      expect(costs.known).toEqual([32, { N: 16384, r: 8, p: 1 }]);
      await demo.query("UPDATE users SET active = true WHERE username = 'justerare'");
    });
  });

  it('answers 400 validation when username or password is missing', async () => {
    const res = await demo.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'registrator' } });
    const problem = expectProblem(res, 400, 'validation');
    expect(JSON.stringify(problem.errors)).toContain('password');
  });
});

describe('GET /auth/me and POST /auth/logout', () => {
  it('answers the session user and the same CSRF token', async () => {
    const client = await loginAs(demo.app, 'handlaggare');
    const res = await client.get('/auth/me');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { username: 'handlaggare', roles: ['case_officer'] }, csrfToken: client.csrfToken });
  });

  it('ends the session: 204, then the old cookie is no longer accepted', async () => {
    const client = await loginAs(demo.app, 'sekreterare');
    const out = await client.post('/auth/logout');
    expect(out.statusCode).toBe(204);
    expect(out.body).toBe('');
    expectProblem(await client.get('/auth/me'), 401, 'unauthenticated');
    expectProblem(await client.get('/cases'), 401, 'unauthenticated');
  });

  it('logout without a session is harmless', async () => {
    expect((await demo.app.inject({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
  });
});

describe('guards', () => {
  it('answers 401 unauthenticated on every protected route without a session', async () => {
    for (const [method, url] of PROTECTED) {
      const res = await demo.app.inject({ method: method as 'GET', url, ...(method === 'GET' || method === 'DELETE' ? {} : { payload: { code: '123456' } }) });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expectProblem(res, 401, 'unauthenticated');
    }
  });

  it('answers 401 for a forged session cookie', async () => {
    expectProblem(await demo.app.inject({ method: 'GET', url: '/api/v1/cases', headers: { cookie: 'namnd_session=forged' } }), 401, 'unauthenticated');
  });

  it('answers 403 csrf when a state-changing request lacks the x-csrf-token header', async () => {
    const client = await loginAs(demo.app, 'registrator');
    const registries = (await client.get('/registries')).json().items as { id: string }[];
    const before = await demo.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
    for (const [method, url] of PROTECTED.filter(([m]) => m !== 'GET')) {
      const res = await demo.app.inject({ method: method as 'POST', url, headers: { cookie: client.cookie }, ...(method === 'DELETE' ? {} : { payload: { registryId: registries[0]!.id, title: 'CSRF' } }) });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expectProblem(res, 403, 'csrf');
    }
    expect((await demo.query<{ n: number }>('SELECT count(*)::int AS n FROM cases'))).toEqual(before);
  });

  it('answers 403 csrf for a wrong token, also on logout', async () => {
    const client = await loginAs(demo.app, 'registrator');
    const wrong = { 'x-csrf-token': `${client.csrfToken.slice(0, -1)}x` };
    expectProblem(await client.request({ method: 'POST', url: '/api/v1/cases', payload: { title: 'X' }, headers: wrong }), 403, 'csrf');
    expectProblem(await client.request({ method: 'POST', url: '/api/v1/auth/logout', headers: wrong }), 403, 'csrf');
    expect((await client.get('/auth/me')).statusCode).toBe(200);
  });

  it('does not need a CSRF token for reads', async () => {
    const client = await loginAs(demo.app, 'registrator');
    expect((await demo.app.inject({ method: 'GET', url: '/api/v1/cases', headers: { cookie: client.cookie } })).statusCode).toBe(200);
  });
});

describe('sessions end when the password or the second factor is reset (F9)', () => {
  it('an admin\'s password reset ends every session of the account', async () => {
    const first = await loginAs(demo.app, 'strateg');
    const second = await loginAs(demo.app, 'strateg');
    const admin = await loginAs(demo.app, 'admin');
    expect((await admin.patch(`/users/${first.user.id}`, { password: 'nytt-lösenord-1' })).statusCode).toBe(200);
    expectProblem(await first.get('/auth/me'), 401, 'unauthenticated');
    expectProblem(await second.get('/auth/me'), 401, 'unauthenticated');
    const [{ count }] = await demo.query<{ count: number }>(`SELECT count(*)::int AS count FROM sessions WHERE user_id = '${first.user.id}' AND expires_at > now()`);
    expect(count).toBe(0);
    // The admin's own session and other accounts are untouched; the user signs in with the new password.
    expect((await admin.get('/auth/me')).statusCode).toBe(200);
    expect((await login(demo.app, 'strateg', 'nytt-lösenord-1')).statusCode).toBe(200);
    // A change that is neither password, second factor nor deactivation keeps the sessions.
    const third = await loginAs(demo.app, 'strateg', 'nytt-lösenord-1');
    expect((await admin.patch(`/users/${first.user.id}`, { displayName: 'Strateg Två' })).statusCode).toBe(200);
    expect((await third.get('/auth/me')).statusCode).toBe(200);
  });

  it('changing one\'s own password keeps this session and ends the others; the current password is required', async () => {
    const here = await loginAs(demo.app, 'ekonomi');
    const elsewhere = await loginAs(demo.app, 'ekonomi');
    const wrong = expectProblem(await here.post('/auth/password', { currentPassword: 'fel', newPassword: 'ett-nytt-lösenord' }), 400, 'validation');
    expect(wrong.errors).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
    expectProblem(await here.post('/auth/password', { currentPassword: 'demo', newPassword: 'kort' }), 400, 'validation');
    expect((await elsewhere.get('/auth/me')).statusCode).toBe(200);

    const changed = await here.post('/auth/password', { currentPassword: 'demo', newPassword: 'ett-nytt-lösenord' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ changed: true, endedSessions: 1 });
    expect((await here.get('/auth/me')).statusCode).toBe(200);
    expectProblem(await elsewhere.get('/auth/me'), 401, 'unauthenticated');
    expectProblem(await login(demo.app, 'ekonomi', 'demo'), 401, 'unauthenticated');
    expect((await login(demo.app, 'ekonomi', 'ett-nytt-lösenord')).statusCode).toBe(200);
    const [audit] = await demo.query<{ action: string }>(`SELECT action FROM audit_events WHERE action = 'user.password_change' AND entity_id = '${here.user.id}'`);
    expect(audit.action).toBe('user.password_change');
  });

  it('deactivating an account ends its sessions', async () => {
    const member = await loginAs(demo.app, 'fritid');
    const admin = await loginAs(demo.app, 'admin');
    expect((await admin.patch(`/users/${member.user.id}`, { active: false })).statusCode).toBe(200);
    const [{ count }] = await demo.query<{ count: number }>(`SELECT count(*)::int AS count FROM sessions WHERE user_id = '${member.user.id}'`);
    expect(count).toBe(0);
    expect((await admin.patch(`/users/${member.user.id}`, { active: true })).statusCode).toBe(200);
  });
});
