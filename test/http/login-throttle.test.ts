/**
 * Login throttling (F11): repeated failures from one address answer 429 rate_limited to that address, even for the
 * right password, while the other accounts keep working — and the real user, from their own address, is never
 * locked out by someone else's guessing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, login, startDemoApp, type DemoApp } from '../support/http.ts';

let demo: DemoApp;
beforeAll(async () => { demo = await startDemoApp(); });
afterAll(async () => { await demo?.close(); });

describe('login throttling', () => {
  it('answers 429 after five failed attempts for one account, also for the right password', async () => {
    for (let i = 0; i < 5; i++) expectProblem(await login(demo.app, 'handlaggare', `fel-${i}`), 401, 'unauthenticated');
    const blocked = expectProblem(await login(demo.app, 'handlaggare', 'fel-igen'), 429, 'rate_limited');
    expect(blocked.detail).toMatch(/minuter/);
    const right = await login(demo.app, 'handlaggare', 'demo');
    expectProblem(right, 429, 'rate_limited');
    expect(right.cookies.find((c) => c.name === 'namnd_session')).toBeUndefined();
  });

  it('keeps other accounts usable from the same address', async () => {
    expect((await login(demo.app, 'registrator')).statusCode).toBe(200);
  });

  it('does not count failures in other letter case as another account', async () => {
    for (let i = 0; i < 5; i++) await login(demo.app, i % 2 ? 'GRANSKARE' : 'granskare', 'fel');
    expectProblem(await login(demo.app, 'granskare', 'demo'), 429, 'rate_limited');
  });
});

describe('throttling slows an address down, it does not lock the account', () => {
  const from = (address: string, username: string, password: string) =>
    demo.app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: address, payload: { username, password } });

  it('five wrong passwords from one address do not lock the real user out from their own address', async () => {
    for (let i = 0; i < 5; i++) expectProblem(await from('203.0.113.66', 'ordforande', `fel-${i}`), 401, 'unauthenticated');
    const slowed = await from('203.0.113.66', 'ordforande', 'demo');
    expectProblem(slowed, 429, 'rate_limited');
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(800);
    const own = await from('198.51.100.7', 'ordforande', 'demo');
    expect(own.statusCode).toBe(200);
    expect(own.cookies.find((c) => c.name === 'namnd_session')).toBeDefined();
    // The attacking address stays slowed down.
    expectProblem(await from('203.0.113.66', 'ordforande', 'demo'), 429, 'rate_limited');
  });

  it('an address guessing many usernames is stopped after twenty failures in all', async () => {
    for (let i = 0; i < 20; i++) expectProblem(await from('203.0.113.67', `gissning-${i}`, 'fel'), 401, 'unauthenticated');
    expectProblem(await from('203.0.113.67', 'ledamot', 'demo'), 429, 'rate_limited');
    expect((await from('203.0.113.68', 'ledamot', 'demo')).statusCode).toBe(200);
  });
});
