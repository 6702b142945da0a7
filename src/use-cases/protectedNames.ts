/**
 * The people whose names public titles are masked for (R-REG-7, R-PUB-2): every sender or recipient registered
 * with protected identity in the body's documents, and every person of the body marked with protected identity.
 * Body-wide rather than per case: a protected person's name typed into another case's title is masked too
 * (over-masking is preferred to a leak). The read must see all documents, whatever the actor may read.
 */
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import * as t from '../db/schema/index.ts';
import { personFromName, type ProtectedPerson } from '../domain/masking.ts';

export async function protectedPeopleOf(ex: Executor, bodyId: string): Promise<ProtectedPerson[]> {
  const senders = await ex.selectDistinct({ name: t.documents.counterpartyName }).from(t.documents)
    .where(and(eq(t.documents.bodyId, bodyId), eq(t.documents.counterpartyProtected, true), isNotNull(t.documents.counterpartyName)));
  const people = await ex.select({ givenName: t.people.givenName, familyName: t.people.familyName }).from(t.people)
    .where(and(eq(t.people.bodyId, bodyId), eq(t.people.protectedIdentity, true)));
  return [...senders.map((s) => personFromName(s.name!)), ...people];
}
