import { createHash, createHmac, randomBytes } from 'node:crypto';

/** Bytes of randomness in an authority link's token: 256 bits, far beyond guessing or enumeration. */
const tokenBytes = 32;

/** Longest user agent kept in the access log; longer ones are cut, as they identify nothing more. */
export const maxLoggedUserAgentLength = 300;

/** A fresh link token: 32 random bytes, base64url (43 characters, safe in a URL path and a QR code). */
export function generateAuthorityToken(): string {
  return randomBytes(tokenBytes).toString('base64url');
}

/** What the database keeps of a token: its SHA-256, hex. The token itself is shown once and never stored. */
export function hashAuthorityToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A string that could be a token this platform issued; anything else is refused before the database is asked. */
export function looksLikeAuthorityToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** When a link made at `createdAt` for `expiresInDays` days stops working. */
export function authorityLinkExpiry(options: { createdAt: Date; expiresInDays: number }): Date {
  return new Date(options.createdAt.getTime() + options.expiresInDays * 24 * 60 * 60 * 1000);
}

export type AuthorityLinkState = 'active' | 'expired' | 'revoked';

/** A revoked link stays revoked whatever its expiry; otherwise it works until the instant it expires. */
export function authorityLinkState(options: {
  link: { expiresAt: Date; revokedAt: Date | null };
  now: Date;
}): AuthorityLinkState {
  const { link, now } = options;
  if (link.revokedAt) return 'revoked';
  return now.getTime() < link.expiresAt.getTime() ? 'active' : 'expired';
}

/**
 * The access log's client hash: HMAC-SHA256 of the address under a server secret, so that accesses from one place
 * can be told apart without keeping the address, and the hash cannot be reversed by trying every IPv4 address.
 */
export function clientHashOf(options: { address: string; secret: string }): string {
  return createHmac('sha256', options.secret).update(options.address, 'utf8').digest('hex');
}

/** The user agent as logged: trimmed and cut to a bounded length; null when the client sent none. */
export function loggedUserAgent(userAgent: string | undefined): string | null {
  const value = userAgent?.trim();
  if (!value) return null;
  return value.slice(0, maxLoggedUserAgentLength);
}
