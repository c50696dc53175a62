import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { sessions, users } from '../tables.ts';
import { isRole, type Role } from './roles.ts';

export interface NewSession {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  lifetimeSeconds: number;
}

/** Expiry is computed by the database clock, the same clock that later decides whether the session is live. */
export async function insertSession(db: Db, session: NewSession): Promise<{ expiresAt: Date }> {
  const [row] = await db
    .insert(sessions)
    .values({
      tokenHash: session.tokenHash,
      userId: session.userId,
      csrfToken: session.csrfToken,
      expiresAt: sql`now() + make_interval(secs => ${session.lifetimeSeconds})`,
    })
    .returning({ expiresAt: sessions.expiresAt });
  if (!row) throw new Error('insert into sessions returned no row');
  return row;
}

export interface LiveSession {
  tokenHash: string;
  csrfToken: string;
  expiresAt: Date;
  user: { id: string; email: string; displayName: string; role: Role; countryCode: string | null };
}

/** The session with this token hash if it has not expired and its user is not disabled. */
export async function findLiveSession(db: Db, tokenHash: string): Promise<LiveSession | undefined> {
  const [row] = await db
    .select({
      tokenHash: sessions.tokenHash,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      countryCode: users.countryCode,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, sql`now()`), eq(users.disabled, false)))
    .limit(1);
  if (!row || !isRole(row.role)) return undefined;
  const { tokenHash: hash, csrfToken, expiresAt, role, ...user } = row;
  return { tokenHash: hash, csrfToken, expiresAt, user: { ...user, role } };
}

/** Returns the deleted session's user, if there was such a session. */
export async function deleteSession(db: Db, tokenHash: string): Promise<{ userId: string } | undefined> {
  const [row] = await db
    .delete(sessions)
    .where(eq(sessions.tokenHash, tokenHash))
    .returning({ userId: sessions.userId });
  return row;
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ tokenHash: sessions.tokenHash });
  return rows.length;
}

export async function deleteExpiredSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lte(sessions.expiresAt, sql`now()`)));
}
