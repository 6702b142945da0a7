/**
 * The compilation of a round's applications: rendered from the register on demand (a preview, internal or
 * public version), or generated and registered as the next document of the round's case for the meeting book.
 * The registered file is the public version — a private individual's name never reaches the public register,
 * the public book or open data; the register itself keeps the names for staff.
 */
import { asc, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Executor } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { swedishDate } from '../../domain/dates.ts';
import { AppError } from '../../domain/errors.ts';
import { unitOfLayout, type RoundLayout } from '../../domain/grants.ts';
import { canEditRegister } from '../../policies/registers.ts';
import { renderCompilationPdf, type CompilationFrame, type CompilationRound, type CompilationVariant } from '../../documents/renderGrants.ts';
import { registerGeneratedDocument } from '../generatedDocument.ts';
import type { Ctx } from '../context.ts';
import { checkVersion, loadApplications, nextDocumentNumber, requireEditor, requireReader, roundOf, type ApplicationView, type RoundRow } from './load.ts';

export const compilationTitle = (roundName: string): string => `Sammanställning av inkomna ansökningar ${roundName}`;

/** What the compilation is rendered from, read in `ex`. */
export async function compilationSource(ex: Executor, bodyId: string, round: RoundRow): Promise<{ round: CompilationRound; apps: ApplicationView[]; decidedBy: string | null; decisionDate: string | null; municipality: string }> {
  const layout = round.layout as RoundLayout;
  let appropriation: CompilationRound['appropriation'] = null;
  if (round.appropriationId) {
    const [a] = await ex.select({ name: t.appropriations.name }).from(t.appropriations).where(eq(t.appropriations.id, round.appropriationId));
    const years = await ex.select({ year: t.appropriationYears.year, amountKr: t.appropriationYears.amountKr }).from(t.appropriationYears)
      .where(eq(t.appropriationYears.appropriationId, round.appropriationId)).orderBy(asc(t.appropriationYears.year));
    if (a) appropriation = { name: a.name, years };
  }
  const apps = await loadApplications(ex, bodyId, [round.id]);
  const [body] = await ex.select({ name: t.bodies.name }).from(t.bodies).where(eq(t.bodies.id, bodyId));
  let decidedBy: string | null = null;
  let decisionDate: string | null = null;
  if (round.decidedBy === 'delegation') {
    decidedBy = round.delegateName;
    decisionDate = round.delegationDecidedOn;
  } else {
    const decided = apps.filter((a) => !a.decidedEarlier);
    const refs = [...new Set(decided.map((a) => a.decisionRef))];
    if (decided.length && decided.every((a) => a.state === 'decided') && refs.length === 1) {
      decidedBy = refs[0]!;
      decisionDate = decided[0]!.decidedOn;
    }
  }
  return {
    round: { name: round.name, intro: round.intro, criteria: round.criteria as string[], layout, unit: unitOfLayout(layout), documentOwner: round.documentOwner, appropriation },
    apps, decidedBy, decisionDate, municipality: body?.name ?? '',
  };
}

export async function renderRoundCompilation(ex: Executor, bodyId: string, round: RoundRow, frame: Pick<CompilationFrame, 'number' | 'date' | 'variant'> & { title?: string }): Promise<Buffer> {
  const src = await compilationSource(ex, bodyId, round);
  const rendered = await renderCompilationPdf(src.round, src.apps, {
    municipality: src.municipality, title: frame.title ?? compilationTitle(round.name), number: frame.number, date: frame.date,
    decidedBy: src.decidedBy, decisionDate: src.decisionDate, variant: frame.variant,
  });
  return rendered.pdf;
}

/** A preview from the register as it stands; the internal version (names of private individuals) for those who keep the round. */
export async function previewCompilation(ctx: Ctx, roundId: string, variant: CompilationVariant): Promise<{ pdf: Buffer; fileName: string }> {
  requireReader(ctx);
  const round = await roundOf(ctx.db, ctx, roundId);
  if (variant === 'internal' && !canEditRegister(ctx.actor, round.organId)) throw new AppError('forbidden', 'Den interna versionen visas bara för dem som för omgången.');
  const [c] = await ctx.db.select({ number: t.cases.number }).from(t.cases).where(eq(t.cases.id, round.caseId));
  const pdf = await renderRoundCompilation(ctx.db, ctx.actor.bodyId, round, { number: `${c?.number ?? ''} (utkast)`, date: swedishDate(ctx.clock.now()), variant });
  return { pdf, fileName: `sammanstallning-${variant === 'public' ? 'offentlig' : 'intern'}.pdf` };
}

/** Generates the compilation and registers it as the next document of the round's case. */
export async function generateCompilation(ctx: Ctx, roundId: string, input: Record<string, unknown>): Promise<{ documentId: string; number: string }> {
  requireReader(ctx);
  return ctx.db.transaction(async (tx) => {
    const round = await roundOf(tx, ctx, roundId, true);
    requireEditor(ctx, round.organId);
    checkVersion(round.version, input.version);
    const [any] = await tx.select({ id: t.grantApplications.id }).from(t.grantApplications).where(eq(t.grantApplications.roundId, round.id)).limit(1);
    if (!any) throw new AppError('conflict', 'Omgången har inga ansökningar att sammanställa.');
    const number = await nextDocumentNumber(tx, round.caseId);
    const title = compilationTitle(round.name);
    const pdf = await renderRoundCompilation(tx, ctx.actor.bodyId, round, { number, date: swedishDate(ctx.clock.now()), variant: 'public', title });
    const doc = await registerGeneratedDocument(ctx, tx, { caseId: round.caseId, kind: 'annex', description: title, pdf });
    if (doc.number !== number) throw new AppError('conflict', 'Ärendets nummerserie ändrades under tiden. Försök igen.');
    await tx.update(t.documents).set({ details: { grantRoundId: round.id } }).where(eq(t.documents.id, doc.id));
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'grant.compilation.generate', entityType: 'grant_round', entityId: round.id, caseId: round.caseId, details: { documentNumber: doc.number, sha256: doc.sha256 } });
    return { documentId: doc.id, number: doc.number };
  });
}
