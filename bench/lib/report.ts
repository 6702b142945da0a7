/**
 * Output of the benchmarks: one JSON object per line and figure on stdout, progress on stderr.
 */
import os from 'node:os';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  target: number | null;
  better: 'higher' | 'lower';
}

export function emit(figure: Figure): void {
  process.stdout.write(`${JSON.stringify(figure)}\n`);
}

export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Logs the machine's CPU count and load: figures taken on a busy machine are not comparable. */
export function logMachine(): void {
  const [one, five] = os.loadavg();
  log(`machine: ${os.cpus().length} CPU(s), load average ${one!.toFixed(2)} (1 min), ${five!.toFixed(2)} (5 min)`);
}

export function numberEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

export function intEnv(name: string, fallback: number): number {
  const value = numberEnv(name, fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return value;
}

/** Nearest-rank percentile; 0 for no samples. */
export function percentile(samples: number[], p: number): number {
  if (!samples.length) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
