/**
 * Writes audit events (R-REG-8). Always called with the transaction of the change or read it records.
 * Details never hold secret content: ids, numbers and field names only.
 */
import type { Executor } from '../client.ts';
import { auditEvents } from '../schema/index.ts';

export interface AuditInput {
  bodyId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  caseId?: string | null;
  secretAccess?: boolean;
  details?: Record<string, unknown>;
}

export async function recordAudit(ex: Executor, event: AuditInput): Promise<void> {
  await ex.insert(auditEvents).values({
    bodyId: event.bodyId,
    actorId: event.actorId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    caseId: event.caseId ?? null,
    secretAccess: event.secretAccess ?? false,
    details: event.details ?? {},
  });
}
