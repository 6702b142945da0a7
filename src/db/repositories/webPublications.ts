/**
 * Writes and reads web publications (R-PUB-1). A publication is a row; withdrawing sets its withdrawal once
 * (the database refuses any other change and every deletion).
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { webPublications } from '../schema/index.ts';
import { defaultWebPublication, type WebPublicationFacts } from '../../domain/webPublication.ts';

export interface DefaultPublicationInput extends WebPublicationFacts {
  bodyId: string; documentId: string;
  /** Who registered the document (null for the system). */
  actorId: string | null;
}

/**
 * Publishes a newly registered document when its kind's default says so; for documents the system registers
 * itself (generated reports, minutes, demo data). Returns whether it was published.
 */
export async function recordDefaultPublication(ex: Executor, input: DefaultPublicationInput): Promise<boolean> {
  if (!defaultWebPublication(input).published) return false;
  await ex.insert(webPublications).values({ bodyId: input.bodyId, documentId: input.documentId, basis: 'default', publishedBy: input.actorId });
  return true;
}

/** The document's active publication, if any. */
export async function activePublication(ex: Executor, documentId: string) {
  const [row] = await ex.select().from(webPublications).where(and(eq(webPublications.documentId, documentId), isNull(webPublications.withdrawnAt)));
  return row;
}
