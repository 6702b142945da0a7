/**
 * What a reader may see of a registered document, decided in one place (R-REG-3, R-REG-5, R-REG-6, R-REG-7,
 * R-REG-8, R-PUB-1). Each field is shown, redacted, or the document is absent altogether — absent means "not
 * found", exactly as for a document that does not exist. The SQL in sql.ts states the same rules for lists and
 * searches, and the database's row-level security (migration 0020) repeats them as a backstop.
 */
import { canReadDocument } from '../policies/registry.ts';
import type { Reader } from './reader.ts';

export interface DocumentFacts {
  /** Organs of the document's active (unreleased) secrecy marks. */
  activeSecrecyOrganIds: readonly string[];
  /** The sender or recipient has protected identity (skyddade personuppgifter). */
  counterpartyProtected: boolean;
  /** The registered, unmasked minutes or an extract of them: the public reads the masked public copy instead. */
  minutesOriginal: boolean;
  /** Files and full text were decided to be published on the web (R-PUB-1: a public record is not thereby published). */
  webPublished: boolean;
}

export interface DocumentDisclosure {
  /** The document appears at all; false answers as "not found". */
  listed: boolean;
  /** Which description the reader gets: the registrar's internal one, or the public description. */
  description: 'internal' | 'public';
  /** The counterparty as registered, with protected contact data masked, or in the public register's form. */
  counterparty: 'full' | 'masked' | 'public';
  /** The files (names, sizes, bytes) may be listed and downloaded. */
  files: boolean;
  /** The full text (files, report content) may be searched and quoted in snippets. */
  text: boolean;
  /** Reading it is a read of secret or protected data, logged with its purpose (R-REG-8). */
  audited: boolean;
}

const ABSENT: DocumentDisclosure = { listed: false, description: 'public', counterparty: 'public', files: false, text: false, audited: false };

export function discloseDocument(reader: Reader, facts: DocumentFacts): DocumentDisclosure {
  if (reader.kind === 'staff') {
    if (!canReadDocument(reader.actor, facts)) return ABSENT;
    // R-REG-7: the contact data and the content (files, text) of a letter naming a person with protected
    // identity are for the authorised group; others see that the document exists, masked.
    const protectedOk = !facts.counterpartyProtected || reader.actor.protectedDataAccess;
    return {
      listed: true, description: 'internal', counterparty: protectedOk ? 'full' : 'masked', files: protectedOk, text: protectedOk,
      audited: facts.activeSecrecyOrganIds.length > 0 || (facts.counterpartyProtected && protectedOk),
    };
  }
  if (reader.kind === 'record') {
    const sensitive = facts.activeSecrecyOrganIds.length > 0 || facts.counterpartyProtected;
    return { listed: true, description: sensitive ? 'public' : 'internal', counterparty: 'public', files: false, text: false, audited: false };
  }
  // The public web register: a secret-marked document is left out entirely (R-REG-3, R-REG-5); files and full
  // text only of published documents without protected personal data, never the unmasked minutes (R-PUB-1).
  if (facts.activeSecrecyOrganIds.length > 0) return ABSENT;
  const published = facts.webPublished && !facts.counterpartyProtected && !facts.minutesOriginal;
  return { listed: true, description: 'public', counterparty: 'public', files: published, text: published, audited: false };
}
