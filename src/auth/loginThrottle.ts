/**
 * Login rate limiting: failures per username and per client address within a sliding window. In memory: with
 * several app processes, each limits on its own (the account lock in the database is the shared backstop).
 */
export class LoginThrottle {
  private failures = new Map<string, number[]>();

  constructor(private readonly maxPerKey = 5, private readonly maxPerAddress = 20, private readonly windowMs = 15 * 60_000) {}

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (list.length) this.failures.set(key, list); else this.failures.delete(key);
    return list;
  }

  /** Seconds until another attempt is allowed, or 0. */
  retryAfter(username: string, address: string, now = Date.now()): number {
    const user = this.recent(`u:${username.toLowerCase()}`, now);
    const addr = this.recent(`a:${address}`, now);
    const blocking = user.length >= this.maxPerKey ? user : addr.length >= this.maxPerAddress ? addr : null;
    if (!blocking) return 0;
    return Math.ceil((blocking[0]! + this.windowMs - now) / 1000);
  }

  fail(username: string, address: string, now = Date.now()): void {
    for (const key of [`u:${username.toLowerCase()}`, `a:${address}`]) this.failures.set(key, [...this.recent(key, now), now]);
  }

  succeed(username: string): void {
    this.failures.delete(`u:${username.toLowerCase()}`);
  }
}
