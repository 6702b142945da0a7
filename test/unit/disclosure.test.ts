import { describe, expect, it } from 'vitest';
import { discloseDocument, type DocumentFacts } from '../../src/disclosure/documents.ts';
import { publicReader, recordReader, staffReader } from '../../src/disclosure/reader.ts';
import type { Actor } from '../../src/policies/actor.ts';

const KS = '00000000-0000-4000-8000-000000000001';
const KSNAU = '00000000-0000-4000-8000-000000000002';
const actor = (secret: string[], protectedDataAccess = false): Actor => ({
  userId: 'u', bodyId: 'b', roles: ['case_officer'], protectedDataAccess, organAccess: new Map(secret.map((o) => [o, { secret: true }])),
});
const plain: DocumentFacts = { activeSecrecyOrganIds: [], counterpartyProtected: false, minutesOriginal: false, webPublished: true };
const secret: DocumentFacts = { ...plain, activeSecrecyOrganIds: [KSNAU] };
const protectedLetter: DocumentFacts = { ...plain, counterpartyProtected: true };

describe('disclosure of a document to staff', () => {
  it('R-REG-6: a secret-marked document is absent without secret access in every marking organ', () => {
    expect(discloseDocument(staffReader(actor([])), secret)).toMatchObject({ listed: false, files: false, text: false });
    expect(discloseDocument(staffReader(actor([KS])), secret).listed).toBe(false);
    expect(discloseDocument(staffReader(actor([KS])), { ...secret, activeSecrecyOrganIds: [KS, KSNAU] }).listed).toBe(false);
    expect(discloseDocument(staffReader(actor([KSNAU])), secret)).toMatchObject({ listed: true, description: 'internal', files: true, audited: true });
  });

  it('R-REG-7: without protected-data access the document is listed, its contact data masked and its files and text withheld', () => {
    expect(discloseDocument(staffReader(actor([KS, KSNAU])), protectedLetter)).toEqual({
      listed: true, description: 'internal', counterparty: 'masked', files: false, text: false, audited: false,
    });
  });

  it('R-REG-7, R-REG-8: with protected-data access everything is shown and the read is logged', () => {
    expect(discloseDocument(staffReader(actor([], true)), protectedLetter)).toEqual({
      listed: true, description: 'internal', counterparty: 'full', files: true, text: true, audited: true,
    });
  });

  it('R-REG-8: an ordinary document is shown in full and its reading is not logged', () => {
    expect(discloseDocument(staffReader(actor([])), plain)).toEqual({ listed: true, description: 'internal', counterparty: 'full', files: true, text: true, audited: false });
  });
});

describe('disclosure of a document to the public', () => {
  const reader = publicReader('b', '2026-12-07');

  it('R-REG-5: a secret-marked document is absent from the web register', () => {
    expect(discloseDocument(reader, secret).listed).toBe(false);
  });

  it('R-REG-3: a public document shows its public description and the public form of its counterparty', () => {
    expect(discloseDocument(reader, plain)).toEqual({ listed: true, description: 'public', counterparty: 'public', files: true, text: true, audited: false });
  });

  it('R-REG-7, R-BOOK-2: the files and text of a document with protected personal data are never published', () => {
    expect(discloseDocument(reader, protectedLetter)).toMatchObject({ listed: true, files: false, text: false });
  });

  it('R-PUB-1: a public record reaches the web with files and text only when published there', () => {
    expect(discloseDocument(reader, { ...plain, webPublished: false })).toMatchObject({ listed: true, files: false, text: false });
  });

  it('R-PUB-1: the registered, unmasked minutes are read through their masked public copy instead', () => {
    expect(discloseDocument(reader, { ...plain, minutesOriginal: true })).toMatchObject({ listed: true, files: false, text: false });
  });
});

describe('disclosure of a document in the official record (the minutes)', () => {
  it('R-MIN-1: every document is named; a secret or protected one only by its public description, never with content', () => {
    expect(discloseDocument(recordReader('b'), secret)).toMatchObject({ listed: true, description: 'public', files: false, text: false });
    expect(discloseDocument(recordReader('b'), protectedLetter)).toMatchObject({ listed: true, description: 'public', files: false });
    expect(discloseDocument(recordReader('b'), plain)).toMatchObject({ listed: true, description: 'internal', files: false });
  });
});
