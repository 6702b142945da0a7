/**
 * Waiting for a quiet machine before measuring: a server that has just started may still be doing background
 * work (the demo's PDF text extraction, for one), and a throughput figure taken meanwhile measures that work too.
 */
import { readFileSync } from 'node:fs';
import { log } from './report.ts';

/** Busy and total CPU time since boot, from /proc/stat (Linux); null elsewhere. */
function cpuTimes(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/**
 * Resolves once the machine's CPUs were on average less than `busyShare` busy over a `windowMs` window, or after
 * `maxMs` (logged: the figures that follow were taken on a busy machine).
 */
export async function waitForQuietMachine(busyShare = 0.15, windowMs = 3000, maxMs = 180_000): Promise<void> {
  const until = Date.now() + maxMs;
  let before = cpuTimes();
  if (!before) return;
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, windowMs));
    const now = cpuTimes()!;
    const share = (now.busy - before.busy) / Math.max(1, now.total - before.total);
    if (share < busyShare) return;
    before = now;
  }
  log(`the machine stayed busy for ${Math.round(maxMs / 1000)} s; measuring anyway`);
}
