/**
 * The `namnd` command as an operator runs it: a child process `node bin/namnd.js …` on a temporary DATA_DIR.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/namnd.js');

interface Run { code: number | null; stdout: string; stderr: string }

let dataDir: string;
let work: string;

function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...extra };
  delete env.DATABASE_URL;
  delete env.FILES_DIR;
  return env;
}

function start(args: string[], extra: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cliEnv(extra), stdio: ['ignore', 'pipe', 'pipe'] });
}

function run(args: string[], extra: Record<string, string> = {}, timeoutMs = 90_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = start(args, extra);
    let stdout = '', stderr = '';
    child.stdout!.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`namnd ${args.join(' ')} timed out\n${stdout}\n${stderr}`)); }, timeoutMs);
    child.on('exit', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(port: number, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`serve exited early with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('serve did not become healthy');
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'namnd-cli-'));
  dataDir = path.join(work, 'data');
});
afterAll(async () => { await fs.rm(work, { recursive: true, force: true }); });

describe('namnd CLI', () => {
  it('migrate prepares an empty data directory', async () => {
    const result = await run(['migrate']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Migrations applied.');
    await expect(fs.stat(path.join(dataDir, 'pg'))).resolves.toBeTruthy();
    await expect(fs.stat(path.join(dataDir, 'namnd.lock'))).rejects.toThrow();
  }, 150_000);

  it('demo loads the demo municipality once', async () => {
    const first = await run(['demo']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Demo municipality Umeå kommun loaded');
    expect(first.stdout).toContain('registrator');
    const second = await run(['demo']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('not empty');
  }, 120_000);

  it('user create adds an account; a duplicate or a weak password exits 1 with the reason', async () => {
    const ok = await run(['user', 'create', '--username', 'x', '--display-name', 'X', '--password', 'longpassword1']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Created user x (admin).');
    const dup = await run(['user', 'create', '--username', 'x', '--display-name', 'X', '--password', 'longpassword1']);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/username: användarnamnet x finns redan/);
    const weak = await run(['user', 'create', '--username', 'y', '--display-name', 'Y', '--password', 'kort']);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/password: lösenordet måste ha minst 8 tecken/);
  }, 120_000);

  it('import cases: a bad file exits 1 with per-row errors and imports nothing; a good file exits 0', async () => {
    const bad = path.join(work, 'bad.csv');
    await fs.writeFile(bad, 'number,title,openedAt\nKS-2023/00010,Bra rad,2023-02-01\nKS-2023/10,Felaktigt nummer,2023-02-02\nKS-2024/00456,Finns redan,2024-01-01\n');
    const refused = await run(['import', 'cases', '--csv', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Nothing was imported: 2 error(s).');
    expect(refused.stderr).toMatch(/row 3: number: .*KS-2023\/10/);
    expect(refused.stderr).toMatch(/row 4: number: KS-2024\/00456 finns redan i diariet/);

    const good = path.join(work, 'good.csv');
    await fs.writeFile(good, 'number;title;openedAt;status;closedAt\nKS-2023/00010;Bra rad;2023-02-01;closed;2023-06-30\nKS-2023/00011;Ännu en rad;2023-02-02;;\n');
    const imported = await run(['import', 'cases', '--csv', good]);
    expect(imported.code, imported.stderr).toBe(0); // would fail on a duplicate had the bad file imported its good row
    expect(imported.stdout).toContain('Imported 2 cases.');
  }, 120_000);

  it('backup writes database.tar.gz and the files to the target folder', async () => {
    const out = path.join(work, 'backup');
    const result = await run(['backup', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const dump = await fs.stat(path.join(out, 'database.tar.gz'));
    expect(dump.size).toBeGreaterThan(10_000);
    const head = Buffer.alloc(2);
    const handle = await fs.open(path.join(out, 'database.tar.gz'));
    await handle.read(head, 0, 2, 0);
    await handle.close();
    expect(head.toString('hex')).toBe('1f8b'); // gzip
    expect((await fs.readdir(path.join(out, 'files'))).length).toBeGreaterThan(0);
  }, 120_000);

  it('a second serve on a data directory in use refuses with a clear message', async () => {
    const port = await freePort();
    const first = start(['serve'], { PORT: String(port), HOST: '127.0.0.1' });
    let firstErr = '';
    first.stderr!.on('data', (d: Buffer) => { firstErr += d.toString(); });
    try {
      await waitForHealth(port, first);
      const second = await run(['serve'], { PORT: String(await freePort()), HOST: '127.0.0.1' });
      expect(second.code).not.toBe(0);
      expect(second.stderr).toContain('already in use');
      expect(second.stderr).toContain(String(first.pid));
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).ok).toBe(true);
      const backup = await run(['backup', '--out', path.join(work, 'backup-while-serving')]);
      expect(backup.code).not.toBe(0);
      expect(backup.stderr).toContain('already in use');
    } finally {
      const exited = new Promise<number | null>((resolve) => first.on('exit', (code) => resolve(code)));
      if (first.exitCode === null) first.kill('SIGTERM');
      expect(await exited, firstErr).toBe(0);
    }
    await expect(fs.stat(path.join(dataDir, 'namnd.lock'))).rejects.toThrow();
  }, 150_000);
});
