/**
 * Configuration read once from the environment. Documented in README.md.
 */
import net from 'node:net';
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
  /**
   * Reverse proxies whose X-Forwarded-For is believed (addresses, CIDRs, or proxy-addr's names loopback,
   * linklocal, uniquelocal). The client is the nearest address in the chain that is not one of them. Empty: the
   * header is ignored and the client is the connection's peer.
   */
  trustedProxies: string[];
}

function intFrom(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUSTED_PROXIES: comma-separated addresses or CIDRs; anything else is refused at start, naming the entry. */
export function parseTrustedProxies(value: string | undefined): string[] {
  const entries = (value ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  for (const entry of entries) {
    if (PROXY_NAMES.has(entry)) continue;
    const [address, prefix, extra] = entry.split('/');
    const family = net.isIP(address ?? '');
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
    if (!family || !prefixOk || extra !== undefined) {
      throw new Error(`TRUSTED_PROXIES must list addresses or CIDRs (e.g. 10.0.0.5,192.168.1.0/24), got "${entry}"`);
    }
  }
  return entries;
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
    trustedProxies: parseTrustedProxies(env.TRUSTED_PROXIES),
  };
}
