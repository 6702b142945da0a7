import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../src/auth/loginThrottle.ts';

const T0 = Date.UTC(2024, 4, 20, 8, 0, 0);
const WINDOW_S = 15 * 60;

function failTimes(throttle: LoginThrottle, username: string, address: string, n: number, start = T0): void {
  for (let i = 0; i < n; i++) throttle.fail(username, address, start + i * 1000);
}

describe('login throttling', () => {
  it('allows attempts after four failures', () => {
    const throttle = new LoginThrottle();
    failTimes(throttle, 'anna', '10.0.0.1', 4);
    expect(throttle.retryAfter('anna', '10.0.0.1', T0 + 5000)).toBe(0);
  });

  it('blocks a username after five failures, with a positive wait within the window', () => {
    const throttle = new LoginThrottle();
    failTimes(throttle, 'anna', '10.0.0.1', 5);
    const wait = throttle.retryAfter('anna', '10.0.0.1', T0 + 5000);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(WINDOW_S);
  });

  it('blocks the username from any address, and regardless of letter case', () => {
    const throttle = new LoginThrottle();
    failTimes(throttle, 'Anna', '10.0.0.1', 5);
    expect(throttle.retryAfter('ANNA', '192.168.1.9', T0 + 5000)).toBeGreaterThan(0);
    expect(throttle.retryAfter('bertil', '192.168.1.9', T0 + 5000)).toBe(0);
  });

  it('blocks an address after twenty failures spread over many usernames', () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 20; i++) throttle.fail(`user${i}`, '10.0.0.7', T0 + i);
    expect(throttle.retryAfter('someone-new', '10.0.0.7', T0 + 100)).toBeGreaterThan(0);
    expect(throttle.retryAfter('someone-new', '10.0.0.8', T0 + 100)).toBe(0);
  });

  it('lets the block expire when the oldest failure leaves the window', () => {
    const throttle = new LoginThrottle();
    failTimes(throttle, 'anna', '10.0.0.1', 5);
    expect(throttle.retryAfter('anna', '10.0.0.1', T0 + WINDOW_S * 1000 - 1)).toBeGreaterThan(0);
    expect(throttle.retryAfter('anna', '10.0.0.1', T0 + WINDOW_S * 1000 + 4000)).toBe(0);
  });

  it('forgets the failures of a username after a successful login', () => {
    const throttle = new LoginThrottle();
    failTimes(throttle, 'anna', '10.0.0.1', 4);
    throttle.succeed('anna');
    throttle.fail('anna', '10.0.0.1', T0 + 10_000);
    expect(throttle.retryAfter('anna', '10.0.0.1', T0 + 11_000)).toBe(0);
  });

  it('honours custom limits', () => {
    const throttle = new LoginThrottle(2, 3, 60_000);
    failTimes(throttle, 'anna', '10.0.0.1', 2);
    expect(throttle.retryAfter('anna', '10.0.0.1', T0 + 2000)).toBe(58);
  });
});
