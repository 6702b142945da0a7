/**
 * Loads cases shaped as the API presents them.
 */
import { eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { cases, users } from '../schema/index.ts';
import type { Actor } from '../../policies/actor.ts';
import { documentCountSql } from './documents.ts';
import { isUuid } from '../../domain/ids.ts';

export interface CaseView {
  id: string; number: string; title: string; publicTitle: string; status: string; classificationCode: string | null;
  organId: string | null; registryId: string; caseOfficer: { id: string; displayName: string } | null;
  openedAt: string; closedAt: string | null; version: number; documentCount: number;
}

export function caseSelection(actor: Actor) {
  return {
    id: cases.id, number: cases.number, title: cases.title, publicTitle: cases.publicTitle, status: cases.status,
    classificationCode: cases.classificationCode, organId: cases.organId, registryId: cases.registryId,
    officerId: users.id, officerName: users.displayName, openedAt: cases.openedAt, closedAt: cases.closedAt,
    version: cases.version, documentCount: documentCountSql(actor),
  };
}

type Row = { id: string; number: string; title: string; publicTitle: string; status: string; classificationCode: string | null;
  organId: string | null; registryId: string; officerId: string | null; officerName: string | null; openedAt: string;
  closedAt: string | null; version: number; documentCount: number };

export function toCaseView(r: Row): CaseView {
  return {
    id: r.id, number: r.number, title: r.title, publicTitle: r.publicTitle, status: r.status, classificationCode: r.classificationCode,
    organId: r.organId, registryId: r.registryId, caseOfficer: r.officerId ? { id: r.officerId, displayName: r.officerName ?? '' } : null,
    openedAt: r.openedAt, closedAt: r.closedAt, version: r.version, documentCount: Number(r.documentCount),
  };
}

export async function loadCases(ex: Executor, actor: Actor, where: SQL | undefined): Promise<CaseView[]> {
  const rows = await ex.select(caseSelection(actor)).from(cases).leftJoin(users, eq(users.id, cases.caseOfficerId))
    .where(sql`${cases.bodyId} = ${actor.bodyId} AND ${where ?? sql`TRUE`}`);
  return rows.map(toCaseView);
}

export async function loadCase(ex: Executor, actor: Actor, id: string): Promise<CaseView | undefined> {
  if (!isUuid(id)) return undefined;
  return (await loadCases(ex, actor, eq(cases.id, id)))[0];
}
