/**
 * Configuration read once from the environment. Documented in README.md.
 */
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  baseUrl: string;
  smtpUrl: string | undefined;
  uploadLimitBytes: number;
  logLevel: string;
  secureCookies: boolean;
  /** HTTP processes sharing the port (PostgreSQL only; the embedded store has one process). */
  workers: number;
}

function intFrom(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = intFrom('PORT', env.PORT, 3000);
  const baseUrl = env.BASE_URL ?? `http://localhost:${port}`;
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    baseUrl,
    smtpUrl: env.SMTP_URL || undefined,
    uploadLimitBytes: intFrom('UPLOAD_LIMIT_MB', env.UPLOAD_LIMIT_MB, 50) * 1024 * 1024,
    logLevel: env.LOG_LEVEL ?? 'info',
    secureCookies: baseUrl.startsWith('https://'),
    workers: intFrom('WORKERS', env.WORKERS, 1),
  };
}
