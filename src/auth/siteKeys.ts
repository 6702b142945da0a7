/**
 * The installation's signing keys, one per purpose (form tokens, subscription links): made on first use and kept
 * in the database (site_keys), so signed tokens work across restarts and across app processes.
 */
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { siteKeys } from '../db/schema/index.ts';
import type { Db } from '../db/client.ts';

export type KeyPurpose = 'subscriptions' | 'forms';

const cache = new WeakMap<object, Map<KeyPurpose, Buffer>>();

export async function siteKey(services: { db: Db }, purpose: KeyPurpose): Promise<Buffer> {
  const known = cache.get(services.db)?.get(purpose);
  if (known) return known;
  await services.db.insert(siteKeys).values({ purpose, secret: crypto.randomBytes(32).toString('base64') }).onConflictDoNothing({ target: siteKeys.purpose });
  const [row] = await services.db.select({ secret: siteKeys.secret }).from(siteKeys).where(eq(siteKeys.purpose, purpose));
  const key = Buffer.from(row!.secret, 'base64');
  const forDb = cache.get(services.db) ?? new Map<KeyPurpose, Buffer>();
  forDb.set(purpose, key);
  cache.set(services.db, forDb);
  return key;
}
