/**
 * Signature providers for the adjustment of minutes (R-JUST-1). A provider proves that the signing user is who
 * the session says, at the moment of signing, and returns evidence to store with the signature. The password
 * provider re-authenticates with the user's password (and TOTP code when enabled); an e-signature service
 * (BankID type) can implement the same interface and bind its signature to the PDF's SHA-256.
 */
import type { Executor } from '../db/client.ts';

export interface SignatureRequest {
  bodyId: string;
  userId: string;
  /** The SHA-256 of the PDF being signed. */
  pdfSha256: string;
  /** What the user entered or the service returned (password, totp, order reference …). */
  credentials: Record<string, unknown>;
  at: Date;
}

export interface SignatureEvidence {
  provider: string;
  /** Stored with the signature (minutes_signatures.evidence); never holds a secret such as the password. */
  evidence: Record<string, unknown>;
}

export interface SignatureProvider {
  readonly id: string;
  /** Verifies the signer; throws an AppError (validation naming the field) when the proof fails. */
  verify(ex: Executor, request: SignatureRequest): Promise<SignatureEvidence>;
}
