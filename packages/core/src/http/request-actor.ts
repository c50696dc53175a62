import type { FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor.ts';
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
    throw new DomainError('forbidden', `This needs one of the roles: ${allowedRoles.join(', ')}.`, { role: actor.role });
  }
  return actor;
}

/**
 * Refuses, with `outside_country`, a focal point acting for a country other than their own. The Secretariat,
 * administrators and the platform itself may act for any country. Codes compare case-insensitively.
 */
export function requireCountry(actor: Actor, countryCode: string): void {
  if (actor.role !== 'focal_point') return;
  const wanted = countryCode.toUpperCase();
  if (actor.countryCode?.toUpperCase() === wanted) return;
  throw new DomainError(
    'outside_country',
    `As the focal point for ${actor.countryCode ?? 'no country'} you can act only for that country, not for ${wanted}.`,
    { countryCode: wanted, actorCountryCode: actor.countryCode },
  );
}
