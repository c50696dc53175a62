import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import { systemActor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import type { PlatformJob } from '../../../core/src/module/platform-module.ts';
import { notifyUsers } from '../../../core/src/notifications/notify-users.ts';
import { notifications } from '../../../core/src/tables.ts';
import { projectStatusChanges, projects, type UserText } from '../tables.ts';
import { nextProjectStatus } from './project-state-machine.ts';

/** How long before expiry the owner is reminded to renew. */
export const expiryReminderDays = 30;
const reminderKind = 'investment.project_expiring';
const expiredKind = 'investment.project_expired';

const titleOf = (title: UserText) => title.zh ?? title.ru ?? title.en ?? '';
const linkOf = (id: string) => `/investment/projects/${id}`;

/**
 * Marks published projects past their expiry as expired, each with its history row, audit entry and a notice to
 * the owner, and reminds owners of listings expiring within 30 days once per listing period. Safe to repeat: a
 * project already expired or already reminded is left alone.
 */
export async function expireListings(options: { db: Db; now: Date }): Promise<{ expired: number; reminded: number }> {
  const { db, now } = options;
  const actor = systemActor('listing-expiry');
  const expired = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: projects.id, ownerUserId: projects.ownerUserId, title: projects.title, status: projects.status })
      .from(projects)
      .where(and(eq(projects.status, 'published'), lte(projects.expiresAt, now)))
      .for('update', { skipLocked: true });
    for (const project of due) {
      const to = nextProjectStatus({ from: 'published', action: 'expire' });
      await tx.update(projects).set({ status: to, updatedAt: now }).where(eq(projects.id, project.id));
      await tx.insert(projectStatusChanges).values({ projectId: project.id, fromStatus: 'published', toStatus: to });
      await appendAuditEntry(tx, {
        actor,
        action: 'project.expire',
        entityType: 'investment_project',
        entityId: project.id,
        before: { status: 'published' },
        after: { status: to },
      });
      const name = titleOf(project.title);
      await notifyUsers(tx, {
        userIds: [project.ownerUserId],
        kind: expiredKind,
        title: {
          zh: `您的项目已过期，续期后将重新发布：${name}`,
          ru: `Срок размещения проекта истёк; продлите его, чтобы снова опубликовать: ${name}`,
          en: `Your project listing expired; renew it to publish it again: ${name}`,
        },
        link: linkOf(project.id),
      });
    }
    return due.length;
  });

  const reminderHorizon = new Date(now.getTime() + expiryReminderDays * 24 * 60 * 60 * 1000);
  const reminded = await db.transaction(async (tx) => {
    // A reminder counts for the current listing period when it was sent within 30 days (and a margin) of the
    // present expiry; a renewal moves the expiry, so the next period gets its own reminder.
    const expiring = await tx
      .select({
        id: projects.id,
        ownerUserId: projects.ownerUserId,
        title: projects.title,
        expiresAt: projects.expiresAt,
      })
      .from(projects)
      .where(
        and(
          eq(projects.status, 'published'),
          gt(projects.expiresAt, now),
          lte(projects.expiresAt, reminderHorizon),
          sql`not exists (select 1 from ${notifications} where ${notifications.kind} = ${reminderKind}
            and ${notifications.link} = '/investment/projects/' || ${projects.id}::text
            and ${notifications.createdAt} >= ${projects.expiresAt} - interval '${sql.raw(String(expiryReminderDays + 1))} days')`,
        ),
      )
      .for('update', { skipLocked: true });
    for (const project of expiring) {
      const name = titleOf(project.title);
      const day = project.expiresAt!.toISOString().slice(0, 10);
      await notifyUsers(tx, {
        userIds: [project.ownerUserId],
        kind: reminderKind,
        title: {
          zh: `您的项目将于 ${day} 过期，请续期：${name}`,
          ru: `Срок размещения проекта истекает ${day}; продлите его: ${name}`,
          en: `Your project listing expires on ${day}; renew it to keep it published: ${name}`,
        },
        link: linkOf(project.id),
      });
    }
    return expiring.length;
  });
  return { expired, reminded };
}

/** Hourly: expire listings past their twelve months and remind owners a month before. */
export const expireListingsJob: PlatformJob = {
  name: 'investment.expire-listings',
  everyMs: 60 * 60 * 1000,
  async run({ db }) {
    await expireListings({ db, now: new Date() });
  },
};
