/**
 * Compiles the meeting book of a meeting (R-BOOK-1…3) in the members' version (what the reader may see) or the
 * public version (secret-marked and protected documents withheld, with the legal ground). Output is cached by a
 * hash of its inputs and rebuilt when they change.
 */
import crypto from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { bodies, meetingBooks } from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { loadMeeting, type MeetingView } from '../../db/repositories/agenda.ts';
import { bookWithholds, planBook, type BookItemFacts, type BookVariant } from '../../domain/book.ts';
import { isUuid } from '../../domain/ids.ts';
import { bookReadPurpose } from '../../domain/readPurpose.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { canReadMeeting } from '../../policies/meetings.ts';
import { swedishDate } from '../../domain/dates.ts';
import { publicReader, staffReader } from '../../disclosure/reader.ts';
import { preparePdf, AttachmentError } from '../../documents/pdfFacts.ts';
import { renderPdf } from '../../documents/typst.ts';
import type { Ctx } from '../context.ts';

export interface CompiledBook { pdf: Buffer; pages: number; cached: boolean; sha256: string; toc: { paragraph: string; title: string; page: number | null }[]; warnings: string[]; fileName: string }

/** Page counts and landscape pages of plain (unencrypted) PDFs by content hash: content-addressed, so never stale. */
const pageCache = new Map<string, { pages: number; landscape: number[] }>();

/** The facts the book plan needs, from a meeting loaded for the book's reader (the documents already disclosed). */
export function bookFacts(meeting: MeetingView): BookItemFacts[] {
  return meeting.sections.flatMap((s) => s.items.filter((i) => !i.withdrawn).map((i) => ({
    id: i.id, paragraph: i.paragraphLabel, title: i.title, caseNumber: i.caseNumber, section: s.heading, public: i.public,
    documents: i.documents.map((d) => ({
      id: d.id, number: d.number, title: d.description, secrecyGround: d.secrecyGround, protectedPersonalData: d.protectedPersonalData,
      readableByMembers: d.readable,
    })),
  })));
}

/**
 * R-REG-8: a members' book that holds secret or protected documents is a read of each of them, logged on every
 * download (also when served from cache) with the purpose the context gives.
 */
async function auditSensitiveBookRead(ctx: Ctx, meeting: MeetingView, plan: ReturnType<typeof planBook>): Promise<void> {
  const docs = new Map(meeting.sections.flatMap((s) => s.items.flatMap((i) => i.documents)).map((d) => [d.id, d]));
  const sensitive = plan.flatMap((p) => p.entries).flatMap((e) => (e.kind === 'document' ? [docs.get(e.documentId)!] : []))
    .filter((d) => d.secrecyGround !== null || d.protectedPersonalData).map((d) => d.number);
  if (sensitive.length === 0) return;
  await recordAudit(ctx.db, {
    bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId || null, action: 'book.read', entityType: 'meeting', entityId: meeting.id,
    secretAccess: true, details: { documents: sensitive, purpose: bookReadPurpose(meeting.organCode, meeting.date) },
  });
}

export async function compileMeetingBook(ctx: Ctx, meetingId: string, variant: BookVariant): Promise<CompiledBook> {
  // The public version is planned from what the public may see, whoever compiles it.
  const reader = variant === 'public' ? publicReader(ctx.actor.bodyId, swedishDate(ctx.clock.now())) : staffReader(ctx.actor);
  const meeting = isUuid(meetingId) ? await loadMeeting(ctx.db, reader, meetingId) : undefined;
  if (!meeting || !canReadMeeting(ctx.actor, meeting.organId)) throw notFound('Sammanträdet');
  const plan = planBook(bookFacts(meeting), variant);
  const [body] = await ctx.db.select({ name: bodies.name }).from(bodies).where(eq(bodies.id, ctx.actor.bodyId));
  await auditSensitiveBookRead(ctx, meeting, plan);

  const warnings: string[] = [];
  const attachments = new Map<string, Buffer>();
  const pagesOf = new Map<string, { pages: number; landscape: number[] }>();
  const docs = new Map(meeting.sections.flatMap((s) => s.items.flatMap((i) => i.documents)).map((d) => [d.id, d]));
  for (const item of plan) {
    if (item.entries.length === 0) warnings.push(`§ ${item.paragraph} ${item.title}: inga handlingar.`);
    for (const entry of item.entries) {
      if (entry.kind !== 'document') continue;
      const pdfFile = docs.get(entry.documentId)!.files.find((f) => f.mediaType === 'application/pdf');
      if (!pdfFile) { warnings.push(`${entry.number}: ingen PDF-fil, handlingen tas inte med.`); continue; }
      if (pagesOf.has(pdfFile.sha256)) continue;
      try {
        const bytes = await ctx.files.get(pdfFile.sha256);
        const known = pageCache.get(pdfFile.sha256);
        if (known) {
          attachments.set(pdfFile.sha256, bytes);
          pagesOf.set(pdfFile.sha256, known);
          continue;
        }
        const prepared = await preparePdf(bytes, `${entry.number} (${pdfFile.name})`);
        attachments.set(pdfFile.sha256, prepared.bytes);
        const facts = { pages: prepared.pages, landscape: prepared.landscape };
        pagesOf.set(pdfFile.sha256, facts);
        if (prepared.bytes === bytes && pageCache.size < 10_000) pageCache.set(pdfFile.sha256, facts);
      } catch (error) {
        if (error instanceof AttachmentError) throw new AppError('validation', error.message, [{ field: entry.number, message: error.message }]);
        throw error;
      }
    }
  }
  const fileOf = (documentId: string) => docs.get(documentId)!.files.find((f) => f.mediaType === 'application/pdf');
  const sections = meeting.sections.map((s) => ({
    heading: s.heading,
    items: plan.filter((p) => p.section === s.heading && s.items.some((i) => i.id === p.id)).map((p) => ({
      label: `item-${p.id}`, paragraph: p.paragraph, title: p.title, caseNumber: p.caseNumber,
      entries: p.entries.flatMap((e): Record<string, unknown>[] => {
        if (e.kind === 'withheld') return [e];
        const f = fileOf(e.documentId);
        return f ? [{ kind: 'document', number: e.number, title: e.title, file: f.sha256, ...pagesOf.get(f.sha256)! }] : [];
      }),
    })),
  })).filter((s) => s.items.length);
  const withheld = bookWithholds(plan);
  const data = {
    municipality: body?.name ?? '', organ: meeting.organName, organCode: meeting.organCode, date: meeting.date, time: meeting.startTime, place: meeting.place,
    variant, title: `Kallelse med handlingar ${meeting.organCode} ${meeting.date}${variant === 'public' ? ' (offentlig version)' : ''}`,
    heading: 'Kallelse med handlingar',
    withheldNote: withheld ? (variant === 'public' ? 'Handlingar som är sekretessmarkerade eller innehåller skyddade personuppgifter publiceras inte. Det anges vid respektive ärende.' : 'Vissa handlingar ingår inte i denna version. Det anges vid respektive ärende.') : null,
    sections,
  };
  const inputHash = crypto.createHash('sha256').update(JSON.stringify(data)).digest('hex');
  const fileName = `motesbok-${meeting.organCode.toLowerCase()}-${meeting.date}${variant === 'public' ? '-offentlig' : ''}.pdf`;
  const [cached] = await ctx.db.select().from(meetingBooks)
    .where(and(eq(meetingBooks.meetingId, meetingId), eq(meetingBooks.variant, variant), eq(meetingBooks.inputHash, inputHash))).orderBy(desc(meetingBooks.builtAt)).limit(1);
  const toc = plan.map((p) => ({ paragraph: p.paragraph, title: p.title, page: null as number | null }));
  if (cached) {
    return { pdf: await ctx.files.get(cached.sha256), pages: cached.pages, cached: true, sha256: cached.sha256, toc: cached.toc as CompiledBook['toc'], warnings, fileName };
  }
  const rendered = await renderPdf({ template: 'book', data, attachments });
  const stored = await ctx.files.put(rendered.pdf);
  await ctx.db.transaction(async (tx) => {
    await tx.insert(meetingBooks).values({ bodyId: ctx.actor.bodyId, meetingId, variant, inputHash, sha256: stored.sha256, pages: rendered.pages, toc });
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId || null, action: 'book.compile', entityType: 'meeting', entityId: meetingId, details: { variant, pages: rendered.pages, sha256: stored.sha256 } });
  });
  return { pdf: rendered.pdf, pages: rendered.pages, cached: false, sha256: stored.sha256, toc, warnings, fileName };
}
