import { DomainError } from '../../../core/src/errors.ts';
import { listingLifetimeMonths, staleAfterDays } from '../vocabulary.ts';

const dayMs = 24 * 60 * 60 * 1000;

const addMonths = (date: Date, months: number) => {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
};

/**
 * When a profile stops being listed: the end of the requested day (UTC), which must lie after today and at most
 * 12 months ahead; without a request, exactly 12 months from now.
 */
export function profileExpiryOf({ requested, now }: { requested: string | undefined; now: Date }): Date {
  const latest = addMonths(now, listingLifetimeMonths);
  if (requested === undefined) return latest;
  const today = now.toISOString().slice(0, 10);
  if (requested <= today) {
    throw new DomainError('validation_failed', `expiresOn: ${requested} is not in the future.`, {
      field: 'expiresOn',
    });
  }
  if (requested > latest.toISOString().slice(0, 10)) {
    throw new DomainError(
      'validation_failed',
      `expiresOn: ${requested} is more than ${listingLifetimeMonths} months ahead; renew the profile later instead.`,
      { field: 'expiresOn', latest: latest.toISOString().slice(0, 10) },
    );
  }
  return new Date(Date.parse(`${requested}T00:00:00Z`) + dayMs);
}

/** A published listing nobody has touched for `staleAfterDays` is flagged, so that readers know it may be dormant. */
export const isStaleListing = ({ status, lastActivityAt, now }: { status: string; lastActivityAt: Date; now: Date }) =>
  status === 'published' && now.getTime() - lastActivityAt.getTime() > staleAfterDays * dayMs;
