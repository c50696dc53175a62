import { and, eq, gt, inArray } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import { systemActor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { type Language, languages } from '../../../core/src/localized-text.ts';
import type { PlatformJob } from '../../../core/src/module/platform-module.ts';
import type { NotificationTitle } from '../../../core/src/notifications/notification-email.ts';
import { notifyUsers } from '../../../core/src/notifications/notify-users.ts';
import { users } from '../../../core/src/tables.ts';
import { profiles, projects, savedSearches, savedSearchNotices, type UserText } from '../tables.ts';
import type { SavedSearchTarget } from '../vocabulary.ts';
import { listingMatchesFilters, type MatchableProfile, type MatchableProject } from './listing-matches-filters.ts';

const actor = systemActor('saved-search-alerts');

/**
 * Alerts are news: a listing published longer ago than this is not announced, so that a server that was stopped
 * for a while does not flood its users with old listings when it starts again.
 */
const lookbackMs = 7 * 24 * 60 * 60 * 1000;

interface Candidate {
  kind: SavedSearchTarget;
  id: string;
  ownerUserId: string;
  title: UserText;
  /** When it became visible to everyone: a project's publication, a profile's creation (published at once). */
  listedAt: Date;
  matchable: MatchableProject | MatchableProfile;
}

const titleIn = (title: UserText, language: Language) =>
  (title[language] ?? languages.map((other) => title[other]).find(Boolean) ?? '').slice(0, 150);

const alertTitle = (options: { kind: SavedSearchTarget; searchName: string; title: UserText }): NotificationTitle => {
  const { kind, searchName, title } = options;
  return {
    zh: `${kind === 'projects' ? '新项目' : '新档案'}符合您保存的搜索“${searchName}”：${titleIn(title, 'zh')}`,
    ru: `${kind === 'projects' ? 'Новый проект' : 'Новый профиль'} по вашему сохранённому поиску «${searchName}»: ${titleIn(title, 'ru')}`,
    en: `${kind === 'projects' ? 'New project' : 'New profile'} matches your saved search “${searchName}”: ${titleIn(title, 'en')}`,
  };
};

async function recentlyListed(db: Db, options: { since: Date; now: Date }): Promise<Candidate[]> {
  const { since, now } = options;
  const [projectRows, profileRows] = await Promise.all([
    db
      .select()
      .from(projects)
      .where(and(eq(projects.status, 'published'), gt(projects.expiresAt, now), gt(projects.publishedAt, since))),
    db
      .select()
      .from(profiles)
      .where(and(eq(profiles.status, 'published'), gt(profiles.expiresAt, now), gt(profiles.createdAt, since))),
  ]);
  return [
    ...projectRows.flatMap((row) =>
      row.publishedAt
        ? [
            {
              kind: 'projects' as const,
              id: row.id,
              ownerUserId: row.ownerUserId,
              title: row.title,
              listedAt: row.publishedAt,
              matchable: row,
            },
          ]
        : [],
    ),
    ...profileRows.map((row) => ({
      kind: 'profiles' as const,
      id: row.id,
      ownerUserId: row.ownerUserId,
      title: row.title,
      listedAt: row.createdAt,
      matchable: row,
    })),
  ];
}

const matches = (search: { target: string; filters: Record<string, string> }, candidate: Candidate) =>
  candidate.kind === 'projects'
    ? search.target === 'projects' &&
      listingMatchesFilters({
        target: 'projects',
        filters: search.filters,
        listing: candidate.matchable as MatchableProject,
      })
    : search.target === 'profiles' &&
      listingMatchesFilters({
        target: 'profiles',
        filters: search.filters,
        listing: candidate.matchable as MatchableProfile,
      });

/**
 * Tells the owners of saved searches with alerts on about listings published since they saved the search that
 * match it: one in-app notification and e-mail per listing, never twice. Each alert is one transaction that first
 * records the notice (its primary key is the search and the listing): when another server got there first, the
 * insert finds the row and nothing is sent. Returns the alerts sent.
 */
export async function sendSavedSearchAlerts(options: {
  db: Db;
  now: Date;
}): Promise<{ savedSearchId: string; listingId: string }[]> {
  const { db, now } = options;
  const searches = await db
    .select({
      id: savedSearches.id,
      userId: savedSearches.userId,
      name: savedSearches.name,
      target: savedSearches.target,
      filters: savedSearches.filters,
      createdAt: savedSearches.createdAt,
    })
    .from(savedSearches)
    .innerJoin(users, eq(users.id, savedSearches.userId))
    .where(and(eq(savedSearches.alertsEnabled, true), eq(users.disabled, false)));
  if (searches.length === 0) return [];
  const oldestSearch = Math.min(...searches.map((search) => search.createdAt.getTime()));
  const since = new Date(Math.max(oldestSearch, now.getTime() - lookbackMs));
  const candidates = await recentlyListed(db, { since, now });
  if (candidates.length === 0) return [];
  const told = await db
    .select({ savedSearchId: savedSearchNotices.savedSearchId, listingId: savedSearchNotices.listingId })
    .from(savedSearchNotices)
    .where(
      and(
        inArray(
          savedSearchNotices.savedSearchId,
          searches.map((search) => search.id),
        ),
        inArray(
          savedSearchNotices.listingId,
          candidates.map((candidate) => candidate.id),
        ),
      ),
    );
  const alreadyTold = new Set(told.map((notice) => `${notice.savedSearchId}:${notice.listingId}`));

  const sent: { savedSearchId: string; listingId: string }[] = [];
  for (const search of searches) {
    const filters = search.filters as Record<string, string>;
    for (const candidate of candidates) {
      if (candidate.listedAt <= search.createdAt) continue;
      if (candidate.ownerUserId === search.userId) continue;
      if (alreadyTold.has(`${search.id}:${candidate.id}`)) continue;
      if (!matches({ target: search.target, filters }, candidate)) continue;
      const alerted = await db.transaction(async (tx) => {
        const [notice] = await tx
          .insert(savedSearchNotices)
          .values({ savedSearchId: search.id, listingId: candidate.id, notifiedAt: now })
          .onConflictDoNothing()
          .returning({ listingId: savedSearchNotices.listingId });
        if (!notice) return false;
        const kind = candidate.kind === 'projects' ? 'project' : 'profile';
        await notifyUsers(tx, {
          userIds: [search.userId],
          kind: 'investment.saved_search_match',
          title: alertTitle({ kind: candidate.kind, searchName: search.name, title: candidate.title }),
          link: `/investment/${candidate.kind}/${candidate.id}`,
        });
        await appendAuditEntry(tx, {
          actor,
          action: 'saved_search.alert',
          entityType: 'investment_saved_search',
          entityId: search.id,
          after: { listingKind: kind, listingId: candidate.id },
        });
        return true;
      });
      if (alerted) sent.push({ savedSearchId: search.id, listingId: candidate.id });
    }
  }
  return sent;
}

/** Every 15 minutes: alerts for saved searches. Safe on several servers at once (see sendSavedSearchAlerts). */
export const savedSearchAlertsJob: PlatformJob = {
  name: 'investment-saved-search-alerts',
  everyMs: 15 * 60 * 1000,
  run: async ({ db }) => {
    await sendSavedSearchAlerts({ db, now: new Date() });
  },
};
