/**
 * R-PUB-2: public titles. A case's public title is either set explicitly or derived from its title; either way it
 * is masked (personal identity and co-ordination numbers; the names of the case's protected people, where known),
 * so the internal title is never published as it stands. An agenda item's title is public too (the public meeting
 * page, the book, the minutes, subscriber mail): by default it is the case's public title, and a title written for
 * the item is masked the same way.
 */
import { compileMasking, type ProtectedPerson } from './masking.ts';

export interface TitleFacts {
  /** The internal title (ärendemening). */
  title: string;
  /** The public title as given; empty or missing: derived from the title. */
  publicTitle?: string | null;
  /** People with protected identity known in the case (senders, recipients). */
  protectedPeople?: readonly ProtectedPerson[];
}

const masked = (text: string, people: readonly ProtectedPerson[] = []): string => compileMasking({ protectedPeople: people })(text.trim()).trim();

/** The public title of a case: the given one or the title, masked. */
export function publicCaseTitle(facts: TitleFacts): string {
  const given = (facts.publicTitle ?? '').trim();
  return masked(given || facts.title, facts.protectedPeople);
}

/** The title of an agenda item: the one written for it, or the case's public title; masked. */
export function agendaItemTitle(given: string | null | undefined, casePublicTitle: string | null, protectedPeople: readonly ProtectedPerson[] = []): string {
  const title = (given ?? '').trim() || (casePublicTitle ?? '').trim();
  return masked(title, protectedPeople);
}
