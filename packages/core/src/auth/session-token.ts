import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Name of the HttpOnly cookie that carries the session token. */
export const sessionCookieName = 'sco_session';

/** How long a session lasts after sign-in; there is no sliding renewal. */
export const sessionLifetimeSeconds = 12 * 60 * 60;

/** 32 random bytes, base64url: 43 characters. Used for session tokens and CSRF tokens alike. */
export const newRandomToken = (): string => randomBytes(32).toString('base64url');

/** What the database stores instead of the token, so that a leaked sessions table does not leak sessions. */
export const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Cheap shape check that spares a database lookup for cookies we cannot have issued. */
export const isWellFormedToken = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);

/** Constant-time comparison of a token we issued with one a client sent. */
export function tokensMatch(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** How the audit log names a session: a prefix of the token's hash, enough to pair sign-in with sign-out. */
export const sessionAuditId = (tokenHash: string): string => tokenHash.slice(0, 16);
