/**
 * Building the agenda: add, change, move and strike items. After the notice was sent, changes are allowed only
 * as logged changes that call for a new notice (R-CALL-2); a case may stand on one coming meeting per organ.
 * An item's title is public (agenda, book, minutes, portal, mail): by default the case's public title, never its
 * internal title, and a title written for the item is masked (R-PUB-2, domain/publicTitle.ts).
 */
import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { staffReader } from '../../disclosure/reader.ts';
import * as t from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { loadMeeting, type MeetingView } from '../../db/repositories/agenda.ts';
import { ITEM_KINDS, agendaChangeNeedsNewNotice, assertAgendaEditable, isAuthoritative, placementProblem, type ItemKind, type MeetingState } from '../../domain/agenda.ts';
import { formatParagraph } from '../../domain/paragraphs.ts';
import { isUuid } from '../../domain/ids.ts';
import { swedishDate } from '../../domain/dates.ts';
import { checkText } from '../../domain/text.ts';
import { agendaItemTitle } from '../../domain/publicTitle.ts';
import { protectedPeopleOf } from '../protectedNames.ts';
import { AppError, notFound, validationError, type FieldError } from '../../domain/errors.ts';
import { canManageMeeting } from '../../policies/meetings.ts';
import type { Ctx } from '../context.ts';

interface Guarded { meeting: MeetingView }

/** Loads the meeting for an agenda change, checks rights and state, and flags a due notice. */
async function guard(ctx: Ctx, tx: Tx, meetingId: string, action: string, details: Record<string, unknown>): Promise<Guarded> {
  const meeting = isUuid(meetingId) ? await loadMeeting(tx, staffReader(ctx.actor), meetingId) : undefined;
  if (!meeting) throw notFound('Sammanträdet');
  if (!canManageMeeting(ctx.actor, meeting.organId)) throw new AppError('forbidden', 'Du har inte behörighet att ändra dagordningen.');
  const problem = assertAgendaEditable(meeting.state);
  if (problem) throw new AppError('conflict', problem);
  const afterNotice = agendaChangeNeedsNewNotice(meeting.state);
  if (afterNotice) await tx.update(t.meetings).set({ needsNewNotice: true }).where(eq(t.meetings.id, meetingId));
  await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: afterNotice ? `${action}_after_notice` : action, entityType: 'meeting', entityId: meetingId, details });
  return { meeting };
}

function checkItemFields(input: Record<string, unknown>, errors: FieldError[], partial: boolean) {
  const out: { title?: string; kind?: ItemKind; public?: boolean; presenter?: string | null } = {};
  if (!partial || input.title !== undefined) out.title = checkText(input.title, { field: 'title', max: 300, required: partial }, errors);
  if (!partial || input.kind !== undefined) {
    const kind = (input.kind ?? 'decision') as ItemKind;
    if (!ITEM_KINDS.includes(kind)) errors.push({ field: 'kind', message: `måste vara en av ${ITEM_KINDS.join(', ')}` });
    out.kind = kind;
  }
  if (!partial || input.public !== undefined) out.public = input.public !== false;
  if (!partial || input.presenter !== undefined) out.presenter = checkText(input.presenter, { field: 'presenter', max: 200 }, errors) || null;
  return out;
}

/** Default book documents of a case: its documents with a PDF, official reports first, in registration order. */
async function defaultDocuments(tx: Tx, caseId: string): Promise<string[]> {
  const rows = await tx.selectDistinct({ id: t.documents.id, kind: t.documents.kind, seq: t.documents.seq }).from(t.documents)
    .innerJoin(t.files, and(eq(t.files.documentId, t.documents.id), eq(t.files.mediaType, 'application/pdf')))
    .where(eq(t.documents.caseId, caseId)).orderBy(asc(t.documents.seq));
  return [...rows.filter((d) => d.kind === 'official_report'), ...rows.filter((d) => d.kind !== 'official_report')].map((d) => d.id);
}

async function setDocuments(ctx: Ctx, tx: Tx, itemId: string, caseId: string | null, documentIds: string[]): Promise<void> {
  if (documentIds.some((id) => !isUuid(id))) throw validationError([{ field: 'documentIds', message: 'ogiltigt handlings-id' }]);
  if (documentIds.length) {
    const found = await tx.select({ id: t.documents.id, caseId: t.documents.caseId }).from(t.documents)
      .where(and(eq(t.documents.bodyId, ctx.actor.bodyId), inArray(t.documents.id, documentIds)));
    if (found.length !== new Set(documentIds).size || found.some((d) => d.caseId !== caseId)) {
      throw validationError([{ field: 'documentIds', message: 'handlingarna måste höra till ärendet' }]);
    }
  }
  await tx.delete(t.agendaItemDocuments).where(eq(t.agendaItemDocuments.agendaItemId, itemId));
  if (documentIds.length) await tx.insert(t.agendaItemDocuments).values(documentIds.map((documentId, position) => ({ bodyId: ctx.actor.bodyId, agendaItemId: itemId, documentId, position })));
}

export async function addAgendaItem(ctx: Ctx, meetingId: string, input: Record<string, unknown>): Promise<MeetingView> {
  const errors: FieldError[] = [];
  const fields = checkItemFields(input, errors, false);
  const caseId = input.caseId ? String(input.caseId) : null;
  if (caseId && !isUuid(caseId)) errors.push({ field: 'caseId', message: 'ogiltigt ärende-id' });
  if (!caseId && !fields.title) errors.push({ field: 'title', message: 'ange rubrik eller välj ett ärende' });
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const { meeting } = await guard(ctx, tx, meetingId, 'agenda.add_item', { caseId });
    const sectionId = isUuid(input.sectionId) && meeting.sections.some((s) => s.id === input.sectionId) ? input.sectionId : meeting.sections[0]?.id;
    if (!sectionId) throw validationError([{ field: 'sectionId', message: 'dagordningen saknar avsnitt' }]);
    let casePublicTitle: string | null = null;
    if (caseId) {
      const [c] = await tx.select().from(t.cases).where(and(eq(t.cases.id, caseId), eq(t.cases.bodyId, ctx.actor.bodyId)));
      if (!c) throw validationError([{ field: 'caseId', message: 'ärendet finns inte' }]);
      casePublicTitle = c.publicTitle;
      const others = await tx.select({ date: t.meetings.date, state: t.meetings.state, paragraph: t.agendaItems.paragraph, year: t.agendaItems.paragraphYear })
        .from(t.agendaItems).innerJoin(t.meetings, eq(t.meetings.id, t.agendaItems.meetingId))
        .where(and(eq(t.agendaItems.caseId, caseId), eq(t.meetings.organId, meeting.organId), eq(t.agendaItems.withdrawn, false)));
      const problem = placementProblem(c.number, others.map((o) => ({ meetingDate: o.date, meetingState: o.state as MeetingState, paragraph: o.paragraph ? formatParagraph(o.paragraph, o.year!) : null })), swedishDate(ctx.clock.now()));
      if (problem) throw validationError([{ field: 'caseId', message: problem }]);
    }
    const title = agendaItemTitle(fields.title, casePublicTitle, await protectedPeopleOf(tx, ctx.actor.bodyId));
    const [{ next }] = (await tx.execute<{ next: number }>(sql`SELECT coalesce(max(position), -1) + 1 AS next FROM agenda_items WHERE section_id = ${sectionId}`)).rows as [{ next: number }];
    const [item] = await tx.insert(t.agendaItems).values({
      bodyId: ctx.actor.bodyId, meetingId, organId: meeting.organId, sectionId, position: Number(next), caseId, title, kind: fields.kind!, public: fields.public!, presenter: fields.presenter,
    }).returning({ id: t.agendaItems.id });
    if (caseId) {
      const documentIds = Array.isArray(input.documentIds) ? input.documentIds.map(String) : await defaultDocuments(tx, caseId);
      await setDocuments(ctx, tx, item!.id, caseId, documentIds);
      // A consultation opened by another organ's decision (the case was sent here) is placed on this item.
      const [waiting] = await tx.select({ id: t.consultations.id }).from(t.consultations)
        .where(and(eq(t.consultations.caseId, caseId), eq(t.consultations.organId, meeting.organId), isNull(t.consultations.agendaItemId)));
      if (waiting) await tx.update(t.consultations).set({ agendaItemId: item!.id }).where(eq(t.consultations.id, waiting.id));
      else await tx.insert(t.consultations).values({ bodyId: ctx.actor.bodyId, caseId, organId: meeting.organId, agendaItemId: item!.id, authoritative: isAuthoritative(fields.kind!), role: fields.kind === 'decision' ? 'decides' : 'prepares' });
    }
    return (await loadMeeting(tx, staffReader(ctx.actor), meetingId))!;
  });
}

async function itemOf(ctx: Ctx, tx: Tx, itemId: string) {
  const [item] = isUuid(itemId) ? await tx.select().from(t.agendaItems).where(and(eq(t.agendaItems.id, itemId), eq(t.agendaItems.bodyId, ctx.actor.bodyId))) : [];
  if (!item) throw notFound('Ärendepunkten');
  return item;
}

export async function updateAgendaItem(ctx: Ctx, itemId: string, input: Record<string, unknown>): Promise<MeetingView> {
  const errors: FieldError[] = [];
  const fields = checkItemFields(input, errors, true);
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const item = await itemOf(ctx, tx, itemId);
    await guard(ctx, tx, item.meetingId, 'agenda.update_item', { itemId, fields: Object.keys(fields) });
    if (fields.title !== undefined) fields.title = agendaItemTitle(fields.title, null, await protectedPeopleOf(tx, ctx.actor.bodyId));
    if (Object.keys(fields).length) await tx.update(t.agendaItems).set(fields).where(eq(t.agendaItems.id, itemId));
    if (fields.kind) await tx.update(t.consultations).set({ authoritative: isAuthoritative(fields.kind) }).where(eq(t.consultations.agendaItemId, itemId));
    if (Array.isArray(input.documentIds)) await setDocuments(ctx, tx, itemId, item.caseId, input.documentIds.map(String));
    return (await loadMeeting(tx, staffReader(ctx.actor), item.meetingId))!;
  });
}

/** Moves an item to `position` (0-based) in `sectionId` (default: its own section); others shift. */
export async function moveAgendaItem(ctx: Ctx, itemId: string, input: { sectionId?: unknown; position?: unknown }): Promise<MeetingView> {
  const position = Number(input.position);
  if (!Number.isInteger(position) || position < 0) throw validationError([{ field: 'position', message: 'måste vara ett heltal ≥ 0' }]);
  return ctx.db.transaction(async (tx) => {
    const item = await itemOf(ctx, tx, itemId);
    const { meeting } = await guard(ctx, tx, item.meetingId, 'agenda.move_item', { itemId });
    const sectionId = input.sectionId === undefined ? item.sectionId : String(input.sectionId);
    if (!meeting.sections.some((s) => s.id === sectionId)) throw validationError([{ field: 'sectionId', message: 'avsnittet finns inte i dagordningen' }]);
    const siblings = await tx.select({ id: t.agendaItems.id }).from(t.agendaItems)
      .where(and(eq(t.agendaItems.sectionId, sectionId), ne(t.agendaItems.id, itemId))).orderBy(asc(t.agendaItems.position));
    const order = siblings.map((s) => s.id);
    order.splice(Math.min(position, order.length), 0, itemId);
    for (const [i, id] of order.entries()) await tx.update(t.agendaItems).set({ position: i, sectionId }).where(eq(t.agendaItems.id, id));
    return (await loadMeeting(tx, staffReader(ctx.actor), item.meetingId))!;
  });
}

/** Before the notice: the item is removed. After: it is struck ("utgår") and keeps its paragraph number. */
export async function removeAgendaItem(ctx: Ctx, itemId: string): Promise<MeetingView> {
  return ctx.db.transaction(async (tx) => {
    const item = await itemOf(ctx, tx, itemId);
    const { meeting } = await guard(ctx, tx, item.meetingId, 'agenda.remove_item', { itemId, caseId: item.caseId });
    if (item.paragraph !== null || meeting.state !== 'planned') {
      await tx.update(t.agendaItems).set({ withdrawn: true }).where(eq(t.agendaItems.id, itemId));
    } else {
      // A case another organ sent here (its decision opened the consultation) goes back among the ready cases.
      const sent = item.caseId !== null && (await tx.select({ id: t.itemDecisions.agendaItemId }).from(t.itemDecisions)
        .where(and(eq(t.itemDecisions.bodyId, ctx.actor.bodyId), eq(t.itemDecisions.toOrganId, meeting.organId),
          inArray(t.itemDecisions.agendaItemId, tx.select({ id: t.agendaItems.id }).from(t.agendaItems).where(eq(t.agendaItems.caseId, item.caseId))))).limit(1)).length > 0;
      if (sent) await tx.update(t.consultations).set({ agendaItemId: null }).where(eq(t.consultations.agendaItemId, itemId));
      else await tx.delete(t.consultations).where(eq(t.consultations.agendaItemId, itemId));
      await tx.delete(t.agendaItemDocuments).where(eq(t.agendaItemDocuments.agendaItemId, itemId));
      await tx.delete(t.agendaItems).where(eq(t.agendaItems.id, itemId));
    }
    return (await loadMeeting(tx, staffReader(ctx.actor), item.meetingId))!;
  });
}
