import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashSessionToken, isWellFormedToken, newRandomToken, sessionAuditId, tokensMatch } from './session-token.ts';

describe('session tokens', () => {
  it('are 32 random bytes in base64url, different every time', () => {
    const tokens = new Set(Array.from({ length: 100 }, newRandomToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(isWellFormedToken(token)).toBe(true);
    }
  });

  it('are stored as their sha256, and named in the audit log by a prefix of it', () => {
    const token = newRandomToken();
    const expected = createHash('sha256').update(token).digest('hex');
    expect(hashSessionToken(token)).toBe(expected);
    expect(sessionAuditId(expected)).toBe(expected.slice(0, 16));
  });

  it('rejects cookie values we cannot have issued', () => {
    for (const value of ['', 'short', `${'a'.repeat(42)}=`, 'a'.repeat(44), `${'a'.repeat(42)}/`]) {
      expect(isWellFormedToken(value)).toBe(false);
    }
  });

  it('compares tokens exactly, whatever their lengths', () => {
    const token = newRandomToken();
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(token, `${token.slice(0, 42)}${token.endsWith('A') ? 'B' : 'A'}`)).toBe(false);
    expect(tokensMatch(token, token.slice(0, 10))).toBe(false);
    expect(tokensMatch(token, '')).toBe(false);
  });
});
