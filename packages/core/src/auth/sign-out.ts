import { appendAuditEntry } from '../audit/audit-log.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from './actor.ts';
import { sessionAuditId } from './session-token.ts';
import { deleteSession } from './sessions.repository.ts';

export interface SignOutOptions {
  db: Db;
  actor: Actor;
  /** sha256 of the session cookie, as the session plugin resolved it. */
  tokenHash: string;
}

/** Ends the session and records `session.delete`; a session that is already gone is not an error. */
export async function signOut({ db, actor, tokenHash }: SignOutOptions): Promise<void> {
  await db.transaction(async (tx) => {
    const deleted = await deleteSession(tx, tokenHash);
    if (!deleted) return;
    await appendAuditEntry(tx, {
      actor,
      action: 'session.delete',
      entityType: 'session',
      entityId: sessionAuditId(tokenHash),
    });
  });
}
