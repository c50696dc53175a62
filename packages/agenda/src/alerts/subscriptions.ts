import { and, asc, eq } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import { findCountry } from '../../../core/src/countries.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { presentLocalizedText } from '../../../core/src/localized-text.ts';
import type { Subscription, SubscriptionInput } from '../contracts.ts';
import { initiatives, subscriptions } from '../tables.ts';
import { type Topic, topics } from '../vocabulary.ts';

/** A user's subscriptions: every function here acts on `actor.userId` only. */

const userIdOf = (actor: Actor): string => {
  if (!actor.userId) throw new DomainError('forbidden', 'Only a signed-in user can follow things.');
  return actor.userId;
};

const invalidTarget = (message: string) =>
  new DomainError('validation_failed', `target: ${message}`, { field: 'target' });

/** The target as stored (country codes in upper case), once it is known to exist. */
async function checkedTarget(tx: Db, input: SubscriptionInput): Promise<string> {
  switch (input.targetKind) {
    case 'initiative': {
      const [row] = await tx.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.id, input.target));
      if (!row) throw invalidTarget(`no initiative with id "${input.target}".`);
      return row.id;
    }
    case 'topic':
      if (!topics.includes(input.target as Topic)) throw invalidTarget(`"${input.target}" is not a known topic code.`);
      return input.target;
    case 'country': {
      const country = findCountry(input.target);
      if (!country) throw invalidTarget(`"${input.target}" is not a known country code.`);
      return country.code;
    }
  }
}

/** Everything the actor follows, newest first, with initiative titles. */
export async function listSubscriptions(options: { db: Db; actor: Actor }): Promise<Subscription[]> {
  const { db, actor } = options;
  const rows = await db
    .select({
      targetKind: subscriptions.targetKind,
      target: subscriptions.target,
      createdAt: subscriptions.createdAt,
      initiativeTitle: initiatives.title,
    })
    .from(subscriptions)
    .leftJoin(initiatives, and(eq(subscriptions.targetKind, 'initiative'), eq(initiatives.id, subscriptions.target)))
    .where(eq(subscriptions.userId, userIdOf(actor)))
    .orderBy(asc(subscriptions.targetKind), asc(subscriptions.target));
  return rows.map((row) => ({
    targetKind: row.targetKind as Subscription['targetKind'],
    target: row.target,
    title: row.initiativeTitle ? presentLocalizedText(row.initiativeTitle) : null,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** The actor follows a target; following it again changes nothing. */
export async function follow(options: { db: Db; actor: Actor; input: SubscriptionInput }): Promise<void> {
  const { db, actor, input } = options;
  const userId = userIdOf(actor);
  await db.transaction(async (tx) => {
    const target = await checkedTarget(tx, input);
    const created = await tx
      .insert(subscriptions)
      .values({ userId, targetKind: input.targetKind, target })
      .onConflictDoNothing()
      .returning({ target: subscriptions.target });
    if (created.length === 0) return;
    await appendAuditEntry(tx, {
      actor,
      action: 'subscription.follow',
      entityType: 'user',
      entityId: userId,
      after: { targetKind: input.targetKind, target },
    });
  });
}

/** The actor stops following a target; one not followed changes nothing. Returns whether it was followed. */
export async function unfollow(options: { db: Db; actor: Actor; input: SubscriptionInput }): Promise<boolean> {
  const { db, actor, input } = options;
  const userId = userIdOf(actor);
  const target = input.targetKind === 'country' ? input.target.toUpperCase() : input.target;
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(subscriptions)
      .where(
        and(
          eq(subscriptions.userId, userId),
          eq(subscriptions.targetKind, input.targetKind),
          eq(subscriptions.target, target),
        ),
      )
      .returning({ target: subscriptions.target });
    if (removed.length === 0) return false;
    await appendAuditEntry(tx, {
      actor,
      action: 'subscription.unfollow',
      entityType: 'user',
      entityId: userId,
      before: { targetKind: input.targetKind, target },
    });
    return true;
  });
}
