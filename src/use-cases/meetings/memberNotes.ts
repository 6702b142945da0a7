/**
 * Members' private notes on documents of their meeting books. A note is the author's own; shared with the party
 * group on request, it is readable by members of the same party. Notes are not allmänna handlingar of the
 * authority and never appear in any public output.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { memberNotes, people, users } from '../../db/schema/index.ts';
import { loadDocuments } from '../../db/repositories/documents.ts';
import { checkText } from '../../domain/text.ts';
import { isUuid } from '../../domain/ids.ts';
import { notFound, validationError, type FieldError } from '../../domain/errors.ts';
import type { Ctx } from '../context.ts';

export interface NoteView { id: string; documentId: string; text: string; sharedWithParty: boolean; updatedAt: string; author: string; mine: boolean }

async function partyOf(ctx: Ctx): Promise<string | null> {
  const [row] = await ctx.db.select({ partyId: people.partyId }).from(users).innerJoin(people, eq(people.id, users.personId)).where(eq(users.id, ctx.actor.userId));
  return row?.partyId ?? null;
}

async function visibleDocument(ctx: Ctx, documentId: string): Promise<void> {
  if (!isUuid(documentId) || !(await loadDocuments(ctx.db, ctx.actor, { documentId }))[0]) throw notFound('Handlingen');
}

/** My note and my party group's shared notes on a document. */
export async function listNotes(ctx: Ctx, documentId: string): Promise<NoteView[]> {
  await visibleDocument(ctx, documentId);
  const party = await partyOf(ctx);
  const rows = await ctx.db.select({ n: memberNotes, author: users.displayName, partyId: people.partyId }).from(memberNotes)
    .innerJoin(users, eq(users.id, memberNotes.userId)).leftJoin(people, eq(people.id, users.personId))
    .where(and(eq(memberNotes.documentId, documentId), eq(memberNotes.bodyId, ctx.actor.bodyId)));
  return rows.filter((r) => r.n.userId === ctx.actor.userId || (r.n.sharedWithParty && party !== null && r.partyId === party))
    .map((r) => ({ id: r.n.id, documentId, text: r.n.text, sharedWithParty: r.n.sharedWithParty, updatedAt: r.n.updatedAt.toISOString(), author: r.author, mine: r.n.userId === ctx.actor.userId }));
}

export async function saveNote(ctx: Ctx, documentId: string, input: { text?: unknown; sharedWithParty?: unknown }): Promise<NoteView[]> {
  await visibleDocument(ctx, documentId);
  const errors: FieldError[] = [];
  const text = checkText(input.text, { field: 'text', max: 10_000, multiline: true }, errors);
  if (errors.length) throw validationError(errors);
  const shared = input.sharedWithParty === true;
  if (text === '') {
    await ctx.db.delete(memberNotes).where(and(eq(memberNotes.documentId, documentId), eq(memberNotes.userId, ctx.actor.userId)));
  } else {
    await ctx.db.insert(memberNotes).values({ bodyId: ctx.actor.bodyId, userId: ctx.actor.userId, documentId, text, sharedWithParty: shared })
      .onConflictDoUpdate({ target: [memberNotes.bodyId, memberNotes.userId, memberNotes.documentId], set: { text, sharedWithParty: shared, updatedAt: new Date() } });
  }
  return listNotes(ctx, documentId);
}

/** Which of these documents carry a note of mine (for markers in the reading view). */
export async function notedDocuments(ctx: Ctx, documentIds: string[]): Promise<string[]> {
  if (!documentIds.length) return [];
  const rows = await ctx.db.select({ id: memberNotes.documentId }).from(memberNotes)
    .where(and(eq(memberNotes.userId, ctx.actor.userId), inArray(memberNotes.documentId, documentIds)));
  return rows.map((r) => r.id);
}
