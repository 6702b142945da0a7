/**
 * Who decides what is published on the web (R-PUB-1). Case officers register with the default of the document's
 * kind and may keep a document off the web; publishing or withdrawing is for registrars, secretaries and admins.
 */
import { hasRole, type Actor } from './actor.ts';

export const canPublishOnWeb = (actor: Actor): boolean => hasRole(actor, 'registrar', 'secretary', 'admin');

/** The list of publications and withdrawals: those who decide, and auditors. */
export const canReadWebPublications = (actor: Actor): boolean => hasRole(actor, 'registrar', 'secretary', 'admin', 'auditor');
