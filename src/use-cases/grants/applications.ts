/**
 * A round's applications: register one (it becomes the next document of its case, an incoming letter from the
 * applicant — or an existing document of the case is linked), edit it, recommend a grant or a rejection with
 * its motivation (the proposed commitment against the round's appropriation follows in the same transaction;
 * over-commitment is refused unless a reason is given), and keep its project budget. Audit events carry ids and
 * numbers only, never the applicant's personal data.
 */
import { and, eq, max } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { recordDefaultPublication } from '../../db/repositories/webPublications.ts';
import { nextDocumentSeq } from '../../db/repositories/numbers.ts';
import { formatDocumentNumber } from '../../domain/numbering.ts';
import { swedishDate } from '../../domain/dates.ts';
import { checkApplication, checkRecommendation, unitOfLayout, type ApplicationInput, type RoundLayout } from '../../domain/grants.ts';
import { budgetWarnings, checkProjectBudget } from '../../domain/projectBudget.ts';
import { AppError, validationError, type FieldError } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import { setProposedCommitment } from '../appropriations/commitments.ts';
import type { Ctx } from '../context.ts';
import { applicationOf, checkVersion, loadApplications, requireEditor, requireReader, roundOf, type ApplicationRow, type ApplicationView, type RoundRow } from './load.ts';

/**
 * The appropriation names its fields as a commitment does (`amounts`, `amounts[0].year`); the recommendation's
 * caller typed `granted.<year>` and, for an over-commitment, is to give `overrideReason`.
 */
export function inGrantTerms(e: unknown, amounts: { year: number }[]): unknown {
  if (!(e instanceof AppError) || e.code !== 'validation') return e;
  return validationError(e.errors.map((f) => {
    const i = /^amounts\[(\d+)\]/.exec(f.field);
    if (i) return { field: `granted.${amounts[Number(i[1])]?.year ?? ''}`, message: f.message };
    if (f.field === 'amounts' && f.message.startsWith('överskrider')) return { field: 'overrideReason', message: f.message };
    return f.field === 'amounts' ? { field: 'granted', message: f.message } : f;
  }));
}

export interface ApplicationAnswer { application: ApplicationView; warnings: string[] }

const unitOf = (round: RoundRow) => unitOfLayout(round.layout as RoundLayout);

export async function answer(tx: Tx, ctx: Ctx, round: RoundRow, id: string, warnings: string[] = []): Promise<ApplicationAnswer> {
  const application = (await loadApplications(tx, ctx.actor.bodyId, [round.id])).find((a) => a.id === id)!;
  return { application, warnings: [...warnings, ...application.budgetWarnings] };
}

export async function writeYears(tx: Tx, bodyId: string, applicationId: string, applied: { year: number; kr: number }[], granted: Map<number, number>): Promise<void> {
  await tx.delete(t.grantApplicationYears).where(eq(t.grantApplicationYears.applicationId, applicationId));
  const years = [...new Set([...applied.map((a) => a.year), ...granted.keys()])].sort();
  if (years.length === 0) return;
  await tx.insert(t.grantApplicationYears).values(years.map((year) => ({
    bodyId, applicationId, year, appliedKr: applied.find((a) => a.year === year)?.kr ?? 0, grantedKr: granted.has(year) ? granted.get(year)! : null,
  })));
}

const counterparty = (a: ApplicationInput) => ({
  counterpartyName: a.applicantName,
  counterpartyOrganisation: a.applicantKind === 'private_individual' ? null : a.applicantName,
  counterpartyAddress: a.applicantAddress, counterpartyEmail: a.applicantEmail,
});

/** Registers the application as the next (incoming) document of its case, without a file (the letter is filed separately). */
async function registerApplicationDocument(tx: Tx, ctx: Ctx, caseId: string, roundId: string, a: ApplicationInput, registeredDate: string): Promise<{ id: string; number: string }> {
  const { seq, caseNumber, registryId } = await nextDocumentSeq(tx, caseId);
  const [registry] = await tx.select({ format: t.registries.documentNumberFormat }).from(t.registries).where(eq(t.registries.id, registryId));
  const number = formatDocumentNumber(registry!.format, caseNumber, seq);
  const description = `Ansökan: ${a.projectTitle}`.slice(0, 500);
  const [row] = await tx.insert(t.documents).values({
    bodyId: ctx.actor.bodyId, caseId, seq, number, kind: 'letter', direction: 'incoming', registeredDate, description, publicDescription: description,
    ...counterparty(a), details: { grantRoundId: roundId, grantApplication: true }, createdBy: ctx.actor.userId,
  }).returning({ id: t.documents.id });
  await recordDefaultPublication(tx, { bodyId: ctx.actor.bodyId, documentId: row!.id, kind: 'letter', direction: 'incoming', secret: false, ...counterparty(a), counterpartyProtected: false, actorId: ctx.actor.userId });
  return { id: row!.id, number };
}

async function caseOf(tx: Tx, ctx: Ctx, raw: unknown, fallback: string): Promise<string> {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const [row] = isUuid(raw) ? await tx.select({ id: t.cases.id }).from(t.cases).where(and(eq(t.cases.id, raw), eq(t.cases.bodyId, ctx.actor.bodyId))) : [];
  if (!row) throw validationError([{ field: 'caseId', message: 'ärendet finns inte' }]);
  return row.id;
}

export async function registerApplication(ctx: Ctx, roundId: string, input: Record<string, unknown>): Promise<ApplicationAnswer> {
  requireReader(ctx);
  return ctx.db.transaction(async (tx) => {
    const round = await roundOf(tx, ctx, roundId, true);
    requireEditor(ctx, round.organId);
    const errors: FieldError[] = [];
    const a = checkApplication(input, unitOf(round), errors);
    const budget = checkProjectBudget(input.projectBudget, errors);
    const today = swedishDate(ctx.clock.now());
    const registeredDate = typeof input.registeredDate === 'string' && input.registeredDate ? input.registeredDate : today;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(registeredDate) || registeredDate > today) errors.push({ field: 'registeredDate', message: 'måste vara ett datum ÅÅÅÅ-MM-DD, senast i dag' });
    if (errors.length) throw validationError(errors);
    const caseId = await caseOf(tx, ctx, input.caseId, round.caseId);
    let document: { id: string; number: string };
    if (input.documentId) {
      const [doc] = isUuid(input.documentId) ? await tx.select({ id: t.documents.id, number: t.documents.number }).from(t.documents)
        .where(and(eq(t.documents.id, input.documentId), eq(t.documents.caseId, caseId))) : [];
      if (!doc) throw validationError([{ field: 'documentId', message: 'handlingen finns inte i ärendet' }]);
      document = doc;
    } else document = await registerApplicationDocument(tx, ctx, caseId, round.id, a, registeredDate);
    const [{ last }] = await tx.select({ last: max(t.grantApplications.position) }).from(t.grantApplications).where(eq(t.grantApplications.roundId, round.id)) as [{ last: number | null }];
    const [row] = await tx.insert(t.grantApplications).values({
      bodyId: ctx.actor.bodyId, roundId: round.id, caseId, documentId: document.id, position: (last ?? 0) + 1,
      externalRef: a.externalRef, applicantKind: a.applicantKind, applicantName: a.applicantName, applicantEmail: a.applicantEmail,
      applicantPhone: a.applicantPhone, applicantAddress: a.applicantAddress, projectTitle: a.projectTitle, projectDescription: a.projectDescription,
      totalCostKr: a.totalCostKr, projectBudget: budget, createdBy: ctx.actor.userId,
    }).returning({ id: t.grantApplications.id });
    await writeYears(tx, ctx.actor.bodyId, row!.id, a.applied, new Map());
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'grant.application.register', entityType: 'grant_application', entityId: row!.id, caseId, details: { roundId: round.id, documentNumber: document.number, applicantKind: a.applicantKind } });
    return answer(tx, ctx, round, row!.id);
  });
}

async function editable(tx: Tx, ctx: Ctx, id: string, version: unknown): Promise<{ app: ApplicationRow; round: RoundRow }> {
  const app = await applicationOf(tx, ctx, id, true);
  const round = await roundOf(tx, ctx, app.roundId);
  requireEditor(ctx, round.organId);
  checkVersion(app.version, version);
  if (app.state === 'decided') throw new AppError('conflict', 'Ansökan är redan beslutad och kan inte ändras.');
  return { app, round };
}

/** Edits what the applicant applied for; granted amounts of years still applied for are kept. */
export async function updateApplication(ctx: Ctx, id: string, input: Record<string, unknown>): Promise<ApplicationAnswer> {
  requireReader(ctx);
  return ctx.db.transaction(async (tx) => {
    const { app, round } = await editable(tx, ctx, id, input.version);
    const errors: FieldError[] = [];
    const a = checkApplication(input, unitOf(round), errors);
    if (errors.length) throw validationError(errors);
    const years = await tx.select().from(t.grantApplicationYears).where(eq(t.grantApplicationYears.applicationId, app.id));
    const granted = new Map(years.filter((y) => y.grantedKr !== null).map((y) => [y.year, y.grantedKr!]));
    await tx.update(t.grantApplications).set({
      externalRef: a.externalRef, applicantKind: a.applicantKind, applicantName: a.applicantName, applicantEmail: a.applicantEmail, applicantPhone: a.applicantPhone,
      applicantAddress: a.applicantAddress, projectTitle: a.projectTitle, projectDescription: a.projectDescription, totalCostKr: a.totalCostKr,
      version: app.version + 1, updatedAt: ctx.clock.now(),
    }).where(eq(t.grantApplications.id, app.id));
    await writeYears(tx, ctx.actor.bodyId, app.id, a.applied, granted);
    if (app.documentId) await tx.update(t.documents).set(counterparty(a)).where(and(eq(t.documents.id, app.documentId), eq(t.documents.direction, 'incoming')));
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'grant.application.update', entityType: 'grant_application', entityId: app.id, caseId: app.caseId, details: { roundId: round.id } });
    return answer(tx, ctx, round, app.id);
  });
}

/**
 * Recommends a grant (amounts per year) or a rejection, with the motivation. In a round drawing on an
 * appropriation, a grant keeps its proposed commitment in step and a rejection removes it; the appropriation
 * refuses over-commitment unless `overrideReason` is given (audited there).
 */
export async function recommend(ctx: Ctx, id: string, input: Record<string, unknown>): Promise<ApplicationAnswer> {
  requireReader(ctx);
  return ctx.db.transaction(async (tx) => {
    const { app, round } = await editable(tx, ctx, id, input.version);
    const years = await tx.select().from(t.grantApplicationYears).where(eq(t.grantApplicationYears.applicationId, app.id));
    const applied = years.map((y) => ({ year: y.year, kr: y.appliedKr }));
    const errors: FieldError[] = [];
    const { input: r, warnings } = checkRecommendation(input, applied, unitOf(round), errors);
    if (errors.length) throw validationError(errors);
    await tx.update(t.grantApplications).set({ recommendation: r.recommendation, motivation: r.motivation, conditions: r.conditions, state: 'recommended', version: app.version + 1, updatedAt: ctx.clock.now() })
      .where(eq(t.grantApplications.id, app.id));
    await writeYears(tx, ctx.actor.bodyId, app.id, applied, new Map(r.granted.map((g) => [g.year, g.kr])));
    if (round.appropriationId && !app.decidedEarlier) {
      const amounts = r.granted.map((g) => ({ year: g.year, amountKr: g.kr }));
      await setProposedCommitment(ctx, tx, { kind: 'grant_application', id: app.id }, r.recommendation === 'grant' ? {
        appropriationId: round.appropriationId, caseId: app.caseId, recipient: app.applicantName, purpose: app.projectTitle, conditions: r.conditions,
        amounts, overrideReason: typeof input.overrideReason === 'string' ? input.overrideReason : null,
      } : null).catch((e: unknown) => { throw inGrantTerms(e, amounts); });
    }
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'grant.application.recommend', entityType: 'grant_application', entityId: app.id, caseId: app.caseId, details: { roundId: round.id, recommendation: r.recommendation, grantedKr: r.granted } });
    return answer(tx, ctx, round, app.id, warnings);
  });
}

/** Keeps (or, with null, removes) the project budget; a budget that does not add up is kept and answered with warnings. */
export async function saveProjectBudget(ctx: Ctx, id: string, input: Record<string, unknown>): Promise<ApplicationAnswer> {
  requireReader(ctx);
  return ctx.db.transaction(async (tx) => {
    const app = await applicationOf(tx, ctx, id, true);
    const round = await roundOf(tx, ctx, app.roundId);
    requireEditor(ctx, round.organId);
    checkVersion(app.version, input.version);
    const errors: FieldError[] = [];
    const budget = checkProjectBudget(input.projectBudget, errors);
    if (errors.length) throw validationError(errors);
    await tx.update(t.grantApplications).set({ projectBudget: budget, version: app.version + 1, updatedAt: ctx.clock.now() }).where(eq(t.grantApplications.id, app.id));
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'grant.application.budget', entityType: 'grant_application', entityId: app.id, caseId: app.caseId, details: { roundId: round.id, warnings: budget ? budgetWarnings(budget).length : 0 } });
    return answer(tx, ctx, round, app.id);
  });
}
