import type { FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor.ts';
import { assertActsForCountry } from '../auth/country-scope.ts';
import type { Role } from '../auth/roles.ts';
import { DomainError } from '../errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the session plugin when a valid session cookie came with the request. */
    actor: Actor | null;
  }
}

/** The signed-in actor, or an `unauthenticated` error. */
export function requireActor(request: FastifyRequest, allowedRoles?: readonly Role[]): Actor {
  const actor = request.actor;
  if (!actor) throw new DomainError('unauthenticated', 'Sign in to do this.');
  if (allowedRoles && !allowedRoles.includes(actor.role as Role)) {
    throw new DomainError('forbidden', `This needs one of the roles: ${allowedRoles.join(', ')}.`, {
      role: actor.role,
    });
  }
  return actor;
}

/**
 * Refuses, with `outside_country` (403), a focal point acting for a country other than their own; the
 * Secretariat, administrators and the platform itself may act for any. The rule itself lives in the domain
 * (`assertActsForCountry`), so use cases that run outside HTTP apply the same one.
 */
export function requireCountry(actor: Actor, countryCode: string): void {
  assertActsForCountry(actor, countryCode);
}
