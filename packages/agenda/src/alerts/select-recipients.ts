import type { SubscriptionTargetKind } from '../contracts.ts';

/** What a change concerns: the initiatives, topics and countries whose followers hear of it. */
export interface AlertTargets {
  initiatives: readonly string[];
  topics: readonly string[];
  countries: readonly string[];
}

export interface SubscriptionRow {
  userId: string;
  targetKind: string;
  target: string;
}

const kindOf: Record<SubscriptionTargetKind, keyof AlertTargets> = {
  initiative: 'initiatives',
  topic: 'topics',
  country: 'countries',
};

/**
 * The users to notify: everyone following any of the targets, once each, never the user who made the change
 * (they know). Sorted, so the same change always yields the same list.
 */
export function selectRecipients(options: {
  subscriptions: readonly SubscriptionRow[];
  targets: AlertTargets;
  excludeUserId: string | null;
}): string[] {
  const { subscriptions, targets, excludeUserId } = options;
  const recipients = new Set<string>();
  for (const subscription of subscriptions) {
    const listed = kindOf[subscription.targetKind as SubscriptionTargetKind];
    if (!listed || !targets[listed].includes(subscription.target)) continue;
    if (subscription.userId === excludeUserId) continue;
    recipients.add(subscription.userId);
  }
  return [...recipients].sort();
}
