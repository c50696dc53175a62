import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { emailOutbox, notifications, users } from '../tables.ts';
import { announceEmailQueued } from './email-queued-signal.ts';
import { buildNotificationEmail, emailLanguageOf, type NotificationTitle } from './notification-email.ts';

export interface NotifyUsersInput {
  /** Recipients; duplicates and disabled accounts are skipped. */
  userIds: readonly string[];
  /** Stable code of what happened, e.g. `initiative.stage_changed`. */
  kind: string;
  title: NotificationTitle;
  /** Platform path the notification points to, e.g. `/initiatives/ini-…`. */
  link: string;
}

/**
 * Writes one in-app notification per recipient and queues its e-mail, inside the caller's transaction, so the
 * notice exists exactly when the change it announces does. Returns how many users were notified.
 */
export async function notifyUsers(tx: Db, input: NotifyUsersInput): Promise<number> {
  const userIds = [...new Set(input.userIds)];
  // An empty id list would produce invalid SQL.
  if (userIds.length === 0) return 0;
  const recipients = await tx
    .select({ id: users.id, email: users.email, preferredLanguage: users.preferredLanguage })
    .from(users)
    .where(and(inArray(users.id, userIds), eq(users.disabled, false)));
  if (recipients.length === 0) return 0;
  const created = await tx
    .insert(notifications)
    .values(recipients.map((user) => ({ userId: user.id, kind: input.kind, title: input.title, link: input.link })))
    .returning({ id: notifications.id, userId: notifications.userId });
  const notificationOf = new Map(created.map((row) => [row.userId, row.id]));
  const mail = recipients
    .filter((user) => user.email.includes('@'))
    .map((user) => ({
      notificationId: notificationOf.get(user.id) ?? null,
      toAddress: user.email,
      ...buildNotificationEmail({ title: input.title, language: emailLanguageOf(user.preferredLanguage) }),
    }));
  if (mail.length > 0) {
    await tx.insert(emailOutbox).values(mail);
    announceEmailQueued();
  }
  return recipients.length;
}
