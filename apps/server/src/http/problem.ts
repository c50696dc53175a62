import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { type ErrorCode, isDomainError } from '../../../../packages/core/src/errors.ts';

/** The one place where domain error codes become HTTP statuses. */
export const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  ingest_rejected: 422,
  idempotency_key_reused: 422,
  invalid_transition: 409,
  conflict: 409,
  not_found: 404,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  outside_country: 403,
  csrf_failed: 403,
  rate_limited: 429,
  data_dir_locked: 503,
  service_unavailable: 503,
  payload_too_large: 413,
  unsupported_media_type: 415,
};

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance?: string;
  errors?: { path: string; message: string }[];
  details?: Record<string, unknown>;
}

export function sendProblem(reply: FastifyReply, problem: Omit<Problem, 'type' | 'title'>) {
  return reply
    .status(problem.status)
    .type('application/problem+json')
    .send({ type: `about:blank#${problem.code}`, title: titles[problem.status] ?? 'Error', ...problem });
}

/**
 * Errors the router raises before any route runs (a malformed URL, a path segment longer than the router accepts)
 * leave as problems too, with a stable code naming what is wrong.
 */
export function frameworkErrorProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  return sendProblem(reply, {
    status: tooLong ? 404 : 400,
    code: tooLong ? 'not_found' : 'validation_failed',
    detail: tooLong
      ? 'Nothing has an identifier that long: a path segment is longer than any record identifier.'
      : 'The URL is malformed (it could not be decoded).',
    instance: request.url,
  });
}

/** The first path inside a value holding a NUL character, which no text column can store, or null. */
function nulPathIn(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (depth > 20 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = nulPathIn(inner, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Refuses text with NUL characters in the query or body before any route sees it. */
export function registerNulCharacterGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request, reply) => {
    const path = nulPathIn(request.query, 'querystring') ?? nulPathIn(request.body, 'body');
    if (!path) return;
    return sendProblem(reply, {
      status: 400,
      code: 'validation_failed',
      detail: `${path}: must not contain NUL characters.`,
      errors: [{ path, message: 'must not contain NUL characters' }],
      instance: request.url,
    });
  });
}

/** Every error leaves as application/problem+json with a stable `code`; only a genuine bug is a 500. */
export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((issue) => ({
        path: `${error.validationContext ?? 'body'}${issue.instancePath ? issue.instancePath.replaceAll('/', '.') : ''}`,
        message: issue.message ?? 'is invalid',
      }));
      return sendProblem(reply, {
        status: 400,
        code: 'validation_failed',
        detail: errors.map((e) => `${e.path}: ${e.message}`).join('; '),
        errors,
        instance: request.url,
      });
    }
    if (isDomainError(error)) {
      return sendProblem(reply, {
        status: statusOf[error.code],
        code: error.code,
        detail: error.message,
        instance: request.url,
        ...(error.details ? { details: error.details } : {}),
      });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return sendProblem(reply, {
        status: 500,
        code: 'internal_error',
        detail: 'The server could not present this response.',
      });
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) {
      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(reply, {
        status,
        code: 'internal_error',
        detail: 'Something went wrong on our side.',
        instance: request.url,
      });
    }
    // Fastify's own 4xx: malformed JSON, unsupported media type, body too large.
    return sendProblem(reply, {
      status,
      code: (error.code ?? 'bad_request').toLowerCase(),
      detail: error.message,
      instance: request.url,
    });
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, {
      status: 404,
      code: 'not_found',
      detail: `No route ${request.method} ${request.url.split('?')[0]}.`,
      instance: request.url,
    }),
  );
}
