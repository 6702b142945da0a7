/**
 * Who may plan meetings, build agendas, send notices and compile books: secretaries (and admins) with access
 * to the organ. Members read the books of their organs.
 */
import { hasRole, type Actor } from './actor.ts';

export const canManageMeeting = (actor: Actor, organId: string): boolean =>
  hasRole(actor, 'admin') || (hasRole(actor, 'secretary') && actor.organAccess.has(organId));

export const canReadMeeting = (actor: Actor, organId: string): boolean =>
  actor.roles.length > 0 && (hasRole(actor, 'admin', 'registrar', 'case_officer', 'auditor') || actor.organAccess.has(organId));
