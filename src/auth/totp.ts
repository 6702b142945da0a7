/**
 * Optional second factor: time-based one-time codes (RFC 6238) as produced by authenticator apps.
 */
import { authenticator } from 'otplib';

authenticator.options = { window: 1 };

export const newTotpSecret = (): string => authenticator.generateSecret();
export const totpUri = (username: string, secret: string): string => authenticator.keyuri(username, 'Nämnd', secret);
export const verifyTotp = (code: string, secret: string): boolean => /^\d{6}$/.test(code) && authenticator.check(code, secret);
export const currentTotp = (secret: string): string => authenticator.generate(secret);
