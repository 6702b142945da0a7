// Client-side check for required fields, producing the same error shape as the server.
import { ApiError } from '../api.ts';

/** Returns a validation ApiError naming every empty field, or null when all are filled. */
export function requireFields(values: Record<string, unknown>, message: string, detail = ''): ApiError | null {
  const missing = Object.entries(values)
    .filter(([, value]) => value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    .map(([field]) => ({ field, message }));
  return missing.length ? new ApiError(400, 'validation', detail, missing) : null;
}
