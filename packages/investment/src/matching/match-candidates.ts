import { and, desc, eq, gt, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import { isTellingSharedToken } from '../keywords/keyword-tokens.ts';
import { isicDivisions, isicSectionOf, isicSections } from '../reference/isic.ts';
import { profiles, projects, type UserText } from '../tables.ts';
import type { InvestorType, PartneringType, ProfileKind, ProjectStage } from '../vocabulary.ts';
import type { MatchListing } from './score-match.ts';

/** A listing as matching sees it, with what a result shows of it. */
export interface CandidateListing extends MatchListing {
  id: string;
  title: UserText;
  /** The sponsor of a project, the organisation of a profile. */
  organisationName: string;
  investorType: InvestorType | null;
  stage: ProjectStage | null;
  isDemo: boolean;
}

/**
 * How many candidates of each table the SQL pre-ranking hands to the exact scoring. The pre-rank adds up, in SQL,
 * the same factors as `scoreMatch` except the keyword count (only whether any keyword is shared), so the exact
 * top 20 lies inside this pool unless many candidates tie.
 */
export const candidatePoolSize = 120;

/** How many projects the index-only first step of the project query keeps for the second (see below). */
export const projectPrefilterSize = 300;

const textArray = (values: readonly string[]) =>
  values.length === 0
    ? sql`'{}'::text[]`
    : sql`array[${sql.join(
        values.map((value) => sql`${value}`),
        sql`, `,
      )}]::text[]`;

const divisionsOfSection = (section: string) => isicDivisions.filter((division) => isicSectionOf(division) === section);
const sectionOf = (sector: string) => (isicSections.includes(sector) ? sector : isicSectionOf(sector));

/** The sections the seeker's sectors lie in: a candidate must share one (hard filter). */
const sectionsOf = (sectors: readonly string[]) =>
  [...new Set(sectors.map(sectionOf))].filter((section): section is string => section !== undefined);

/** Every code naming a division, or a section, that the seeker's sectors cover: a "same division" fit. */
const coveredCodesOf = (sectors: readonly string[]) => [
  ...new Set(
    sectors.flatMap((sector) =>
      isicSections.includes(sector)
        ? [sector, ...divisionsOfSection(sector)]
        : [sector, isicSectionOf(sector) ?? sector],
    ),
  ),
];

/** Every code in the seeker's sections: sections and their divisions, for a GIN overlap on profiles' sectors. */
const sectionCodesOf = (sectors: readonly string[]) =>
  sectionsOf(sectors).flatMap((section) => [section, ...divisionsOfSection(section)]);

const hasPlacePreference = (listing: MatchListing) =>
  listing.targetCountries.length > 0 || listing.targetRegions.length > 0;

/** Countries a profile's place preferences allow: its target countries and those of its target regions. */
export const allowedCountriesOf = (listing: MatchListing) => [
  ...new Set([...listing.targetCountries, ...listing.targetRegions.map((region) => region.slice(0, 2))]),
];

/** Points of a set preference in SQL, as `scoreMatch` gives them (`any` when one side names none). */
function overlapRank(column: SQL, values: readonly string[], points: number, anyPoints: number): SQL {
  const any = sql.raw(String(anyPoints));
  if (values.length === 0) return any;
  return sql`(case when cardinality(${column}) = 0 then ${any} when ${column} && ${textArray(values)} then ${sql.raw(String(points))} else 0 end)`;
}

const projectColumns = {
  id: projects.id,
  ownerUserId: projects.ownerUserId,
  title: projects.title,
  sponsorName: projects.sponsorName,
  countryCode: projects.countryCode,
  regionCode: projects.regionCode,
  isicDivision: projects.isicDivision,
  stage: projects.stage,
  financingInstruments: projects.financingInstruments,
  financingAmountUsd: projects.financingAmountUsd,
  languages: projects.languages,
  keywordTokens: projects.keywordTokens,
  isDemo: projects.isDemo,
};

type ProjectCandidateRow = Pick<typeof projects.$inferSelect, keyof typeof projectColumns>;

export function projectToListing(row: ProjectCandidateRow): CandidateListing {
  return {
    id: row.id,
    kind: 'project',
    profileKind: null,
    partneringType: null,
    investorType: null,
    ownerUserId: row.ownerUserId,
    title: row.title,
    organisationName: row.sponsorName,
    countryCode: row.countryCode,
    regionCode: row.regionCode,
    sectors: [row.isicDivision],
    stage: row.stage as ProjectStage,
    stages: [row.stage],
    instruments: row.financingInstruments,
    ticketMinUsd: null,
    ticketMaxUsd: null,
    financingSoughtUsd: row.financingAmountUsd === null ? null : Number(row.financingAmountUsd),
    targetCountries: [],
    targetRegions: [],
    languages: row.languages,
    keywordTokens: row.keywordTokens,
    isDemo: row.isDemo,
  };
}

const profileColumns = {
  id: profiles.id,
  ownerUserId: profiles.ownerUserId,
  kind: profiles.kind,
  partneringType: profiles.partneringType,
  investorType: profiles.investorType,
  title: profiles.title,
  organisationName: profiles.organisationName,
  countryCode: profiles.countryCode,
  sectors: profiles.sectors,
  stages: profiles.stages,
  instruments: profiles.instruments,
  ticketMinUsd: profiles.ticketMinUsd,
  ticketMaxUsd: profiles.ticketMaxUsd,
  targetCountries: profiles.targetCountries,
  targetRegions: profiles.targetRegions,
  languages: profiles.languages,
  keywordTokens: profiles.keywordTokens,
  isDemo: profiles.isDemo,
};

type ProfileCandidateRow = Pick<typeof profiles.$inferSelect, keyof typeof profileColumns>;

export function profileToListing(row: ProfileCandidateRow): CandidateListing {
  return {
    id: row.id,
    kind: 'profile',
    profileKind: row.kind as ProfileKind,
    partneringType: row.partneringType as PartneringType | null,
    investorType: row.investorType as InvestorType | null,
    ownerUserId: row.ownerUserId,
    title: row.title,
    organisationName: row.organisationName,
    countryCode: row.countryCode,
    regionCode: null,
    sectors: row.sectors,
    stage: null,
    stages: row.stages,
    instruments: row.instruments,
    ticketMinUsd: row.ticketMinUsd === null ? null : Number(row.ticketMinUsd),
    ticketMaxUsd: row.ticketMaxUsd === null ? null : Number(row.ticketMaxUsd),
    financingSoughtUsd: null,
    targetCountries: row.targetCountries,
    targetRegions: row.targetRegions,
    languages: row.languages,
    keywordTokens: row.keywordTokens,
    isDemo: row.isDemo,
  };
}

/** The seeker itself, whatever its status (the caller checks who may see it). */
export async function loadMatchSeeker(options: {
  db: Db;
  kind: 'project' | 'profile';
  id: string;
}): Promise<(CandidateListing & { status: string; expiresAt: Date | null }) | null> {
  const { db, kind, id } = options;
  if (kind === 'project') {
    const [row] = await db
      .select({ ...projectColumns, status: projects.status, expiresAt: projects.expiresAt })
      .from(projects)
      .where(eq(projects.id, id));
    return row ? { ...projectToListing(row), status: row.status, expiresAt: row.expiresAt } : null;
  }
  const [row] = await db
    .select({ ...profileColumns, status: profiles.status, expiresAt: profiles.expiresAt })
    .from(profiles)
    .where(eq(profiles.id, id));
  return row ? { ...profileToListing(row), status: row.status, expiresAt: row.expiresAt } : null;
}

/** Which profile kinds and partnering types complement the seeker (see `areComplementary`). */
function complementaryProfilesCondition(seeker: MatchListing): SQL | null {
  if (seeker.kind === 'project') return sql`true`;
  if (seeker.profileKind === 'investor')
    return and(eq(profiles.kind, 'partnering'), eq(profiles.partneringType, 'startup')) as SQL;
  const counterpart: Record<PartneringType, SQL> = {
    business_offer: and(eq(profiles.kind, 'partnering'), eq(profiles.partneringType, 'business_request')) as SQL,
    business_request: and(eq(profiles.kind, 'partnering'), eq(profiles.partneringType, 'business_offer')) as SQL,
    technology_offer: and(eq(profiles.kind, 'partnering'), eq(profiles.partneringType, 'technology_request')) as SQL,
    technology_request: and(eq(profiles.kind, 'partnering'), eq(profiles.partneringType, 'technology_offer')) as SQL,
    rnd_cooperation: and(eq(profiles.kind, 'partnering'), eq(profiles.partneringType, 'rnd_cooperation')) as SQL,
    startup: eq(profiles.kind, 'investor'),
  };
  return seeker.partneringType ? counterpart[seeker.partneringType] : null;
}

/**
 * Published, unexpired projects that may match a profile: not the seeker's owner's, in one of the seeker's ISIC
 * sections and, when the profile lists target places, in one of those countries. Uses the section and country
 * indexes; pre-ranked in SQL and cut at `candidatePoolSize`.
 */
export async function projectCandidates(options: {
  db: Db;
  seeker: MatchListing;
  now: Date;
}): Promise<CandidateListing[]> {
  const { db, seeker, now } = options;
  if (!projectCandidatesQuery(options)) return [];
  // Without parallel workers: for a large section (C, H) the planner splits the index-only scan over two workers,
  // but starting them costs more than the scan itself (measured on 100,000 projects: 60–80 ms with, 14–22 ms
  // without), and the more so on a busy server.
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    return (await projectCandidatesQuery({ db: tx, seeker, now })) ?? [];
  });
  return rows.map(projectToListing);
}

/**
 * The SQL of `projectCandidates`, or null when the seeker cannot match any project. Two steps, so that the large
 * project table is read through one narrow index: the inner query ranks every project that passes the hard
 * filters by the factors the matching index holds (sector depth, region, ticket size, stage) with an index-only
 * scan and keeps the best `projectPrefilterSize`; the outer query reads only those rows and ranks them again with
 * the array factors (instrument, language, keywords) added.
 */
export function projectCandidatesQuery(options: { db: Db; seeker: MatchListing; now: Date }) {
  const { db, seeker, now } = options;
  if (seeker.kind === 'project') return null;
  const sections = sectionsOf(seeker.sectors);
  if (sections.length === 0) return null;
  const conditions: SQL[] = [
    eq(projects.status, 'published'),
    sql`${projects.isicSection} = any(${textArray(sections)})`,
    gt(projects.expiresAt, now),
    ne(projects.ownerUserId, seeker.ownerUserId),
  ];
  if (hasPlacePreference(seeker)) {
    conditions.push(sql`${projects.countryCode} = any(${textArray(allowedCountriesOf(seeker))})`);
  }
  const covered = coveredCodesOf(seeker.sectors);
  const ticketRank =
    seeker.profileKind === 'investor' && seeker.ticketMinUsd !== null && seeker.ticketMaxUsd !== null
      ? sql`(case when ${projects.financingAmountUsd} between ${seeker.ticketMinUsd} and ${seeker.ticketMaxUsd} then 20
          when ${projects.financingAmountUsd} between ${seeker.ticketMinUsd / 2} and ${seeker.ticketMaxUsd * 2} then 10 else 0 end)`
      : sql`0`;
  const scalarRank = sql`(case when ${projects.isicDivision} = any(${textArray(covered)}) then 25 else 13 end)
    + (case when ${projects.regionCode} = any(${textArray(seeker.targetRegions)}) then 3 else 0 end)
    + ${ticketRank}
    + ${seeker.stages.length > 0 ? sql`(case when ${projects.stage} = any(${textArray(seeker.stages)}) then 10 else 0 end)` : sql`0`}`;
  const rank = sql`${scalarRank}
    + ${overlapRank(sql`${projects.financingInstruments}`, seeker.instruments, 10, 7)}
    + ${overlapRank(sql`${projects.languages}`, seeker.languages, 5, 4)}
    + (case when ${projects.keywordTokens} && ${textArray(seeker.keywordTokens.filter(isTellingSharedToken))} then 10 else 0 end)`;
  const prefiltered = db
    .select({ id: projects.id })
    .from(projects)
    .where(and(...conditions))
    .orderBy(desc(scalarRank), desc(projects.lastActivityAt), projects.id)
    .limit(projectPrefilterSize);
  return db
    .select(projectColumns)
    .from(projects)
    .where(inArray(projects.id, prefiltered))
    .orderBy(desc(rank), desc(projects.lastActivityAt), projects.id)
    .limit(candidatePoolSize);
}

/**
 * Published, unexpired profiles complementary to the seeker: not its owner's, sharing an ISIC section (GIN
 * overlap on `sectors`), whose target places, if any, include the seeker's country, and in the seeker's own
 * target places if it lists some. Pre-ranked in SQL and cut at `candidatePoolSize`.
 */
export async function profileCandidates(options: {
  db: Db;
  seeker: MatchListing;
  now: Date;
}): Promise<CandidateListing[]> {
  const query = profileCandidatesQuery(options);
  return query ? (await query).map(profileToListing) : [];
}

/** The SQL of `profileCandidates`, or null when the seeker cannot match any profile. */
export function profileCandidatesQuery(options: { db: Db; seeker: MatchListing; now: Date }) {
  const { db, seeker, now } = options;
  const complementary = complementaryProfilesCondition(seeker);
  const sectionCodes = sectionCodesOf(seeker.sectors);
  if (!complementary || sectionCodes.length === 0) return null;
  const conditions: SQL[] = [
    eq(profiles.status, 'published'),
    gt(profiles.expiresAt, now),
    ne(profiles.ownerUserId, seeker.ownerUserId),
    complementary,
    sql`${profiles.sectors} && ${textArray(sectionCodes)}`,
    sql`((cardinality(${profiles.targetCountries}) = 0 and cardinality(${profiles.targetRegions}) = 0)
      or ${seeker.countryCode} = any(${profiles.targetCountries})
      or ${seeker.countryCode} = any(array(select left(region, 2) from unnest(${profiles.targetRegions}) as region)))`,
  ];
  if (hasPlacePreference(seeker)) {
    conditions.push(sql`${profiles.countryCode} = any(${textArray(allowedCountriesOf(seeker))})`);
  }
  const ticketRank =
    seeker.kind === 'project' && seeker.financingSoughtUsd !== null
      ? sql`(case when ${profiles.ticketMinUsd} <= ${seeker.financingSoughtUsd} and ${profiles.ticketMaxUsd} >= ${seeker.financingSoughtUsd} then 20
          when ${profiles.ticketMinUsd} <= ${seeker.financingSoughtUsd * 2} and ${profiles.ticketMaxUsd} >= ${seeker.financingSoughtUsd / 2} then 10 else 0 end)`
      : sql`0`;
  const rank = sql`(case when ${profiles.sectors} && ${textArray(coveredCodesOf(seeker.sectors))} then 25 else 13 end)
    + ${ticketRank}
    + ${overlapRank(sql`${profiles.stages}`, seeker.stages, 10, 7)}
    + ${overlapRank(sql`${profiles.instruments}`, seeker.instruments, 10, 7)}
    + ${overlapRank(sql`${profiles.languages}`, seeker.languages, 5, 4)}
    + (case when ${profiles.keywordTokens} && ${textArray(seeker.keywordTokens.filter(isTellingSharedToken))} then 10 else 0 end)`;
  return db
    .select(profileColumns)
    .from(profiles)
    .where(and(...conditions))
    .orderBy(desc(rank), desc(profiles.lastActivityAt), profiles.id)
    .limit(candidatePoolSize);
}

/** Every candidate of both tables for the seeker, before exact scoring. */
export async function matchCandidates(options: { db: Db; seeker: MatchListing; now: Date }) {
  const [projectRows, profileRows] = await Promise.all([projectCandidates(options), profileCandidates(options)]);
  return [...projectRows, ...profileRows];
}
