/**
 * Bulk import of an existing diarium from CSV: every row is validated first, then all rows are imported in one
 * transaction, or none, with a per-row error report. Counters continue after the highest imported number.
 */
import { parse } from 'csv-parse/sync';
import { and, eq, inArray } from 'drizzle-orm';
import { cases, registries, users } from '../db/schema/index.ts';
import { raiseCaseSeq } from '../db/repositories/numbers.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { parseCaseNumber } from '../domain/numbering.ts';
import { checkText } from '../domain/text.ts';
import { isIsoDate } from '../domain/dates.ts';
import type { FieldError } from '../domain/errors.ts';
import type { Db } from '../db/client.ts';

export const IMPORT_COLUMNS = ['number', 'title', 'publicTitle', 'openedAt', 'status', 'closedAt', 'classificationCode', 'caseOfficer'] as const;

export interface RowError { row: number; field: string; message: string }
export type ImportResult = { ok: true; imported: number } | { ok: false; errors: RowError[] };

export async function importCases(db: Db, bodyId: string, actorId: string | null, csv: string): Promise<ImportResult> {
  let records: Record<string, string>[];
  try {
    const delimiter = csv.split(/\r?\n/, 1)[0]!.includes(';') ? ';' : ',';
    records = parse(csv.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, delimiter, trim: true, relax_column_count: false });
  } catch (error) {
    return { ok: false, errors: [{ row: 0, field: 'fil', message: `CSV-filen kan inte läsas: ${(error as Error).message}` }] };
  }
  const missing = ['number', 'title', 'openedAt'].filter((c) => records.length && !(c in records[0]!));
  if (missing.length) return { ok: false, errors: [{ row: 1, field: 'rubrik', message: `kolumner saknas: ${missing.join(', ')} (möjliga: ${IMPORT_COLUMNS.join(', ')})` }] };

  const regs = await db.select().from(registries).where(eq(registries.bodyId, bodyId));
  const officers = new Map((await db.select({ id: users.id, username: users.username }).from(users).where(eq(users.bodyId, bodyId))).map((u) => [u.username, u.id]));
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  const rows = records.map((r, i) => {
    const rowNo = i + 2; // header is row 1
    const fieldErrors: FieldError[] = [];
    const number = (r.number ?? '').trim();
    let parsed: { registry: (typeof regs)[number]; year: number; seq: number } | null = null;
    for (const registry of regs) {
      const p = parseCaseNumber(registry.caseNumberFormat, number);
      if (p && (!registry.caseNumberFormat.includes('{series}') || p.series === registry.code)) { parsed = { registry, year: p.year, seq: p.seq }; break; }
    }
    if (!parsed) fieldErrors.push({ field: 'number', message: `"${number}" är inget giltigt diarienummer i något diarium (t.ex. ${regs[0]?.code ?? 'KS'}-2024/00001)` });
    if (seen.has(number)) fieldErrors.push({ field: 'number', message: `${number} förekommer även på rad ${seen.get(number)}` });
    seen.set(number, rowNo);
    const title = checkText(r.title, { field: 'title', required: true, max: 300 }, fieldErrors);
    const publicTitle = checkText(r.publicTitle, { field: 'publicTitle', max: 300 }, fieldErrors) || title;
    const classificationCode = checkText(r.classificationCode, { field: 'classificationCode', max: 40 }, fieldErrors) || null;
    const openedAt = (r.openedAt ?? '').trim();
    if (!isIsoDate(openedAt)) fieldErrors.push({ field: 'openedAt', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' });
    const status = (r.status ?? 'open').trim() || 'open';
    if (status !== 'open' && status !== 'closed') fieldErrors.push({ field: 'status', message: 'måste vara open eller closed' });
    const closedAt = (r.closedAt ?? '').trim() || null;
    if (closedAt && !isIsoDate(closedAt)) fieldErrors.push({ field: 'closedAt', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' });
    const officer = (r.caseOfficer ?? '').trim();
    if (officer && !officers.has(officer)) fieldErrors.push({ field: 'caseOfficer', message: `användaren ${officer} finns inte` });
    if (parsed && isIsoDate(openedAt) && Number(openedAt.slice(0, 4)) !== parsed.year) fieldErrors.push({ field: 'openedAt', message: `året stämmer inte med diarienumret (${parsed.year})` });
    errors.push(...fieldErrors.map((e) => ({ row: rowNo, ...e })));
    return { number, parsed, title, publicTitle, classificationCode, openedAt, status, closedAt, caseOfficerId: officer ? officers.get(officer) ?? null : null };
  });
  const numbers = rows.map((r) => r.number).filter(Boolean);
  for (let i = 0; i < numbers.length; i += 1000) {
    const existing = await db.select({ number: cases.number }).from(cases).where(and(eq(cases.bodyId, bodyId), inArray(cases.number, numbers.slice(i, i + 1000))));
    for (const e of existing) errors.push({ row: rows.findIndex((r) => r.number === e.number) + 2, field: 'number', message: `${e.number} finns redan i diariet` });
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };

  await db.transaction(async (tx) => {
    const top = new Map<string, { registryId: string; year: number; seq: number }>();
    for (let i = 0; i < rows.length; i += 500) {
      await tx.insert(cases).values(rows.slice(i, i + 500).map((r) => ({
        bodyId, registryId: r.parsed!.registry.id, year: r.parsed!.year, seq: r.parsed!.seq, number: r.number, title: r.title, publicTitle: r.publicTitle,
        classificationCode: r.classificationCode, status: r.status, openedAt: r.openedAt, closedAt: r.status === 'closed' ? r.closedAt ?? r.openedAt : null,
        caseOfficerId: r.caseOfficerId, organId: r.parsed!.registry.organId,
      })));
    }
    for (const r of rows) {
      const key = `${r.parsed!.registry.id}:${r.parsed!.year}`;
      const cur = top.get(key);
      if (!cur || cur.seq < r.parsed!.seq) top.set(key, { registryId: r.parsed!.registry.id, year: r.parsed!.year, seq: r.parsed!.seq });
    }
    for (const t of top.values()) await raiseCaseSeq(tx, bodyId, t.registryId, t.year, t.seq);
    await recordAudit(tx, { bodyId, actorId, action: 'case.import', entityType: 'case', details: { count: rows.length } });
  });
  return { ok: true, imported: rows.length };
}
