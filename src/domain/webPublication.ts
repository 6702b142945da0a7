/**
 * R-PUB-1: being a public record (allmän handling) is not the same as being published on the web. Anyone may ask
 * the registry for any public record, but putting a document's files and full text on the municipality's web
 * site (portal, public search, open data, feeds) is a decision of its own, made under GDPR:
 *
 * - The municipality's own documents are published by default: official reports, decisions, minutes and their
 *   extracts, motions and audit reports, and statements, annexes and other documents it drew up itself.
 * - Letters and anything else that came in from an organisation or another authority are published by default.
 * - Letters and applications from private persons — and anything sent to or concerning a private person as its
 *   counterparty — are not published by default (data minimisation); a registrar may decide to publish one.
 *   Motions are the exception: their authors are elected members acting in office.
 * - A secret-marked document, or one holding personal data of someone with protected identity, is never
 *   published, whoever asks.
 *
 * The public register keeps showing the public metadata of every document that is not secret-marked; this rule
 * governs only the files and the full text.
 */
import type { Direction, DocumentKind } from './documents.ts';

/** What the rule looks at. */
export interface WebPublicationFacts {
  kind: DocumentKind | string;
  direction: Direction | string;
  /** An active (unreleased) secrecy mark covers the document. */
  secret: boolean;
  /** The sender or recipient as registered. */
  counterpartyName: string | null;
  counterpartyOrganisation: string | null;
  /** The counterparty has protected identity (R-REG-7). */
  counterpartyProtected: boolean;
}

/** Why a document is, or is not, published by default — or why it can never be. */
export type WebPublicationReason =
  | 'secret' // never: secret-marked
  | 'protected' // never: protected personal data
  | 'own_document' // published by default: the municipality's (or its elected members') own kind of document
  | 'drawn_up' // published by default: a statement, annex or other document the municipality drew up
  | 'organisation' // published by default: from or to an organisation or authority
  | 'private_person' // not by default: from, to or about a private person
  | 'no_counterparty'; // not by default: a letter or incoming document without a known organisation

/** Kinds the municipality or its elected members produce. */
export const OWN_KINDS: readonly string[] = ['official_report', 'decision', 'minutes_extract', 'motion', 'audit_report'];
/** Kinds published when the municipality drew them up itself (internal or outgoing). */
export const DRAWN_UP_KINDS: readonly string[] = ['statement', 'annex', 'other'];

export interface WebPublicationDefault {
  /** Published on the web unless someone decides otherwise. */
  published: boolean;
  /** False when no one may publish it (secret or protected). */
  publishable: boolean;
  reason: WebPublicationReason;
}

/** A counterparty registered by name only, without an organisation: a private person. */
export const isPrivatePerson = (f: Pick<WebPublicationFacts, 'counterpartyName' | 'counterpartyOrganisation'>): boolean =>
  Boolean(f.counterpartyName?.trim()) && !f.counterpartyOrganisation?.trim();

/** R-PUB-1: whether a document's files and full text are on the web by default, and whether they may be at all. */
export function defaultWebPublication(f: WebPublicationFacts): WebPublicationDefault {
  if (f.secret) return { published: false, publishable: false, reason: 'secret' };
  if (f.counterpartyProtected) return { published: false, publishable: false, reason: 'protected' };
  if (f.kind === 'motion') return { published: true, publishable: true, reason: 'own_document' };
  if (isPrivatePerson(f)) return { published: false, publishable: true, reason: 'private_person' };
  if (OWN_KINDS.includes(f.kind)) return { published: true, publishable: true, reason: 'own_document' };
  if (DRAWN_UP_KINDS.includes(f.kind) && f.direction !== 'incoming') return { published: true, publishable: true, reason: 'drawn_up' };
  if (f.counterpartyOrganisation?.trim()) return { published: true, publishable: true, reason: 'organisation' };
  return { published: false, publishable: true, reason: 'no_counterparty' };
}

/** The decision recorded at registration: the default, or the registrar's explicit choice. */
export interface WebPublicationDecision { published: boolean; basis: 'default' | 'choice' }

/**
 * R-PUB-1: the decision at registration. `choice` is the registrar's explicit yes/no (undefined: the default).
 * Choosing to publish a secret or protected document is an error (returned as a Swedish message), never
 * silently turned into "not published", so the registrar knows what happened.
 */
export function decideWebPublication(f: WebPublicationFacts, choice: boolean | undefined): WebPublicationDecision & { error?: string } {
  const d = defaultWebPublication(f);
  if (choice === undefined) return { published: d.published, basis: 'default' };
  if (choice && !d.publishable) return { published: false, basis: 'choice', error: neverPublishedMessage(d.reason) };
  return { published: choice, basis: 'choice' };
}

/** Why publishing is refused (Swedish, shown to the registrar). */
export function neverPublishedMessage(reason: WebPublicationReason): string {
  return reason === 'secret'
    ? 'en sekretessmarkerad handling publiceras aldrig på webben'
    : 'en handling med skyddade personuppgifter publiceras aldrig på webben';
}

/** Reads the optional explicit choice from raw registration input: true, false, or undefined (the default). */
export function webPublicationChoice(raw: unknown): { value: boolean | undefined; error?: string } {
  if (raw === undefined || raw === null || raw === '') return { value: undefined };
  if (typeof raw === 'boolean') return { value: raw };
  return { value: undefined, error: 'måste vara true eller false' };
}

/** A publication row as the TypeScript side sees it: active until withdrawn. */
export interface PublicationState { withdrawnAt: Date | string | null }

/** The TypeScript twin of `webPublishedSql`: a document is web-published while one of its publications is active. */
export const isWebPublished = (publications: readonly PublicationState[]): boolean => publications.some((p) => p.withdrawnAt === null);

export const MAX_WITHDRAWAL_REASON = 1000;
