import { and, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import { notifications } from '../tables.ts';
import type { NotificationTitle } from './notification-email.ts';
import type { PresentedNotification } from './notifications.schemas.ts';

/** A user's own notifications: every function here is scoped to `actor.userId`, never to an id given alone. */

const present = (row: typeof notifications.$inferSelect): PresentedNotification => ({
  id: row.id,
  kind: row.kind,
  title: row.title as NotificationTitle,
  link: row.link,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt ? row.readAt.toISOString() : null,
});

const ownerOf = (actor: Actor): string => {
  if (!actor.userId) throw new DomainError('forbidden', 'Only a signed-in user has notifications.');
  return actor.userId;
};

async function countUnread(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ unread: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.unread ?? 0;
}

/** The actor's notifications, newest first, with the number still unread. */
export async function listNotifications(options: {
  db: Db;
  actor: Actor;
  query: { limit: number; offset: number; unread: boolean };
}) {
  const { db, actor, query } = options;
  const userId = ownerOf(actor);
  const conditions: SQL[] = [eq(notifications.userId, userId)];
  if (query.unread) conditions.push(isNull(notifications.readAt));
  const where = and(...conditions);
  const [rows, [counted], unreadCount] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: count() }).from(notifications).where(where),
    countUnread(db, userId),
  ]);
  return { items: rows.map(present), total: counted?.total ?? 0, unreadCount };
}

/** Marks one of the actor's notifications read (keeping the first time it was read); another user's is not found. */
export async function markNotificationRead(options: { db: Db; actor: Actor; id: string }) {
  const { db, actor, id } = options;
  const userId = ownerOf(actor);
  const mine = and(eq(notifications.id, id), eq(notifications.userId, userId));
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(mine, isNull(notifications.readAt)));
  const [row] = await db.select().from(notifications).where(mine);
  if (!row) throw new DomainError('not_found', `No notification with id "${id}".`);
  return present(row);
}

/** Marks every unread notification of the actor read. */
export async function markAllNotificationsRead(options: { db: Db; actor: Actor }) {
  const { db, actor } = options;
  const userId = ownerOf(actor);
  const marked = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: marked.length, unreadCount: await countUnread(db, userId) };
}
