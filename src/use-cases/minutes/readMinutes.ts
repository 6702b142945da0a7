/**
 * Reads the minutes: the view (state, version, SHA-256, signatures, the R-JUST-1 deadline and warning, who still
 * has to sign), the PDF (current version), the HTML rendering, and the public copy (R-PUB-1: masked; the stored
 * copy once adjusted, otherwise rendered on demand and marked unadjusted).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { loadMinutesData } from '../../db/repositories/minutesData.ts';
import { deadlineStatus, requiredSigners, signingProgress, type DeadlineStatus, type SignatureFact } from '../../domain/adjustment.ts';
import { swedishDate } from '../../domain/dates.ts';
import { minutesPublication, type MinutesPublication } from '../../domain/publication.ts';
import { notFound } from '../../domain/errors.ts';
import { minutesDocument, renderMinutesHtml, renderMinutesPdf } from '../../documents/renderMinutes.ts';
import { canManageMeeting } from '../../policies/meetings.ts';
import { actorPersonId, assertRead, meetingRef, minutesRow, signerFacts } from './access.ts';
import { minutesFileName, signedDays } from './adjust.ts';
import type { Ctx } from '../context.ts';

export interface MinutesView {
  meetingId: string; organId: string; organName: string; meetingDate: string; meetingState: string;
  state: 'none' | 'draft' | 'signing' | 'adjusted'; version: number; sha256: string | null; pages: number | null; updatedAt: string | null; adjustedAt: string | null;
  document: { id: string; number: string } | null; publicCopy: 'unadjusted' | 'adjusted';
  /** R-PUB-1: whether the public copy is on the public site today, and until when (the organ's setting). */
  publication: MinutesPublication & { days: number | null };
  deadline: DeadlineStatus;
  signers: { personId: string; name: string; role: 'chair' | 'adjuster'; signedAt: string | null }[];
  pending: string[];
  history: { version: number; name: string; role: string; decision: string; comment: string | null; provider: string; at: string }[];
  extracts: { itemId: string; paragraph: number; title: string; kind: string; documentNumber: string | null; recipients: unknown; sentAt: string | null; delivered: string | null }[];
  posting: { id: string; postedOn: string; lastAppealDay: string | null; removableFrom: string } | null;
  me: { personId: string | null; signer: 'chair' | 'adjuster' | null; mayManage: boolean; signedCurrent: boolean };
}

export async function getMinutes(ctx: Ctx, meetingId: string): Promise<MinutesView> {
  const meeting = await meetingRef(ctx.db, ctx, meetingId);
  await assertRead(ctx.db, ctx, meeting);
  const row = await minutesRow(ctx.db, ctx, meetingId);
  const sf = await signerFacts(ctx.db, meetingId);
  const { signers } = requiredSigners(sf.chairPersonId, sf.adjusterPersonIds);
  const sigRows = row ? await ctx.db.select({ s: t.minutesSignatures, given: t.people.givenName, family: t.people.familyName }).from(t.minutesSignatures)
    .innerJoin(t.people, eq(t.people.id, t.minutesSignatures.personId)).where(eq(t.minutesSignatures.minutesId, row.id)).orderBy(asc(t.minutesSignatures.signedAt)) : [];
  const personIds = signers.map((s) => s.personId);
  const names = new Map((personIds.length ? await ctx.db.select({ id: t.people.id, given: t.people.givenName, family: t.people.familyName }).from(t.people).where(inArray(t.people.id, personIds)) : [])
    .map((p) => [p.id, `${p.given} ${p.family}`]));
  const facts: SignatureFact[] = sigRows.map(({ s }) => ({ personId: s.personId, version: s.version, decision: s.decision as SignatureFact['decision'], pdfSha256: s.pdfSha256 }));
  const progress = row ? signingProgress(signers, facts, row.version, row.pdfSha256) : { signed: [], pending: signers, complete: false };
  const signedAt = (personId: string) => {
    const s = row ? sigRows.find(({ s: x }) => x.personId === personId && x.version === row.version && x.decision === 'signed') : undefined;
    return s ? s.s.signedAt.toISOString() : null;
  };
  const [doc] = row?.documentId ? await ctx.db.select({ id: t.documents.id, number: t.documents.number }).from(t.documents).where(eq(t.documents.id, row.documentId)) : [];
  const extractRows = await ctx.db.select({ e: t.extracts, paragraph: t.agendaItems.paragraph, title: t.agendaItems.title, number: t.documents.number }).from(t.extracts)
    .innerJoin(t.agendaItems, eq(t.agendaItems.id, t.extracts.agendaItemId)).leftJoin(t.documents, eq(t.documents.id, t.extracts.documentId))
    .where(and(eq(t.agendaItems.meetingId, meetingId), eq(t.extracts.bodyId, ctx.actor.bodyId))).orderBy(asc(t.agendaItems.paragraph), asc(t.extracts.kind));
  const [posting] = row ? await ctx.db.select().from(t.postings).where(and(eq(t.postings.minutesId, row.id), eq(t.postings.kind, 'adjusted_minutes'))).limit(1) : [];
  const [organ] = await ctx.db.select({ days: t.organs.minutesPublicationDays }).from(t.organs).where(eq(t.organs.id, meeting.organId));
  const days = organ?.days ?? null;
  const today = swedishDate(ctx.clock.now());
  const me = await actorPersonId(ctx.db, ctx);
  const mySeat = signers.find((s) => s.personId === me);
  return {
    meetingId, organId: meeting.organId, organName: meeting.organName, meetingDate: meeting.date, meetingState: meeting.state,
    state: row?.state ?? 'none', version: row?.version ?? 0, sha256: row?.pdfSha256 ?? null, pages: row?.pages ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null, adjustedAt: row?.adjustedAt?.toISOString() ?? null,
    document: doc ?? null, publicCopy: row?.publicPdfSha256 ? 'adjusted' : 'unadjusted',
    publication: { ...minutesPublication(row?.state === 'adjusted' && row.adjustedAt ? swedishDate(row.adjustedAt) : null, days, today), days },
    deadline: deadlineStatus(meeting.date, today, row?.adjustedAt ? swedishDate(row.adjustedAt) : null),
    signers: signers.map((s) => ({ personId: s.personId, name: names.get(s.personId) ?? '', role: s.role, signedAt: signedAt(s.personId) })),
    pending: progress.pending.map((s) => names.get(s.personId) ?? ''),
    history: sigRows.map(({ s, given, family }) => ({ version: s.version, name: `${given} ${family}`, role: s.role, decision: s.decision, comment: s.comment, provider: s.provider, at: s.signedAt.toISOString() })),
    extracts: extractRows.map((r) => ({ itemId: r.e.agendaItemId, paragraph: r.paragraph ?? 0, title: r.title, kind: r.e.kind, documentNumber: r.number, recipients: r.e.recipients, sentAt: r.e.sentAt?.toISOString() ?? null, delivered: r.e.delivered })),
    posting: posting ? { id: posting.id, postedOn: posting.postedOn, lastAppealDay: posting.lastAppealDay, removableFrom: posting.removableFrom } : null,
    me: { personId: me, signer: mySeat?.role ?? null, mayManage: canManageMeeting(ctx.actor, meeting.organId), signedCurrent: Boolean(me && signedAt(me)) },
  };
}

export interface MinutesFile { bytes: Buffer; fileName: string; sha256: string | null }

/** The current version's PDF (what the signers sign). */
export async function minutesPdf(ctx: Ctx, meetingId: string): Promise<MinutesFile> {
  const meeting = await meetingRef(ctx.db, ctx, meetingId);
  await assertRead(ctx.db, ctx, meeting);
  const row = await minutesRow(ctx.db, ctx, meetingId);
  if (!row) throw notFound('Protokollet');
  return { bytes: await ctx.files.get(row.pdfSha256), fileName: minutesFileName(meeting, row.state === 'adjusted' ? '' : `-v${row.version}`), sha256: row.pdfSha256 };
}

/** The public copy (R-PUB-1) as PDF or HTML: masked; adjusted when the minutes are. */
export async function publicMinutes(ctx: Ctx, meetingId: string, format: 'pdf' | 'html'): Promise<MinutesFile | string> {
  const meeting = await meetingRef(ctx.db, ctx, meetingId);
  await assertRead(ctx.db, ctx, meeting);
  const row = await minutesRow(ctx.db, ctx, meetingId);
  if (!row) throw notFound('Protokollet');
  if (format === 'pdf' && row.publicPdfSha256) return { bytes: await ctx.files.get(row.publicPdfSha256), fileName: minutesFileName(meeting, '-publicerad'), sha256: row.publicPdfSha256 };
  const data = (await loadMinutesData(ctx.db, ctx.actor.bodyId, meetingId))!;
  const adjusted = row.state === 'adjusted';
  const [posting] = adjusted ? await ctx.db.select().from(t.postings).where(and(eq(t.postings.minutesId, row.id), eq(t.postings.kind, 'adjusted_minutes'))).limit(1) : [];
  const doc = minutesDocument(data, {
    variant: 'public', version: row.version, signed: adjusted ? await signedDays(ctx.db, row) : undefined,
    adjustedOn: row.adjustedAt ? swedishDate(row.adjustedAt) : null, posting: posting ? { postedOn: posting.postedOn, removableFrom: posting.removableFrom } : null,
  });
  if (format === 'html') return renderMinutesHtml(doc);
  return { bytes: (await renderMinutesPdf(doc)).pdf, fileName: minutesFileName(meeting, '-publicerad-ojusterad'), sha256: null };
}

/** The minutes as HTML (the current facts, official wording). */
export async function minutesHtml(ctx: Ctx, meetingId: string): Promise<string> {
  const meeting = await meetingRef(ctx.db, ctx, meetingId);
  await assertRead(ctx.db, ctx, meeting);
  const row = await minutesRow(ctx.db, ctx, meetingId);
  if (!row) throw notFound('Protokollet');
  const data = (await loadMinutesData(ctx.db, ctx.actor.bodyId, meetingId))!;
  return renderMinutesHtml(minutesDocument(data, { variant: 'official', version: row.version, signed: await signedDays(ctx.db, row), adjustedOn: row.adjustedAt ? swedishDate(row.adjustedAt) : null }));
}
