/**
 * Domain errors carry a stable machine-readable code. The HTTP edge maps codes to statuses in one place
 * (apps/server/src/http/problem.ts); domain code never speaks HTTP.
 */
export const errorCodes = [
  'validation_failed',
  'not_found',
  'conflict',
  'unauthenticated',
  'forbidden',
  'outside_country',
  'csrf_failed',
  'invalid_credentials',
  'rate_limited',
  'invalid_transition',
  'ingest_rejected',
  /** An Idempotency-Key the caller already used for a different request (a replay of the same one is `conflict`). */
  'idempotency_key_reused',
  'data_dir_locked',
  /** A dependency of the request (the PDF renderer, the mail server) is not available on this installation. */
  'service_unavailable',
  /** An upload larger than the platform accepts. */
  'payload_too_large',
  /** An upload of a kind the platform does not accept (e.g. not a PDF). */
  'unsupported_media_type',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class DomainError extends Error {
  readonly code: ErrorCode;
  /** Extra machine-readable facts about the failure (field names, allowed values). */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
