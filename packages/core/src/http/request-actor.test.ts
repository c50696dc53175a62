import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { type Actor, systemActor } from '../auth/actor.ts';
import { DomainError } from '../errors.ts';
import { requireActor, requireCountry } from './request-actor.ts';

const actor = (role: Actor['role'], countryCode: string | null = null): Actor => ({
  userId: '00000000-0000-4000-8000-000000000001',
  label: `${role}@example.org`,
  role,
  countryCode,
});
const request = (who: Actor | null) => ({ actor: who }) as FastifyRequest;

const codeOf = (run: () => unknown): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).code;
  }
};

describe('requireActor', () => {
  it('is unauthenticated without an actor, forbidden outside the allowed roles', () => {
    expect(codeOf(() => requireActor(request(null)))).toBe('unauthenticated');
    expect(codeOf(() => requireActor(request(actor('secretariat')), ['admin']))).toBe('forbidden');
    expect(requireActor(request(actor('admin')), ['admin'])).toMatchObject({ role: 'admin' });
    expect(requireActor(request(actor('focal_point', 'KZ')))).toMatchObject({ countryCode: 'KZ' });
  });
});

describe('requireCountry', () => {
  it('lets a focal point act for their own country, in any letter case', () => {
    expect(codeOf(() => requireCountry(actor('focal_point', 'KZ'), 'KZ'))).toBeNull();
    expect(codeOf(() => requireCountry(actor('focal_point', 'KZ'), 'kz'))).toBeNull();
  });

  it('refuses a focal point acting for another country with outside_country', () => {
    expect(codeOf(() => requireCountry(actor('focal_point', 'KZ'), 'UZ'))).toBe('outside_country');
    expect(codeOf(() => requireCountry(actor('focal_point', null), 'UZ'))).toBe('outside_country');
    try {
      requireCountry(actor('focal_point', 'KZ'), 'uz');
    } catch (error) {
      expect((error as DomainError).details).toEqual({ countryCode: 'UZ', actorCountryCode: 'KZ' });
    }
  });

  it('lets the Secretariat, administrators and the platform act for any country', () => {
    for (const who of [actor('secretariat'), actor('admin'), systemActor('test')]) {
      expect(codeOf(() => requireCountry(who, 'CN'))).toBeNull();
    }
  });
});
