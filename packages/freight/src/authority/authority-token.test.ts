import { describe, expect, it } from 'vitest';
import {
  authorityLinkExpiry,
  authorityLinkState,
  clientHashOf,
  generateAuthorityToken,
  hashAuthorityToken,
  loggedUserAgent,
  looksLikeAuthorityToken,
  maxLoggedUserAgentLength,
} from './authority-token.ts';

describe('authority link tokens', () => {
  it('are 32 random bytes in base64url: 43 URL-safe characters, different every time', () => {
    const tokens = Array.from({ length: 50 }, () => generateAuthorityToken());
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(looksLikeAuthorityToken(token)).toBe(true);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('are stored as their SHA-256 in hex, never as themselves', () => {
    const token = 'q4K2n8yWmJ0c7x_3B-tLr1ZfVhGdUeP9sAoNiXkYb5E';
    const hash = hashAuthorityToken(token);
    expect(hash).toBe('5004308d93ed9500b626d0ca9c78ee924be9ea64c30532167500360b1f611552');
    expect(hash).not.toContain(token);
    expect(hashAuthorityToken(token)).toBe(hash);
    expect(hashAuthorityToken(`${token.slice(0, -1)}F`)).not.toBe(hash);
  });

  it('refuses strings that cannot be a token before any lookup', () => {
    expect(looksLikeAuthorityToken('')).toBe(false);
    expect(looksLikeAuthorityToken('short')).toBe(false);
    expect(looksLikeAuthorityToken(`${'a'.repeat(42)}=`)).toBe(false);
    expect(looksLikeAuthorityToken('a'.repeat(44))).toBe(false);
    expect(looksLikeAuthorityToken(`${'a'.repeat(42)}/`)).toBe(false);
  });
});

describe('authority link expiry', () => {
  const createdAt = new Date('2026-03-01T12:00:00Z');

  it('runs whole days from creation', () => {
    expect(authorityLinkExpiry({ createdAt, expiresInDays: 1 }).toISOString()).toBe('2026-03-02T12:00:00.000Z');
    expect(authorityLinkExpiry({ createdAt, expiresInDays: 30 }).toISOString()).toBe('2026-03-31T12:00:00.000Z');
    expect(authorityLinkExpiry({ createdAt, expiresInDays: 90 }).toISOString()).toBe('2026-05-30T12:00:00.000Z');
  });

  it('makes a link active until the instant it expires, then expired', () => {
    const link = { expiresAt: new Date('2026-03-02T12:00:00Z'), revokedAt: null };
    expect(authorityLinkState({ link, now: createdAt })).toBe('active');
    expect(authorityLinkState({ link, now: new Date('2026-03-02T11:59:59.999Z') })).toBe('active');
    expect(authorityLinkState({ link, now: new Date('2026-03-02T12:00:00Z') })).toBe('expired');
    expect(authorityLinkState({ link, now: new Date('2027-01-01T00:00:00Z') })).toBe('expired');
  });

  it('keeps a revoked link revoked, before or after its expiry', () => {
    const link = { expiresAt: new Date('2026-03-02T12:00:00Z'), revokedAt: new Date('2026-03-01T13:00:00Z') };
    expect(authorityLinkState({ link, now: new Date('2026-03-01T14:00:00Z') })).toBe('revoked');
    expect(authorityLinkState({ link, now: new Date('2026-04-01T00:00:00Z') })).toBe('revoked');
  });
});

describe('the access log', () => {
  it('keys client hashes with the server secret, so the address cannot be looked up without it', () => {
    const hash = clientHashOf({ address: '203.0.113.7', secret: 'secret-one' });
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('203.0.113.7');
    expect(clientHashOf({ address: '203.0.113.7', secret: 'secret-one' })).toBe(hash);
    expect(clientHashOf({ address: '203.0.113.8', secret: 'secret-one' })).not.toBe(hash);
    expect(clientHashOf({ address: '203.0.113.7', secret: 'secret-two' })).not.toBe(hash);
  });

  it('keeps a bounded user agent, and none when the client sent none', () => {
    expect(loggedUserAgent(undefined)).toBeNull();
    expect(loggedUserAgent('   ')).toBeNull();
    expect(loggedUserAgent(' Mozilla/5.0 ')).toBe('Mozilla/5.0');
    expect(loggedUserAgent('x'.repeat(5000))).toHaveLength(maxLoggedUserAgentLength);
  });
});
