/**
 * Optional second factor (POST /auth/totp/setup, /auth/totp/enable) and login with it. Each code is accepted once
 * (F10), also under two logins at the same moment; a reset ends the account's sessions (F9).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../src/auth/totp.ts';
import { expectProblem, login, loginAs, startDemoApp, type DemoApp } from '../support/http.ts';

let demo: DemoApp;
beforeAll(async () => { demo = await startDemoApp(); });
afterAll(async () => { await demo?.close(); });

/** The code of the next time step (accepted within the window: one step either side). */
const nextCode = (secret: string): string => currentTotp(secret, Date.now() + 30_000);

/** A code that is valid for none of the current time steps. */
const wrongCode = (secret: string): string => {
  const valid = new Set([currentTotp(secret)]);
  for (let n = 0; n < 1_000_000; n += 1) {
    const code = String((Number(currentTotp(secret)) + 500_000 + n) % 1_000_000).padStart(6, '0');
    if (!valid.has(code)) return code;
  }
  return '000000';
};

describe('TOTP', () => {
  it('setup answers a secret and an otpauth URL; enabling needs a correct code', async () => {
    const client = await loginAs(demo.app, 'handlaggare');
    const setup = await client.post('/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl } = setup.json() as { secret: string; otpauthUrl: string };
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/.*handlaggare.*secret=/);

    const bad = expectProblem(await client.post('/auth/totp/enable', { code: wrongCode(secret) }), 400, 'validation');
    expect(bad.errors).toEqual([expect.objectContaining({ field: 'code' })]);
    expect((await client.get('/auth/me')).json().user.totpEnabled).toBe(false);

    const enabled = await client.post('/auth/totp/enable', { code: currentTotp(secret) });
    expect(enabled.statusCode).toBe(200);
    expect(enabled.json()).toEqual({ enabled: true });
    expect((await client.get('/auth/me')).json().user.totpEnabled).toBe(true);
  });

  it('after enabling, login without a code is 401 naming the totp field; with the code it is 200', async () => {
    const client = await loginAs(demo.app, 'sekreterare');
    const { secret } = (await client.post('/auth/totp/setup')).json() as { secret: string };
    expect((await client.post('/auth/totp/enable', { code: currentTotp(secret) })).statusCode).toBe(200);

    const without = expectProblem(await login(demo.app, 'sekreterare'), 401, 'unauthenticated');
    expect((without.errors as { field: string }[])[0]!.field).toBe('totp');
    expect(without.detail).toMatch(/engångskod/);
    expect((await login(demo.app, 'sekreterare')).cookies.find((c) => c.name === 'namnd_session')).toBeUndefined();

    expectProblem(await login(demo.app, 'sekreterare', 'demo', wrongCode(secret)), 401, 'unauthenticated');
    expectProblem(await login(demo.app, 'sekreterare', 'fel-lösenord', currentTotp(secret)), 401, 'unauthenticated');

    // The code that enabled the second factor is spent; the next one signs in.
    expectProblem(await login(demo.app, 'sekreterare', 'demo', currentTotp(secret)), 401, 'unauthenticated');
    const ok = await login(demo.app, 'sekreterare', 'demo', nextCode(secret));
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ username: 'sekreterare', totpEnabled: true });
  });

  it('setup on an enabled account is 409; an admin reset (totpReset) turns the second factor off', async () => {
    const client = await loginAs(demo.app, 'registrator2');
    const { secret } = (await client.post('/auth/totp/setup')).json() as { secret: string };
    expect((await client.post('/auth/totp/enable', { code: currentTotp(secret) })).statusCode).toBe(200);
    expectProblem(await client.post('/auth/totp/setup'), 409, 'conflict');
    expectProblem(await login(demo.app, 'registrator2'), 401, 'unauthenticated');

    const admin = await loginAs(demo.app, 'admin');
    const reset = await admin.patch(`/users/${client.user.id}`, { totpReset: true });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toMatchObject({ totpEnabled: false });
    expect(reset.body).not.toContain(secret);
    expect((await login(demo.app, 'registrator2')).statusCode).toBe(200);
  });

  it('an admin\'s reset of the second factor ends every session of the account', async () => {
    const client = await loginAs(demo.app, 'ordforande');
    const { secret } = (await client.post('/auth/totp/setup')).json() as { secret: string };
    expect((await client.post('/auth/totp/enable', { code: currentTotp(secret) })).statusCode).toBe(200);
    const elsewhere = await loginAs(demo.app, 'ordforande', 'demo', nextCode(secret));
    const admin = await loginAs(demo.app, 'admin');
    expect((await admin.patch(`/users/${client.user.id}`, { totpReset: true })).statusCode).toBe(200);
    expectProblem(await client.get('/auth/me'), 401, 'unauthenticated');
    expectProblem(await elsewhere.get('/auth/me'), 401, 'unauthenticated');
  });

  it('enable without a prior setup is a validation error', async () => {
    const client = await loginAs(demo.app, 'granskare');
    const problem = expectProblem(await client.post('/auth/totp/enable', { code: '123456' }), 400, 'validation');
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'code' })]);
  });
});

describe('each one-time code is accepted once (F10)', () => {
  let secret: string;
  beforeAll(async () => {
    const client = await loginAs(demo.app, 'strateg');
    secret = ((await client.post('/auth/totp/setup')).json() as { secret: string }).secret;
    expect((await client.post('/auth/totp/enable', { code: currentTotp(secret) })).statusCode).toBe(200);
  });

  it('a code that signed in once does not sign in again within its window', async () => {
    const code = nextCode(secret);
    expect((await login(demo.app, 'strateg', 'demo', code)).statusCode).toBe(200);
    const again = expectProblem(await login(demo.app, 'strateg', 'demo', code), 401, 'unauthenticated');
    expect(again.detail).toMatch(/redan använts/);
    expect((await login(demo.app, 'strateg', 'demo', code)).cookies.find((c) => c.name === 'namnd_session')).toBeUndefined();
    // An earlier code, still inside the window, is refused too: steps only move forward.
    expectProblem(await login(demo.app, 'strateg', 'demo', currentTotp(secret)), 401, 'unauthenticated');
  });

  it('of two logins with the same code at the same moment, exactly one succeeds', async () => {
    await demo.query("UPDATE users SET totp_last_step = NULL WHERE username = 'strateg'");
    const code = currentTotp(secret);
    const answers = await Promise.all([login(demo.app, 'strateg', 'demo', code), login(demo.app, 'strateg', 'demo', code), login(demo.app, 'strateg', 'demo', code)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 401, 401]);
  });
});
