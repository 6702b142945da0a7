/**
 * Login throttling, keyed by the client's address: failures per address and username, and per address over all
 * usernames, within a sliding window. An attacking address is slowed down (429 until its oldest failure leaves
 * the window); the account itself is never locked, so the real user still signs in from their own address while
 * someone else guesses. In memory: with several app processes, each limits on its own.
 */
export class LoginThrottle {
  private failures = new Map<string, number[]>();

  constructor(
    /** Failures of one username from one address. */
    private readonly maxPerUser = 5,
    /** Failures from one address, whatever the username (guessing many accounts). */
    private readonly maxPerAddress = 20,
    private readonly windowMs = 15 * 60_000,
    /** Keys kept at most; beyond it, the ones whose failures have all left the window are dropped. */
    private readonly maxKeys = 50_000,
  ) {}

  private static userKey = (username: string, address: string): string => `u:${address}:${username.trim().toLowerCase()}`;
  private static addressKey = (address: string): string => `a:${address}`;

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (list.length) this.failures.set(key, list); else this.failures.delete(key);
    return list;
  }

  /** Seconds until this address may try this username again, or 0. */
  retryAfter(username: string, address: string, now = Date.now()): number {
    const user = this.recent(LoginThrottle.userKey(username, address), now);
    const addr = this.recent(LoginThrottle.addressKey(address), now);
    const blocking = user.length >= this.maxPerUser ? user : addr.length >= this.maxPerAddress ? addr : null;
    if (!blocking) return 0;
    return Math.max(1, Math.ceil((blocking[blocking.length - (blocking === user ? this.maxPerUser : this.maxPerAddress)]! + this.windowMs - now) / 1000));
  }

  fail(username: string, address: string, now = Date.now()): void {
    if (this.failures.size >= this.maxKeys) this.prune(now);
    for (const key of [LoginThrottle.userKey(username, address), LoginThrottle.addressKey(address)]) {
      this.failures.set(key, [...this.recent(key, now), now]);
    }
  }

  /** A successful login clears that username's failures from that address (not the address's overall count). */
  succeed(username: string, address: string): void {
    this.failures.delete(LoginThrottle.userKey(username, address));
  }

  private prune(now: number): void {
    for (const key of [...this.failures.keys()]) this.recent(key, now);
  }
}
