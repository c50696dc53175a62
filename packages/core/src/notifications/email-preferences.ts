import { eq } from 'drizzle-orm';
import { appendAuditEntry } from '../audit/audit-log.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import type { Language } from '../localized-text.ts';
import { users } from '../tables.ts';
import { emailLanguageOf } from './notification-email.ts';

const userIdOf = (actor: Actor): string => {
  if (!actor.userId) throw new DomainError('forbidden', 'Only a signed-in user has preferences.');
  return actor.userId;
};

/** The actor's e-mail address and the language their e-mails are written in. */
export async function getEmailPreferences(options: { db: Db; actor: Actor }) {
  const { db, actor } = options;
  const userId = userIdOf(actor);
  const [row] = await db
    .select({ email: users.email, preferredLanguage: users.preferredLanguage })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) throw new DomainError('not_found', 'Your account no longer exists.');
  return { email: row.email, preferredLanguage: emailLanguageOf(row.preferredLanguage) };
}

/** The actor chooses the language of their e-mails, with an audit entry. */
export async function setPreferredLanguage(options: { db: Db; actor: Actor; language: Language }) {
  const { db, actor, language } = options;
  const userId = userIdOf(actor);
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ preferredLanguage: users.preferredLanguage })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!current) throw new DomainError('not_found', 'Your account no longer exists.');
    if (current.preferredLanguage === language) return;
    await tx.update(users).set({ preferredLanguage: language }).where(eq(users.id, userId));
    await appendAuditEntry(tx, {
      actor,
      action: 'user.set_preferred_language',
      entityType: 'user',
      entityId: userId,
      before: { preferredLanguage: current.preferredLanguage },
      after: { preferredLanguage: language },
    });
  });
  return getEmailPreferences({ db, actor });
}
