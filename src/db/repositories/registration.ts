/**
 * Writes a registration — optionally a new case, the document, its files, its secrecy mark, its web publication
 * and the audit events — in ONE statement. It runs right after the number was allocated, so the counter's row
 * lock is held for as few round trips as possible (R-REG-4: gapless numbers serialise concurrent registrations).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../client.ts';

export interface NewCaseRow {
  id: string; registryId: string; year: number; seq: number; number: string; title: string; publicTitle: string;
  classificationCode: string | null; caseOfficerId: string | null; organId: string | null; openedAt: string;
}
export interface DocumentRow {
  id: string; caseId: string; seq: number; number: string; kind: string; direction: string; registeredDate: string;
  description: string; publicDescription: string; counterpartyName: string | null; counterpartyOrganisation: string | null;
  counterpartyAddress: string | null; counterpartyEmail: string | null; counterpartyProtected: boolean;
  /** Kind-specific fields; none when absent. */
  details?: Record<string, unknown>;
}
export interface FileRow { id: string; name: string; mediaType: string; size: number; sha256: string }
export interface AuditRow { action: string; entityType: string; entityId: string; caseId: string; details: Record<string, unknown> }

export interface Registration {
  bodyId: string; actorId: string;
  newCase: NewCaseRow | null; document: DocumentRow; files: FileRow[];
  secrecy: { legalGround: string; organId: string } | null;
  /** R-PUB-1: the document's files and full text go on the web, by its kind's default or the registrar's choice. */
  webPublication: { basis: 'default' | 'choice' } | null;
  audits: AuditRow[];
}

export async function insertRegistration(tx: Tx, r: Registration): Promise<void> {
  const parts: SQL[] = [];
  const c = r.newCase;
  if (c) {
    parts.push(sql`c AS (INSERT INTO cases (id, body_id, registry_id, year, seq, number, title, public_title, classification_code, case_officer_id, organ_id, opened_at, last_document_seq)
      VALUES (${c.id}, ${r.bodyId}, ${c.registryId}, ${c.year}, ${c.seq}, ${c.number}, ${c.title}, ${c.publicTitle}, ${c.classificationCode}, ${c.caseOfficerId}, ${c.organId}, ${c.openedAt}, 1))`);
  }
  const d = r.document;
  parts.push(sql`d AS (INSERT INTO documents (id, body_id, case_id, seq, number, kind, direction, registered_date, description, public_description,
      counterparty_name, counterparty_organisation, counterparty_address, counterparty_email, counterparty_protected, details, created_by)
    VALUES (${d.id}, ${r.bodyId}, ${d.caseId}, ${d.seq}, ${d.number}, ${d.kind}, ${d.direction}, ${d.registeredDate}, ${d.description}, ${d.publicDescription},
      ${d.counterpartyName}, ${d.counterpartyOrganisation}, ${d.counterpartyAddress}, ${d.counterpartyEmail}, ${d.counterpartyProtected}, ${JSON.stringify(d.details ?? {})}::jsonb, ${r.actorId}))`);
  if (r.files.length) {
    parts.push(sql`f AS (INSERT INTO files (id, body_id, document_id, name, media_type, size, sha256) VALUES ${sql.join(
      r.files.map((f) => sql`(${f.id}, ${r.bodyId}, ${d.id}, ${f.name}, ${f.mediaType}, ${f.size}, ${f.sha256})`), sql`, `)})`);
  }
  if (r.secrecy) {
    parts.push(sql`s AS (INSERT INTO secrecy_marks (body_id, document_id, legal_ground, organ_id, marked_by) VALUES (${r.bodyId}, ${d.id}, ${r.secrecy.legalGround}, ${r.secrecy.organId}, ${r.actorId}))`);
  }
  if (r.webPublication) {
    parts.push(sql`p AS (INSERT INTO web_publications (body_id, document_id, basis, published_by) VALUES (${r.bodyId}, ${d.id}, ${r.webPublication.basis}, ${r.actorId}))`);
  }
  parts.push(sql`a AS (INSERT INTO audit_events (body_id, actor_id, action, entity_type, entity_id, case_id, details) VALUES ${sql.join(
    r.audits.map((a) => sql`(${r.bodyId}, ${r.actorId}, ${a.action}, ${a.entityType}, ${a.entityId}, ${a.caseId}, ${JSON.stringify(a.details)}::jsonb)`), sql`, `)})`);
  await tx.execute(sql`WITH ${sql.join(parts, sql`, `)} SELECT 1`);
}
