import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import type { LocalizedText } from '../../../core/src/localized-text.ts';
import type { NotificationTitle } from '../../../core/src/notifications/notification-email.ts';
import { notifyUsers } from '../../../core/src/notifications/notify-users.ts';
import { initiatives, meetings, subscriptions } from '../tables.ts';
import type { InitiativeStage } from '../vocabulary.ts';
import {
  initiativeOverdueTitle,
  meetingPublishedTitle,
  reportAcceptedTitle,
  stageChangedTitle,
} from './agenda-alert-messages.ts';
import { type AlertTargets, selectRecipients } from './select-recipients.ts';

/** A change in the agenda that followers hear of. `actor`: who made it, who is therefore not told of it. */
export type AgendaChange =
  | {
      kind: 'initiative_stage_changed';
      initiativeId: string;
      from: InitiativeStage | null;
      to: InitiativeStage;
      actor: Actor;
    }
  | { kind: 'report_accepted'; reportId: string; initiativeId: string; countryCode: string; actor: Actor }
  | {
      kind: 'meeting_published';
      meetingId: string;
      initiativeIds: readonly string[];
      topics: readonly string[];
      countryCodes: readonly string[];
      actor: Actor;
    }
  | { kind: 'initiative_overdue'; initiativeId: string; dueOn: string };

interface Notice {
  kind: string;
  title: NotificationTitle;
  link: string;
  targets: AlertTargets;
  byUserId: string | null;
}

const initiativeLink = (id: string) => `/initiatives/${encodeURIComponent(id)}`;

async function loadInitiative(tx: Db, id: string) {
  const [row] = await tx
    .select({ title: initiatives.title, topics: initiatives.topics, leadCountryCode: initiatives.leadCountryCode })
    .from(initiatives)
    .where(eq(initiatives.id, id));
  if (!row) throw new Error(`notifyAgendaChange: no initiative "${id}" inside the change's own transaction`);
  return row;
}

/** Followers of an initiative hear of it, and so do the followers of its topics and of the state leading it. */
const initiativeTargets = (id: string, initiative: { topics: string[]; leadCountryCode: string | null }) => ({
  initiatives: [id],
  topics: initiative.topics,
  countries: initiative.leadCountryCode ? [initiative.leadCountryCode] : [],
});

async function describeChange(tx: Db, change: AgendaChange): Promise<Notice> {
  switch (change.kind) {
    case 'initiative_stage_changed': {
      const initiative = await loadInitiative(tx, change.initiativeId);
      return {
        kind: 'initiative.stage_changed',
        title: stageChangedTitle({ initiativeTitle: initiative.title, to: change.to }),
        link: initiativeLink(change.initiativeId),
        targets: initiativeTargets(change.initiativeId, initiative),
        byUserId: change.actor.userId,
      };
    }
    case 'report_accepted': {
      const initiative = await loadInitiative(tx, change.initiativeId);
      return {
        kind: 'report.accepted',
        title: reportAcceptedTitle({ initiativeTitle: initiative.title, countryCode: change.countryCode }),
        link: `${initiativeLink(change.initiativeId)}#report-${change.reportId}`,
        targets: { initiatives: [change.initiativeId], topics: [], countries: [change.countryCode] },
        byUserId: change.actor.userId,
      };
    }
    case 'meeting_published': {
      const [meeting] = await tx
        .select({ title: meetings.title })
        .from(meetings)
        .where(eq(meetings.id, change.meetingId));
      return {
        kind: 'meeting.published',
        title: meetingPublishedTitle({ meetingTitle: (meeting?.title ?? {}) as LocalizedText }),
        link: `/meetings/${encodeURIComponent(change.meetingId)}`,
        targets: { initiatives: change.initiativeIds, topics: change.topics, countries: change.countryCodes },
        byUserId: change.actor.userId,
      };
    }
    case 'initiative_overdue': {
      const initiative = await loadInitiative(tx, change.initiativeId);
      return {
        kind: 'initiative.overdue',
        title: initiativeOverdueTitle({ initiativeTitle: initiative.title, dueOn: change.dueOn }),
        link: initiativeLink(change.initiativeId),
        targets: initiativeTargets(change.initiativeId, initiative),
        byUserId: null,
      };
    }
  }
}

/** The subscriptions on any of the targets. */
async function subscriptionsOn(tx: Db, targets: AlertTargets) {
  const conditions: SQL[] = [];
  const on = (kind: string, values: readonly string[]) => {
    // An empty list would produce invalid SQL.
    if (values.length > 0)
      conditions.push(and(eq(subscriptions.targetKind, kind), inArray(subscriptions.target, [...values])) as SQL);
  };
  on('initiative', targets.initiatives);
  on('topic', targets.topics);
  on('country', targets.countries);
  if (conditions.length === 0) return [];
  return tx
    .select({ userId: subscriptions.userId, targetKind: subscriptions.targetKind, target: subscriptions.target })
    .from(subscriptions)
    .where(or(...conditions));
}

/**
 * Notifies the followers of what a change concerns, inside the change's own transaction, so the notices exist
 * exactly when the change does. Returns how many users were notified.
 */
export async function notifyAgendaChange(tx: Db, change: AgendaChange): Promise<number> {
  const notice = await describeChange(tx, change);
  const userIds = selectRecipients({
    subscriptions: await subscriptionsOn(tx, notice.targets),
    targets: notice.targets,
    excludeUserId: notice.byUserId,
  });
  return notifyUsers(tx, { userIds, kind: notice.kind, title: notice.title, link: notice.link });
}
