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

describe('WORKERS', () => {
  it('defaults to one process and needs PostgreSQL for more', async () => {
    const { assertClusterable } = await import('../../src/http/cluster.ts');
    expect(loadConfig({}).workers).toBe(1);
    expect(() => assertClusterable(loadConfig({ WORKERS: '2' }))).toThrow(/WORKERS > 1 needs DATABASE_URL/);
    expect(() => assertClusterable(loadConfig({ WORKERS: '2', DATABASE_URL: 'postgres://db/namnd' }))).not.toThrow();
    expect(() => loadConfig({ WORKERS: '0' })).toThrow(/WORKERS must be a positive integer/);
  });
});
