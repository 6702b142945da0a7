/**
 * The annual cycle's generated documents: "Viktiga datum för <kommun>s nämnder/bolag <år>" (one list per chosen
 * audience) and the årshjul (the wheel with the deadlines and the council's meetings, and the list as its text
 * alternative). Previewed as a PDF, or registered as the next document (an annex) of a case the user picks.
 */
import { and, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import type { Executor } from '../../db/client.ts';
import { datesData, renderDatesPdf, renderWheelPdf, wheelTitle } from '../../documents/renderAnnualCycle.ts';
import { AUDIENCES, checkYear, type Audience } from '../../domain/annualCycle.ts';
import { swedishDate } from '../../domain/dates.ts';
import { AppError, validationError, type FieldError } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import { checkText } from '../../domain/text.ts';
import { canRegister } from '../../policies/registry.ts';
import { registerGeneratedDocument } from '../generatedDocument.ts';
import type { Ctx } from '../context.ts';
import { assertReader } from './access.ts';
import { loadCycleMeetings, loadDeadlines } from './load.ts';

export const DOCUMENT_KINDS = ['dates', 'wheel'] as const;
export type CycleDocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The notes the municipality prints under the titles (editable per document). */
export const DEFAULT_NOTES: Record<CycleDocumentKind, string> = {
  dates: 'Observera att detaljerad information om nedanstående aktiviteter lämnas i separata anvisningar.',
  wheel: 'Observera att nedanstående planering gäller under förutsättning att föreslagna sammanträdestider fastställs och att ordinarie planerings- och uppföljningsprocess följs. Observera även att det kan tillkomma ytterligare aktiviteter',
};

export interface CycleDocumentRequest { kind: CycleDocumentKind; year: number; audiences: Audience[]; note: string; annex: string }

export function checkDocumentRequest(input: Record<string, unknown>, errors: FieldError[]): CycleDocumentRequest {
  const kind = DOCUMENT_KINDS.find((k) => k === input.kind);
  if (!kind) errors.push({ field: 'kind', message: 'välj viktiga datum eller årshjul' });
  const year = checkYear(input.year, errors);
  const raw = input.audiences === undefined || input.audiences === '' ? undefined : Array.isArray(input.audiences) ? input.audiences : String(input.audiences).split(',');
  const audiences = raw ? AUDIENCES.filter((a) => raw.includes(a)) : kind === 'wheel' ? [...AUDIENCES] : ['committees', 'companies'] as Audience[];
  if (raw && (audiences.length !== new Set(raw).size || !audiences.length)) errors.push({ field: 'audiences', message: 'välj nämnder, bolag och/eller kommunfullmäktige' });
  const note = input.note === undefined ? DEFAULT_NOTES[kind ?? 'dates'] : checkText(input.note, { field: 'note', max: 600, multiline: true }, errors);
  const annex = checkText(input.annex, { field: 'annex', max: 60 }, errors);
  return { kind: kind ?? 'dates', year, audiences, note, annex };
}

/**
 * Renders a document of the register from its rows as they are now. `councilMeetings` replaces the council's
 * meetings read from the meetings table (the demo places its schedule's days on the wheel).
 */
export async function renderCycleDocument(ex: Executor, bodyId: string, request: CycleDocumentRequest, date: string, councilMeetings?: { date: string }[]): Promise<{ pdf: Buffer; title: string }> {
  const [body] = await ex.select({ name: t.bodies.name }).from(t.bodies).where(eq(t.bodies.id, bodyId));
  const municipality = body?.name ?? 'Kommunen';
  const from = `${request.year}-01-01`, to = `${request.year}-12-31`;
  const deadlines = await loadDeadlines(ex, bodyId, { from, to });
  const frame = { municipality, year: request.year, date, annex: request.annex };
  if (request.kind === 'dates') {
    const sections = request.audiences.map((audience) => ({ audience, note: request.note, rows: deadlines.filter((d) => d.audience === audience) }));
    const { pdf } = await renderDatesPdf(frame, sections);
    return { pdf, title: datesData(frame, sections).title };
  }
  const council = (await loadCycleMeetings(ex, bodyId, from, to)).filter((m) => m.organKind === 'council');
  const { pdf } = await renderWheelPdf(frame, {
    rows: deadlines.filter((d) => request.audiences.includes(d.audience)), meetings: councilMeetings ?? council,
    meetingsLabel: council[0]?.organName ?? 'Kommunfullmäktige', note: request.note,
  });
  return { pdf, title: wheelTitle(municipality, request.year) };
}

export async function previewCycleDocument(ctx: Ctx, query: Record<string, unknown>): Promise<{ pdf: Buffer; fileName: string }> {
  assertReader(ctx);
  const errors: FieldError[] = [];
  const request = checkDocumentRequest(query, errors);
  if (errors.length) throw validationError(errors);
  const { pdf } = await renderCycleDocument(ctx.db, ctx.actor.bodyId, request, swedishDate(ctx.clock.now()));
  return { pdf, fileName: `${request.kind === 'wheel' ? 'arshjul' : 'viktiga-datum'}-${request.year}.pdf` };
}

export async function registerCycleDocument(ctx: Ctx, input: Record<string, unknown>): Promise<{ documentId: string; number: string; caseId: string; caseNumber: string }> {
  assertReader(ctx);
  const errors: FieldError[] = [];
  const request = checkDocumentRequest(input, errors);
  const caseRef = checkText(input.caseNumber ?? input.caseId, { field: 'caseNumber', required: true, max: 60 }, errors);
  const description = checkText(input.description, { field: 'description', max: 300 }, errors);
  if (errors.length) throw validationError(errors);
  if (!canRegister(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att registrera handlingar.');
  const number = caseRef.toUpperCase();
  const [target] = await ctx.db.select({ id: t.cases.id, number: t.cases.number, status: t.cases.status }).from(t.cases)
    .where(and(eq(t.cases.bodyId, ctx.actor.bodyId), isUuid(caseRef) ? eq(t.cases.id, caseRef) : eq(t.cases.number, number)));
  if (!target) throw validationError([{ field: 'caseNumber', message: `ärendet ${caseRef} finns inte` }]);
  if (target.status !== 'open') throw validationError([{ field: 'caseNumber', message: `ärendet ${target.number} är avslutat` }]);
  // Rendered outside the transaction (seconds of work), from the register as it is now.
  const { pdf, title } = await renderCycleDocument(ctx.db, ctx.actor.bodyId, request, swedishDate(ctx.clock.now()));
  return ctx.db.transaction(async (tx) => {
    const doc = await registerGeneratedDocument(ctx, tx, { caseId: target.id, kind: 'annex', description: description || (request.annex ? `${request.annex} – ${title}` : title), pdf });
    await recordAudit(tx, {
      bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'annual_cycle.document', entityType: 'annual_deadline', caseId: target.id,
      details: { document: doc.number, kind: request.kind, year: request.year, audiences: request.audiences },
    });
    return { documentId: doc.id, number: doc.number, caseId: target.id, caseNumber: target.number };
  });
}
