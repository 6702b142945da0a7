import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, DIRECTIONS } from '../../src/domain/documents.ts';
import {
  decideWebPublication, defaultWebPublication, isPrivatePerson, isWebPublished, webPublicationChoice, type WebPublicationFacts,
} from '../../src/domain/webPublication.ts';

const doc: WebPublicationFacts = { kind: 'official_report', direction: 'internal', secret: false, counterpartyName: null, counterpartyOrganisation: null, counterpartyProtected: false };
const privatePerson = { counterpartyName: 'Gunnel Pettersson', counterpartyOrganisation: null };
const organisation = { counterpartyName: 'Region Västerbotten', counterpartyOrganisation: 'Region Västerbotten' };

describe('web publication of a document by default', () => {
  it('R-PUB-1: the municipality\'s own documents are published: official reports, decisions, minutes extracts, motions, audit reports', () => {
    for (const kind of ['official_report', 'decision', 'minutes_extract', 'motion', 'audit_report']) {
      for (const direction of DIRECTIONS) {
        expect(defaultWebPublication({ ...doc, kind, direction }), `${kind} ${direction}`).toEqual({ published: true, publishable: true, reason: 'own_document' });
      }
    }
  });

  it('R-PUB-1: statements, annexes and other documents are published when the municipality drew them up, not when they came in', () => {
    for (const kind of ['statement', 'annex', 'other']) {
      expect(defaultWebPublication({ ...doc, kind, direction: 'internal' }).published).toBe(true);
      expect(defaultWebPublication({ ...doc, kind, direction: 'outgoing' }).published).toBe(true);
      expect(defaultWebPublication({ ...doc, kind, direction: 'incoming' })).toEqual({ published: false, publishable: true, reason: 'no_counterparty' });
      expect(defaultWebPublication({ ...doc, kind, direction: 'incoming', ...organisation }).published).toBe(true);
    }
  });

  it('R-PUB-1: a letter or application from a private person is not published, but may be', () => {
    const letter = { ...doc, kind: 'letter', direction: 'incoming', ...privatePerson };
    expect(defaultWebPublication(letter)).toEqual({ published: false, publishable: true, reason: 'private_person' });
    // Whatever the kind: a document to, from or about a private person stays off the web by default …
    for (const kind of DOCUMENT_KINDS.filter((k) => k !== 'motion')) {
      for (const direction of DIRECTIONS) expect(defaultWebPublication({ ...doc, kind, direction, ...privatePerson }).published, `${kind} ${direction}`).toBe(false);
    }
    // … except a motion, whose authors are elected members acting in office.
    expect(defaultWebPublication({ ...doc, kind: 'motion', direction: 'incoming', ...privatePerson }).published).toBe(true);
    // A letter without any counterparty is not published either; from or to an organisation it is.
    expect(defaultWebPublication({ ...doc, kind: 'letter', direction: 'outgoing' })).toEqual({ published: false, publishable: true, reason: 'no_counterparty' });
    expect(defaultWebPublication({ ...doc, kind: 'letter', direction: 'incoming', ...organisation })).toEqual({ published: true, publishable: true, reason: 'organisation' });
  });

  it('R-PUB-1: a name with only blanks as organisation is a private person', () => {
    expect(isPrivatePerson({ counterpartyName: 'Gunnel Pettersson', counterpartyOrganisation: '  ' })).toBe(true);
    expect(isPrivatePerson({ counterpartyName: ' ', counterpartyOrganisation: null })).toBe(false);
    expect(isPrivatePerson(organisation)).toBe(false);
  });

  it('R-PUB-1, R-REG-5, R-REG-7: a secret-marked or protected document is never published, whatever its kind', () => {
    for (const kind of DOCUMENT_KINDS) {
      expect(defaultWebPublication({ ...doc, kind, secret: true })).toEqual({ published: false, publishable: false, reason: 'secret' });
      expect(defaultWebPublication({ ...doc, kind, counterpartyProtected: true, ...organisation })).toEqual({ published: false, publishable: false, reason: 'protected' });
    }
  });
});

describe('the decision at registration', () => {
  it('R-PUB-1: without a choice the default is recorded; a choice overrides it either way', () => {
    const letter = { ...doc, kind: 'letter', direction: 'incoming', ...privatePerson };
    expect(decideWebPublication(letter, undefined)).toEqual({ published: false, basis: 'default' });
    expect(decideWebPublication(letter, true)).toEqual({ published: true, basis: 'choice' });
    expect(decideWebPublication(doc, undefined)).toEqual({ published: true, basis: 'default' });
    expect(decideWebPublication(doc, false)).toEqual({ published: false, basis: 'choice' });
  });

  it('R-PUB-1: asking to publish a secret or protected document is an error in Swedish, never a silent no', () => {
    expect(decideWebPublication({ ...doc, secret: true }, true).error).toBe('en sekretessmarkerad handling publiceras aldrig på webben');
    expect(decideWebPublication({ ...doc, counterpartyProtected: true }, true).error).toBe('en handling med skyddade personuppgifter publiceras aldrig på webben');
    expect(decideWebPublication({ ...doc, secret: true }, false)).toEqual({ published: false, basis: 'choice' });
  });

  it('R-PUB-1: the choice is true, false or absent', () => {
    expect(webPublicationChoice(undefined)).toEqual({ value: undefined });
    expect(webPublicationChoice(null)).toEqual({ value: undefined });
    expect(webPublicationChoice(true)).toEqual({ value: true });
    expect(webPublicationChoice(false)).toEqual({ value: false });
    expect(webPublicationChoice('ja').error).toBe('måste vara true eller false');
  });
});

describe('whether a document is published now', () => {
  it('R-PUB-1: while one of its publications is not withdrawn', () => {
    expect(isWebPublished([])).toBe(false);
    expect(isWebPublished([{ withdrawnAt: new Date() }])).toBe(false);
    expect(isWebPublished([{ withdrawnAt: new Date() }, { withdrawnAt: null }])).toBe(true);
  });
});
