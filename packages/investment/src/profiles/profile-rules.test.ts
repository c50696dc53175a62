import { describe, expect, it } from 'vitest';
import { isStaleListing, profileExpiryOf } from './profile-rules.ts';

const now = new Date('2026-03-15T10:00:00Z');

describe('profileExpiryOf', () => {
  it('defaults to 12 months from now', () => {
    expect(profileExpiryOf({ requested: undefined, now }).toISOString()).toBe('2027-03-15T10:00:00.000Z');
  });
  it('lists a profile through the requested day', () => {
    expect(profileExpiryOf({ requested: '2026-09-30', now }).toISOString()).toBe('2026-10-01T00:00:00.000Z');
  });
  it('refuses today and the past', () => {
    expect(() => profileExpiryOf({ requested: '2026-03-15', now })).toThrow(/not in the future/);
    expect(() => profileExpiryOf({ requested: '2025-01-01', now })).toThrow(/not in the future/);
  });
  it('refuses more than 12 months ahead', () => {
    expect(profileExpiryOf({ requested: '2027-03-15', now }).toISOString()).toBe('2027-03-16T00:00:00.000Z');
    expect(() => profileExpiryOf({ requested: '2027-03-16', now })).toThrow(/more than 12 months/);
  });
});

describe('isStaleListing', () => {
  it('flags a published listing without activity for more than 90 days', () => {
    expect(isStaleListing({ status: 'published', lastActivityAt: new Date('2025-12-01T00:00:00Z'), now })).toBe(true);
    expect(isStaleListing({ status: 'published', lastActivityAt: new Date('2026-01-01T00:00:00Z'), now })).toBe(false);
    expect(isStaleListing({ status: 'withdrawn', lastActivityAt: new Date('2025-01-01T00:00:00Z'), now })).toBe(false);
  });
});
