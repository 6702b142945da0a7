/**
 * Tells whoever keeps copies of public pages (the page cache) that what the public may see of documents changed,
 * so a withdrawn file leaves every kept page at once instead of when the copy expires. Other server processes
 * hear of it through the database: the use case sends `pg_notify(PUBLIC_CHANGE_CHANNEL, bodyId)` in its
 * transaction, which PostgreSQL delivers on commit.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';

export const PUBLIC_CHANGE_CHANNEL = 'namnd_public_change';

type Listener = (bodyId: string) => void;
const listeners = new Set<Listener>();

/** Subscribes to changes of what the public may see; returns the unsubscribe function. */
export function onPublicChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Announces a committed change to the listeners of this process. */
export function publicChanged(bodyId: string): void {
  for (const listener of listeners) listener(bodyId);
}

/** Queues the announcement to the other processes; delivered when (and only if) the transaction commits. */
export async function notifyOtherProcesses(ex: Executor, bodyId: string): Promise<void> {
  await ex.execute(sql`SELECT pg_notify(${PUBLIC_CHANGE_CHANNEL}, ${bodyId})`);
}
