import { type SQL, sql } from 'drizzle-orm';
import { emailOutbox } from '../tables.ts';

/** After this many failed attempts an e-mail is marked `failed` and never tried again. */
export const maxEmailAttempts = 5;

/** The wait before the second attempt; each later wait doubles. */
export const firstRetryDelaySeconds = 30;

/**
 * When an e-mail that has failed `attempts` times may be tried again. The schedule is anchored on the row's
 * creation (the outbox keeps no time of the last attempt): 0 s, 30 s, 90 s, 210 s, 450 s after it was queued.
 */
export function nextAttemptAt(options: { createdAt: Date; attempts: number }): Date {
  const { createdAt, attempts } = options;
  return new Date(createdAt.getTime() + firstRetryDelaySeconds * (2 ** attempts - 1) * 1000);
}

/** The same rule as `nextAttemptAt`, in SQL, for picking the rows that are due at `now`. */
export const isDueForAttempt = (now: Date): SQL =>
  sql`${emailOutbox.createdAt} + make_interval(secs => ${firstRetryDelaySeconds} * (power(2, ${emailOutbox.attempts}) - 1)) <= ${now.toISOString()}::timestamptz`;
