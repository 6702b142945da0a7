/**
 * Password hashing with scrypt (memory-hard, in Node's crypto): `scrypt$N$r$p$salt$hash`.
 */
import crypto from 'node:crypto';

const N = 16384, R = 8, P = 1, KEYLEN = 32;

/** Node's scrypt, looked up at each call (so a test can count the calls). */
const scrypt = (password: string, salt: Buffer, keylen: number, options: crypto.ScryptOptions): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    crypto.scrypt(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key)));
  });

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const hash = await scrypt(password, salt, KEYLEN, { N, r: R, p: P });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return crypto.timingSafeEqual(actual, expected);
}

/**
 * A stored hash of the current cost that no password matches (its hash part is random, not derived): checking
 * a password against it costs what checking a real account's does.
 */
const DUMMY_HASH = `scrypt$${N}$${R}$${P}$${crypto.randomBytes(16).toString('base64')}$${crypto.randomBytes(KEYLEN).toString('base64')}`;

/**
 * Checks a password against an account's hash, or — when there is no such account, or it may not sign in —
 * against the dummy hash, so that an unknown username answers as slowly as a known one (no enumeration by time).
 * True only for an account's own hash.
 */
export async function checkPassword(password: string, stored: string | undefined): Promise<boolean> {
  const matches = await verifyPassword(password, stored ?? DUMMY_HASH);
  return stored !== undefined && matches;
}

/** Rejects passwords too weak for staff accounts; Swedish message. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return 'lösenordet måste ha minst 8 tecken';
  if (password.length > 200) return 'lösenordet får ha högst 200 tecken';
  return null;
}
