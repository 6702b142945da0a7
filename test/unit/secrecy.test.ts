import { describe, expect, it } from 'vitest';
import { checkReleaseReason, checkSecrecyInput } from '../../src/domain/secrecy.ts';
import type { FieldError } from '../../src/domain/errors.ts';

const ORGAN = '6f1c2b8e-8d1f-4c53-9a37-2f0d8f1f0a11';

function secrecy(raw: unknown) {
  const errors: FieldError[] = [];
  const value = checkSecrecyInput(raw, errors);
  return { value, errors, fields: errors.map((e) => e.field) };
}

describe('secrecy mark input (R-REG-5)', () => {
  it('R-REG-5: no mark given means no mark and no error', () => {
    expect(secrecy(undefined)).toEqual({ value: null, errors: [], fields: [] });
    expect(secrecy(null)).toEqual({ value: null, errors: [], fields: [] });
  });

  it('R-REG-5: records the legal ground and the marking organ', () => {
    expect(secrecy({ legalGround: ' OSL 19 kap. 3 § ', organId: ORGAN })).toEqual({ value: { legalGround: 'OSL 19 kap. 3 §', organId: ORGAN }, errors: [], fields: [] });
  });

  it('R-REG-5: accepts legal grounds written with kap. or § only', () => {
    expect(secrecy({ legalGround: '21 kap. 3 § offentlighets- och sekretesslagen', organId: ORGAN }).errors).toEqual([]);
    expect(secrecy({ legalGround: 'OSL 26:1', organId: ORGAN }).errors).toEqual([]);
  });

  it('R-REG-5: requires a legal ground that looks like one', () => {
    expect(secrecy({ organId: ORGAN }).fields).toEqual(['secrecy.legalGround']);
    expect(secrecy({ legalGround: 'hemligt', organId: ORGAN }).errors).toEqual([{ field: 'secrecy.legalGround', message: 'ange lagrum, t.ex. "OSL 19 kap. 3 §"' }]);
  });

  it('R-REG-5/R-REG-6: requires the marking organ', () => {
    expect(secrecy({ legalGround: 'OSL 19 kap. 3 §' }).fields).toEqual(['secrecy.organId']);
    expect(secrecy({ legalGround: 'OSL 19 kap. 3 §', organId: 42 }).fields).toEqual(['secrecy.organId']);
  });

  it('R-REG-5: rejects control characters in the legal ground', () => {
    expect(secrecy({ legalGround: 'OSL 19 kap.\u0000 3 §', organId: ORGAN }).fields).toEqual(['secrecy.legalGround']);
  });
});

describe('release reason (R-REG-5)', () => {
  it('R-REG-5: a release after assessment needs a reason, which may span lines', () => {
    const errors: FieldError[] = [];
    expect(checkReleaseReason('Upphandlingen är avslutad.\nTilldelningsbeslut fattat.', errors)).toBe('Upphandlingen är avslutad.\nTilldelningsbeslut fattat.');
    expect(errors).toEqual([]);
  });

  it('R-REG-5: rejects a missing or overlong reason', () => {
    const missing: FieldError[] = [];
    checkReleaseReason('  ', missing);
    expect(missing).toEqual([{ field: 'reason', message: 'måste fyllas i' }]);
    const long: FieldError[] = [];
    checkReleaseReason('x'.repeat(1001), long);
    expect(long).toEqual([{ field: 'reason', message: 'får vara högst 1000 tecken' }]);
  });
});
