/**
 * Errors the domain raises. `code` comes from a closed set; messages are Swedish and safe to show to users.
 */
export type ErrorCode =
  | 'validation' | 'unauthenticated' | 'csrf' | 'forbidden' | 'not_found' | 'conflict'
  | 'payload_too_large' | 'unsupported_media_type' | 'rate_limited' | 'internal';

export interface FieldError { field: string; message: string }

export class AppError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly errors: FieldError[] = []) {
    super(message);
    this.name = 'AppError';
  }
}

export function validationError(errors: FieldError[]): AppError {
  return new AppError('validation', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
}

export const notFound = (what = 'Resursen'): AppError => new AppError('not_found', `${what} finns inte.`);
