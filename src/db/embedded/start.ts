/**
 * Starts the embedded store: takes the data-directory lock, spawns the PGlite child and waits until it listens.
 */
import { fork } from 'node:child_process';
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lockDataDir } from './lock.ts';
import { seedFromTemplate } from './template.ts';

export interface EmbeddedStore {
  /** Directory holding the unix socket: use as `host` for node-postgres. */
  socketDir: string;
  stop(): Promise<void>;
}

function socketDirFor(dataDir: string): string {
  const inside = path.join(dataDir, 'run');
  if (inside.length < 90) return inside;
  const hash = crypto.createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  return path.join(os.tmpdir(), `namnd-${hash}`);
}

export async function startEmbedded(dataDir: string): Promise<EmbeddedStore> {
  const release = lockDataDir(dataDir);
  try {
    seedFromTemplate(dataDir);
  } catch (error) {
    release();
    throw error;
  }
  const socketDir = socketDirFor(dataDir);
  const entry = fileURLToPath(new URL('./server.ts', import.meta.url));
  const child = fork(entry, [dataDir, socketDir], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`The embedded database process ended early (exit code ${code}).`)));
    });
  } catch (error) {
    release();
    throw error;
  }
  child.removeAllListeners('exit');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    socketDir,
    async stop() {
      if (child.connected) child.send('close');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
      release();
    },
  };
}
