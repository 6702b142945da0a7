// Fetch wrapper for the staff API (/api/v1): JSON in and out, same-origin session cookie,
// CSRF header on every non-GET request, problem+json errors turned into ApiError.

export const API_BASE = '/api/v1';

export interface FieldError {
  field: string;
  message: string;
}

/** Error codes from docs/api.md plus the client-side `network` and the login-only `totp_required`. */
export type ApiErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'totp_required'
  | 'csrf'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal'
  | 'network'
  | 'unknown';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  /** Swedish, safe to show to the user; empty when the server sent none. */
  readonly detail: string;
  readonly errors: FieldError[];

  constructor(status: number, code: ApiErrorCode, detail: string, errors: FieldError[] = []) {
    super(detail || code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.errors = errors;
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  /** JSON body. */
  body?: unknown;
  /** Multipart body; sent as is (the browser sets the boundary). */
  form?: FormData;
  signal?: AbortSignal;
}

let csrfToken: string | null = null;
const unauthenticatedListeners = new Set<() => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request made with a session answers 401 (session expired or revoked). */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** Builds `/api/v1/path?query`, leaving out empty values. Also used for download links. */
export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

const CODE_BY_STATUS: Record<number, ApiErrorCode> = {
  400: 'validation',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  500: 'internal',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) body = await res.json().catch(() => null);
  const fallback = CODE_BY_STATUS[res.status] ?? (res.status >= 500 ? 'internal' : 'unknown');
  if (!isRecord(body)) return new ApiError(res.status, fallback, '');
  // A second factor may be signalled as `code`, as `detail`, or (below) as a field error on `totp`.
  let code: ApiErrorCode = typeof body.code === 'string' ? (body.code as ApiErrorCode) : fallback;
  let detail = typeof body.detail === 'string' ? body.detail : '';
  if (detail === 'totp_required' || (isRecord(body.detail) && body.detail.code === 'totp_required')) {
    code = 'totp_required';
    detail = '';
  }
  const errors = Array.isArray(body.errors)
    ? body.errors.filter(isRecord).map((e) => ({
        field: typeof e.field === 'string' ? e.field : '',
        message: typeof e.message === 'string' ? e.message : '',
      }))
    : [];
  // The server also asks for the second factor as a 401 with a field error on `totp`.
  if (res.status === 401 && errors.some((e) => e.field === 'totp')) code = 'totp_required';
  return new ApiError(res.status, code, detail, errors);
}

async function send(method: string, path: string, opts: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.form) {
    body = opts.form;
  } else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(apiUrl(path, opts.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', '');
  }
}

async function refreshCsrfToken(): Promise<boolean> {
  const res = await send('GET', '/auth/me', {});
  if (!res.ok) return false;
  const data: unknown = await res.json().catch(() => null);
  if (isRecord(data) && typeof data.csrfToken === 'string') {
    setCsrfToken(data.csrfToken);
    return true;
  }
  return false;
}

/** Performs one API call and returns the parsed JSON answer (undefined for 204). */
export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  let res = await send(method, path, opts);
  let error = res.ok ? null : await toApiError(res);
  // A stale CSRF token (e.g. after a server restart) is refreshed once and the call retried.
  if (error?.code === 'csrf' && method !== 'GET' && (await refreshCsrfToken())) {
    res = await send(method, path, opts);
    error = res.ok ? null : await toApiError(res);
  }
  if (error) {
    const isAuthCall = path.startsWith('/auth/');
    if (error.status === 401 && !isAuthCall) unauthenticatedListeners.forEach((listener) => listener());
    throw error;
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  const data: unknown = type.includes('json') ? await res.json() : await res.text();
  if ((path === '/auth/me' || path === '/auth/login') && isRecord(data) && typeof data.csrfToken === 'string') {
    setCsrfToken(data.csrfToken);
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  postForm: <T>(path: string, form: FormData) => request<T>('POST', path, { form }),
};

/** Field errors keyed by a normalised field path: `counterparty.email`, `newCase.title`. */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const e of error.errors) {
    const key = normaliseField(e.field);
    if (key && !out[key]) out[key] = e.message;
  }
  return out;
}

/** Accepts `a.b`, `/a/b` (JSON pointer) and `metadata.a.b` and returns `a.b`. */
export function normaliseField(field: string): string {
  return field
    .replace(/^\//, '')
    .replace(/\//g, '.')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^(body|metadata)\./, '');
}
