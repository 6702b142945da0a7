/**
 * What the public register on the web shows of a document (R-REG-3, R-REG-5, R-REG-7, OSL 5:2):
 *
 * - A secret-marked document is left out of the web register entirely — its number, date and description are
 *   not shown. The case page says only that the case holds documents that are secret-marked, with the legal
 *   grounds, and that the register entry can be requested from the registry (where each request is assessed).
 * - The sender or recipient is shown as registered when it is an organisation (or someone acting for one);
 *   a private person's name is never put on the web (data minimisation), and a person with protected identity
 *   is shown exactly like any private person, so that the protection itself is not revealed either.
 * - Whether a document is listed and its files offered is decided by disclosure/documents.ts (files only of
 *   published documents without secrecy marks or protected personal data, as in the public meeting book, R-BOOK-2).
 */

export interface RegisterDocumentFacts {
  counterpartyName: string | null;
  counterpartyOrganisation: string | null;
  counterpartyProtected: boolean;
}

export const PRIVATE_PERSON = 'Privatperson';

/** The sender/recipient as the public register shows it, or null when the document has none. */
export function publicCounterparty(doc: RegisterDocumentFacts): string | null {
  const name = doc.counterpartyName?.trim() || null;
  const organisation = doc.counterpartyOrganisation?.trim() || null;
  if (doc.counterpartyProtected) return name || organisation ? PRIVATE_PERSON : null;
  if (organisation) return name && name !== organisation ? `${name}, ${organisation}` : organisation;
  return name ? PRIVATE_PERSON : null;
}

/** The notice the case page shows in place of its secret-marked documents (null when there are none). */
export function withheldRegisterNotice(grounds: readonly string[]): string | null {
  if (grounds.length === 0) return null;
  const unique = [...new Set(grounds)];
  const which = grounds.length === 1 ? 'En handling i ärendet är sekretessmarkerad' : `${grounds.length} handlingar i ärendet är sekretessmarkerade`;
  return `${which} (${unique.join(', ')}) och visas inte här. Du kan begära att få ta del av handlingar hos registraturen; begäran sekretessprövas.`;
}
