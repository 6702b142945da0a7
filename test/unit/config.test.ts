import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

describe('configuration', () => {
  it('defaults to port 3000, ./data and a 50 MB upload limit', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe(path.resolve('./data'));
    expect(config.uploadLimitBytes).toBe(50 * 1024 * 1024);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.secureCookies).toBe(false);
  });

  it('reads the upload limit in MB and marks cookies secure behind https', () => {
    const config = loadConfig({ UPLOAD_LIMIT_MB: '2', BASE_URL: 'https://namnd.example.se', PORT: '8080' });
    expect(config.uploadLimitBytes).toBe(2 * 1024 * 1024);
    expect(config.secureCookies).toBe(true);
    expect(config.port).toBe(8080);
  });

  it('rejects a port or limit that is not a positive integer, naming the variable', () => {
    expect(() => loadConfig({ PORT: '0' })).toThrow(/PORT must be a positive integer/);
    expect(() => loadConfig({ PORT: 'http' })).toThrow(/PORT/);
    expect(() => loadConfig({ UPLOAD_LIMIT_MB: '1.5' })).toThrow(/UPLOAD_LIMIT_MB/);
  });
});

describe('TRUSTED_PROXIES (F6)', () => {
  it('trusts no proxy by default', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ BASE_URL: 'https://namnd.example.se' }).trustedProxies).toEqual([]);
  });

  it('reads addresses and CIDRs, comma-separated', () => {
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.5, 192.168.1.0/24,::1,fd00::/8, loopback' }).trustedProxies)
      .toEqual(['10.0.0.5', '192.168.1.0/24', '::1', 'fd00::/8', 'loopback']);
  });

  it('refuses anything else at start, naming the variable and the entry', () => {
    for (const bad of ['*', 'true', 'proxy.example.se', '10.0.0.0/33', '10.0.0.300', '10.0.0.0/8/1', '::1/129']) {
      expect(() => loadConfig({ TRUSTED_PROXIES: bad }), bad).toThrow(new RegExp(`TRUSTED_PROXIES .*"${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"`));
    }
  });
});

describe('WORKERS', () => {
  it('defaults to one process and needs PostgreSQL for more', async () => {
    const { assertClusterable } = await import('../../src/http/cluster.ts');
    expect(loadConfig({}).workers).toBe(1);
    expect(() => assertClusterable(loadConfig({ WORKERS: '2' }))).toThrow(/WORKERS > 1 needs DATABASE_URL/);
    expect(() => assertClusterable(loadConfig({ WORKERS: '2', DATABASE_URL: 'postgres://db/namnd' }))).not.toThrow();
    expect(() => loadConfig({ WORKERS: '0' })).toThrow(/WORKERS must be a positive integer/);
  });
});
