import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../core/src/auth/actor.ts';
import { interestRoleOf } from './interest-access.ts';

const interest = { sourceOwnerUserId: 'u-source', targetOwnerUserId: 'u-target', brokerUserId: null };
const actor = (userId: string, role: Actor['role'], countryCode: string | null = null): Actor => ({
  userId,
  label: userId,
  role,
  countryCode,
});

describe('interestRoleOf', () => {
  it('knows both sides', () => {
    expect(interestRoleOf({ actor: actor('u-source', 'business'), interest, listingCountries: ['KZ'] })).toBe('source');
    expect(interestRoleOf({ actor: actor('u-target', 'business'), interest, listingCountries: ['KZ'] })).toBe('target');
  });

  it('lets the focal point of a listing country broker, and no other', () => {
    const kz = actor('fp-kz', 'focal_point', 'KZ');
    const uz = actor('fp-uz', 'focal_point', 'UZ');
    expect(interestRoleOf({ actor: kz, interest, listingCountries: ['KZ', 'CN'] })).toBe('broker');
    expect(interestRoleOf({ actor: uz, interest, listingCountries: ['KZ', 'CN'] })).toBeNull();
  });

  it('keeps the introducing focal point in the loop', () => {
    const brokered = { ...interest, brokerUserId: 'fp-kz' };
    expect(
      interestRoleOf({ actor: actor('fp-kz', 'focal_point', 'KZ'), interest: brokered, listingCountries: [] }),
    ).toBe('broker');
  });

  it('shows everything to the Secretariat and nothing to a third business or the public', () => {
    expect(interestRoleOf({ actor: actor('s', 'secretariat'), interest, listingCountries: [] })).toBe('secretariat');
    expect(interestRoleOf({ actor: actor('other', 'business'), interest, listingCountries: ['KZ'] })).toBeNull();
    expect(interestRoleOf({ actor: null, interest, listingCountries: ['KZ'] })).toBeNull();
  });
});
