import { and, count, desc, eq, gt, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { conceptTokenPrefix, keywordTokensOf } from '../keywords/keyword-tokens.ts';
import { isicDivisions, isicSectionOf, isicSections } from '../reference/isic.ts';
import { interests, profiles } from '../tables.ts';
import { presentUserText } from '../user-text.ts';
import type {
  FinancingInstrument,
  InvestorType,
  PartneringType,
  PartnershipType,
  ProfileKind,
  ProfileStatus,
  ProjectStage,
} from '../vocabulary.ts';
import type { PresentedProfile, ProfileListQuery } from './contracts.ts';
import { isStaleListing } from './profile-rules.ts';

export type ProfileRow = typeof profiles.$inferSelect;

const isCurator = (actor: Actor | null) => actor?.role === 'secretariat' || actor?.role === 'admin';

/** The owner, the Secretariat and administrators may edit, renew and withdraw a profile. */
export const mayManageProfile = (actor: Actor | null, row: Pick<ProfileRow, 'ownerUserId'>) =>
  actor !== null && (actor.userId === row.ownerUserId || isCurator(actor));

/** Published and not expired: what the public sees and what matching considers. */
export const listedProfileCondition = (now: Date): SQL =>
  and(eq(profiles.status, 'published'), gt(profiles.expiresAt, now)) as SQL;

/** Listed profiles for everyone; the owner's own in every status; everything for the Secretariat. */
const visibleProfilesCondition = (actor: Actor | null, now: Date): SQL | undefined => {
  if (isCurator(actor)) return undefined;
  if (actor?.userId) return or(listedProfileCondition(now), eq(profiles.ownerUserId, actor.userId));
  return listedProfileCondition(now);
};

/**
 * Whether the caller may read the profile's contact: the owner, the Secretariat, the focal point of the profile's
 * country, or the other side of an expression of interest both sides agreed to.
 */
export async function profileContactVisible(db: Db, actor: Actor | null, row: ProfileRow): Promise<boolean> {
  if (!actor?.userId) return false;
  if (mayManageProfile(actor, row)) return true;
  if (actor.role === 'focal_point' && actor.countryCode === row.countryCode) return true;
  const asTarget = and(
    eq(interests.targetKind, 'profile'),
    eq(interests.targetId, row.id),
    eq(interests.sourceOwnerUserId, actor.userId),
  );
  const asSource = and(
    eq(interests.sourceKind, 'profile'),
    eq(interests.sourceId, row.id),
    eq(interests.targetOwnerUserId, actor.userId),
  );
  const [agreed] = await db
    .select({ id: interests.id })
    .from(interests)
    .where(
      and(
        or(asTarget, asSource),
        eq(interests.status, 'accepted'),
        isNotNull(interests.sourceConsentAt),
        isNotNull(interests.targetConsentAt),
      ),
    )
    .limit(1);
  return agreed !== undefined;
}

/** The allowlist of a profile as the API presents it; `contact` only when the caller may see it. */
export function presentProfile(options: {
  row: ProfileRow;
  actor: Actor | null;
  showContact: boolean;
  now: Date;
}): PresentedProfile {
  const { row, actor, showContact, now } = options;
  return {
    id: row.id,
    kind: row.kind as ProfileKind,
    investorType: row.investorType as InvestorType | null,
    partneringType: row.partneringType as PartneringType | null,
    organisationName: row.organisationName,
    title: presentUserText(row.title),
    description: presentUserText(row.description),
    countryCode: row.countryCode,
    ticketMinUsd: row.ticketMinUsd === null ? null : Number(row.ticketMinUsd),
    ticketMaxUsd: row.ticketMaxUsd === null ? null : Number(row.ticketMaxUsd),
    sectors: row.sectors,
    targetCountries: row.targetCountries,
    targetRegions: row.targetRegions,
    stages: row.stages as ProjectStage[],
    instruments: row.instruments as FinancingInstrument[],
    partnershipTypes: row.partnershipTypes as PartnershipType[],
    languages: row.languages,
    keywords: row.keywords,
    contact: showContact ? row.contact : null,
    initiativeIds: row.initiativeIds,
    documentIds: row.documentIds,
    status: displayedStatus(row, now),
    expiresAt: row.expiresAt.toISOString(),
    ownerUserId: row.ownerUserId,
    canEdit: mayManageProfile(actor, row),
    stale: isStaleListing({ status: displayedStatus(row, now), lastActivityAt: row.lastActivityAt, now }),
    demo: row.isDemo,
    lastActivityAt: row.lastActivityAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A published profile past its expiry is expired even before the periodic job has marked it. */
const displayedStatus = (row: ProfileRow, now: Date): ProfileStatus =>
  row.status === 'published' && row.expiresAt <= now ? 'expired' : (row.status as ProfileStatus);

const textArray = (values: readonly string[]) =>
  values.length === 0
    ? sql`'{}'::text[]`
    : sql`array[${sql.join(
        values.map((value) => sql`${value}`),
        sql`, `,
      )}]::text[]`;

/** A sector filter matches profiles naming it, its section, or — for a section — any of its divisions. */
function sectorCondition(sector: string): SQL {
  const codes = isicSections.includes(sector)
    ? [sector, ...isicDivisions.filter((division) => isicSectionOf(division) === sector)]
    : [sector, isicSectionOf(sector) ?? sector];
  return sql`${profiles.sectors} && ${textArray(codes)}`;
}

function textCondition(q: string): SQL {
  const pattern = `%${q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const tokens = keywordTokensOf({ texts: [q] });
  // Industry concepts make the search cross-lingual: "солнечная" also finds "光伏" and "solar".
  const concepts = tokens.filter((token) => token.startsWith(conceptTokenPrefix));
  return or(
    sql`${profiles.title}::text ilike ${pattern}`,
    sql`${profiles.description}::text ilike ${pattern}`,
    sql`${profiles.organisationName} ilike ${pattern}`,
    ...(tokens.length > 0 ? [sql`${profiles.keywordTokens} @> ${textArray(tokens)}`] : []),
    ...(concepts.length > 0 ? [sql`${profiles.keywordTokens} @> ${textArray(concepts)}`] : []),
  ) as SQL;
}

export async function listProfiles(options: { db: Db; actor: Actor | null; query: ProfileListQuery }) {
  const { db, actor, query } = options;
  const now = new Date();
  const conditions: (SQL | undefined)[] = [visibleProfilesCondition(actor, now)];
  if (query.mine) {
    if (!actor?.userId) throw new DomainError('unauthenticated', 'Sign in to list your own profiles.');
    conditions.push(eq(profiles.ownerUserId, actor.userId));
  }
  if (query.kind) conditions.push(eq(profiles.kind, query.kind));
  if (query.partneringType) conditions.push(eq(profiles.partneringType, query.partneringType));
  if (query.investorType) conditions.push(eq(profiles.investorType, query.investorType));
  if (query.sector) conditions.push(sectorCondition(query.sector));
  if (query.country) conditions.push(eq(profiles.countryCode, query.country));
  if (query.q) conditions.push(textCondition(query.q));
  if (query.demo !== undefined) conditions.push(eq(profiles.isDemo, query.demo));
  const where = and(...conditions);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(profiles)
      .where(where)
      .orderBy(desc(profiles.lastActivityAt), desc(profiles.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: count() }).from(profiles).where(where),
  ]);
  const items = await Promise.all(
    rows.map(async (row) =>
      presentProfile({ row, actor, showContact: await profileContactVisible(db, actor, row), now }),
    ),
  );
  return { items, total: counted?.total ?? 0 };
}

/** The stored row of a profile the caller may read; one they may not see is reported as not found. */
export async function loadVisibleProfile(options: { db: Db; actor: Actor | null; id: string }): Promise<ProfileRow> {
  const { db, actor, id } = options;
  const [row] = await db
    .select()
    .from(profiles)
    .where(and(eq(profiles.id, id), visibleProfilesCondition(actor, new Date())));
  if (!row) throw new DomainError('not_found', `No profile with id "${id}".`);
  return row;
}

/** One profile, if the caller may read it. */
export async function getProfile(options: { db: Db; actor: Actor | null; id: string }): Promise<PresentedProfile> {
  const { db, actor } = options;
  const row = await loadVisibleProfile(options);
  return presentProfile({ row, actor, showContact: await profileContactVisible(db, actor, row), now: new Date() });
}
