import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../src/policies/actor.ts';
import { secretOrgans } from '../../src/policies/actor.ts';
import {
  canAdminister, canEditCase, canMarkSecret, canReadAudit, canReadDocument, canReadProtectedData, canRegister, canReleaseSecret,
} from '../../src/policies/registry.ts';

const KS = 'organ-ks', KSNAU = 'organ-ksnau', BN = 'organ-bn';

function actor(roles: Role[], access: Record<string, boolean> = {}, protectedDataAccess = false): Actor {
  return { userId: 'u', bodyId: 'b', roles, protectedDataAccess, organAccess: new Map(Object.entries(access).map(([id, secret]) => [id, { secret }])) };
}

describe('reading documents (R-REG-6)', () => {
  it('R-REG-6: anyone may read a document without an active secrecy mark', () => {
    expect(canReadDocument(actor([]), { activeSecrecyOrganIds: [] })).toBe(true);
  });

  it('R-REG-6: a secret document needs secret access in the marking organ', () => {
    const doc = { activeSecrecyOrganIds: [KSNAU] };
    expect(canReadDocument(actor(['registrar'], { [KS]: true, [KSNAU]: true }), doc)).toBe(true);
    expect(canReadDocument(actor(['registrar'], { [KS]: true, [KSNAU]: false }), doc)).toBe(false);
    expect(canReadDocument(actor(['registrar'], { [KS]: true }), doc)).toBe(false);
  });

  it('R-REG-6: a document marked by several organs needs secret access in EVERY marking organ', () => {
    const doc = { activeSecrecyOrganIds: [KS, KSNAU] };
    expect(canReadDocument(actor(['registrar'], { [KS]: true }), doc)).toBe(false);
    expect(canReadDocument(actor(['registrar'], { [KSNAU]: true }), doc)).toBe(false);
    expect(canReadDocument(actor(['registrar'], { [KS]: true, [KSNAU]: false }), doc)).toBe(false);
    expect(canReadDocument(actor(['registrar'], { [KS]: true, [KSNAU]: true }), doc)).toBe(true);
  });

  it('R-REG-6: no role grants secret access by itself, not even admin or auditor', () => {
    const doc = { activeSecrecyOrganIds: [KS] };
    for (const role of ['registrar', 'case_officer', 'secretary', 'admin', 'auditor'] as const) {
      expect(canReadDocument(actor([role], { [KS]: false, [BN]: true }), doc), role).toBe(false);
    }
  });

  it('R-REG-6: lists the organs whose secrets the actor may read', () => {
    expect(secretOrgans(actor(['registrar'], { [KS]: true, [KSNAU]: false, [BN]: true })).sort()).toEqual([BN, KS].sort());
  });

  it('R-REG-7: protected contact data is for the authorised group only', () => {
    expect(canReadProtectedData(actor(['registrar'], {}, true))).toBe(true);
    expect(canReadProtectedData(actor(['admin', 'auditor'], { [KS]: true }, false))).toBe(false);
  });
});

describe('secrecy marks (R-REG-5, R-REG-6)', () => {
  it('R-REG-5: release after assessment is for registrars and admins with secret access in the marking organ', () => {
    expect(canReleaseSecret(actor(['registrar'], { [KSNAU]: true }), KSNAU)).toBe(true);
    expect(canReleaseSecret(actor(['admin'], { [KSNAU]: true }), KSNAU)).toBe(true);
    expect(canReleaseSecret(actor(['registrar'], { [KSNAU]: false }), KSNAU)).toBe(false);
    expect(canReleaseSecret(actor(['registrar'], { [KS]: true }), KSNAU)).toBe(false);
    expect(canReleaseSecret(actor(['case_officer', 'secretary'], { [KSNAU]: true }), KSNAU)).toBe(false);
    expect(canReleaseSecret(actor(['auditor'], { [KSNAU]: true }), KSNAU)).toBe(false);
  });

  it('R-REG-6: marking needs a registry role and secret access in the marking organ', () => {
    expect(canMarkSecret(actor(['case_officer'], { [KS]: true }), KS)).toBe(true);
    expect(canMarkSecret(actor(['secretary'], { [KSNAU]: true }), KSNAU)).toBe(true);
    expect(canMarkSecret(actor(['registrar'], { [KS]: false }), KS)).toBe(false);
    expect(canMarkSecret(actor(['registrar'], { [KS]: true }), KSNAU)).toBe(false);
    expect(canMarkSecret(actor(['auditor'], { [KS]: true }), KS)).toBe(false);
  });
});

describe('registry and administration roles', () => {
  it('lets registry roles register and edit, but not auditors', () => {
    for (const role of ['registrar', 'case_officer', 'secretary', 'admin'] as const) {
      expect(canRegister(actor([role])), role).toBe(true);
      expect(canEditCase(actor([role])), role).toBe(true);
    }
    expect(canRegister(actor(['auditor']))).toBe(false);
    expect(canEditCase(actor(['auditor']))).toBe(false);
    expect(canRegister(actor([]))).toBe(false);
  });

  it('R-REG-8: the audit log is for auditors and admins only', () => {
    expect(canReadAudit(actor(['auditor']))).toBe(true);
    expect(canReadAudit(actor(['admin']))).toBe(true);
    expect(canReadAudit(actor(['registrar'], { [KS]: true }))).toBe(false);
  });

  it('administration is for admins only', () => {
    expect(canAdminister(actor(['admin']))).toBe(true);
    expect(canAdminister(actor(['registrar', 'auditor']))).toBe(false);
  });
});
