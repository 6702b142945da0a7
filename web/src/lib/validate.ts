// Client-side form checks that produce the same error shape as the server, and renaming of error fields.
import { ApiError, normaliseField } from '../api.ts';

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Returns a validation ApiError naming every empty field, or null when all are filled. */
export function requireFields(values: Record<string, unknown>, message: string, detail = ''): ApiError | null {
  const missing = Object.entries(values)
    .filter(([, value]) => value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    .map(([field]) => ({ field, message }));
  return missing.length ? new ApiError(400, 'validation', detail, missing) : null;
}

/**
 * Moves an error's field names under `prefix` (`name` → `organEdit.name`), for forms whose fields would
 * otherwise share element ids with another form on the page. Other errors pass through unchanged.
 */
export function withFieldPrefix(error: unknown, prefix: string): unknown {
  if (!(error instanceof ApiError) || error.errors.length === 0) return error;
  const errors = error.errors.map((e) => ({ ...e, field: e.field ? `${prefix}.${normaliseField(e.field)}` : e.field }));
  return new ApiError(error.status, error.code, error.detail, errors);
}
