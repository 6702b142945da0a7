/**
 * Number allocation (R-REG-4): the counter row is incremented inside the caller's transaction, so a failed
 * registration rolls the number back (no gap) and concurrent ones wait on the row lock (no duplicate).
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';

export async function nextCaseSeq(tx: Tx, bodyId: string, registryId: string, year: number): Promise<number> {
  const result = await tx.execute<{ last_seq: number }>(sql`
    INSERT INTO case_counters (body_id, registry_id, year, last_seq) VALUES (${bodyId}, ${registryId}, ${year}, 1)
    ON CONFLICT (registry_id, year) DO UPDATE SET last_seq = case_counters.last_seq + 1
    RETURNING last_seq`);
  return Number(result.rows[0]!.last_seq);
}

/** After importing existing numbers, the counter continues after the highest one. */
export async function raiseCaseSeq(tx: Tx, bodyId: string, registryId: string, year: number, seq: number): Promise<void> {
  await tx.execute(sql`
    INSERT INTO case_counters (body_id, registry_id, year, last_seq) VALUES (${bodyId}, ${registryId}, ${year}, ${seq})
    ON CONFLICT (registry_id, year) DO UPDATE SET last_seq = GREATEST(case_counters.last_seq, EXCLUDED.last_seq)`);
}

export async function nextDocumentSeq(tx: Tx, caseId: string): Promise<{ seq: number; caseNumber: string; registryId: string }> {
  const result = await tx.execute<{ last_document_seq: number; number: string; registry_id: string }>(sql`
    UPDATE cases SET last_document_seq = last_document_seq + 1, updated_at = now()
    WHERE id = ${caseId} RETURNING last_document_seq, number, registry_id`);
  const row = result.rows[0];
  if (!row) throw new Error('case vanished during registration');
  return { seq: Number(row.last_document_seq), caseNumber: row.number, registryId: row.registry_id };
}
