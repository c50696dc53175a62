import { describe, expect, it } from 'vitest';
import { viewerKeyOf } from './viewer-key.ts';

const anonymous = { userId: null, address: '203.0.113.7', userAgent: 'Firefox', day: '2026-03-01', secret: 's3cret' };

describe('viewerKeyOf', () => {
  it('counts a signed-in reader by user id', () => {
    expect(viewerKeyOf({ ...anonymous, userId: 'u-1' })).toBe('user:u-1');
  });

  it('hashes an anonymous reader and never keeps the address', () => {
    const key = viewerKeyOf(anonymous);
    expect(key).toMatch(/^anon:[0-9a-f]{64}$/);
    expect(key).not.toContain('203.0.113.7');
    expect(viewerKeyOf(anonymous)).toBe(key);
  });

  it('changes with the day, the user agent and the secret', () => {
    const key = viewerKeyOf(anonymous);
    expect(viewerKeyOf({ ...anonymous, day: '2026-03-02' })).not.toBe(key);
    expect(viewerKeyOf({ ...anonymous, userAgent: 'Chrome' })).not.toBe(key);
    expect(viewerKeyOf({ ...anonymous, secret: 'other' })).not.toBe(key);
  });
});
