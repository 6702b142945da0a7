/**
 * A migrated, empty PGlite data directory made once at install time (`npm run build:store-template`). A new
 * embedded store is copied from it instead of running initdb, which takes seconds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const templateDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../.cache/pglite-template');

/** Copies the template into `dataDir/pg` when the store does not exist yet; returns whether it did. */
export function seedFromTemplate(dataDir: string): boolean {
  const target = path.join(dataDir, 'pg');
  const source = path.join(templateDir, 'pg');
  if (fs.existsSync(target) || !fs.existsSync(path.join(source, 'PG_VERSION'))) return false;
  fs.mkdirSync(dataDir, { recursive: true });
  fs.cpSync(source, `${target}.tmp`, { recursive: true });
  fs.renameSync(`${target}.tmp`, target);
  return true;
}
