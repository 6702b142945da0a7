/**
 * Login throttling: repeated failures answer 429 rate_limited, even for the right password, and the other
 * accounts keep working.
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
