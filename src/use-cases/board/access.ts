/**
 * Who may do what on the notice board: any staff member reads it; registrars and secretaries with access to the
 * organ (and admins) post and take down postings. Adjusted minutes are posted by the adjustment itself.
 */
import { hasRole, type Actor } from '../../policies/actor.ts';

export const canReadBoard = (actor: Actor): boolean =>
  hasRole(actor, 'admin', 'registrar', 'secretary', 'case_officer', 'auditor');

export const canManageBoard = (actor: Actor, organId: string | null): boolean =>
  hasRole(actor, 'admin') || (hasRole(actor, 'registrar', 'secretary') && (organId === null || actor.organAccess.has(organId)));
