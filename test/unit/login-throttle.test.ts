/**
 * The login throttle (F11): keyed by client address — per address and username, and per address overall — with
 * a sliding window; never per username alone, so guessing from one address cannot lock the account elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../src/auth/loginThrottle.ts';

const MIN = 60_000;

describe('LoginThrottle', () => {
  it('blocks an address after five failures for one username, until the oldest leaves the window', () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 5; i++) throttle.fail('Anna', '192.0.2.1', i * MIN);
    expect(throttle.retryAfter('anna', '192.0.2.1', 5 * MIN)).toBe(10 * 60);
    expect(throttle.retryAfter('anna', '192.0.2.1', 15 * MIN)).toBe(0);
  });

  it('other addresses are not blocked for the same username', () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 50; i++) throttle.fail('anna', `192.0.2.${i}`, 0);
    expect(throttle.retryAfter('anna', '198.51.100.1', 1)).toBe(0);
  });

  it('blocks an address after twenty failures over all usernames', () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 20; i++) throttle.fail(`user${i}`, '192.0.2.9', 0);
    expect(throttle.retryAfter('someone-else', '192.0.2.9', 1)).toBeGreaterThan(0);
    expect(throttle.retryAfter('someone-else', '192.0.2.10', 1)).toBe(0);
  });

  it('a success clears that username\'s failures from that address', () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 4; i++) throttle.fail('anna', '192.0.2.1', 0);
    throttle.succeed('anna', '192.0.2.1');
    throttle.fail('anna', '192.0.2.1', 0);
    expect(throttle.retryAfter('anna', '192.0.2.1', 1)).toBe(0);
  });

  it('keeps a bounded number of keys: expired ones are dropped when the limit is reached', () => {
    const throttle = new LoginThrottle(5, 20, MIN, 10);
    for (let i = 0; i < 10; i++) throttle.fail('x', `192.0.2.${i}`, 0);
    throttle.fail('x', '198.51.100.1', 2 * MIN);
    expect((throttle as unknown as { failures: Map<string, number[]> }).failures.size).toBe(2);
  });
});
