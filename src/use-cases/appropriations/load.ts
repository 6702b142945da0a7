/**
 * Reads an appropriation with its years and commitments (amounts per year), shaped for the rules in
 * domain/appropriations.ts and for the API.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Executor } from '../../db/client.ts';
import type { CommitmentFacts, CommitmentStatus, YearAmount } from '../../domain/appropriations.ts';

export interface CommitmentRow extends CommitmentFacts {
  appropriationId: string;
  caseNumber: string | null;
  recipient: string;
  purpose: string | null;
  reference: string | null;
  conditions: string | null;
  sourceKind: 'manual' | 'grant_application';
  sourceId: string | null;
  overrideReason: string | null;
  agendaItemId: string | null;
  version: number;
}

export interface AppropriationRecord {
  id: string; organId: string; organName: string; organCode: string; name: string; description: string; version: number;
  years: YearAmount[]; commitments: CommitmentRow[];
}

export async function loadCommitments(ex: Executor, bodyId: string, where: { appropriationId?: string; caseId?: string; ids?: string[] }): Promise<CommitmentRow[]> {
  const conds = [eq(t.appropriationCommitments.bodyId, bodyId)];
  if (where.appropriationId) conds.push(eq(t.appropriationCommitments.appropriationId, where.appropriationId));
  if (where.caseId) conds.push(eq(t.appropriationCommitments.caseId, where.caseId));
  if (where.ids) conds.push(inArray(t.appropriationCommitments.id, where.ids.length ? where.ids : ['00000000-0000-0000-0000-000000000000']));
  const rows = await ex.select({ c: t.appropriationCommitments, caseNumber: t.cases.number }).from(t.appropriationCommitments)
    .leftJoin(t.cases, eq(t.cases.id, t.appropriationCommitments.caseId))
    .where(and(...conds)).orderBy(asc(t.appropriationCommitments.decidedOn), asc(t.appropriationCommitments.createdAt), asc(t.appropriationCommitments.id));
  const ids = rows.map((r) => r.c.id);
  const amounts = ids.length ? await ex.select().from(t.appropriationCommitmentAmounts).where(inArray(t.appropriationCommitmentAmounts.commitmentId, ids)).orderBy(asc(t.appropriationCommitmentAmounts.year)) : [];
  return rows.map(({ c, caseNumber }) => ({
    id: c.id, appropriationId: c.appropriationId, caseId: c.caseId, caseNumber, recipient: c.recipient, purpose: c.purpose, reference: c.reference,
    decidedOn: c.decidedOn, conditions: c.conditions, status: c.status as CommitmentStatus, releasedOn: c.releasedOn,
    sourceKind: c.sourceKind as CommitmentRow['sourceKind'], sourceId: c.sourceId, overrideReason: c.overrideReason, agendaItemId: c.agendaItemId, version: c.version,
    amounts: amounts.filter((a) => a.commitmentId === c.id).map((a) => ({ year: a.year, amountKr: a.amountKr })),
  }));
}

/** The appropriation or null; `lock` takes its row lock so checks against its funds are serialised. */
export async function loadAppropriation(ex: Executor, bodyId: string, id: string, lock = false): Promise<AppropriationRecord | null> {
  const query = ex.select({ a: t.appropriations, organName: t.organs.name, organCode: t.organs.code }).from(t.appropriations)
    .innerJoin(t.organs, eq(t.organs.id, t.appropriations.organId))
    .where(and(eq(t.appropriations.id, id), eq(t.appropriations.bodyId, bodyId)));
  const [row] = lock ? await query.for('update', { of: t.appropriations }) : await query;
  if (!row) return null;
  const years = await ex.select({ year: t.appropriationYears.year, amountKr: t.appropriationYears.amountKr }).from(t.appropriationYears)
    .where(and(eq(t.appropriationYears.appropriationId, id), eq(t.appropriationYears.bodyId, bodyId))).orderBy(asc(t.appropriationYears.year));
  return {
    id: row.a.id, organId: row.a.organId, organName: row.organName, organCode: row.organCode, name: row.a.name, description: row.a.description, version: row.a.version,
    years, commitments: await loadCommitments(ex, bodyId, { appropriationId: id }),
  };
}

/** Replaces a commitment's amounts per year. */
export async function writeAmounts(ex: Executor, bodyId: string, commitmentId: string, amounts: readonly YearAmount[]): Promise<void> {
  await ex.delete(t.appropriationCommitmentAmounts).where(eq(t.appropriationCommitmentAmounts.commitmentId, commitmentId));
  const rows = amounts.filter((a) => a.amountKr > 0).map((a) => ({ bodyId, commitmentId, year: a.year, amountKr: a.amountKr }));
  if (rows.length) await ex.insert(t.appropriationCommitmentAmounts).values(rows);
}
