import { and, asc, count, eq, gte, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { presentLocalizedText } from '../../../core/src/localized-text.ts';
import { getProject } from '../projects/project-reads.ts';
import { isicSectionOf } from '../reference/isic.ts';
import { exchangeRates, incentives, parks } from '../tables.ts';
import type { IncentiveKind } from '../vocabulary.ts';
import type { IncentiveListQuery, PresentedIncentive, ProjectIncentives } from './contracts.ts';
import { evaluateIncentives, parkRadiusKm } from './evaluate-incentives.ts';

export type IncentiveRow = typeof incentives.$inferSelect;

/** The allowlist of an incentive; absent eligibility lists are presented empty ("any"). */
export function presentIncentive(row: IncentiveRow): PresentedIncentive {
  const eligibility = row.eligibility;
  return {
    id: row.id,
    countryCode: row.countryCode,
    kind: row.kind as IncentiveKind,
    title: presentLocalizedText(row.title),
    benefit: presentLocalizedText(row.benefit),
    eligibility: {
      sectors: eligibility.sectors ?? [],
      excludedSectors: eligibility.excludedSectors ?? [],
      regions: eligibility.regions ?? [],
      parkIds: eligibility.parkIds ?? [],
      minInvestment: eligibility.minInvestment ?? null,
      minJobs: eligibility.minJobs ?? null,
      stages: eligibility.stages ?? [],
      otherConditions: eligibility.otherConditions ? presentLocalizedText(eligibility.otherConditions) : null,
    },
    validFrom: row.validFrom,
    validTo: row.validTo,
    legalBasis: presentLocalizedText(row.legalBasis),
    sourceUrl: row.sourceUrl,
    sourceTitle: row.sourceTitle,
    retrievedOn: row.retrievedOn,
    demo: row.isDemo,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Incentives in force on `day`: not starting later, not ended earlier. */
export const validOnCondition = (day: string): SQL =>
  and(
    or(isNull(incentives.validFrom), lte(incentives.validFrom, day)),
    or(isNull(incentives.validTo), gte(incentives.validTo, day)),
  ) as SQL;

function listConditions(query: IncentiveListQuery): SQL[] {
  const conditions: SQL[] = [];
  if (query.country) conditions.push(eq(incentives.countryCode, query.country));
  if (query.kind) conditions.push(eq(incentives.kind, query.kind));
  if (query.demo !== undefined) conditions.push(eq(incentives.isDemo, query.demo));
  if (query.validOn) conditions.push(validOnCondition(query.validOn));
  if (query.park)
    conditions.push(sql`jsonb_exists(coalesce(${incentives.eligibility}->'parkIds', '[]'::jsonb), ${query.park})`);
  if (query.sector) {
    // A division matches incentives listing it or its section; any incentive without a sector list is open to all.
    const codes = [query.sector, isicSectionOf(query.sector)].filter((code): code is string => Boolean(code));
    conditions.push(
      sql`(jsonb_array_length(coalesce(${incentives.eligibility}->'sectors', '[]'::jsonb)) = 0
        or jsonb_exists_any(${incentives.eligibility}->'sectors', ${sql`array[${sql.join(
          codes.map((code) => sql`${code}`),
          sql`, `,
        )}]::text[]`}))`,
    );
  }
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
    conditions.push(
      sql`(${incentives.title}::text ilike ${pattern} or ${incentives.benefit}::text ilike ${pattern}
        or ${incentives.legalBasis}::text ilike ${pattern})`,
    );
  }
  return conditions;
}

/** The incentive library: public, demo records included and marked. */
export async function listIncentives(options: {
  db: Db;
  /** Everyone sees the same records; taken so that every list of the module has one signature. */
  actor?: Actor | null;
  query: IncentiveListQuery;
}): Promise<{ items: PresentedIncentive[]; total: number }> {
  const { db, query } = options;
  const where = and(...listConditions(query));
  const [rows, [totals]] = await Promise.all([
    db
      .select()
      .from(incentives)
      .where(where)
      .orderBy(asc(incentives.countryCode), asc(incentives.kind), asc(incentives.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: count() }).from(incentives).where(where),
  ]);
  return { items: rows.map(presentIncentive), total: totals?.total ?? 0 };
}

export async function getIncentive(options: { db: Db; id: string }): Promise<PresentedIncentive> {
  const [row] = await options.db.select().from(incentives).where(eq(incentives.id, options.id));
  if (!row) throw new DomainError('not_found', `No incentive with id "${options.id}".`);
  return presentIncentive(row);
}

export const todayOf = (now: Date): string => now.toISOString().slice(0, 10);

/**
 * The incentives of a project's country in force today, each with whether the project qualifies and why. Read
 * through the project feature, so whoever may not see the project gets "not found".
 */
export async function listProjectIncentives(options: {
  db: Db;
  actor: Actor | null;
  projectId: string;
  now: Date;
}): Promise<ProjectIncentives> {
  const { db, actor, projectId, now } = options;
  const project = await getProject({ db, actor, id: projectId });
  const today = todayOf(now);
  const [incentiveRows, parkRows, rateRows] = await Promise.all([
    db
      .select()
      .from(incentives)
      .where(and(eq(incentives.countryCode, project.countryCode), validOnCondition(today)))
      .orderBy(asc(incentives.kind), asc(incentives.id)),
    db
      .select({ id: parks.id, regionCode: parks.regionCode, latitude: parks.latitude, longitude: parks.longitude })
      .from(parks)
      .where(eq(parks.countryCode, project.countryCode)),
    db
      .select({
        currency: exchangeRates.currency,
        rateDate: exchangeRates.rateDate,
        unitsPerUsd: exchangeRates.unitsPerUsd,
        isDemo: exchangeRates.isDemo,
      })
      .from(exchangeRates)
      .where(lte(exchangeRates.rateDate, today)),
  ]);
  const evaluations = evaluateIncentives({
    project: {
      countryCode: project.countryCode,
      regionCode: project.regionCode,
      latitude: project.latitude,
      longitude: project.longitude,
      isicDivision: project.isicDivision,
      isicSection: project.isicSection,
      stage: project.stage,
      capitalCost: project.capitalCost,
      currency: project.currency,
      jobs: project.jobs,
    },
    incentives: incentiveRows,
    parks: parkRows,
    rates: rateRows.map((rate) => ({ ...rate, unitsPerUsd: Number(rate.unitsPerUsd) })),
    today,
  });
  const rowById = new Map(incentiveRows.map((row) => [row.id, row]));
  return {
    projectId: project.id,
    countryCode: project.countryCode,
    evaluatedOn: today,
    parkRadiusKm,
    items: evaluations.flatMap((evaluation) => {
      const row = rowById.get(evaluation.incentiveId);
      if (!row) return [];
      return [
        {
          incentive: presentIncentive(row),
          verdict: evaluation.verdict,
          checks: evaluation.checks,
          toConfirm: evaluation.toConfirm ? presentLocalizedText(evaluation.toConfirm) : null,
        },
      ];
    }),
  };
}
