import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '../../src/auth/password.ts';
import { currentTotp, newTotpSecret, totpUri, verifyTotp } from '../../src/auth/totp.ts';

describe('password hashing', () => {
  it('stores scrypt parameters, salt and hash, never the password', async () => {
    const stored = await hashPassword('longpassword1');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain('longpassword1');
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('rätt lösenord 123');
    expect(await verifyPassword('rätt lösenord 123', stored)).toBe(true);
    expect(await verifyPassword('rätt lösenord 124', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    const [a, b] = await Promise.all([hashPassword('samma-lösenord'), hashPassword('samma-lösenord')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('samma-lösenord', a)).toBe(true);
    expect(await verifyPassword('samma-lösenord', b)).toBe(true);
  });

  it('rejects stored values of another scheme or without salt and hash', async () => {
    expect(await verifyPassword('demo', 'bcrypt$10$abc$def')).toBe(false);
    expect(await verifyPassword('demo', 'demo')).toBe(false);
    expect(await verifyPassword('demo', 'scrypt$16384$8$1$')).toBe(false);
  });

  it('requires staff passwords of 8 to 200 characters', () => {
    expect(passwordProblem('1234567')).toBe('lösenordet måste ha minst 8 tecken');
    expect(passwordProblem('12345678')).toBeNull();
    expect(passwordProblem('x'.repeat(200))).toBeNull();
    expect(passwordProblem('x'.repeat(201))).toBe('lösenordet får ha högst 200 tecken');
  });
});

describe('TOTP second factor', () => {
  it('accepts the current code and rejects others', () => {
    const secret = newTotpSecret();
    const code = currentTotp(secret);
    expect(code).toMatch(/^\d{6}$/);
    expect(verifyTotp(code, secret)).toBe(true);
    expect(verifyTotp(String((Number(code) + 1) % 1_000_000).padStart(6, '0'), secret)).toBe(false);
    expect(verifyTotp('12345', secret)).toBe(false);
    expect(verifyTotp(` ${code}`, secret)).toBe(false);
  });

  it('does not accept a code of another secret', () => {
    expect(verifyTotp(currentTotp(newTotpSecret()), newTotpSecret())).toBe(false);
  });

  it('builds an otpauth URI for authenticator apps', () => {
    const uri = totpUri('registrator', 'JBSWY3DPEHPK3PXP');
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain('secret=JBSWY3DPEHPK3PXP');
    expect(uri).toContain('registrator');
  });
});
