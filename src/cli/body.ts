/**
 * The municipality a CLI command acts on: the only one in the database, or a new one for a fresh install.
 */
import { asc } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { bodies } from '../db/schema/index.ts';

export async function firstBody(db: Db): Promise<string> {
  const [body] = await db.select({ id: bodies.id }).from(bodies).orderBy(asc(bodies.createdAt)).limit(1);
  if (!body) throw new Error('The database holds no municipality yet: run `namnd demo` or `namnd user create --body "…"` first.');
  return body.id;
}

export async function ensureBody(db: Db, name: string): Promise<string> {
  const [body] = await db.select({ id: bodies.id }).from(bodies).orderBy(asc(bodies.createdAt)).limit(1);
  if (body) return body.id;
  const code = name.normalize('NFD').replace(/[^A-Za-z]/g, '').slice(0, 12).toUpperCase() || 'KOMMUN';
  const [row] = await db.insert(bodies).values({ code, name }).returning({ id: bodies.id });
  return row!.id;
}
