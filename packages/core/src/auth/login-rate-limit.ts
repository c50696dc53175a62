import { and, desc, eq, gt, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import { loginAttempts } from '../tables.ts';

/**
 * Sign-in throttling, kept in the database so that it holds across several server processes. Beyond
 * `maxFailuresPerEmail` failed attempts for one e-mail (counted since its last successful sign-in) or
 * `maxFailuresPerIp` for one client address within the window, further attempts are refused until enough
 * failures have aged out of the window.
 */
export const loginRateLimit = { windowSeconds: 15 * 60, maxFailuresPerEmail: 5, maxFailuresPerIp: 20 } as const;

export interface BeginLoginAttemptOptions {
  db: Db;
  /** Normalised (lower case). */
  email: string;
  ip: string;
}

/**
 * Records an attempt, counted as failed until `markLoginAttemptSucceeded`, before the password is checked:
 * concurrent attempts, from any process, then see each other, so a parallel burst cannot slip past the limit.
 * A refused attempt is forgotten again, so that hammering does not extend the lock-out. Returns the attempt's id.
 */
export async function beginLoginAttempt({ db, email, ip }: BeginLoginAttemptOptions): Promise<number> {
  const [attempt] = await db
    .insert(loginAttempts)
    .values({ email, ip, succeeded: false })
    .returning({ id: loginAttempts.id });
  if (!attempt) throw new Error('insert into login_attempts returned no row');
  const retryAfterSeconds = Math.max(
    await secondsUntilAllowed(db, attempt.id, 'email', email, loginRateLimit.maxFailuresPerEmail),
    await secondsUntilAllowed(db, attempt.id, 'ip', ip, loginRateLimit.maxFailuresPerIp),
  );
  if (retryAfterSeconds > 0) {
    await db.delete(loginAttempts).where(eq(loginAttempts.id, attempt.id));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    throw new DomainError(
      'rate_limited',
      `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      { retryAfterSeconds },
    );
  }
  return attempt.id;
}

export async function markLoginAttemptSucceeded(db: Db, attemptId: number): Promise<void> {
  await db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attemptId));
}

/**
 * 0 when fewer than `max` other failures count against the key; otherwise the seconds until the `max`-th most
 * recent of them leaves the window. Times come from the database clock, shared by all processes.
 */
async function secondsUntilAllowed(
  db: Db,
  ownId: number,
  key: 'email' | 'ip',
  value: string,
  max: number,
): Promise<number> {
  const window = sql`make_interval(secs => ${loginRateLimit.windowSeconds})`;
  const column = key === 'email' ? loginAttempts.email : loginAttempts.ip;
  const sinceLastSuccess =
    key === 'email'
      ? sql`${loginAttempts.at} > coalesce((select max(s.at) from login_attempts s where s.email = ${value} and s.succeeded), '-infinity')`
      : undefined;
  const [row] = await db
    .select({
      seconds: sql<number>`greatest(1, ceil(extract(epoch from ${loginAttempts.at} + ${window} - now())))::int`,
    })
    .from(loginAttempts)
    .where(
      and(
        eq(column, value),
        eq(loginAttempts.succeeded, false),
        ne(loginAttempts.id, ownId),
        gt(loginAttempts.at, sql`now() - ${window}`),
        sinceLastSuccess,
      ),
    )
    .orderBy(desc(loginAttempts.at))
    .offset(max - 1)
    .limit(1);
  return row ? Number(row.seconds) : 0;
}
