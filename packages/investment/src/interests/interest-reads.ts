import { and, asc, count, desc, eq, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/src/auth/actor.ts';
import { assertActsForCountry } from '../../../core/src/auth/country-scope.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { users } from '../../../core/src/tables.ts';
import { interestEvents, interests, listingViews, profiles, projects } from '../tables.ts';
import { type ListingKind, type PipelineStage, staleAfterDays } from '../vocabulary.ts';
import type {
  InterestListQuery,
  PresentedDeals,
  PresentedInterest,
  PresentedInterestDetail,
  PresentedPipeline,
} from './contracts.ts';
import { type InterestRole, interestRoleOf } from './interest-access.ts';
import { contactsRevealed } from './interest-consent.ts';
import {
  type AccountContact,
  type InterestRow,
  listingKeyOf,
  presentInterest,
  presentListingRef,
} from './interest-presenter.ts';
import { type ListingFacts, loadListing, loadListings } from './listing-facts.ts';

const listingRefsOf = (rows: readonly InterestRow[]) =>
  rows.flatMap((row) => [
    { kind: row.targetKind as ListingKind, id: row.targetId },
    ...(row.sourceKind && row.sourceId ? [{ kind: row.sourceKind as ListingKind, id: row.sourceId }] : []),
  ]);

const countriesOf = (row: InterestRow, listings: Map<string, ListingFacts>) =>
  [listings.get(`${row.targetKind}:${row.targetId}`), listings.get(listingKeyOf(row.sourceKind, row.sourceId) ?? '')]
    .filter((listing) => listing !== undefined)
    .map((listing) => listing.countryCode);

/** Accounts of sides that presented no listing, needed only when their contact is revealed. */
async function accountsFor(db: Db, rows: readonly InterestRow[]): Promise<Map<string, AccountContact>> {
  const ids = rows
    .filter((row) => row.sourceId === null && contactsRevealed({ ...row, status: row.status as 'accepted' }))
    .map((row) => row.sourceOwnerUserId);
  if (ids.length === 0) return new Map();
  const found = await db
    .select({ id: users.id, displayName: users.displayName, email: users.email })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(found.map((user) => [user.id, { displayName: user.displayName, email: user.email }]));
}

async function presentRows(options: { db: Db; actor: Actor | null; rows: InterestRow[] }) {
  const { db, actor, rows } = options;
  const listings = await loadListings({ db, refs: listingRefsOf(rows) });
  const accounts = await accountsFor(db, rows);
  const presented: PresentedInterest[] = [];
  for (const row of rows) {
    // Listings are never deleted; a row whose listing is gone is skipped rather than failing the whole list.
    if (!listings.has(`${row.targetKind}:${row.targetId}`)) continue;
    const role = interestRoleOf({ actor, interest: row, listingCountries: countriesOf(row, listings) });
    if (role) presented.push(presentInterest({ row, role, actorUserId: actor?.userId ?? null, listings, accounts }));
  }
  return presented;
}

/** The interest and the caller's role in it, or `not_found` for anyone who may not see it. */
export async function loadInterestFor(options: {
  db: Db;
  actor: Actor | null;
  id: string;
  forUpdate?: boolean;
}): Promise<{ row: InterestRow; role: InterestRole; listings: Map<string, ListingFacts> }> {
  const { db, actor, id, forUpdate } = options;
  const query = db.select().from(interests).where(eq(interests.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  const notFound = new DomainError('not_found', `No interest with id "${id}".`);
  if (!row) throw notFound;
  const listings = await loadListings({ db, refs: listingRefsOf([row]) });
  const role = interestRoleOf({ actor, interest: row, listingCountries: countriesOf(row, listings) });
  if (!role || !listings.has(`${row.targetKind}:${row.targetId}`)) throw notFound;
  return { row, role, listings };
}

/** Focal points see the interests they introduced and those touching a listing of their country. */
function involvesCountry(countryCode: string): SQL {
  const touches = (table: typeof projects | typeof profiles, kind: ListingKind) => sql`exists (
    select 1 from ${table} where ${table.countryCode} = ${countryCode} and (
      (${interests.targetKind} = ${kind} and ${table.id} = ${interests.targetId})
      or (${interests.sourceKind} = ${kind} and ${table.id} = ${interests.sourceId})))`;
  return sql`(${touches(projects, 'project')} or ${touches(profiles, 'profile')})`;
}

/**
 * The caller's interests: a business sees those it sent and received; a focal point those it brokers (introduced,
 * or touching its country's listings); the Secretariat all.
 */
export async function listInterests(options: { db: Db; actor: Actor; query: InterestListQuery }) {
  const { db, actor, query } = options;
  const me = actor.userId ?? '';
  const sent = eq(interests.sourceOwnerUserId, me);
  const received = eq(interests.targetOwnerUserId, me);
  const brokered =
    actor.role === 'focal_point' && actor.countryCode
      ? or(eq(interests.brokerUserId, me), involvesCountry(actor.countryCode))
      : eq(interests.brokerUserId, me);
  const everything = actor.role === 'secretariat' || actor.role === 'admin';
  const boxes: Record<NonNullable<InterestListQuery['box']>, SQL | undefined> = {
    sent,
    received,
    brokered,
    all: everything ? undefined : or(sent, received, brokered),
  };
  const where = and(
    boxes[query.box ?? 'all'],
    query.targetKind ? eq(interests.targetKind, query.targetKind) : undefined,
    query.targetId ? eq(interests.targetId, query.targetId) : undefined,
    query.openOnly === 'true' ? inArray(interests.status, ['pending', 'accepted']) : undefined,
  );
  const [total] = await db.select({ value: count() }).from(interests).where(where);
  const rows = await db
    .select()
    .from(interests)
    .where(where)
    .orderBy(desc(interests.updatedAt), asc(interests.id))
    .limit(query.limit)
    .offset(query.offset);
  const items = await presentRows({ db, actor, rows });
  return { items, total: total?.value ?? 0, limit: query.limit, offset: query.offset };
}

/** One interest with its history, for its sides, its broker and the Secretariat. */
export async function getInterest(options: {
  db: Db;
  actor: Actor | null;
  id: string;
}): Promise<PresentedInterestDetail> {
  const { db, actor, id } = options;
  const { row, role } = await loadInterestFor({ db, actor, id });
  const [presented] = await presentRows({ db, actor, rows: [row] });
  const events = await db
    .select()
    .from(interestEvents)
    .where(eq(interestEvents.interestId, id))
    .orderBy(asc(interestEvents.at), asc(interestEvents.id));
  const actorSide = (actorUserId: string | null) => {
    if (actorUserId === null) return 'platform' as const;
    if (actorUserId === row.sourceOwnerUserId) return 'source' as const;
    if (actorUserId === row.targetOwnerUserId) return 'target' as const;
    return actorUserId === row.brokerUserId || role === 'broker' ? ('broker' as const) : ('secretariat' as const);
  };
  const officialIds = [
    ...new Set(
      events
        .filter((event) => ['broker', 'secretariat'].includes(actorSide(event.actorUserId)))
        .map((event) => event.actorUserId!),
    ),
  ];
  // An empty id list would produce invalid SQL.
  const officials =
    officialIds.length === 0
      ? []
      : await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, officialIds));
  const officialName = new Map(officials.map((official) => [official.id, official.name]));
  return {
    ...presented!,
    events: events.map((event) => ({
      id: event.id,
      kind: event.kind,
      fromStage: event.fromStage as PipelineStage | null,
      toStage: event.toStage as PipelineStage | null,
      note: event.note,
      actor: actorSide(event.actorUserId),
      authorName: event.actorUserId ? (officialName.get(event.actorUserId) ?? null) : null,
      at: event.at.toISOString(),
    })),
  };
}

/** Whether a listing is flagged stale: published and untouched for longer than the stale period. */
export const isStale = (options: { status: string; lastActivityAt: Date; now: Date }): boolean =>
  options.status === 'published' &&
  options.now.getTime() - options.lastActivityAt.getTime() > staleAfterDays * 24 * 60 * 60 * 1000;

/**
 * The funnel of one listing, for its owner, the Secretariat and the focal point of its country: views, then the
 * interests it received or sent by the stage they are at.
 */
export async function getListingPipeline(options: {
  db: Db;
  actor: Actor | null;
  kind: ListingKind;
  id: string;
  now?: Date;
}): Promise<PresentedPipeline> {
  const { db, actor, kind, id } = options;
  const listing = await loadListing({ db, kind, id });
  if (!actor) throw new DomainError('unauthenticated', 'Sign in to see the pipeline of your listing.');
  if (actor.userId !== listing.ownerUserId) {
    if (actor.role === 'business') {
      throw new DomainError(
        'forbidden',
        "Only the listing's owner, its country's focal point and the Secretariat see its pipeline.",
      );
    }
    assertActsForCountry(actor, listing.countryCode);
  }
  const [views] = await db
    .select({ value: count() })
    .from(listingViews)
    .where(and(eq(listingViews.listingKind, kind), eq(listingViews.listingId, id)));
  const byStage = await db
    .select({ status: interests.status, stage: interests.pipelineStage, value: count() })
    .from(interests)
    .where(
      or(
        and(eq(interests.targetKind, kind), eq(interests.targetId, id)),
        and(isNotNull(interests.sourceId), eq(interests.sourceKind, kind), eq(interests.sourceId, id)),
      ),
    )
    .groupBy(interests.status, interests.pipelineStage);
  const counts: Record<PipelineStage, number> = { interest: 0, meeting: 0, nda: 0, deal: 0, closed: 0 };
  for (const group of byStage) {
    const stage =
      group.status === 'declined' || group.status === 'withdrawn' ? 'closed' : (group.stage as PipelineStage);
    counts[stage] += group.value;
  }
  return {
    kind,
    id,
    viewed: views?.value ?? 0,
    ...counts,
    stale: isStale({ status: listing.status, lastActivityAt: listing.lastActivityAt, now: options.now ?? new Date() }),
    staleAfterDays,
    lastActivityAt: listing.lastActivityAt.toISOString(),
  };
}

/**
 * Deals that carry out an agenda initiative: interests at stage deal whose project or profile cites it. Public:
 * only counts and the published listings' public faces (title, sponsor or organisation), never the other party.
 */
export async function getInitiativeDeals(options: { db: Db; initiativeId: string }): Promise<PresentedDeals> {
  const { db, initiativeId } = options;
  const cites = (table: typeof projects | typeof profiles) =>
    sql`${table.initiativeIds} @> array[${initiativeId}]::text[]`;
  const [citingProjects, citingProfiles] = await Promise.all([
    db.select({ id: projects.id }).from(projects).where(cites(projects)),
    db.select({ id: profiles.id }).from(profiles).where(cites(profiles)),
  ]);
  const citing = new Set([
    ...citingProjects.map((row) => `project:${row.id}`),
    ...citingProfiles.map((row) => `profile:${row.id}`),
  ]);
  if (citing.size === 0) return { initiativeId, dealCount: 0, listings: [] };
  const listingMatch = (side: 'target' | 'source', kind: ListingKind, ids: string[]) => {
    if (ids.length === 0) return undefined;
    return side === 'target'
      ? and(eq(interests.targetKind, kind), inArray(interests.targetId, ids))
      : and(eq(interests.sourceKind, kind), inArray(interests.sourceId, ids));
  };
  const projectIds = citingProjects.map((row) => row.id);
  const profileIds = citingProfiles.map((row) => row.id);
  const deals = await db
    .select({
      targetKind: interests.targetKind,
      targetId: interests.targetId,
      sourceKind: interests.sourceKind,
      sourceId: interests.sourceId,
    })
    .from(interests)
    .where(
      and(
        eq(interests.pipelineStage, 'deal'),
        or(
          listingMatch('target', 'project', projectIds),
          listingMatch('target', 'profile', profileIds),
          listingMatch('source', 'project', projectIds),
          listingMatch('source', 'profile', profileIds),
        ),
      ),
    );
  const dealsPerListing = new Map<string, number>();
  for (const deal of deals) {
    for (const key of [listingKeyOf(deal.targetKind, deal.targetId), listingKeyOf(deal.sourceKind, deal.sourceId)]) {
      if (key && citing.has(key)) dealsPerListing.set(key, (dealsPerListing.get(key) ?? 0) + 1);
    }
  }
  const listings = await loadListings({
    db,
    refs: [...dealsPerListing.keys()].map((key) => {
      const [kind, id] = key.split(':') as [ListingKind, string];
      return { kind, id };
    }),
  });
  return {
    initiativeId,
    dealCount: deals.length,
    listings: [...listings.values()]
      .filter((listing) => listing.status === 'published')
      .map((listing) => ({
        ...presentListingRef(listing),
        deals: dealsPerListing.get(`${listing.kind}:${listing.id}`) ?? 0,
      }))
      .sort((a, b) => b.deals - a.deals || a.id.localeCompare(b.id)),
  };
}
