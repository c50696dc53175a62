import { appendAuditEntry } from '../audit/audit-log.ts';
import type { Db } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import { userActor } from './actor.ts';
import { beginLoginAttempt, markLoginAttemptSucceeded } from './login-rate-limit.ts';
import { verifyPassword, verifyPasswordOfNobody } from './password.ts';
import { hashSessionToken, newRandomToken, sessionAuditId, sessionLifetimeSeconds } from './session-token.ts';
import { deleteExpiredSessionsOfUser, insertSession } from './sessions.repository.ts';
import { findUserByEmail, type User } from './users.repository.ts';

export interface SignInOptions {
  db: Db;
  email: string;
  password: string;
  /** The client's address, for rate limiting. */
  ip: string;
}

export interface SignInResult {
  user: User;
  /** The cookie value; only its sha256 is stored. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
}

/** One message for every refusal, so that it does not tell whether the e-mail has an account. */
const invalidCredentials = () => new DomainError('invalid_credentials', 'The e-mail address or the password is wrong.');

/**
 * Checks the credentials under the login rate limit and opens a session, recorded as `session.create` in the
 * same transaction. Disabled accounts are refused like wrong passwords.
 */
export async function signIn({ db, email, password, ip }: SignInOptions): Promise<SignInResult> {
  const normalizedEmail = email.trim().toLowerCase();
  const attemptId = await beginLoginAttempt({ db, email: normalizedEmail, ip });
  const user = await findUserByEmail(db, normalizedEmail);
  const passwordOk = user ? await verifyPassword(user.passwordHash, password) : await verifyPasswordOfNobody(password);
  if (!user || !passwordOk || user.disabled) throw invalidCredentials();

  const sessionToken = newRandomToken();
  const csrfToken = newRandomToken();
  const tokenHash = hashSessionToken(sessionToken);
  return db.transaction(async (tx) => {
    await markLoginAttemptSucceeded(tx, attemptId);
    await deleteExpiredSessionsOfUser(tx, user.id);
    const { expiresAt } = await insertSession(tx, {
      tokenHash,
      userId: user.id,
      csrfToken,
      lifetimeSeconds: sessionLifetimeSeconds,
    });
    await appendAuditEntry(tx, {
      actor: userActor(user),
      action: 'session.create',
      entityType: 'session',
      entityId: sessionAuditId(tokenHash),
      // No client address: this log is kept forever; login_attempts holds addresses.
      after: { userId: user.id, expiresAt: expiresAt.toISOString() },
    });
    return { user, sessionToken, csrfToken, expiresAt };
  });
}
