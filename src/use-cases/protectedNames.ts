/**
 * The people whose names public titles are masked for (R-REG-7, R-PUB-2): every sender or recipient registered
 * with protected identity in the body's documents, and every person of the body marked with protected identity.
 * Body-wide rather than per case: a protected person's name typed into another case's title is masked too
 * (over-masking is preferred to a leak). The read must see all documents, whatever the actor may read.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import * as t from '../db/schema/index.ts';
import { personFromName, type ProtectedPerson } from '../domain/masking.ts';

export async function protectedPeopleOf(ex: Executor, bodyId: string): Promise<ProtectedPerson[]> {
  // Through the database function made for it: row-level security hides documents the actor may not read.
  const senders = (await ex.execute<{ name: string }>(sql`SELECT n AS name FROM namnd_protected_names(${bodyId}::uuid) n`)).rows;
  const people = await ex.select({ givenName: t.people.givenName, familyName: t.people.familyName }).from(t.people)
    .where(and(eq(t.people.bodyId, bodyId), eq(t.people.protectedIdentity, true)));
  return [...senders.map((s) => personFromName(s.name)), ...people];
}
