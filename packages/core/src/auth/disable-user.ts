import { appendAuditEntry } from '../audit/audit-log.ts';
import type { Db } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import type { Actor } from './actor.ts';
import { deleteSessionsOfUser } from './sessions.repository.ts';
import { disableEnabledUser, findUserById, type User } from './users.repository.ts';

export interface DisableUserOptions {
  db: Db;
  /** The administrator; authorisation is the caller's job. */
  actor: Actor;
  userId: string;
}

/**
 * Disables an account and ends its sessions, with a `user.disable` audit entry, in one transaction. Disabling a
 * disabled account changes nothing and records nothing. Administrators cannot disable themselves, so that the
 * last administrator cannot lock everyone out.
 */
export async function disableUser({ db, actor, userId }: DisableUserOptions): Promise<User> {
  if (actor.userId === userId) throw new DomainError('conflict', 'You cannot disable your own account.');
  return db.transaction(async (tx) => {
    // The conditional update makes concurrent disables record one entry between them.
    const disabled = await disableEnabledUser(tx, userId);
    if (!disabled) {
      const user = await findUserById(tx, userId);
      if (!user) throw new DomainError('not_found', `There is no user with the id ${userId}.`, { userId });
      return user;
    }
    const endedSessions = await deleteSessionsOfUser(tx, userId);
    await appendAuditEntry(tx, {
      actor,
      action: 'user.disable',
      entityType: 'user',
      entityId: userId,
      before: { disabled: false },
      after: { disabled: true, endedSessions },
    });
    return disabled;
  });
}
