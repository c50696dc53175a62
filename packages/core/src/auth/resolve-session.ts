import type { Db } from '../db/database.ts';
import { type Actor, userActor } from './actor.ts';
import { hashSessionToken, isWellFormedToken } from './session-token.ts';
import { findLiveSession, type LiveSession } from './sessions.repository.ts';

export interface ResolvedSession extends LiveSession {
  actor: Actor;
}

export interface ResolveSessionOptions {
  db: Db;
  /** The session cookie's value. */
  token: string;
}

/** The live session a cookie stands for, or null (unknown, expired, or its user disabled). */
export async function resolveSession({ db, token }: ResolveSessionOptions): Promise<ResolvedSession | null> {
  if (!isWellFormedToken(token)) return null;
  const session = await findLiveSession(db, hashSessionToken(token));
  return session ? { ...session, actor: userActor(session.user) } : null;
}
