/**
 * Makes sure the staff web app in dist/web is built and not older than its sources (web/).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './server.ts';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const index = path.join(repoRoot, 'dist/web/index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  if (built > 0 && built >= newestMtime(path.join(repoRoot, 'web'))) return;
  const result = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: repoRoot, stdio: 'inherit', env: process.env });
  if (result.status !== 0 || !fs.existsSync(index)) {
    throw new Error('Building the web app (npm run build:web) failed: the browser tests need dist/web.');
  }
}
