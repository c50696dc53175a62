/**
 * The small typed API client: same-origin requests with the session cookie, the CSRF token on every unsafe
 * method, and application/problem+json turned into an `ApiError` the UI can show.
 */

export const apiBase = '/api/v1';

export interface ProblemFieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  /** The problem's stable `code` (e.g. `validation_failed`), or `network_error` when the server was not reached. */
  readonly code: string;
  /** The problem's human-readable `detail`. */
  readonly detail: string;
  readonly fieldErrors: ProblemFieldError[];

  constructor(status: number, code: string, detail: string, fieldErrors: ProblemFieldError[] = []) {
    super(detail || code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

let csrfToken: string | null = null;

/** Set from the login response and from GET /auth/me; cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

export type QueryValue = string | number | boolean | null | undefined | readonly string[];

/** Builds `?a=1&b=x,y`, leaving out empty values. */
export function toSearch(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
      continue;
    }
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** Extra request headers, e.g. an `idempotency-key`. */
  headers?: Record<string, string>;
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function readProblem(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const problem = (await response.json()) as {
        code?: unknown;
        detail?: unknown;
        title?: unknown;
        errors?: unknown;
      };
      const fieldErrors = Array.isArray(problem.errors)
        ? problem.errors.filter(
            (e): e is ProblemFieldError =>
              typeof e === 'object' && e !== null && typeof e.path === 'string' && typeof e.message === 'string',
          )
        : [];
      return new ApiError(
        response.status,
        typeof problem.code === 'string' ? problem.code : `http_${response.status}`,
        typeof problem.detail === 'string' ? problem.detail : typeof problem.title === 'string' ? problem.title : '',
        fieldErrors,
      );
    } catch {
      // fall through to a plain error
    }
  }
  return new ApiError(response.status, `http_${response.status}`, response.statusText);
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (unsafe.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`${apiBase}${path}${toSearch(options.query)}`, {
      method,
      headers,
      credentials: 'include',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok) throw await readProblem(response);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body: body ?? {} }),
  put: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
};
