import { DomainError } from '../errors.ts';
import type { Actor } from './actor.ts';

/**
 * A focal point acts for their own member state only; Secretariat staff, admins and the platform itself act for any.
 */
export function assertActsForCountry(actor: Actor, countryCode: string): void {
  if (actor.role !== 'focal_point') return;
  if (actor.countryCode !== countryCode.toUpperCase()) {
    throw new DomainError(
      'outside_country',
      `A focal point for ${actor.countryCode ?? 'no country'} cannot act for ${countryCode.toUpperCase()}.`,
      { countryCode: countryCode.toUpperCase(), actorCountryCode: actor.countryCode },
    );
  }
}
