/**
 * Official reports (R-PREP-3): a case officer drafts the report in structured fields; every save is a new
 * version; finalising renders the PDF (Typst) and registers it as a document of the case in the same
 * transaction. A finalised report is frozen.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { loadCase } from '../../db/repositories/cases.ts';
import { checkReportContent, type ReportContent } from '../../domain/officialReport.ts';
import { isUuid } from '../../domain/ids.ts';
import { swedishDate } from '../../domain/dates.ts';
import { AppError, notFound, validationError, type FieldError } from '../../domain/errors.ts';
import { canRegister } from '../../policies/registry.ts';
import { sanitizeRichText } from '../../documents/richText.ts';
import { renderReportHtml, renderReportPdf, type ReportFrame } from '../../documents/renderReport.ts';
import { previousDecisions, type PreviousDecision } from '../conduct/caseFlow.ts';
import type { Ctx } from '../context.ts';
import { registerGeneratedDocument } from '../generatedDocument.ts';
import { freezeRegisterTables } from '../appropriations/commitments.ts';

export interface ReportView { id: string; caseId: string; caseNumber: string; organId: string; organName: string; state: 'draft' | 'final'; version: number; documentId: string | null; documentNumber: string | null; content: ReportContent; savedAt: string; versions: { version: number; savedAt: string; savedBy: string | null }[];
  /** Earlier organs' decisions on the case ("KSNAU § 184/24"), for the report's basis and description. */
  previousDecisions: PreviousDecision[] }

function clean(raw: Record<string, unknown>, final: boolean): ReportContent {
  const errors: FieldError[] = [];
  const content = checkReportContent({ ...raw, description: sanitizeRichText(String(raw.description ?? '')) }, final, errors);
  if (errors.length) throw validationError(errors);
  return content;
}

async function load(ctx: Ctx, ex: Tx | Ctx['db'], id: string): Promise<ReportView> {
  const [row] = isUuid(id) ? await ex.select({ r: t.officialReports, caseNumber: t.cases.number, organName: t.organs.name, docNumber: t.documents.number })
    .from(t.officialReports).innerJoin(t.cases, eq(t.cases.id, t.officialReports.caseId)).innerJoin(t.organs, eq(t.organs.id, t.officialReports.organId))
    .leftJoin(t.documents, eq(t.documents.id, t.officialReports.documentId))
    .where(and(eq(t.officialReports.id, id), eq(t.officialReports.bodyId, ctx.actor.bodyId))) : [];
  if (!row || !(await loadCase(ex, ctx.actor, row.r.caseId))) throw notFound('Tjänsteskrivelsen');
  const versions = await ex.select({ version: t.officialReportVersions.version, savedAt: t.officialReportVersions.savedAt, savedBy: t.users.displayName, content: t.officialReportVersions.content })
    .from(t.officialReportVersions).leftJoin(t.users, eq(t.users.id, t.officialReportVersions.savedBy))
    .where(eq(t.officialReportVersions.reportId, id)).orderBy(desc(t.officialReportVersions.version));
  const current = versions[0]!;
  return {
    id, caseId: row.r.caseId, caseNumber: row.caseNumber, organId: row.r.organId, organName: row.organName, state: row.r.state as 'draft' | 'final',
    version: row.r.currentVersion, documentId: row.r.documentId, documentNumber: row.docNumber, content: current.content as ReportContent,
    savedAt: current.savedAt.toISOString(), versions: versions.map((v) => ({ version: v.version, savedAt: v.savedAt.toISOString(), savedBy: v.savedBy })),
    previousDecisions: await previousDecisions(ex, ctx.actor.bodyId, row.r.caseId),
  };
}

export const getReport = (ctx: Ctx, id: string): Promise<ReportView> => load(ctx, ctx.db, id);

export async function listCaseReports(ctx: Ctx, caseId: string) {
  if (!isUuid(caseId) || !(await loadCase(ctx.db, ctx.actor, caseId))) throw notFound('Ärendet');
  const rows = await ctx.db.select({
    id: t.officialReports.id, state: t.officialReports.state, version: t.officialReports.currentVersion, organId: t.officialReports.organId,
    organName: t.organs.name, documentId: t.officialReports.documentId, documentNumber: t.documents.number, createdAt: t.officialReports.createdAt,
    savedAt: t.officialReportVersions.savedAt, content: t.officialReportVersions.content,
  }).from(t.officialReports)
    .innerJoin(t.officialReportVersions, and(eq(t.officialReportVersions.reportId, t.officialReports.id), eq(t.officialReportVersions.version, t.officialReports.currentVersion)))
    .innerJoin(t.organs, eq(t.organs.id, t.officialReports.organId))
    .leftJoin(t.documents, eq(t.documents.id, t.officialReports.documentId))
    .where(eq(t.officialReports.caseId, caseId)).orderBy(asc(t.officialReports.createdAt));
  // The list names each report by its title and date, as the editor shows them.
  return rows.map(({ content, ...r }) => ({ ...r, title: String((content as { title?: unknown }).title ?? ''), date: String((content as { date?: unknown }).date ?? '') }));
}

export async function createReport(ctx: Ctx, input: { caseId?: unknown; organId?: unknown; content?: Record<string, unknown> }): Promise<ReportView> {
  if (!canRegister(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att skriva tjänsteskrivelser.');
  const errors: FieldError[] = [];
  if (!isUuid(input.caseId)) errors.push({ field: 'caseId', message: 'välj ärende' });
  if (!isUuid(input.organId)) errors.push({ field: 'organId', message: 'välj organ' });
  if (errors.length) throw validationError(errors);
  return ctx.db.transaction(async (tx) => {
    const found = await loadCase(tx, ctx.actor, input.caseId as string);
    if (!found) throw notFound('Ärendet');
    const [organ] = await tx.select().from(t.organs).where(and(eq(t.organs.id, input.organId as string), eq(t.organs.bodyId, ctx.actor.bodyId)));
    if (!organ) throw validationError([{ field: 'organId', message: 'organet finns inte' }]);
    const content = clean({ date: swedishDate(ctx.clock.now()), title: found.title, decision: 'decides', clauses: [''], description: '', ...input.content }, false);
    const [report] = await tx.insert(t.officialReports).values({ bodyId: ctx.actor.bodyId, caseId: found.id, organId: organ.id, createdBy: ctx.actor.userId }).returning({ id: t.officialReports.id });
    await tx.insert(t.officialReportVersions).values({ bodyId: ctx.actor.bodyId, reportId: report!.id, version: 1, content, savedBy: ctx.actor.userId });
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'report.create', entityType: 'official_report', entityId: report!.id, caseId: found.id });
    return load(ctx, tx, report!.id);
  });
}

async function lockDraft(ctx: Ctx, tx: Tx, id: string, version: unknown) {
  const report = await load(ctx, tx, id);
  if (report.state === 'final') throw new AppError('conflict', 'Tjänsteskrivelsen är färdigställd och kan inte ändras; skriv en ny vid behov.');
  if (version !== report.version) throw new AppError('conflict', `Tjänsteskrivelsen har sparats av någon annan (version ${report.version}). Läs in den igen.`);
  return report;
}

/** Saves a new draft version (optimistic locking on `version`). */
export async function saveReport(ctx: Ctx, id: string, input: { version?: unknown; content?: Record<string, unknown> }): Promise<ReportView> {
  const content = clean(input.content ?? {}, false);
  return ctx.db.transaction(async (tx) => {
    const report = await lockDraft(ctx, tx, id, input.version);
    const version = report.version + 1;
    await tx.insert(t.officialReportVersions).values({ bodyId: ctx.actor.bodyId, reportId: id, version, content, savedBy: ctx.actor.userId });
    await tx.update(t.officialReports).set({ currentVersion: version }).where(eq(t.officialReports.id, id));
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'report.save', entityType: 'official_report', entityId: id, caseId: report.caseId, details: { version } });
    return load(ctx, tx, id);
  });
}

async function frame(ctx: Ctx, tx: Tx | Ctx['db'], report: ReportView): Promise<ReportFrame> {
  const [body] = await tx.select({ name: t.bodies.name }).from(t.bodies).where(eq(t.bodies.id, ctx.actor.bodyId));
  const ids = report.content.basis.map((b) => b.documentId).filter((x): x is string => Boolean(x));
  const docs = ids.length ? await tx.select({ id: t.documents.id, number: t.documents.number }).from(t.documents).where(and(inArray(t.documents.id, ids), eq(t.documents.caseId, report.caseId))) : [];
  return { municipality: body?.name ?? '', organName: report.organName, caseNumber: report.caseNumber, basisNumbers: new Map(docs.map((d) => [d.id, d.number])) };
}

/** Drafts show the register tables' live values; a finalised report shows the values frozen when it was finalised. */
export async function previewReport(ctx: Ctx, id: string, format: 'pdf' | 'html'): Promise<Buffer | string> {
  const report = await getReport(ctx, id);
  const f = await frame(ctx, ctx.db, report);
  const content = report.state === 'final' ? report.content : await freezeRegisterTables(ctx.db, ctx.actor.bodyId, report.caseId, report.content);
  return format === 'pdf' ? (await renderReportPdf(content, f)).pdf : renderReportHtml(content, f);
}

/** Finalises: checks completeness, renders the PDF and registers it as the case's next document. */
export async function finaliseReport(ctx: Ctx, id: string, input: { version?: unknown }): Promise<ReportView> {
  if (!canRegister(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att färdigställa tjänsteskrivelser.');
  return ctx.db.transaction(async (tx) => {
    const report = await lockDraft(ctx, tx, id, input.version);
    clean(report.content as unknown as Record<string, unknown>, true);
    // The register tables' values as of now are stored with the finalised version and printed in its PDF.
    const content = await freezeRegisterTables(tx, ctx.actor.bodyId, report.caseId, report.content);
    if (content !== report.content) {
      await tx.update(t.officialReportVersions).set({ content }).where(and(eq(t.officialReportVersions.reportId, id), eq(t.officialReportVersions.version, report.version)));
    }
    const pdf = (await renderReportPdf(content, await frame(ctx, tx, report))).pdf;
    const doc = await registerGeneratedDocument(ctx, tx, { caseId: report.caseId, kind: 'official_report', description: `Tjänsteskrivelse: ${content.title}`, pdf });
    await tx.update(t.officialReports).set({ state: 'final', documentId: doc.id, finalisedAt: ctx.clock.now() }).where(eq(t.officialReports.id, id));
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'report.finalise', entityType: 'official_report', entityId: id, caseId: report.caseId, details: { number: doc.number, version: report.version, sha256: doc.sha256 } });
    return load(ctx, tx, id);
  });
}
