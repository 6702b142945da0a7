import { describe, expect, it } from 'vitest';
import { checkDocumentInput, maskCounterparty, type Counterparty } from '../../src/domain/documents.ts';
import type { FieldError } from '../../src/domain/errors.ts';

const TODAY = '2024-05-20';

function check(raw: Record<string, unknown>) {
  const errors: FieldError[] = [];
  const input = checkDocumentInput(raw, TODAY, errors);
  return { input, errors, fields: errors.map((e) => e.field) };
}

const incoming = {
  kind: 'letter', direction: 'incoming', registeredDate: '2024-05-13', description: 'Skrivelse om skolskjuts',
  counterparty: { name: 'Anna Andersson', address: 'Storgatan 1\n901 00 Umeå', email: 'anna@example.se' },
};

const protectedPerson: Counterparty = { name: 'Linnea Sjölander', organisation: null, address: 'Skyddad adress', email: 'l@example.se', protectedIdentity: true };

describe('document registration input', () => {
  it('R-REG-1: accepts a complete incoming letter and keeps its fields', () => {
    const { input, errors } = check(incoming);
    expect(errors).toEqual([]);
    expect(input).toMatchObject({
      kind: 'letter', direction: 'incoming', registeredDate: '2024-05-13', description: 'Skrivelse om skolskjuts', publicDescription: 'Skrivelse om skolskjuts',
      counterparty: { name: 'Anna Andersson', organisation: null, address: 'Storgatan 1\n901 00 Umeå', email: 'anna@example.se', protectedIdentity: false },
    });
  });

  it('R-REG-1: an incoming document requires a sender (counterparty)', () => {
    expect(check({ ...incoming, counterparty: undefined }).fields).toEqual(['counterparty.name']);
    expect(check({ ...incoming, counterparty: { name: '', organisation: '' } }).fields).toEqual(['counterparty.name']);
  });

  it('R-REG-1: an organisation alone is enough as sender', () => {
    const { input, errors } = check({ ...incoming, counterparty: { organisation: 'Länsstyrelsen' } });
    expect(errors).toEqual([]);
    expect(input.counterparty).toMatchObject({ name: '', organisation: 'Länsstyrelsen' });
  });

  it('R-REG-1: outgoing and internal documents need no counterparty', () => {
    expect(check({ ...incoming, direction: 'outgoing', counterparty: null }).errors).toEqual([]);
    expect(check({ ...incoming, direction: 'internal', counterparty: undefined }).errors).toEqual([]);
  });

  it('rejects an unknown kind or direction, a missing description and a malformed e-mail, naming each field', () => {
    const { fields } = check({ kind: 'memo', direction: 'sideways', registeredDate: '2024-05-13', description: '', counterparty: { name: 'A', email: 'not-an-address' } });
    expect(fields).toEqual(expect.arrayContaining(['kind', 'direction', 'description', 'counterparty.email']));
  });

  it('R-REG-2: rejects a registered date in the future', () => {
    expect(check({ ...incoming, registeredDate: '2024-05-21' }).fields).toEqual(['registeredDate']);
  });

  it('rejects a line break in the single-line description', () => {
    expect(check({ ...incoming, description: 'Rad 1\nRad 2' }).fields).toEqual(['description']);
  });

  it('R-REG-3: keeps an explicit public description separate from the description', () => {
    const { input } = check({ ...incoming, publicDescription: 'Skrivelse från privatperson' });
    expect(input.description).toBe('Skrivelse om skolskjuts');
    expect(input.publicDescription).toBe('Skrivelse från privatperson');
  });

  it('R-REG-3: defaults the public description to a neutral text when the counterparty has protected identity', () => {
    const { input } = check({ ...incoming, description: 'Skrivelse från Linnea Sjölander', counterparty: { ...protectedPerson } });
    expect(input.publicDescription).toBe('Handling (uppgifter skyddade)');
    expect(input.publicDescription).not.toContain('Sjölander');
  });
});

describe('maskCounterparty (R-REG-7)', () => {
  it('R-REG-7: hides name, address and e-mail of a protected person from readers without protected-data access', () => {
    expect(maskCounterparty(protectedPerson, false)).toEqual({ name: 'Skyddad identitet', organisation: null, address: null, email: null, protectedIdentity: true });
  });

  it('R-REG-7: shows a protected person to the authorised group unchanged', () => {
    expect(maskCounterparty(protectedPerson, true)).toEqual(protectedPerson);
  });

  it('R-REG-7: leaves counterparties without protected identity and missing ones as they are', () => {
    const open: Counterparty = { ...protectedPerson, protectedIdentity: false };
    expect(maskCounterparty(open, false)).toEqual(open);
    expect(maskCounterparty(null, false)).toBeNull();
  });
});
