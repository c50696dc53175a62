import type { Actor } from '../../../core/src/auth/actor.ts';

/** The caller's place in an interest; null means the interest does not exist for them. */
export type InterestRole = 'source' | 'target' | 'broker' | 'secretariat';

/**
 * Who may see an interest: its two sides, the focal point who introduced it or of either listing's country, and
 * the Secretariat. Anyone else is told it does not exist.
 */
export function interestRoleOf(options: {
  actor: Actor | null;
  interest: { sourceOwnerUserId: string; targetOwnerUserId: string; brokerUserId: string | null };
  listingCountries: readonly string[];
}): InterestRole | null {
  const { actor, interest, listingCountries } = options;
  if (!actor?.userId) return null;
  if (actor.userId === interest.targetOwnerUserId) return 'target';
  if (actor.userId === interest.sourceOwnerUserId) return 'source';
  if (actor.role === 'focal_point') {
    if (interest.brokerUserId === actor.userId) return 'broker';
    if (actor.countryCode && listingCountries.includes(actor.countryCode)) return 'broker';
    return null;
  }
  if (actor.role === 'secretariat' || actor.role === 'admin') return 'secretariat';
  return null;
}
