/**
 * Reads grant rounds and their applications as the API and the compilation show them, and the guards every
 * grants use case starts with (the round exists in the actor's body, the actor may read or keep it).
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import { swedishDate } from '../../domain/dates.ts';
import { formatDocumentNumber } from '../../domain/numbering.ts';
import { unitOfLayout, type ApplicantKind, type ApplicationState, type DecidedBy, type GrantOutcome, type Recommendation, type RoundLayout } from '../../domain/grants.ts';
import { compilationYears, grantedSums, type CompiledApplication } from '../../domain/grantCompilation.ts';
import { budgetTotals, budgetWarnings, type BudgetTotals, type ProjectBudget } from '../../domain/projectBudget.ts';
import type { AmountUnit } from '../../domain/amounts.ts';
import { canEditRegister, canReadRegisters } from '../../policies/registers.ts';
import type { RemainingRow } from '../../domain/appropriations.ts';
import { remainingFunds } from '../appropriations/commitments.ts';
import type { Ctx } from '../context.ts';

export type RoundRow = typeof t.grantRounds.$inferSelect;
export type ApplicationRow = typeof t.grantApplications.$inferSelect;

export interface ApplicationView extends CompiledApplication {
  id: string; version: number; roundId: string; caseId: string; caseNumber: string;
  documentId: string | null; documentNumber: string | null;
  applicantEmail: string | null; applicantPhone: string | null; applicantAddress: string | null;
  conditions: string | null; decidedOn: string | null; commitmentId: string | null;
  projectBudget: ProjectBudget | null; budgetTotals: BudgetTotals | null; budgetWarnings: string[];
  /** Granted more than applied for, per year (a warning, not an error). */
  warnings: string[];
  notification: { channel: 'email' | 'letter'; outcome: GrantOutcome; sentAt: string | null; delivered: string | null } | null;
}

export interface RoundSummary {
  id: string; version: number; name: string; organId: string; organCode: string; organName: string; caseId: string; caseNumber: string;
  appropriationId: string | null; appropriationName: string | null; opensOn: string | null; closesOn: string | null;
  decidedBy: DecidedBy; layout: RoundLayout; unit: AmountUnit; applications: number; grantedKr: number;
}

export interface RoundView extends RoundSummary {
  intro: string; criteria: string[]; documentOwner: string; delegateName: string | null; delegationDecidedOn: string | null;
  appropriation: { id: string; name: string; asOf: string; remaining: RemainingRow[] } | null;
  items: ApplicationView[];
  years: number[];
  sums: { year: number; kr: number }[];
  compilations: { documentId: string; number: string; registeredDate: string }[];
  notifications: { emailPending: number; emailSent: number; letters: number };
  canEdit: boolean;
}

export function requireReader(ctx: Ctx): void {
  if (!canReadRegisters(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att läsa registren.');
}

export function requireEditor(ctx: Ctx, organId: string): void {
  if (!canEditRegister(ctx.actor, organId)) throw new AppError('forbidden', 'Du har inte behörighet att föra organets bidragsomgångar.');
}

/** The round (locked for update when `lock`), or 404. */
export async function roundOf(ex: Executor, ctx: Ctx, id: unknown, lock = false): Promise<RoundRow> {
  if (!isUuid(id)) throw notFound('Bidragsomgången');
  const q = ex.select().from(t.grantRounds).where(and(eq(t.grantRounds.id, id), eq(t.grantRounds.bodyId, ctx.actor.bodyId)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('Bidragsomgången');
  return row;
}

export async function applicationOf(ex: Executor, ctx: Ctx, id: unknown, lock = false): Promise<ApplicationRow> {
  if (!isUuid(id)) throw notFound('Ansökan');
  const q = ex.select().from(t.grantApplications).where(and(eq(t.grantApplications.id, id), eq(t.grantApplications.bodyId, ctx.actor.bodyId)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('Ansökan');
  return row;
}

/** 409 when the client edited an older version. */
export function checkVersion(current: number, given: unknown): void {
  if (given === undefined || given === null) return;
  if (Number(given) !== current) throw new AppError('conflict', 'Någon annan har ändrat uppgifterna. Ladda om sidan och försök igen.');
}

/** Applications of the given rounds with their years, documents and notifications, in the compilation's order. */
export async function loadApplications(ex: Executor, bodyId: string, roundIds: string[]): Promise<ApplicationView[]> {
  if (roundIds.length === 0) return [];
  const rows = await ex.select({ a: t.grantApplications, caseNumber: t.cases.number, documentNumber: t.documents.number })
    .from(t.grantApplications)
    .innerJoin(t.cases, eq(t.cases.id, t.grantApplications.caseId))
    .leftJoin(t.documents, eq(t.documents.id, t.grantApplications.documentId))
    .where(and(eq(t.grantApplications.bodyId, bodyId), inArray(t.grantApplications.roundId, roundIds)))
    .orderBy(asc(t.grantApplications.roundId), asc(t.grantApplications.position));
  const ids = rows.map((r) => r.a.id);
  const years = ids.length ? await ex.select().from(t.grantApplicationYears).where(inArray(t.grantApplicationYears.applicationId, ids)).orderBy(asc(t.grantApplicationYears.year)) : [];
  const notes = ids.length ? await ex.select().from(t.grantNotifications).where(inArray(t.grantNotifications.applicationId, ids)) : [];
  return rows.map(({ a, caseNumber, documentNumber }) => {
    const ys = years.filter((y) => y.applicationId === a.id).map((y) => ({ year: y.year, appliedKr: y.appliedKr, grantedKr: y.grantedKr }));
    const budget = (a.projectBudget ?? null) as ProjectBudget | null;
    const note = notes.find((n) => n.applicationId === a.id);
    return {
      id: a.id, version: a.version, roundId: a.roundId, caseId: a.caseId, caseNumber, documentId: a.documentId, documentNumber,
      position: a.position, externalRef: a.externalRef, applicantKind: a.applicantKind as ApplicantKind, applicantName: a.applicantName,
      applicantEmail: a.applicantEmail, applicantPhone: a.applicantPhone, applicantAddress: a.applicantAddress,
      projectTitle: a.projectTitle, projectDescription: a.projectDescription, totalCostKr: a.totalCostKr, years: ys,
      recommendation: a.recommendation as Recommendation | null, motivation: a.motivation, conditions: a.conditions,
      state: a.state as ApplicationState, outcome: a.outcome as GrantOutcome | null, decidedOn: a.decidedOn, decisionRef: a.decisionRef,
      decidedEarlier: a.decidedEarlier, commitmentId: a.commitmentId,
      projectBudget: budget, budgetTotals: budget ? budgetTotals(budget) : null, budgetWarnings: budget ? budgetWarnings(budget) : [],
      warnings: a.recommendation === 'grant' ? ys.filter((y) => (y.grantedKr ?? 0) > y.appliedKr).map((y) => `Beviljat belopp ${y.year} är större än sökt belopp.`) : [],
      notification: note ? { channel: note.channel as 'email' | 'letter', outcome: note.outcome as GrantOutcome, sentAt: note.sentAt?.toISOString() ?? null, delivered: note.delivered } : null,
    };
  });
}

async function summaries(ex: Executor, ctx: Ctx, rounds: RoundRow[], apps: ApplicationView[]): Promise<RoundSummary[]> {
  if (rounds.length === 0) return [];
  const organRows = await ex.select({ id: t.organs.id, code: t.organs.code, name: t.organs.name }).from(t.organs).where(inArray(t.organs.id, [...new Set(rounds.map((r) => r.organId))]));
  const caseRows = await ex.select({ id: t.cases.id, number: t.cases.number }).from(t.cases).where(inArray(t.cases.id, [...new Set(rounds.map((r) => r.caseId))]));
  const appropriationIds = [...new Set(rounds.map((r) => r.appropriationId).filter((x): x is string => x !== null))];
  const appropriationRows = appropriationIds.length ? await ex.select({ id: t.appropriations.id, name: t.appropriations.name }).from(t.appropriations).where(inArray(t.appropriations.id, appropriationIds)) : [];
  return rounds.map((r) => {
    const organ = organRows.find((o) => o.id === r.organId);
    const mine = apps.filter((a) => a.roundId === r.id);
    return {
      id: r.id, version: r.version, name: r.name, organId: r.organId, organCode: organ?.code ?? '', organName: organ?.name ?? '',
      caseId: r.caseId, caseNumber: caseRows.find((c) => c.id === r.caseId)?.number ?? '',
      appropriationId: r.appropriationId, appropriationName: appropriationRows.find((a) => a.id === r.appropriationId)?.name ?? null,
      opensOn: r.opensOn, closesOn: r.closesOn, decidedBy: r.decidedBy as DecidedBy, layout: r.layout as RoundLayout, unit: unitOfLayout(r.layout as RoundLayout),
      applications: mine.length, grantedKr: [...grantedSums(mine).values()].reduce((s, v) => s + v, 0),
    };
  });
}

export async function listRoundSummaries(ex: Executor, ctx: Ctx): Promise<RoundSummary[]> {
  const rounds = await ex.select().from(t.grantRounds).where(eq(t.grantRounds.bodyId, ctx.actor.bodyId)).orderBy(sql`${t.grantRounds.opensOn} DESC NULLS LAST`, asc(t.grantRounds.name));
  return summaries(ex, ctx, rounds, await loadApplications(ex, ctx.actor.bodyId, rounds.map((r) => r.id)));
}

export async function loadRoundView(ex: Executor, ctx: Ctx, round: RoundRow): Promise<RoundView> {
  const items = await loadApplications(ex, ctx.actor.bodyId, [round.id]);
  const [summary] = await summaries(ex, ctx, [round], items);
  const asOf = swedishDate(ctx.clock.now());
  const remaining = round.appropriationId ? await remainingFunds(ex, ctx.actor.bodyId, round.appropriationId, asOf, round.caseId) : null;
  const compilations = await ex.select({ documentId: t.documents.id, number: t.documents.number, registeredDate: t.documents.registeredDate }).from(t.documents)
    .where(and(eq(t.documents.bodyId, ctx.actor.bodyId), eq(t.documents.kind, 'annex'), sql`${t.documents.details}->>'grantRoundId' = ${round.id}`)).orderBy(asc(t.documents.seq));
  const sums = grantedSums(items);
  const notes = items.map((i) => i.notification).filter((n) => n !== null);
  return {
    ...summary!, intro: round.intro, criteria: round.criteria as string[], documentOwner: round.documentOwner,
    delegateName: round.delegateName, delegationDecidedOn: round.delegationDecidedOn,
    appropriation: remaining && summary!.appropriationName ? { id: round.appropriationId!, name: summary!.appropriationName, asOf, remaining } : null,
    items, years: compilationYears(items), sums: [...sums].map(([year, kr]) => ({ year, kr })), compilations,
    notifications: {
      emailPending: notes.filter((n) => n.channel === 'email' && !n.sentAt).length,
      emailSent: notes.filter((n) => n.channel === 'email' && n.sentAt).length,
      letters: notes.filter((n) => n.channel === 'letter').length,
    },
    canEdit: canEditRegister(ctx.actor, round.organId),
  };
}

/** Locks the case row and answers the number its next document gets (the caller registers it in the same transaction). */
export async function nextDocumentNumber(tx: Tx, caseId: string): Promise<string> {
  const [row] = await tx.select({ number: t.cases.number, last: t.cases.lastDocumentSeq, format: t.registries.documentNumberFormat })
    .from(t.cases).innerJoin(t.registries, eq(t.registries.id, t.cases.registryId)).where(eq(t.cases.id, caseId)).for('update');
  if (!row) throw notFound('Ärendet');
  return formatDocumentNumber(row.format, row.number, row.last + 1);
}
