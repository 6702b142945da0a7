/**
 * Who may do what in the registry. Pure functions; what a reader sees of a document is decided from these in
 * disclosure/documents.ts, and stated once more in SQL for lists (disclosure/sql.ts). A resource the actor may not
 * see is answered as not found (R-REG-5, R-REG-6).
 */
import { hasRole, type Actor } from './actor.ts';

export interface SecrecyFacts { activeSecrecyOrganIds: readonly string[] }

/** R-REG-6: access to a secret-marked document is granted per marking organ, never by role alone. */
export function canReadDocument(actor: Actor, doc: SecrecyFacts): boolean {
  return doc.activeSecrecyOrganIds.every((organId) => actor.organAccess.get(organId)?.secret === true);
}

/** R-REG-7: contact data of people with protected identity is for a small authorised group only. */
export const canReadProtectedData = (actor: Actor): boolean => actor.protectedDataAccess;

export const canRegister = (actor: Actor): boolean => hasRole(actor, 'registrar', 'case_officer', 'secretary', 'admin');

export const canEditCase = (actor: Actor): boolean => hasRole(actor, 'registrar', 'case_officer', 'secretary', 'admin');

/** Marking needs a registry role and secret access in the marking organ (the marker keeps reading it). */
export function canMarkSecret(actor: Actor, organId: string): boolean {
  return hasRole(actor, 'registrar', 'case_officer', 'secretary', 'admin') && actor.organAccess.get(organId)?.secret === true;
}

/** R-REG-5: release after assessment is for registrars/admins with secret access in the marking organ. */
export function canReleaseSecret(actor: Actor, organId: string): boolean {
  return hasRole(actor, 'registrar', 'admin') && actor.organAccess.get(organId)?.secret === true;
}

export const canAdminister = (actor: Actor): boolean => hasRole(actor, 'admin');

export const canReadAudit = (actor: Actor): boolean => hasRole(actor, 'auditor', 'admin');

export const canReadStaffDirectory = (actor: Actor): boolean => actor.roles.length > 0;
