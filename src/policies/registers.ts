/**
 * Who may read and keep the registers (appropriations, grant rounds, risk analysis and internal control,
 * financial follow-up, annual cycle). Every staff role may read them; an organ's registers are kept by its
 * case officers, registrars and secretaries, and by administrators.
 */
import { hasRole, type Actor } from './actor.ts';

export const canReadRegisters = (actor: Actor): boolean =>
  hasRole(actor, 'registrar', 'case_officer', 'secretary', 'admin', 'auditor', 'member');

export const canEditRegister = (actor: Actor, organId: string): boolean =>
  hasRole(actor, 'admin') || (hasRole(actor, 'case_officer', 'registrar', 'secretary') && actor.organAccess.has(organId));
